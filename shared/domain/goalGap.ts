import { ACCESS_MAX, PROGRESS_STEPS, stanceValue, type Progress, type Stance } from './enums';
import { daysBetween } from './horizon';

/** Where a person stands now on the three measures a relationship goal can target. */
export interface RelationshipState {
  stance: Stance;
  access: number;
  progress: Progress;
}

export interface RelationshipTargets {
  targetStance: Stance | null;
  targetAccess: number | null;
  targetProgress: Progress | null;
  dueDate: string | null;
}

/** One measure of a goal: where it is, where it should be, and how many steps are still missing. */
export interface MeasureGap<T> {
  current: T;
  target: T;
  /** Steps still to climb on that scale (0 once reached or passed). */
  steps: number;
  /** Of the whole scale, the share still to climb (0..1), for a bar. */
  share: number;
  met: boolean;
}

export interface GoalGap {
  stance: MeasureGap<Stance> | null;
  access: MeasureGap<number> | null;
  progress: MeasureGap<Progress> | null;
  /** Every target set is reached (false when the goal sets none). */
  met: boolean;
  /** Steps missing over all targets. */
  totalSteps: number;
  /** Days until the due date (negative once past), or null without one. */
  daysLeft: number | null;
  /** Past its date and not yet met. */
  overdue: boolean;
}

const STANCE_SPAN = 4; // -2..+2
const PROGRESS_SPAN = PROGRESS_STEPS.length - 1;

function measure<T>(current: T, target: T, position: (value: T) => number, span: number): MeasureGap<T> {
  const steps = Math.max(0, position(target) - position(current));
  return { current, target, steps, share: steps / span, met: steps === 0 };
}

/** The distance between a person's state and their relationship goal, measure by measure. */
export function goalGap(state: RelationshipState, goal: RelationshipTargets, today: string): GoalGap {
  const stance = goal.targetStance === null ? null : measure(state.stance, goal.targetStance, stanceValue, STANCE_SPAN);
  const access = goal.targetAccess === null ? null : measure(state.access, goal.targetAccess, (v) => v, ACCESS_MAX);
  const progress =
    goal.targetProgress === null
      ? null
      : measure(state.progress, goal.targetProgress, (p) => PROGRESS_STEPS.indexOf(p), PROGRESS_SPAN);
  const measures = [stance, access, progress].filter((m) => m !== null);
  const met = measures.length > 0 && measures.every((m) => m.met);
  const daysLeft = goal.dueDate === null ? null : daysBetween(today, goal.dueDate);
  return {
    stance,
    access,
    progress,
    met,
    totalSteps: measures.reduce((sum, m) => sum + m.steps, 0),
    daysLeft,
    overdue: !met && daysLeft !== null && daysLeft < 0,
  };
}
