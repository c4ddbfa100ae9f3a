import type { Settings } from '../../../shared/api/entities';
import { Settings as SettingsSchema } from '../../../shared/api/entities';
import type { Db } from '../db/connection';

const DEFAULTS: Settings = { language: 'system', backups: { keepLast: 10, keepDays: 14, keepWeeks: 8 } };

export function getSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  // A value written by another version that this one does not understand falls back to the default.
  const parsed = SettingsSchema.partial().safeParse(stored);
  return { ...DEFAULTS, ...(parsed.success ? parsed.data : {}) };
}

export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value));
  })();
  return getSettings(db);
}
