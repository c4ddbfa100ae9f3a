import type { Horizon } from './enums';

/** Months each planning horizon reaches (short 3 months, medium 6 months, long 1 year). */
export const HORIZON_MONTHS: Readonly<Record<Horizon, number>> = { '3m': 3, '6m': 6, '12m': 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD from its parts (month 1..12). */
function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) throw new RangeError(`not a calendar date: ${date}`);
  return { year, month, day };
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** `date` plus whole months; a day past the end of the target month falls on its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return formatDate(targetYear, targetMonth, Math.min(day, lastDay));
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The last day a horizon covers, counted from `today`: the due date a horizon implies. */
export function horizonEnd(horizon: Horizon, today: string): string {
  return addMonths(today, HORIZON_MONTHS[horizon]);
}

/** The shortest horizon a due date falls within; overdue dates are in the nearest one, beyond a year in 12m. */
export function horizonOfDate(dueDate: string, today: string): Horizon {
  if (dueDate <= horizonEnd('3m', today)) return '3m';
  if (dueDate <= horizonEnd('6m', today)) return '6m';
  return '12m';
}

/**
 * Where an item sits on the 3 / 6 / 12-month timeline: its own horizon when set, else the one its
 * due date falls in; null when it has neither.
 */
export function effectiveHorizon(
  item: { horizon: Horizon | null; dueDate: string | null },
  today: string,
): Horizon | null {
  if (item.horizon) return item.horizon;
  return item.dueDate ? horizonOfDate(item.dueDate, today) : null;
}

/** A due date is overdue once its day has passed. */
export const isOverdue = (dueDate: string | null, today: string): boolean => dueDate !== null && dueDate < today;
