import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, Loader, Menu, Stack, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/api/methods/plan';
import { goalGap } from '../../../../shared/domain/goalGap';
import { todayIso } from '../../../../shared/domain/horizon';
import { useApi } from '../../api/client';
import { ActionModal } from './ActionModal';
import { personName, useFormatDate } from './format';
import { GoalGapView } from './GoalGapView';
import { GoalModal } from './GoalModal';
import { goalTargets } from './goalText';
import { STATUS_COLOR } from './ActionsTable';
import { usePlanCommands } from './usePlanCommands';
import { usePlanDeletes } from './usePlanDeletes';

type Editing = { kind: 'goal'; goal: Goal | null } | { kind: 'action'; goalId: string | null } | null;

/** The person page's Goal tab: their relationship goals, how far each is, and the actions for them. */
export function PersonGoal({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const plan = useApi('plan.person', { personId });
  const accountId = plan.data?.person.accountId ?? '';
  const goals = useApi('goals.list', { accountId }, accountId !== '');
  const people = useApi('people.list', { accountId }, accountId !== '');
  const team = useApi('team.list', {});
  // A goal's actions may be for other people too; deleting it leaves all of them serving no goal.
  const actions = useApi('actions.list', { accountId }, accountId !== '');
  const commands = usePlanCommands();
  const deletes = usePlanDeletes(commands);
  const formatDate = useFormatDate();
  const [editing, setEditing] = useState<Editing>(null);
  if (!plan.data || !goals.data || !people.data || !team.data) return <Loader m="md" />;
  // people.list is what every edit of a person reloads, so the gap follows the map and the inspector.
  const person = people.data.find((p) => p.id === personId) ?? plan.data.person;
  const today = todayIso();
  const members = new Map(team.data.map((m) => [m.id, m]));
  const owners = team.data.filter((m) => m.sampleAccountId === null || m.sampleAccountId === accountId);
  return (
    <Stack gap="md" data-testid="person-goal">
      <Group justify="space-between">
        <Title order={4}>{t('plan.goal.title')}</Title>
        <Button
          size="xs"
          variant={plan.data.goals.length === 0 ? 'filled' : 'light'}
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ kind: 'goal', goal: null })}
          data-testid="person-goal-new"
        >
          {plan.data.goals.length === 0 ? t('plan.goal.setGoal') : t('plan.goal.addAnother')}
        </Button>
      </Group>
      {plan.data.goals.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('plan.goal.empty')}
        </Text>
      )}
      {plan.data.goals.map((goal) => {
        const gap = goalGap(person, goal, today);
        return (
          <Card
            key={goal.id}
            withBorder
            data-testid="person-goal-card"
            style={{ opacity: goal.status === 'open' ? 1 : 0.65 }}
          >
            <Group justify="space-between" wrap="nowrap" mb="xs">
              <div>
                <Text fw={600}>{goal.title || goalTargets(goal, t)}</Text>
                <Group gap={6}>
                  {goal.horizon && (
                    <Badge size="sm" variant="light">
                      {t(`plan.horizon.${goal.horizon}`)}
                    </Badge>
                  )}
                  {goal.dueDate && (
                    <Text size="xs" c={gap.overdue ? 'red' : 'dimmed'}>
                      {t('plan.sheet.dueIn', { date: formatDate(goal.dueDate) })}
                      {gap.daysLeft !== null && goal.status === 'open' && !gap.met && (
                        <>
                          {' · '}
                          {gap.daysLeft >= 0
                            ? t('plan.goal.daysLeft', { count: gap.daysLeft })
                            : t('plan.goal.overdueBy', { count: -gap.daysLeft })}
                        </>
                      )}
                    </Text>
                  )}
                  {goal.status !== 'open' && (
                    <Badge size="sm" color="gray">
                      {t(`plan.goalStatus.${goal.status}`)}
                    </Badge>
                  )}
                </Group>
              </div>
              <Group gap={4} wrap="nowrap">
                <Badge color={gap.met ? 'teal' : gap.overdue ? 'red' : 'orange'} data-testid="person-goal-gap">
                  {gap.met ? t('plan.goal.met') : t('plan.goal.steps', { count: gap.totalSteps })}
                </Badge>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={t('plan.edit')}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={14} />}
                      onClick={() => setEditing({ kind: 'goal', goal })}
                    >
                      {t('plan.edit')}
                    </Menu.Item>
                    {goal.status === 'open' && (
                      <Menu.Item onClick={() => void commands.updateGoal(goal, { status: 'achieved' })}>
                        {t('plan.goal.markAchieved')}
                      </Menu.Item>
                    )}
                    <Menu.Item
                      leftSection={<IconPlus size={14} />}
                      onClick={() => setEditing({ kind: 'action', goalId: goal.id })}
                    >
                      {t('plan.goal.addAction')}
                    </Menu.Item>
                    <Menu.Item
                      color="red"
                      leftSection={<IconTrash size={14} />}
                      onClick={() =>
                        void deletes.goal(
                          goal,
                          (actions.data ?? []).filter((a) => a.goalId === goal.id).length,
                          personName(person),
                        )
                      }
                    >
                      {t('plan.remove')}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </Group>
            <GoalGapView gap={gap} />
          </Card>
        );
      })}

      <Group justify="space-between" mt="sm">
        <Title order={5}>{t('plan.goal.linkedActions')}</Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            setEditing({ kind: 'action', goalId: plan.data?.goals.find((g) => g.status === 'open')?.id ?? null })
          }
          data-testid="person-action-new"
        >
          {t('plan.goal.addAction')}
        </Button>
      </Group>
      {plan.data.actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('plan.goal.noActions')}
        </Text>
      ) : (
        <Stack gap={4} data-testid="person-actions">
          {plan.data.actions.map((action) => (
            <Group key={action.id} justify="space-between" wrap="nowrap">
              <Text size="sm" td={action.status === 'done' ? 'line-through' : undefined}>
                {action.title}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {[
                    action.ownerMemberId ? members.get(action.ownerMemberId)?.name : null,
                    action.dueDate ? formatDate(action.dueDate) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Badge size="xs" variant="light" color={STATUS_COLOR[action.status]}>
                  {t(`plan.actionStatus.${action.status}`)}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}

      {deletes.dialog}
      {editing?.kind === 'goal' && (
        <GoalModal
          accountId={accountId}
          goal={editing.goal}
          personId={personId}
          people={people.data}
          commands={commands}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'action' && (
        <ActionModal
          accountId={accountId}
          action={null}
          draft={{ goalId: editing.goalId, personIds: [personId], horizon: '3m' }}
          goals={goals.data}
          people={people.data}
          owners={owners}
          commands={commands}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
