import { InsightThresholds, readThresholds } from '../../../shared/domain/insights';
import type { Db } from '../db/connection';

/** Our own key in the settings table; the settings service ignores keys it does not know. */
export const THRESHOLDS_KEY = 'insights.thresholds';

export function getThresholds(db: Db): InsightThresholds {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(THRESHOLDS_KEY) as
    { value: string } | undefined;
  if (!row) return readThresholds(null);
  try {
    return readThresholds(JSON.parse(row.value));
  } catch {
    // A value this version cannot read falls back to the defaults rather than breaking the panel.
    return readThresholds(null);
  }
}

export function setThresholds(
  db: Db,
  patch: Partial<InsightThresholds>,
): { before: InsightThresholds; after: InsightThresholds } {
  return db.transaction(() => {
    const before = getThresholds(db);
    const after = InsightThresholds.parse({ ...before, ...patch });
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(THRESHOLDS_KEY, JSON.stringify(after));
    return { before, after };
  })();
}
