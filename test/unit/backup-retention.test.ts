import { describe, expect, it } from 'vitest';
import { backupsToKeep, DEFAULT_RETENTION } from '../../electron/backend/files/retention';

const HOUR = 3_600_000;
const now = new Date('2026-12-01T12:00:00Z');
/** A backup `hoursAgo` before now. */
const at = (hoursAgo: number, sound = true) => ({
  id: `b-${hoursAgo}`,
  createdAt: new Date(now.getTime() - hoursAgo * HOUR).toISOString(),
  sound,
});

describe('which backups are kept', () => {
  it('keeps the newest ten whatever their age', () => {
    const backups = Array.from({ length: 12 }, (_, i) => at(i * 0.5));
    const keep = backupsToKeep(backups, now, { last: 10, days: 0, weeks: 0 });
    expect([...keep].sort()).toEqual(
      backups
        .slice(0, 10)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('keeps one a day for fourteen days and one a week for eight weeks, the newest of each', () => {
    // Four backups a day for 90 days.
    const backups = Array.from({ length: 90 * 4 }, (_, i) => at(i * 6));
    const keep = backupsToKeep(backups, now, DEFAULT_RETENTION);
    const kept = backups.filter((b) => keep.has(b.id));
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // Ten newest (two and a half days), then a day each back to 13 days ago, then weekly.
    expect(kept.length).toBeLessThanOrEqual(10 + 14 + 8);
    for (let d = 0; d < 14; d++) {
      expect(days.has(new Date(now.getTime() - d * 24 * HOUR).toISOString().slice(0, 10))).toBe(true);
    }
    // Nothing older than eight weeks back survives, except as the newest sound backup (not the case here).
    const oldest = Math.min(...kept.map((b) => Date.parse(b.createdAt)));
    expect(now.getTime() - oldest).toBeLessThan(8 * 7 * 24 * HOUR);
    // Within a day it is the newest of that day that stays.
    const dayTen = kept.filter((b) => b.createdAt.startsWith('2026-11-21'));
    expect(dayTen.map((b) => b.createdAt)).toEqual(['2026-11-21T18:00:00.000Z']);
  });

  it('prefers a sound backup for its day, and never gives up the newest sound one', () => {
    const backups = [at(1, false), at(2), at(24 * 100)];
    expect(backupsToKeep(backups, now, { last: 0, days: 1, weeks: 0 })).toEqual(new Set(['b-2']));
    expect(backupsToKeep([at(24 * 100)], now, { last: 0, days: 0, weeks: 0 })).toEqual(new Set(['b-2400']));
  });
});
