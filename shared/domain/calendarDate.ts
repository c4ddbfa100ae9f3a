/**
 * The span of the calendar Powermap works in. People we map were born in the 20th century at the
 * earliest and plans reach a few years ahead, so a day outside 1900-01-01 … 2200-12-31 is a typing
 * slip (0000, 9999, 1899); refusing it keeps every date the app computes with a four-digit year.
 */
import { parseInstant } from './staleness';

export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2200-12-31';
/**
 * An instant is within the span when, in some time zone, it falls on a day of the span: from
 * 1900-01-01 00:00 at UTC+14 to the end of 2200-12-31 at UTC−12. As UTC text (how instants are
 * stored) these bounds compare in text order as in time.
 */
export const INSTANT_FLOOR = '1899-12-31T10:00:00.000Z';
export const INSTANT_CEILING = '2201-01-01T12:00:00.000Z';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FLOOR_MS = Date.parse(INSTANT_FLOOR);
const CEILING_MS = Date.parse(INSTANT_CEILING);

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` naming a day the calendar has (no 2099-13-45, no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A calendar date between FIRST_DATE and LAST_DATE (string order is date order for YYYY-MM-DD). */
export const isDateInSpan = (value: string): boolean => value >= FIRST_DATE && value <= LAST_DATE;

/** A real calendar date within the span: one the app can compute with. */
export const isSaneDate = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value) && isDateInSpan(value);

/**
 * Instants already judged: a big account's contact status asks about the same last contacts on
 * every reload, and the parse is the slow part. Bounded; emptied when full.
 */
const judgedInstants = new Map<string, boolean>();
const JUDGED_MAX = 50_000;

/** A readable ISO instant within the span: its local date in any zone has four digits. */
export function isSaneInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const known = judgedInstants.get(value);
  if (known !== undefined) return known;
  const ms = parseInstant(value);
  const sane = ms !== null && ms >= FLOOR_MS && ms < CEILING_MS;
  if (judgedInstants.size >= JUDGED_MAX) judgedInstants.clear();
  judgedInstants.set(value, sane);
  return sane;
}
