/** A time of today as the user reads times: their language, their time zone, to the minute. */
export function formatClock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));
}
