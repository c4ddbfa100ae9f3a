import { ActionIcon, Anchor, Badge, Group, Menu, Select, Table, Text, Tooltip } from '@mantine/core';
import { IconBolt, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/api/methods/plan';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/enums';
import { isOverdue, todayIso } from '../../../../shared/domain/horizon';
import { useOpenPerson } from '../people/personPageContext';
import { leaveField, personName, useFormatDate } from './format';
import { goalTitle } from './goalText';
import type { PlanData } from './usePlanData';

export const STATUS_COLOR: Record<ActionStatus, string> = {
  todo: 'gray',
  doing: 'blue',
  done: 'teal',
  dropped: 'dark',
};

interface Props {
  actions: readonly Action[];
  data: PlanData;
  /** Leave out the goal column when the table sits under its goal. */
  hideGoal?: boolean;
  onStatus(action: Action, status: ActionStatus): void;
  onEdit(action: Action): void;
  onDelete(action: Action): void;
}

/** The actions of a plan with every field; status changes in place, the rest in the editor. */
export function ActionsTable({ actions, data, hideGoal, onStatus, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const openPerson = useOpenPerson();
  const today = todayIso();
  return (
    <Table striped highlightOnHover verticalSpacing={6} style={{ tableLayout: 'fixed' }} data-testid="actions-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{t('plan.columns.status')}</Table.Th>
          <Table.Th>{t('plan.columns.title')}</Table.Th>
          {!hideGoal && <Table.Th w="16%">{t('plan.columns.goal')}</Table.Th>}
          <Table.Th w="14%">{t('plan.columns.people')}</Table.Th>
          <Table.Th w={120}>{t('plan.columns.owner')}</Table.Th>
          <Table.Th w={120}>{t('plan.columns.due')}</Table.Th>
          <Table.Th w={90}>{t('plan.columns.horizon')}</Table.Th>
          <Table.Th w="16%">{t('plan.columns.outcome')}</Table.Th>
          <Table.Th w={40} data-no-print />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {actions.map((action) => {
          const goal = action.goalId ? data.goalsById.get(action.goalId) : undefined;
          const late = action.status !== 'done' && action.status !== 'dropped' && isOverdue(action.dueDate, today);
          return (
            <Table.Tr key={action.id} data-testid="action-row">
              <Table.Td>
                <div data-no-print>
                  <Select
                    size="xs"
                    data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.actionStatus.${s}`) }))}
                    value={action.status}
                    allowDeselect={false}
                    onChange={(value) => {
                      if (!value || value === action.status) return;
                      onStatus(action, value as ActionStatus);
                      leaveField();
                    }}
                    aria-label={`${t('plan.columns.status')}: ${action.title}`}
                    data-testid="action-status-select"
                    styles={{ input: { color: `var(--mantine-color-${STATUS_COLOR[action.status]}-text)` } }}
                  />
                </div>
                {/* Paper gets the status as a word, not a drop-down. */}
                <Text className="plan-print-only" size="sm" fw={600} c={`${STATUS_COLOR[action.status]}.7`}>
                  {t(`plan.actionStatus.${action.status}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Anchor size="sm" component="button" onClick={() => onEdit(action)} c="inherit" ta="left">
                    {action.title}
                  </Anchor>
                  {action.sourceInsight && (
                    <Tooltip label={t('plan.sheet.fromInsight')}>
                      <IconBolt
                        size={14}
                        color="var(--mantine-color-orange-6)"
                        aria-label={t('plan.sheet.fromInsight')}
                      />
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              {!hideGoal && (
                <Table.Td>
                  <Text size="sm" c={goal ? undefined : 'dimmed'}>
                    {goal ? goalTitle(goal, t) : t('plan.none')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4}>
                  {action.personIds.map((id) => {
                    const person = data.peopleById.get(id);
                    return person ? (
                      <Badge
                        key={id}
                        variant="light"
                        size="sm"
                        style={{ cursor: 'pointer', textTransform: 'none' }}
                        onClick={() => openPerson(id)}
                      >
                        {personName(person)}
                      </Badge>
                    ) : null;
                  })}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {action.ownerMemberId ? (data.membersById.get(action.ownerMemberId)?.name ?? '') : t('plan.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  c={late ? 'red' : undefined}
                  fw={late ? 600 : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {action.dueDate ? formatDate(action.dueDate) : t('plan.none')}
                </Text>
                {late && (
                  <Text size="xs" c="red">
                    {t('plan.sheet.overdue')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{action.horizon ? t(`plan.horizon.${action.horizon}`) : t('plan.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
                  {action.outcome}
                </Text>
              </Table.Td>
              <Table.Td data-no-print>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={`${t('plan.edit')}: ${action.title}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(action)}>
                      {t('plan.edit')}
                    </Menu.Item>
                    <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(action)}>
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
