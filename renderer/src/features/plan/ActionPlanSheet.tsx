import { useState } from 'react';
import { Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import type { Action, Goal, Review } from '../../../../shared/api/methods/plan';
import { todayIso } from '../../../../shared/domain/horizon';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { ActionModal, type ActionDraft } from './ActionModal';
import { ActionGroups, type ActionView } from './ActionGroups';
import { downloadText, useFormatDate } from './format';
import { GoalModal } from './GoalModal';
import { GoalsTable } from './GoalsTable';
import { planCsv } from './planCsv';
import { ReviewModal } from './ReviewModal';
import { ReviewsList } from './ReviewsList';
import { SheetFrame } from './SheetFrame';
import { usePlanCommands } from './usePlanCommands';
import { usePlanData } from './usePlanData';

type Editing =
  | { kind: 'goal'; goal: Goal | null }
  | { kind: 'action'; action: Action | null; draft?: ActionDraft }
  | { kind: 'review'; review: Review | null }
  | null;

/** The account's action-plan sheet (000): goals, actions in three views, review checkpoints; printable and exportable. */
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
  const undo = useUndo();
  const formatDate = useFormatDate();
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
  const exportCsv = () => {
    const file = `${data.account.name} — ${t('plan.csv.file')} ${todayIso()}.csv`.replace(/[\\/:*?"<>|]/g, '_');
    downloadText(file, planCsv(data, t), 'text/csv;charset=utf-8');
    notifications.show({ message: t('plan.exported', { file }), autoClose: 3000 });
  };
  const withUndo = (message: string) => (done: boolean) => done && notifyWithUndo(message, () => void undo.undo());

  return (
    <SheetFrame testId="action-plan">
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2}>{t('plan.sheet.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('plan.sheet.subtitle', { account: data.account.name })}
          </Text>
          <Text className="plan-print-only" size="xs" c="dimmed">
            {t('plan.sheet.printedOn', { date: formatDate(todayIso()) })}
          </Text>
        </div>
        <Group gap="xs" data-no-print>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={() => window.print()}
            data-testid="plan-print"
          >
            {t('plan.print')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={exportCsv}
            data-testid="plan-export-csv"
          >
            {t('plan.exportCsv')}
          </Button>
        </Group>
      </Group>

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
            <Text c="dimmed" size="sm" py="sm">
              {t('plan.sheet.goalsEmpty')}
            </Text>
          ) : (
            <GoalsTable
              data={data}
              onEdit={(goal) => setEditing({ kind: 'goal', goal })}
              onDelete={(goal) => void commands.deleteGoal(goal).then(withUndo(t('plan.sheet.goalDeleted')))}
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
            <Text c="dimmed" size="sm" py="sm">
              {t('plan.sheet.actionsEmpty')}
            </Text>
          ) : (
            <ActionGroups
              view={view}
              data={data}
              onStatus={(action, status) => void commands.updateAction(action, { status })}
              onEdit={(action) => setEditing({ kind: 'action', action })}
              onDelete={(action) =>
                void commands
                  .deleteAction(action)
                  .then(withUndo(t('plan.sheet.actionDeleted', { title: action.title })))
              }
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
            <Text c="dimmed" size="sm" py="sm">
              {t('plan.sheet.reviewsEmpty')}
            </Text>
          ) : (
            <ReviewsList
              reviews={data.reviews}
              onEdit={(review) => setEditing({ kind: 'review', review })}
              onDelete={(review) => void commands.deleteReview(review).then(withUndo(t('plan.sheet.reviewDeleted')))}
            />
          )}
        </section>
      </Stack>

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
