/** Reading a date as a person types it, strictly: what is typed is a day the calendar has, or no date. */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/zh-cn';
import type { Problem } from '../../../shared/api/issues';
import { isCalendarDate, isDateInSpan } from '../../../shared/domain/calendarDate';

dayjs.extend(customParseFormat);

/** How a date field shows its day in each language; it also reads YYYY-MM-DD. */
export const DATE_FORMAT = { en: 'MMM D, YYYY', 'zh-CN': 'YYYY年M月D日' } as const;

/** The day typed, as YYYY-MM-DD, or null when it names none: 2099-13-45 is no date, not 14 Feb 2100. */
export function parseTypedDate(text: string, format: string, locale: string): string | null {
  const value = text.trim();
  // YYYY-MM-DD is read by the calendar's own rule, which also knows years dayjs misreads (0000).
  if (isCalendarDate(value)) return value;
  const typed = dayjs(value, format, locale, true);
  return typed.isValid() ? typed.format('YYYY-MM-DD') : null;
}

/**
 * What is wrong with a typed date, or null when it names a day in the calendar's span (or is
 * empty, which the field itself handles: cleared, or back to its value).
 */
export function typedDateProblem(text: string, format: string, locale: string): Problem | null {
  if (text.trim() === '') return null;
  const date = parseTypedDate(text, format, locale);
  if (date === null) return 'not_a_date';
  return isDateInSpan(date) ? null : 'date_out_of_range';
}
