/**
 * When a person is next due for a contact under the care cadence (docs/method.md, "Care cadence").
 * A contact counts on the calendar day the user lived it: 23:30 in Shanghai on 1 March is
 * 1 March, although it is still 28/29 February in UTC. So every date here is a local calendar
 * date (YYYY-MM-DD) in a time zone the caller names explicitly; nothing reads the machine's zone.
 */

/** An IANA zone ("Asia/Shanghai") or a fixed offset from UTC ("+08:00", "-03:30", "Z"). */
export type TimeZone = string;

const OFFSET = /^(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const DAY_MS = 86_400_000;

/** The offset in minutes a fixed-offset zone names, or null for an IANA name. */
function fixedOffsetMinutes(zone: TimeZone): number | null {
  const match = OFFSET.exec(zone);
  if (!match) return null;
  if (zone === 'Z') return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Whether the zone is one this module can compute with. */
export function isValidTimeZone(zone: string): boolean {
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return Math.abs(offset) <= 14 * 60;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Local dates already worked out, by zone and instant: a big account's status asks for the same
 * last contacts on every reload, and the zone's formatter is the slow part. Bounded; emptied when full.
 */
const knownDates = new Map<string, string>();
const KNOWN_DATES_MAX = 50_000;

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function localDateOf(instant: string | Date, zone: TimeZone): string {
  if (typeof instant !== 'string') return computeLocalDate(instant, zone);
  const key = `${zone} ${instant}`;
  const known = knownDates.get(key);
  if (known !== undefined) return known;
  const date = computeLocalDate(instant, zone);
  if (knownDates.size >= KNOWN_DATES_MAX) knownDates.clear();
  knownDates.set(key, date);
  return date;
}

function computeLocalDate(instant: string | Date, zone: TimeZone): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) {
    const shifted = new Date(ms + offset * 60_000);
    return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  }
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Day numbers already worked out, by date (few distinct ones); bounded, emptied when full. */
const knownDays = new Map<string, number>();

function dayNumber(date: string): number {
  const known = knownDays.get(date);
  if (known !== undefined) return known;
  const day = computeDayNumber(date);
  if (knownDays.size >= KNOWN_DATES_MAX) knownDays.clear();
  knownDays.set(date, day);
  return day;
}

function computeDayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** A calendar date plus a number of days; months and leap years roll over as on a calendar. */
export function addDays(date: string, days: number): string {
  const d = new Date(dayNumber(date) * DAY_MS + days * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export interface ContactDue {
  /** The local date of the last contact, or null if there never was one. */
  lastContactDate: string | null;
  /** Last contact's local date + cadence; today when never contacted (due now). */
  nextDueDate: string;
  /** Days past the due date: positive when overdue, 0 on the day, negative while there is time. */
  daysOverdue: number;
  /** The contact is due today or earlier (always true for someone never contacted). */
  due: boolean;
  /** The due date has passed. */
  overdue: boolean;
}

/** When the next contact is due, from the last one (an instant), the cadence in days and now. */
export function contactDue(input: {
  lastContactAt: string | null;
  cadenceDays: number;
  now: string | Date;
  timeZone: TimeZone;
}): ContactDue {
  if (!Number.isInteger(input.cadenceDays) || input.cadenceDays <= 0) {
    throw new RangeError(`cadence must be a positive whole number of days: ${input.cadenceDays}`);
  }
  const today = localDateOf(input.now, input.timeZone);
  const lastContactDate = input.lastContactAt === null ? null : localDateOf(input.lastContactAt, input.timeZone);
  const nextDueDate = lastContactDate === null ? today : addDays(lastContactDate, input.cadenceDays);
  const daysOverdue = daysBetween(nextDueDate, today);
  return { lastContactDate, nextDueDate, daysOverdue, due: daysOverdue >= 0, overdue: daysOverdue > 0 };
}
