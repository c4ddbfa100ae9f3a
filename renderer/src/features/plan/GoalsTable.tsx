import { ActionIcon, Anchor, Badge, Group, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/api/methods/plan';
import { goalGap } from '../../../../shared/domain/goalGap';
import { todayIso } from '../../../../shared/domain/horizon';
import { useOpenPerson } from '../people/personPageContext';
import { personName, useFormatDate } from './format';
import { goalTargets } from './goalText';
import type { PlanData } from './usePlanData';

const GOAL_COLOR = { open: 'blue', achieved: 'teal', dropped: 'gray' } as const;

interface Props {
  data: PlanData;
  onEdit(goal: Goal): void;
  onDelete(goal: Goal): void;
  onAddAction(goal: Goal): void;
}

/** Account goals and relationship goals, with the gap still to close for each person. */
export function GoalsTable({ data, onEdit, onDelete, onAddAction }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const openPerson = useOpenPerson();
  const today = todayIso();
  return (
    <Table verticalSpacing={6} data-testid="goals-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('plan.goalForm.for')}</Table.Th>
          <Table.Th>{t('plan.columns.goal')}</Table.Th>
          <Table.Th>{t('plan.columns.targets')}</Table.Th>
          <Table.Th>{t('plan.columns.horizon')}</Table.Th>
          <Table.Th>{t('plan.columns.due')}</Table.Th>
          <Table.Th>{t('plan.columns.status')}</Table.Th>
          <Table.Th w={40} data-no-print />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.goals.map((goal) => {
          const person = goal.personId ? data.peopleById.get(goal.personId) : undefined;
          const gap = person ? goalGap(person, goal, today) : null;
          return (
            <Table.Tr key={goal.id} data-testid="goal-row" style={{ opacity: goal.status === 'open' ? 1 : 0.6 }}>
              <Table.Td>
                {person ? (
                  <Anchor size="sm" component="button" onClick={() => openPerson(person.id)}>
                    {personName(person)}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('plan.sheet.accountGoal')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  size="sm"
                  component="button"
                  c={goal.title ? 'inherit' : 'dimmed'}
                  ta="left"
                  onClick={() => onEdit(goal)}
                >
                  {goal.title || t('plan.goal.title')}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{goalTargets(goal, t)}</Text>
                  {gap && goal.status === 'open' && (gap.met || gap.totalSteps > 0) && (
                    <Badge size="xs" variant="light" color={gap.met ? 'teal' : gap.overdue ? 'red' : 'orange'}>
                      {gap.met ? t('plan.goal.met') : t('plan.goal.steps', { count: gap.totalSteps })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{goal.horizon ? t(`plan.horizon.${goal.horizon}`) : t('plan.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }} c={gap?.overdue ? 'red' : undefined}>
                  {goal.dueDate ? formatDate(goal.dueDate) : t('plan.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={GOAL_COLOR[goal.status]}>
                  {t(`plan.goalStatus.${goal.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td data-no-print>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('plan.edit')}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(goal)}>
                      {t('plan.edit')}
                    </Menu.Item>
                    <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => onAddAction(goal)}>
                      {t('plan.goal.addAction')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(goal)}>
                      {t('plan.remove')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
