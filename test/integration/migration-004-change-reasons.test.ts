import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tempDbPath } from '../helpers/tempDb';

const NOW = '2025-01-01T00:00:00.000Z';

describe('migration 004: a reason can follow its change', () => {
  it('keeps a version-3 file’s history as it was, with no change id, and still append-only for its values', () => {
    const file = tempDbPath();
    const v3 = new Database(file);
    migrate(v3, MIGRATIONS.slice(0, 3));
    const account = randomUUID();
    const person = randomUUID();
    v3.prepare('INSERT INTO accounts (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      account,
      'Acme',
      NOW,
      NOW,
    );
    v3.prepare('INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      person,
      account,
      'Ann',
      NOW,
      NOW,
    );
    v3.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, reason)
       VALUES (?, 'stance', 'neutral', 'supportive', ?, 'met at the fair')`,
    ).run(person, NOW);
    v3.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT field, old_value, new_value, reason, change_id FROM person_history').all()).toEqual([
        { field: 'stance', old_value: 'neutral', new_value: 'supportive', reason: 'met at the fair', change_id: null },
      ]);
      expect(() => db.prepare(`UPDATE person_history SET new_value = 'opposed'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`UPDATE person_history SET change_id = ?`).run(randomUUID())).toThrow(/append-only/);
      db.prepare(`UPDATE person_history SET reason = 'met at the summit'`).run();
      expect(db.prepare('SELECT new_value, reason FROM person_history').all()).toEqual([
        { new_value: 'supportive', reason: 'met at the summit' },
      ]);
    } finally {
      db.close();
    }
  });
});
