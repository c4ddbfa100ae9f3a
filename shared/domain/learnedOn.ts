/**
 * The day an assessment was learned, when that was before it was written ("at last month's
 * steering meeting"). A day after today has not happened; one more than two years back is no
 * longer news to judge a relationship by (the slowest care cadence, half-yearly, makes an
 * assessment stale after 540 days), and is most likely a slip of the year.
 */
import { endOfDay } from './history';

export const LEARNED_ON_MAX_AGE_DAYS = 730;

const DAY_MS = 86_400_000;

/** The user's calendar day (YYYY-MM-DD) at `now`, `utcOffset` minutes east of UTC. */
export const dayAt = (now: Date, utcOffset = 0): string =>
  new Date(now.getTime() + utcOffset * 60_000).toISOString().slice(0, 10);

/** The first and last day a change may be said to have been learned on, as of `now`. */
export function learnedOnBounds(now: Date, utcOffset = 0): { min: string; max: string } {
  return {
    min: dayAt(new Date(now.getTime() - LEARNED_ON_MAX_AGE_DAYS * DAY_MS), utcOffset),
    max: dayAt(now, utcOffset),
  };
}

/**
 * The instant the history gives an edit learned on `date` (within the bounds): none for today,
 * which is now, so the day's edits keep the order they were made in; noon of that day where the
 * user is for an earlier day, inside the day whatever the time zone.
 */
export function learnedInstant(date: string, now: Date, utcOffset = 0): string | null {
  if (date === dayAt(now, utcOffset)) return null;
  return new Date(Date.parse(endOfDay(date, utcOffset)) - DAY_MS / 2).toISOString();
}
