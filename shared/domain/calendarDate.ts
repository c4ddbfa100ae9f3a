/**
 * The span of the calendar Powermap works in. People we map were born in the 20th century at the
 * earliest and plans reach a few years ahead, so a day outside 1900-01-01 … 2200-12-31 is a typing
 * slip (0000, 9999, 1899); refusing it keeps every date the app computes with a four-digit year.
 */
import { parseInstant } from './staleness';

export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2200-12-31';
/** The first day past the span: an instant before its midnight UTC is within it. */
export const DAY_AFTER_LAST_DATE = '2201-01-01';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_MS = Date.UTC(1900, 0, 1);
/** The first instant after the span: any zone's local date of an earlier instant is at most 2201-01-01. */
const END_MS = Date.UTC(2201, 0, 1);

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
 * An instant whose written date and whose UTC time both lie within the span, so its local date in
 * any zone is a four-digit year. `value` must already be an ISO date-time (with an offset, or UTC).
 */
export function isInstantInSpan(value: string): boolean {
  const ms = parseInstant(value);
  return ms !== null && ms >= FIRST_MS && ms < END_MS && isDateInSpan(value.slice(0, 10));
}

/** A readable ISO instant within the span. */
export const isSaneInstant = (value: unknown): value is string =>
  typeof value === 'string' && isCalendarDate(value.slice(0, 10)) && isInstantInSpan(value);
