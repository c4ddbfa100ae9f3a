import { formatCalendarDate } from '../../app/localDate';
import dayjs from 'dayjs';
import { isValidTimeZone } from '../../../../shared/domain/contactDue';

/** The user's IANA zone (due dates are calendar dates where the user lives), else today's UTC offset. */
export function userTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && isValidTimeZone(zone)) return zone;
  const offset = -new Date().getTimezoneOffset();
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "Monday, 3 March 2025" / "2025年3月3日星期一" for a YYYY-MM-DD date. */
export const formatDay = (date: string, language: string): string => formatCalendarDate(date, language, 'full');

export { formatCalendarDate as formatDate } from '../../app/localDate';

export function formatTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(instant));
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export const localDay = (instant: string): string => dayjs(instant).format('YYYY-MM-DD');

/** Today in the user's zone, as YYYY-MM-DD. */
export const today = (): string => dayjs().format('YYYY-MM-DD');
