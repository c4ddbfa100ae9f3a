import dayjs from 'dayjs';

/** Today on the user's wall calendar (YYYY-MM-DD), which is what "due" and "overdue" are about. */
export const localToday = (): string => dayjs().format('YYYY-MM-DD');

/** A calendar date in the user's language, e.g. "23 Nov 2026" / "2026年11月23日". */
export const formatDate = (isoDate: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(`${isoDate}T00:00:00`));
