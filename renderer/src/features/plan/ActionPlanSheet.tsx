import { useState } from 'react';
import { Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconListCheck, IconPlus, IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Action, Goal, Review } from '../../../../shared/api/methods/plan';
import { ActionModal, type ActionDraft } from './ActionModal';
import { ActionGroups, type ActionView } from './ActionGroups';
import { EmptyState } from './EmptyState';
import { personName } from './format';
import { GoalModal } from './GoalModal';
import { GoalsTable } from './GoalsTable';
import { planCsv } from './planCsv';
import { ReviewModal } from './ReviewModal';
import { saveCsv } from './saveCsv';
import { planSheet } from './planXlsx';
import { saveXlsx } from '../workspace/saveXlsx';
import { ReviewsList } from './ReviewsList';
import { SheetFrame } from './SheetFrame';
import { usePlanCommands } from './usePlanCommands';
import { usePlanDeletes } from './usePlanDeletes';
import { usePlanData } from './usePlanData';
import { PrintExportButtons } from './PrintExportButtons';
import { SheetHeading } from './SheetHeading';

type Editing =
  | { kind: 'goal'; goal: Goal | null }
  | { kind: 'action'; action: Action | null; draft?: ActionDraft }
  | { kind: 'review'; review: Review | null }
  | null;

/** The account's action-plan sheet: goals, actions in three views, review checkpoints; printable and exportable. */
interface Props {
  accountId: string;
  /** A new action to open filled in, e.g. from an insight's "make this an action". */
  draft?: ActionDraft | null;
  onDraftClosed?(): void;
}

export function ActionPlanSheet({ accountId, draft = null, onDraftClosed }: Props) {
  const { t } = useTranslation();
  const data = usePlanData(accountId);
  const commands = usePlanCommands();
  const deletes = usePlanDeletes(commands);
  const [view, setView] = useState<ActionView>('goal');
  const [ownEditing, setEditing] = useState<Editing>(null);
  // A draft handed in from outside shows until it is saved or closed; the sheet's own editing wins.
  const editing: Editing = ownEditing ?? (draft ? { kind: 'action', action: null, draft } : null);
  const closeEditor = () => {
    setEditing(null);
    if (!ownEditing) onDraftClosed?.();
  };

  if (!data) {
    return (
      <SheetFrame testId="action-plan">
        <Loader />
      </SheetFrame>
    );
  }
  const exportCsv = () => saveCsv(data.account.name, t('plan.csv.file'), planCsv(data, t), t);
  const exportXlsx = () => saveXlsx(`${data.account.name} — ${t('plan.csv.file')}`, [planSheet(data, t)], t);
  const namesOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const person = data.peopleById.get(id);
      return person ? [personName(person)] : [];
    });

  return (
    <SheetFrame testId="action-plan">
      <SheetHeading
        title={t('plan.sheet.title')}
        subtitle={t('plan.sheet.subtitle', { account: data.account.name })}
        actions={<PrintExportButtons onExportCsv={exportCsv} onExportXlsx={exportXlsx} testIdPrefix="plan" />}
      />

      <Stack gap="xl">
        <section>
          <Group justify="space-between" mb={4}>
            <Title order={3}>{t('plan.sheet.goals')}</Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing({ kind: 'goal', goal: null })}
              data-no-print
              data-testid="new-goal"
            >
              {t('plan.sheet.newGoal')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mb="xs">
            {t('plan.sheet.goalsHelp')}
          </Text>
          {data.goals.length === 0 ? (
            <EmptyState
              icon={<IconTarget size={28} />}
              text={t('plan.sheet.goalsEmpty')}
              actionLabel={t('plan.sheet.firstGoal')}
              onAction={() => setEditing({ kind: 'goal', goal: null })}
              testId="goals-empty"
            />
          ) : (
            <GoalsTable
              data={data}
              onEdit={(goal) => setEditing({ kind: 'goal', goal })}
              onDelete={(goal) =>
                void deletes.goal(
                  goal,
                  data.actions.filter((a) => a.goalId === goal.id).length,
                  goal.personId ? namesOf([goal.personId])[0] : undefined,
                )
              }
              onAddAction={(goal) =>
                setEditing({
                  kind: 'action',
                  action: null,
                  draft: { goalId: goal.id, personIds: goal.personId ? [goal.personId] : [], horizon: goal.horizon },
                })
              }
            />
          )}
        </section>

        <section>
          <Group justify="space-between" mb="xs">
            <Group gap="sm">
              <Title order={3}>{t('plan.sheet.actions')}</Title>
              <Text size="sm" c="dimmed">
                {t('plan.sheet.count', { count: data.actions.length })}
              </Text>
            </Group>
            <Group gap="xs" data-no-print>
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(value) => setView(value as ActionView)}
                data={[
                  { value: 'goal', label: t('plan.sheet.byGoal') },
                  { value: 'horizon', label: t('plan.sheet.byHorizon') },
                  { value: 'owner', label: t('plan.sheet.byOwner') },
                ]}
                aria-label={t('plan.sheet.view')}
                data-testid="plan-view"
              />
              <Button
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setEditing({ kind: 'action', action: null })}
                data-testid="new-action"
              >
                {t('plan.sheet.newAction')}
              </Button>
            </Group>
          </Group>
          {data.actions.length === 0 ? (
            <EmptyState
              icon={<IconListCheck size={28} />}
              text={t('plan.sheet.actionsEmpty')}
              actionLabel={t('plan.sheet.firstAction')}
              onAction={() => setEditing({ kind: 'action', action: null })}
              testId="actions-empty"
            />
          ) : (
            <ActionGroups
              view={view}
              data={data}
              onStatus={(action, status) => void commands.updateAction(action, { status })}
              onEdit={(action) => setEditing({ kind: 'action', action })}
              onDelete={(action) => void deletes.action(action, namesOf(action.personIds))}
            />
          )}
        </section>

        <section>
          <Group justify="space-between" mb={4}>
            <Title order={3}>{t('plan.sheet.reviews')}</Title>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setEditing({ kind: 'review', review: null })}
              data-no-print
              data-testid="new-review"
            >
              {t('plan.sheet.newReview')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mb="xs">
            {t('plan.sheet.reviewsHelp')}
          </Text>
          {data.reviews.length === 0 ? (
            <EmptyState
              icon={<IconCalendarCheck size={28} />}
              text={t('plan.sheet.reviewsEmpty')}
              actionLabel={t('plan.sheet.firstReview')}
              onAction={() => setEditing({ kind: 'review', review: null })}
              testId="reviews-empty"
            />
          ) : (
            <ReviewsList
              reviews={data.reviews}
              onEdit={(review) => setEditing({ kind: 'review', review })}
              onDelete={(review) => void deletes.review(review)}
            />
          )}
        </section>
      </Stack>

      {deletes.dialog}
      {editing?.kind === 'goal' && (
        <GoalModal
          accountId={accountId}
          goal={editing.goal}
          people={data.people}
          commands={commands}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'action' && (
        <ActionModal
          accountId={accountId}
          action={editing.action}
          draft={editing.draft}
          goals={data.goals}
          people={data.people}
          owners={data.owners}
          commands={commands}
          onClose={closeEditor}
        />
      )}
      {editing?.kind === 'review' && (
        <ReviewModal
          accountId={accountId}
          review={editing.review}
          commands={commands}
          onClose={() => setEditing(null)}
        />
      )}
    </SheetFrame>
  );
}
