/**
 * The past of a person's tracked values, rebuilt from the append-only change log. Changes are
 * read backwards from today's value: the value at a moment is the old value of the first change
 * after it, or today's value when nothing changed since. This needs no snapshot of the start,
 * so people whose first values were set at creation (which writes no change) come out right.
 */
import { PROGRESS_STEPS, STANCES } from './enums';

export const TRACKED_FIELDS = ['role', 'influence', 'stance', 'access', 'progress'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
/** The fields a deal map has its own values for. */
export const DEAL_FIELDS: readonly TrackedField[] = ['role', 'influence', 'stance'];

export interface Change {
  field: TrackedField;
  oldValue: string | null;
  newValue: string;
  /** ISO instant. */
  changedAt: string;
}

/**
 * The first instant after calendar day `date` (YYYY-MM-DD) ends where the user is; `utcOffset`
 * is minutes east of UTC (+480 in Beijing). "As of 23 Oct" keeps every change before this.
 */
export function endOfDay(date: string, utcOffset = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1) - utcOffset * 60_000).toISOString();
}

/** One field's value just before `end`, from today's value and that field's changes. */
export function valueAsOf(current: string, changes: readonly Change[], end: string): string {
  let first: Change | undefined;
  for (const change of changes) {
    if (change.changedAt >= end && (!first || change.changedAt < first.changedAt)) first = change;
  }
  return first ? (first.oldValue ?? first.newValue) : current;
}

/**
 * A deal's value of one field just before `end`. Until the deal's first own change the person's
 * account-level value held; from then on the deal's log says what the deal saw. (When an
 * override was cleared later, the log cannot tell whether later account-level changes reached
 * the deal; the deal's last logged value is kept then.)
 */
export function dealValueAsOf(
  account: { current: string; changes: readonly Change[] },
  deal: { current: string; changes: readonly Change[] },
  end: string,
): string {
  const started = deal.changes.some((change) => change.changedAt < end);
  return started ? valueAsOf(deal.current, deal.changes, end) : valueAsOf(account.current, account.changes, end);
}

export type Direction = 'up' | 'down' | 'changed';

/** Which way a value moved: up is better for us (warmer stance, more influence, access, progress). */
export function direction(field: TrackedField, from: string, to: string): Direction {
  const rank = (value: string): number => {
    if (field === 'stance') return STANCES.indexOf(value as (typeof STANCES)[number]);
    if (field === 'progress') return PROGRESS_STEPS.indexOf(value as (typeof PROGRESS_STEPS)[number]);
    if (field === 'influence' || field === 'access') return Number(value);
    return Number.NaN;
  };
  const a = rank(from);
  const b = rank(to);
  if (Number.isNaN(a) || Number.isNaN(b) || a === b) return 'changed';
  return b > a ? 'up' : 'down';
}

export type TrackedValues = Record<TrackedField, string>;

export interface Move {
  field: TrackedField;
  from: string;
  to: string;
  direction: Direction;
}

/** The fields whose value differs between two moments, in TRACKED_FIELDS order. */
export function movesBetween(before: TrackedValues, after: TrackedValues): Move[] {
  return TRACKED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    from: before[field],
    to: after[field],
    direction: direction(field, before[field], after[field]),
  }));
}

/** A person's tracked values as strings (the log stores them so). */
export const trackedValues = (person: Record<TrackedField, string | number>): TrackedValues => ({
  role: String(person.role),
  influence: String(person.influence),
  stance: String(person.stance),
  access: String(person.access),
  progress: String(person.progress),
});

export interface Step {
  at: string;
  value: string;
}

/**
 * One field's path for a chart: the value it started with at `start`, then each change in time
 * order. Only the field's own log is used, so a value set at creation shows from the start.
 */
export function pathOf(current: string, changes: readonly Change[], start: string): Step[] {
  const sorted = [...changes].sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0));
  const first = sorted[0];
  const initial = first ? (first.oldValue ?? first.newValue) : current;
  return [{ at: start, value: initial }, ...sorted.map((change) => ({ at: change.changedAt, value: change.newValue }))];
}
