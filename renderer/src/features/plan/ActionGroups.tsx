import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/api/methods/plan';
import type { ActionStatus } from '../../../../shared/domain/enums';
import { ActionsTable } from './ActionsTable';
import { ActionTimeline } from './ActionTimeline';
import { personName } from './format';
import { goalTitle } from './goalText';
import type { PlanData } from './usePlanData';

export type ActionView = 'goal' | 'horizon' | 'owner';

interface Props {
  view: ActionView;
  data: PlanData;
  onStatus(action: Action, status: ActionStatus): void;
  onEdit(action: Action): void;
  onDelete(action: Action): void;
}

interface Group {
  key: string;
  title: string;
  actions: Action[];
}

/** Actions grouped by the goal they serve, on the timeline, or by who of ours owns them. */
export function ActionGroups({ view, data, onStatus, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  if (view === 'horizon') return <ActionTimeline actions={data.actions} data={data} onEdit={onEdit} />;
  const groups: Group[] = [];
  const push = (key: string, title: string, action: Action) => {
    let group = groups.find((g) => g.key === key);
    if (!group) groups.push((group = { key, title, actions: [] }));
    group.actions.push(action);
  };
  if (view === 'goal') {
    // In the order of the goals list; actions serving no goal last.
    for (const goal of data.goals) {
      const person = goal.personId ? data.peopleById.get(goal.personId) : undefined;
      const title = person ? `${personName(person)}: ${goalTitle(goal, t)}` : goalTitle(goal, t);
      for (const action of data.actions.filter((a) => a.goalId === goal.id)) push(goal.id, title, action);
    }
    for (const action of data.actions.filter((a) => !a.goalId || !data.goalsById.has(a.goalId))) {
      push('', t('plan.sheet.noGoal'), action);
    }
  } else {
    const named = data.actions
      .filter((a) => a.ownerMemberId && data.membersById.has(a.ownerMemberId))
      .sort((a, b) =>
        (data.membersById.get(a.ownerMemberId!)?.name ?? '').localeCompare(
          data.membersById.get(b.ownerMemberId!)?.name ?? '',
        ),
      );
    for (const action of named) push(action.ownerMemberId!, data.membersById.get(action.ownerMemberId!)!.name, action);
    for (const action of data.actions.filter((a) => !a.ownerMemberId || !data.membersById.has(a.ownerMemberId))) {
      push('', t('plan.sheet.noOwner'), action);
    }
  }
  return (
    <Stack gap="lg" data-testid={`actions-by-${view}`}>
      {groups.map((group) => (
        <div key={group.key} data-testid="action-group">
          <Title order={5} mb={4}>
            {group.title}{' '}
            <Text span size="sm" c="dimmed" fw={400}>
              ({group.actions.length})
            </Text>
          </Title>
          <ActionsTable
            actions={group.actions}
            data={data}
            hideGoal={view === 'goal'}
            onStatus={onStatus}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        </div>
      ))}
    </Stack>
  );
}
