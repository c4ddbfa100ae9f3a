import { todayIso } from '../../../shared/domain/horizon';

/** The user's calendar day of an instant, as YYYY-MM-DD: what "due" and "overdue" are about. */
export const localDay = (at: Date = new Date()): string => todayIso(at);

export const localToday = (): string => localDay();

/**
 * A calendar date (YYYY-MM-DD) in the user's language: "23 Nov 2026" / "2026年11月23日", or with
 * the weekday for `full`, or only the parts `style` names ("December 2026" / "2026年12月"). A date
 * is a day, not an instant, so no time zone may shift it.
 */
export function formatCalendarDate(
  date: string,
  language: string,
  style: 'medium' | 'full' | Intl.DateTimeFormatOptions = 'medium',
): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as it is.
  const utcDay = new Date(0);
  utcDay.setUTCFullYear(year, month - 1, day);
  const options = typeof style === 'string' ? { dateStyle: style } : style;
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(utcDay);
}
