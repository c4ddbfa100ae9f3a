import type { TFunction } from 'i18next';
import type { Goal } from '../../../../shared/api/methods/plan';

/** A goal in one line: its title, else its targets ("Champion · Business meals · Trust"). */
export function goalTargets(goal: Goal, t: TFunction): string {
  const parts: string[] = [];
  if (goal.targetStance) parts.push(t(`enums.stanceShort.${goal.targetStance}`));
  if (goal.targetAccess !== null) parts.push(t(`enums.access.${goal.targetAccess}`));
  if (goal.targetProgress) parts.push(t(`enums.progress.${goal.targetProgress}`));
  return parts.join(' · ');
}

export function goalTitle(goal: Goal, t: TFunction): string {
  return goal.title || goalTargets(goal, t) || t('plan.none');
}
