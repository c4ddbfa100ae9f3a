import { useMemo } from 'react';
import type { InputOf } from '../../../../shared/api/contract';
import type { Account, AccountTeamEntry, Competitor } from '../../../../shared/api/entities';
import type {
  Action,
  ActionPatch,
  AnalysisCell,
  CompetitorRemoval,
  Goal,
  GoalPatch,
  GoalRemoval,
  Review,
} from '../../../../shared/api/methods/plan';
import type { TeamRole } from '../../../../shared/domain/enums';
import { api } from '../../api/client';
import { storeCommand } from '../../undo/storeCommand';
import { useUndo } from '../../undo/UndoContext';

const command = (label: string, redo: () => Promise<unknown>, undo: () => Promise<unknown>) =>
  storeCommand(`plan.${label}`, redo, undo);

/** The fields of `before` that `patch` changes, as they were: the patch that undoes it. */
function inverse<T extends object, P extends Partial<T>>(before: T, patch: P): P {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof T]])) as P;
}

type NewAction = Omit<InputOf<'actions.create'>, 'id'>;
type NewGoal = Omit<InputOf<'goals.create'>, 'id'>;
type NewReview = Omit<InputOf<'reviews.create'>, 'id'>;
type CellKey = Pick<AnalysisCell, 'accountId' | 'party' | 'competitorId' | 'dimension'>;

/** Every edit of the plan feature, each one an undoable command. Resolves true when it was done. */
export function usePlanCommands() {
  const { perform } = useUndo();
  return useMemo(() => {
    /** Create with a client-made id; undo deletes, redo restores the very same row. */
    function created<R>(
      label: string,
      create: () => Promise<unknown>,
      remove: () => Promise<R>,
      restore: (removal: R) => Promise<unknown>,
    ): Promise<boolean> {
      let removal: R | null = null;
      return perform(
        command(
          label,
          () => (removal === null ? create() : restore(removal)),
          async () => {
            removal = await remove();
          },
        ),
      );
    }
    /** Delete now; undo restores from what the delete returned. */
    function deleted<R>(label: string, remove: () => Promise<R>, restore: (removal: R) => Promise<unknown>) {
      let removal: R | null = null;
      return perform(
        command(
          label,
          async () => {
            removal = await remove();
          },
          () => (removal === null ? Promise.resolve() : restore(removal)),
        ),
      );
    }

    return {
      updateAccount(before: Account, patch: InputOf<'accounts.update'>['patch']) {
        return perform(
          command(
            'editAccount',
            () => api.call('accounts.update', { id: before.id, patch }),
            () => api.call('accounts.update', { id: before.id, patch: inverse(before, patch) }),
          ),
        );
      },

      createGoal(input: NewGoal): Promise<boolean> {
        const id = crypto.randomUUID();
        return created(
          'addGoal',
          () => api.call('goals.create', { ...input, id }),
          () => api.call('goals.delete', { id }),
          (removal: GoalRemoval) => api.call('goals.restore', removal),
        );
      },
      updateGoal(goal: Goal, patch: GoalPatch) {
        return perform(
          command(
            'editGoal',
            () => api.call('goals.update', { id: goal.id, patch }),
            () => api.call('goals.update', { id: goal.id, patch: inverse(goal, patch) }),
          ),
        );
      },
      deleteGoal(goal: Goal) {
        return deleted(
          'deleteGoal',
          () => api.call('goals.delete', { id: goal.id }),
          (removal: GoalRemoval) => api.call('goals.restore', removal),
        );
      },

      /** Also what "make this an action" elsewhere can call with a prefill. */
      createAction(input: NewAction): Promise<boolean> {
        const id = crypto.randomUUID();
        return created(
          'addAction',
          () => api.call('actions.create', { ...input, id }),
          () => api.call('actions.delete', { id }),
          (removal: Action) => api.call('actions.restore', removal),
        );
      },
      updateAction(action: Action, patch: ActionPatch) {
        return perform(
          command(
            'editAction',
            () => api.call('actions.update', { id: action.id, patch }),
            () => api.call('actions.update', { id: action.id, patch: inverse(action, patch) }),
          ),
        );
      },
      deleteAction(action: Action) {
        return deleted(
          'deleteAction',
          () => api.call('actions.delete', { id: action.id }),
          (removal: Action) => api.call('actions.restore', removal),
        );
      },

      createReview(input: NewReview): Promise<boolean> {
        const id = crypto.randomUUID();
        return created(
          'addReview',
          () => api.call('reviews.create', { ...input, id }),
          () => api.call('reviews.delete', { id }),
          (removal: Review) => api.call('reviews.restore', removal),
        );
      },
      updateReview(review: Review, patch: Partial<Pick<Review, 'heldOn' | 'evaluated' | 'decided'>>) {
        return perform(
          command(
            'editReview',
            () => api.call('reviews.update', { id: review.id, patch }),
            () => api.call('reviews.update', { id: review.id, patch: inverse(review, patch) }),
          ),
        );
      },
      deleteReview(review: Review) {
        return deleted(
          'deleteReview',
          () => api.call('reviews.delete', { id: review.id }),
          (removal: Review) => api.call('reviews.restore', removal),
        );
      },

      createCompetitor(accountId: string, name: string): Promise<boolean> {
        const id = crypto.randomUUID();
        return created(
          'addCompetitor',
          () => api.call('competitors.create', { id, accountId, name }),
          () => api.call('competitors.delete', { id }),
          (removal: CompetitorRemoval) => api.call('competitors.restore', removal),
        );
      },
      renameCompetitor(competitor: Competitor, name: string) {
        return perform(
          command(
            'renameCompetitor',
            () => api.call('competitors.rename', { id: competitor.id, name }),
            () => api.call('competitors.rename', { id: competitor.id, name: competitor.name }),
          ),
        );
      },
      deleteCompetitor(competitor: Competitor) {
        return deleted(
          'deleteCompetitor',
          () => api.call('competitors.delete', { id: competitor.id }),
          (removal: CompetitorRemoval) => api.call('competitors.restore', removal),
        );
      },

      setCell(key: CellKey, before: string, text: string) {
        return perform(
          command(
            'editAnalysis',
            () => api.call('analysis.set', { ...key, text }),
            () => api.call('analysis.set', { ...key, text: before }),
          ),
        );
      },

      setTeamRole(entry: AccountTeamEntry, role: TeamRole) {
        const { accountId, memberId } = entry;
        return perform(
          command(
            'editTeam',
            () => api.call('accountTeam.set', { accountId, memberId, role }),
            () => api.call('accountTeam.set', { accountId, memberId, role: entry.role }),
          ),
        );
      },
      addToTeam(accountId: string, memberId: string, role: TeamRole) {
        return perform(
          command(
            'editTeam',
            () => api.call('accountTeam.set', { accountId, memberId, role }),
            () => api.call('accountTeam.remove', { accountId, memberId }),
          ),
        );
      },
      removeFromTeam(entry: AccountTeamEntry) {
        const { accountId, memberId, role } = entry;
        return perform(
          command(
            'editTeam',
            () => api.call('accountTeam.remove', { accountId, memberId }),
            () => api.call('accountTeam.set', { accountId, memberId, role }),
          ),
        );
      },
    };
  }, [perform]);
}

export type PlanCommands = ReturnType<typeof usePlanCommands>;
