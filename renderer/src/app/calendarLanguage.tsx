import 'dayjs/locale/zh-cn';
import { useMemo, type ReactNode } from 'react';
import { DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from './localDate';

/** dayjs's name for a language, which Mantine's pickers use for weekday names and typed dates. */
export const dayjsLocale = (language: string): string => (language === 'zh-CN' ? 'zh-cn' : 'en');

/** Every date picker inside speaks the user's language (weekday names, typed dates), weeks from Monday. */
export function CalendarLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: dayjsLocale(i18n.language), firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

/**
 * The words of a picker's headers and lists, written by Intl like every other date of the app:
 * "December 2026" / "2026年12月", not dayjs's "十二月 2026". Mantine hands each a day as YYYY-MM-DD
 * (with a time for pickers that have one).
 */
export function calendarWords(language: string) {
  const words = (options: Intl.DateTimeFormatOptions) => (date: string) =>
    formatCalendarDate(date.slice(0, 10), language, options);
  const year = words({ year: 'numeric' });
  return {
    monthLabelFormat: words({ year: 'numeric', month: 'long' }),
    yearLabelFormat: year,
    decadeLabelFormat: (start: string, end: string) => `${year(start)} – ${year(end)}`,
    monthsListFormat: words({ month: 'short' }),
    yearsListFormat: year,
    // What a screen reader says for a day: "June 14, 1975" / "1975年6月14日", not "14 六月 1975".
    getDayAriaLabel: words({ dateStyle: 'long' }),
  };
}

/** A picked day in a DatePickerInput, as Intl writes it ("Feb 23, 2027" / "2027年2月23日"). */
export const pickedDayText =
  (language: string) =>
  ({ date }: { date: unknown }): string =>
    typeof date === 'string' ? formatCalendarDate(date.slice(0, 10), language) : '';

/** Props for a Mantine date picker in the user's language: its headers, and the picked day's text. */
export function useCalendarWords() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => ({ ...calendarWords(language), valueFormatter: pickedDayText(language) }), [language]);
}
