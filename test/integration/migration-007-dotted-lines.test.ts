import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tempDbPath } from '../helpers/tempDb';

const NOW = '2025-01-01T00:00:00.000Z';
const LINE_COLUMNS =
  'id, account_id, kind, from_person_id, from_member_id, to_person_id, to_member_id, strength, label, note, created_at, updated_at';

describe('migration 007: dotted-line reporting joins the kinds of line', () => {
  it('keeps every line of a version-6 file as it was, in order, and then takes dotted lines too', () => {
    const file = tempDbPath();
    const v6 = new Database(file);
    migrate(v6, MIGRATIONS.slice(0, 6));
    const account = randomUUID();
    const [ann, bob, cai] = [randomUUID(), randomUUID(), randomUUID()];
    const member = randomUUID();
    v6.prepare('INSERT INTO accounts (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      account,
      'Acme',
      NOW,
      NOW,
    );
    for (const [id, name] of [
      [ann, 'Ann'],
      [bob, 'Bob'],
      [cai, 'Cai'],
    ] as const) {
      v6.prepare('INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        id,
        account,
        name,
        NOW,
        NOW,
      );
    }
    v6.prepare('INSERT INTO team_members (id, name, created_at) VALUES (?, ?, ?)').run(member, 'Me', NOW);
    const insert = v6.prepare(`INSERT INTO relations (${LINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`);
    const lines = [
      [randomUUID(), account, 'reports_to', bob, null, ann, 1, '', '', NOW, NOW],
      [randomUUID(), account, 'influences', cai, null, ann, 3, 'old classmates', 'met at school', NOW, NOW],
      [randomUUID(), account, 'ally', bob, null, cai, 1, '', '', NOW, NOW],
      [randomUUID(), account, 'rival', ann, null, cai, 0, '', '', NOW, NOW],
      [randomUUID(), account, 'covers', null, member, bob, 2, '', '', NOW, NOW],
    ];
    for (const line of lines) insert.run(...line);
    const before = v6.prepare(`SELECT ${LINE_COLUMNS} FROM relations ORDER BY rowid`).all();
    expect(() => insert.run(randomUUID(), account, 'dotted_line', cai, null, bob, 1, '', '', NOW, NOW)).toThrow(
      /CHECK/,
    );
    v6.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare(`SELECT ${LINE_COLUMNS} FROM relations ORDER BY rowid`).all()).toEqual(before);
      const indexes = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' AND sql IS NOT NULL`)
        .all()
        .map((row) => (row as { name: string }).name)
        .sort();
      expect(indexes).toEqual(['relations_account', 'relations_from_person', 'relations_to_person']);
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const again = db.prepare(
        `INSERT INTO relations (${LINE_COLUMNS}) VALUES (?, ?, ?, ?, NULL, ?, NULL, 1, '', '', ?, ?)`,
      );
      again.run(randomUUID(), account, 'dotted_line', cai, bob, NOW, NOW);
      expect(() => again.run(randomUUID(), account, 'mentor', cai, bob, NOW, NOW)).toThrow(/CHECK/);
      // The ends still hold: a person's lines go with them.
      db.prepare('DELETE FROM people WHERE id = ?').run(cai);
      expect(db.prepare('SELECT kind FROM relations ORDER BY rowid').all()).toEqual([
        { kind: 'reports_to' },
        { kind: 'covers' },
      ]);
    } finally {
      db.close();
    }
  });
});
