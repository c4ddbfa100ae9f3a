import type { Db } from '../db/connection';
import type { HandlersOf } from '../handlers';
import type { planMethods } from '../../../shared/api/methods/plan';
import { createAction, deleteAction, listActions, restoreAction, updateAction } from '../services/actions';
import { getAnalysis, setAnalysisCell } from '../services/analysis';
import {
  createCompetitor,
  deleteCompetitor,
  listCompetitors,
  renameCompetitor,
  restoreCompetitor,
} from '../services/competitors';
import { createGoal, deleteGoal, listGoals, restoreGoal, updateGoal } from '../services/goals';
import { myPlan, personPlan } from '../services/myPlan';
import { createReview, deleteReview, listReviews, restoreReview, updateReview } from '../services/reviews';

export function planHandlers(db: Db): HandlersOf<keyof typeof planMethods> {
  return {
    'goals.list': (input) => listGoals(db, input),
    'goals.create': (input) => createGoal(db, input),
    'goals.update': (input) => updateGoal(db, input),
    'goals.delete': ({ id }) => deleteGoal(db, id),
    'goals.restore': (removal) => restoreGoal(db, removal),

    'actions.list': ({ accountId }) => listActions(db, accountId),
    'actions.create': (input) => createAction(db, input),
    'actions.update': (input) => updateAction(db, input),
    'actions.delete': ({ id }) => deleteAction(db, id),
    'actions.restore': (action) => restoreAction(db, action),

    'reviews.list': ({ accountId }) => listReviews(db, accountId),
    'reviews.create': (input) => createReview(db, input),
    'reviews.update': (input) => updateReview(db, input),
    'reviews.delete': ({ id }) => deleteReview(db, id),
    'reviews.restore': (review) => restoreReview(db, review),

    'analysis.get': ({ accountId }) => getAnalysis(db, accountId),
    'analysis.set': (input) => setAnalysisCell(db, input),

    'competitors.list': ({ accountId }) => listCompetitors(db, accountId),
    'competitors.create': (input) => createCompetitor(db, input),
    'competitors.rename': (input) => renameCompetitor(db, input),
    'competitors.delete': ({ id }) => deleteCompetitor(db, id),
    'competitors.restore': (removal) => restoreCompetitor(db, removal),

    'plan.myPlan': () => myPlan(db),
    'plan.person': ({ personId }) => personPlan(db, personId),
  };
}
