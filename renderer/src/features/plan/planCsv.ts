import type { TFunction } from 'i18next';
import { buildCsv } from '../../../../shared/domain/csv';
import { goalTitle, goalTargets } from './goalText';
import { personName } from './format';
import type { PlanData } from './usePlanData';

/** The column of the plan table that holds due dates (and a review's day). */
export const PLAN_DATE_COLUMN = 5;

/**
 * The whole action-plan sheet as one CSV table a spreadsheet opens: goals, then actions, then
 * review checkpoints, one row each, with codes shown as the user's labels.
 */
export function planCsv(data: PlanData, t: TFunction): string {
  const { header, rows } = planTable(data, t);
  return buildCsv(header, rows);
}

/** The plan's rows as the CSV and the workbook both write them. */
export function planTable(data: PlanData, t: TFunction): { header: string[]; rows: (string | null)[][] } {
  const people = (ids: readonly string[]) =>
    ids
      .map((id) => data.peopleById.get(id))
      .filter((p) => p !== undefined)
      .map(personName)
      .join('; ');
  const header = [
    t('plan.csv.kind'),
    t('plan.columns.title'),
    t('plan.columns.goal'),
    t('plan.columns.people'),
    t('plan.columns.owner'),
    t('plan.columns.due'),
    t('plan.columns.horizon'),
    t('plan.columns.status'),
    t('plan.columns.outcome'),
  ];
  const horizon = (h: string | null) => (h ? t(`plan.horizon.${h}`) : '');
  const goals = data.goals.map((goal) => [
    t('plan.csv.goal'),
    goalTitle(goal, t),
    goal.title ? goalTargets(goal, t) : '',
    goal.personId ? people([goal.personId]) : t('plan.sheet.accountGoal'),
    '',
    goal.dueDate,
    horizon(goal.horizon),
    t(`plan.goalStatus.${goal.status}`),
    goal.note,
  ]);
  const actions = data.actions.map((action) => {
    const goal = action.goalId ? data.goalsById.get(action.goalId) : undefined;
    return [
      t('plan.csv.action'),
      action.title,
      goal ? goalTitle(goal, t) : '',
      people(action.personIds),
      action.ownerMemberId ? (data.membersById.get(action.ownerMemberId)?.name ?? '') : '',
      action.dueDate,
      horizon(action.horizon),
      t(`plan.actionStatus.${action.status}`),
      action.outcome,
    ];
  });
  const reviews = data.reviews.map((review) => [
    t('plan.csv.review'),
    review.evaluated,
    '',
    '',
    '',
    review.heldOn,
    '',
    '',
    review.decided,
  ]);
  return { header, rows: [...goals, ...actions, ...reviews] };
}
