import { useMemo, type ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Competitor } from '../../../../shared/api/entities';
import type { Action, Goal, Review } from '../../../../shared/api/methods/plan';
import { useConfirm } from '../../app/ConfirmDialog';
import { formatList } from '../../app/listFormat';
import { notifyWithUndo } from '../../app/notify';
import { useUndo } from '../../undo/UndoContext';
import { useFormatDate } from './format';
import { goalTitle } from './goalText';
import type { PlanCommands } from './usePlanCommands';

/** The lines of a confirmation, the way back last. */
function Lines({ lines }: { lines: readonly (string | null)[] }): ReactNode {
  return (
    <Stack gap={6}>
      {lines
        .filter((line) => line !== null)
        .map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))}
    </Stack>
  );
}

/**
 * Deleting a goal, an action, a review or a competitor: ask first, saying what goes with it
 * (as the backend does it), then delete as one undoable step and offer the undo right there.
 * Render `dialog` once in the component that uses it.
 */
export function usePlanDeletes(commands: PlanCommands) {
  const { t, i18n } = useTranslation();
  const { undo } = useUndo();
  const formatDate = useFormatDate();
  const { confirm, dialog } = useConfirm();
  const deletes = useMemo(() => {
    const offerUndo = (message: string) => (done: boolean) => {
      if (done) notifyWithUndo(message, () => void undo());
    };
    const undoable = t('plan.confirm.undoable');
    const list = (names: readonly string[]) => formatList(names, i18n.language);
    return {
      /** `actionCount`: the actions serving the goal, which stay; `personName` for a relationship goal. */
      async goal(goal: Goal, actionCount: number, personName?: string) {
        const yes = await confirm({
          title: t('plan.confirm.goalTitle', { title: goalTitle(goal, t) }),
          message: (
            <Lines
              lines={[
                personName ? t('plan.confirm.goalFor', { name: personName }) : null,
                t('plan.confirm.goalActions', { count: actionCount }),
                undoable,
              ]}
            />
          ),
          confirmLabel: t('plan.confirm.deleteGoal'),
        });
        if (yes) await commands.deleteGoal(goal).then(offerUndo(t('plan.sheet.goalDeleted')));
      },
      /** `peopleNames`: whom the action is for; they stay, only the link goes. */
      async action(action: Action, peopleNames: readonly string[]) {
        const yes = await confirm({
          title: t('plan.confirm.actionTitle', { title: action.title }),
          message: (
            <Lines
              lines={[
                t('plan.confirm.actionBody'),
                peopleNames.length > 0 ? t('plan.confirm.actionPeople', { names: list(peopleNames) }) : null,
                undoable,
              ]}
            />
          ),
          confirmLabel: t('plan.confirm.deleteAction'),
        });
        if (yes) {
          await commands.deleteAction(action).then(offerUndo(t('plan.sheet.actionDeleted', { title: action.title })));
        }
      },
      async review(review: Review) {
        const yes = await confirm({
          title: t('plan.confirm.reviewTitle', { date: formatDate(review.heldOn) }),
          message: <Lines lines={[t('plan.confirm.reviewBody'), undoable]} />,
          confirmLabel: t('plan.confirm.deleteReview'),
        });
        if (yes) await commands.deleteReview(review).then(offerUndo(t('plan.sheet.reviewDeleted')));
      },
      /** `cellCount`: its filled analysis cells, which go; `peopleCount`: people leaning to it, who stay. */
      async competitor(competitor: Competitor, cellCount: number, peopleCount: number) {
        const yes = await confirm({
          title: t('plan.confirm.competitorTitle', { name: competitor.name }),
          message: (
            <Lines
              lines={[
                t('plan.confirm.competitorCells', { count: cellCount }),
                peopleCount > 0 ? t('plan.confirm.competitorPeople', { count: peopleCount }) : null,
                undoable,
              ]}
            />
          ),
          confirmLabel: t('plan.confirm.deleteCompetitor'),
        });
        if (yes) {
          await commands
            .deleteCompetitor(competitor)
            .then(offerUndo(t('plan.profile.competitorDeleted', { name: competitor.name })));
        }
      },
    };
  }, [t, i18n.language, undo, formatDate, confirm, commands]);
  return { ...deletes, dialog };
}
