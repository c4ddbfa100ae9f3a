import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tempDbPath } from '../helpers/tempDb';

const NOW = '2025-01-01T00:00:00.000Z';

describe('migration 008: reviews and learned dates in the history', () => {
  it('keeps a version-7 file’s history as changes learned when written, and its new columns append-only', () => {
    const file = tempDbPath();
    const v7 = new Database(file);
    migrate(v7, MIGRATIONS.slice(0, 7));
    const account = randomUUID();
    const person = randomUUID();
    v7.prepare('INSERT INTO accounts (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      account,
      'Acme',
      NOW,
      NOW,
    );
    v7.prepare('INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      person,
      account,
      'Ann',
      NOW,
      NOW,
    );
    v7.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, reason, change_id)
       VALUES (?, 'stance', 'neutral', 'supportive', ?, 'met at the fair', ?)`,
    ).run(person, NOW, randomUUID());
    v7.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT field, new_value, reason, kind, learned_at FROM person_history').all()).toEqual([
        { field: 'stance', new_value: 'supportive', reason: 'met at the fair', kind: 'change', learned_at: null },
      ]);
      expect(() => db.prepare(`UPDATE person_history SET kind = 'review'`).run()).toThrow(/append-only/);
      expect(() => db.prepare(`UPDATE person_history SET learned_at = ?`).run(NOW)).toThrow(/append-only/);
      expect(() => db.prepare(`UPDATE person_history SET new_value = 'opposed'`).run()).toThrow(/append-only/);
      db.prepare(`UPDATE person_history SET reason = 'met at the summit'`).run();
      expect(() =>
        db
          .prepare(
            `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, kind)
             VALUES (?, 'stance', 'neutral', 'neutral', ?, 'glance')`,
          )
          .run(person, NOW),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
