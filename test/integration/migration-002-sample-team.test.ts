import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tempDbPath } from '../helpers/tempDb';

const NOW = '2025-01-01T00:00:00.000Z';

describe('migration 002: team members of a sample account', () => {
  it('brings a version-1 file up, keeping its team, with no sample account for existing members', () => {
    const file = tempDbPath();
    const v1 = new Database(file);
    migrate(v1, MIGRATIONS.slice(0, 1));
    const memberId = randomUUID();
    v1.prepare('INSERT INTO team_members (id, name, is_me, created_at) VALUES (?, ?, 1, ?)').run(memberId, 'Dana', NOW);
    v1.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT id, name, is_me, sample_account_id FROM team_members').all()).toEqual([
        { id: memberId, name: 'Dana', is_me: 1, sample_account_id: null },
      ]);
      const fk = db.prepare('SELECT "table", "to", on_delete FROM pragma_foreign_key_list(?)').all('team_members');
      expect(fk).toEqual([{ table: 'accounts', to: 'id', on_delete: 'CASCADE' }]);
    } finally {
      db.close();
    }
  });

  it('deletes a sample member, with their team places, covers lines and map places, when the account goes', () => {
    const db = openDatabase(tempDbPath());
    try {
      const sample = randomUUID();
      const real = randomUUID();
      for (const id of [sample, real]) {
        db.prepare('INSERT INTO accounts (id, name, is_sample, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
          id,
          'Acme',
          Number(id === sample),
          NOW,
          NOW,
        );
      }
      const person = randomUUID();
      db.prepare('INSERT INTO people (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        person,
        real,
        'Ann',
        NOW,
        NOW,
      );
      const sampleMember = randomUUID();
      const realMember = randomUUID();
      db.prepare('INSERT INTO team_members (id, name, sample_account_id, created_at) VALUES (?, ?, ?, ?)').run(
        sampleMember,
        'Made up',
        sample,
        NOW,
      );
      db.prepare('INSERT INTO team_members (id, name, created_at) VALUES (?, ?, ?)').run(realMember, 'Real', NOW);
      for (const member of [sampleMember, realMember]) {
        db.prepare('INSERT INTO account_team (account_id, member_id) VALUES (?, ?)').run(real, member);
        db.prepare(
          `INSERT INTO relations (id, account_id, kind, from_member_id, to_person_id, created_at, updated_at)
           VALUES (?, ?, 'covers', ?, ?, ?, ?)`,
        ).run(randomUUID(), real, member, person, NOW, NOW);
      }

      db.prepare('DELETE FROM accounts WHERE id = ?').run(sample);
      expect(db.prepare('SELECT id FROM team_members').all()).toEqual([{ id: realMember }]);
      expect(db.prepare('SELECT member_id AS m FROM account_team').all()).toEqual([{ m: realMember }]);
      expect(db.prepare('SELECT from_member_id AS m FROM relations').all()).toEqual([{ m: realMember }]);
      expect(() =>
        db
          .prepare('INSERT INTO team_members (id, name, sample_account_id, created_at) VALUES (?, ?, ?, ?)')
          .run(randomUUID(), 'Orphan', randomUUID(), NOW),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});
