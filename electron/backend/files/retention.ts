/**
 * Which backups to keep: the newest few, then one a day and one a week further back, as a
 * photographer keeps their shots. Days and weeks are UTC calendar days and ISO weeks, so the
 * choice does not move with the machine's time zone.
 */
export interface RetentionPolicy {
  /** The newest backups kept whatever their age. */
  last: number;
  /** Days back (today included) for which the newest backup of each day is kept. */
  days: number;
  /** Weeks back (this week included) for which the newest backup of each week is kept. */
  weeks: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { last: 10, days: 14, weeks: 8 };

const DAY_MS = 86_400_000;

const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

/** The Monday (as a day number) of the ISO week that holds `day`. */
const weekOf = (day: number): number => day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);

/** The ids of `backups` to keep at `now`; the rest may go. Sound backups are preferred within a day or week. */
export function backupsToKeep(
  backups: readonly { id: string; createdAt: string; sound: boolean }[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, policy.last).map((backup) => backup.id));
  const today = dayOf(now.getTime());
  const thisWeek = weekOf(today);
  const keepNewestPer = (period: (day: number) => number, since: number) => {
    const seen = new Set<number>();
    // Sound ones first, so a damaged copy never stands for its day while a good one exists.
    for (const backup of [...newestFirst].sort((a, b) => Number(b.sound) - Number(a.sound))) {
      const key = period(dayOf(Date.parse(backup.createdAt)));
      if (key < since || seen.has(key)) continue;
      seen.add(key);
      keep.add(backup.id);
    }
  };
  keepNewestPer((day) => day, today - (policy.days - 1));
  keepNewestPer(weekOf, thisWeek - 7 * (policy.weeks - 1));
  // The newest sound backup is never given up, however old.
  const newestSound = newestFirst.find((backup) => backup.sound);
  if (newestSound) keep.add(newestSound.id);
  return keep;
}
