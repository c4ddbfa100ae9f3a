import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { countRows, openTempDatabase } from '../helpers/tempDb';

/** The SQLite error code a statement fails with, or a test failure when it succeeds. */
function sqliteCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  throw new Error('the statement was accepted');
}

const NOW = '2025-01-01T00:00:00.000Z';

function insertAccount(db: Db, id = randomUUID()): string {
  db.prepare('INSERT INTO accounts (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, 'Acme', NOW, NOW);
  return id;
}

function insertPerson(db: Db, accountId: string, columns: Record<string, unknown> = {}): string {
  const id = randomUUID();
  const row = { id, account_id: accountId, name: 'Ann', created_at: NOW, updated_at: NOW, ...columns };
  const names = Object.keys(row);
  db.prepare(`INSERT INTO people (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
  return id;
}

function insertMap(db: Db, accountId: string): string {
  const id = randomUUID();
  db.prepare('INSERT INTO maps (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    accountId,
    'Map',
    NOW,
    NOW,
  );
  return id;
}

function insertRelation(db: Db, accountId: string, from: string, to: string, kind = 'reports_to'): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO relations (id, account_id, kind, from_person_id, to_person_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, accountId, kind, from, to, NOW, NOW);
  return id;
}

describe('CHECK constraints keep unknown codes out of the file', () => {
  it.each([
    ['stance', 'happy'],
    ['role', 'boss'],
    ['progress', 'done'],
    ['layer', 'organisational'],
    ['influence', 9],
    ['influence', 0],
    ['access', 5],
    ['access', -1],
    ['role_confidence', 'sure'],
    ['cadence_days', 0],
  ])('people.%s = %j is refused', (column, value) => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    expect(sqliteCode(() => insertPerson(db, accountId, { [column]: value }))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(countRows(db, 'people')).toBe(0);
  });

  it('accepts the extreme legal values', () => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    insertPerson(db, accountId, { influence: 1, access: 0, stance: 'opposed' });
    insertPerson(db, accountId, { influence: 5, access: 4, stance: 'champion', progress: 'leverage', layer: 'broad' });
    expect(countRows(db, 'people')).toBe(2);
  });

  it.each([
    ['tier', 'gold'],
    ['stage', 'growth'],
    ['potential', 9],
    ['org_step', 'merge'],
    ['name', '   '],
  ])('accounts.%s = %j is refused', (column, value) => {
    const { db } = openTempDatabase();
    const row = { id: randomUUID(), name: 'Acme', created_at: NOW, updated_at: NOW, [column]: value };
    const names = Object.keys(row);
    const insert = db.prepare(
      `INSERT INTO accounts (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    );
    expect(sqliteCode(() => insert.run(row))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('refuses a nameless person unless they are a placeholder', () => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    expect(sqliteCode(() => insertPerson(db, accountId, { name: '  ' }))).toBe('SQLITE_CONSTRAINT_CHECK');
    insertPerson(db, accountId, { name: '', is_placeholder: 1 });
    expect(countRows(db, 'people')).toBe(1);
  });

  it('refuses a line from a person to themselves, and an unknown kind', () => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    const ann = insertPerson(db, accountId);
    const bob = insertPerson(db, accountId);
    expect(sqliteCode(() => insertRelation(db, accountId, ann, ann))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => insertRelation(db, accountId, ann, bob, 'friend'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => insertRelation(db, accountId, ann, bob, 'covers'))).toBe('SQLITE_CONSTRAINT_CHECK');
    insertRelation(db, accountId, ann, bob);
    expect(countRows(db, 'relations')).toBe(1);
  });

  it('refuses a map item that places nothing or two things', () => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    const mapId = insertMap(db, accountId);
    const ann = insertPerson(db, accountId);
    const place = db.prepare('INSERT INTO map_items (id, map_id, person_id, org_unit_id) VALUES (?, ?, ?, ?)');
    expect(sqliteCode(() => place.run(randomUUID(), mapId, null, null))).toBe('SQLITE_CONSTRAINT_CHECK');
    const unitId = randomUUID();
    db.prepare('INSERT INTO org_units (id, account_id, name) VALUES (?, ?, ?)').run(unitId, accountId, 'Finance');
    expect(sqliteCode(() => place.run(randomUUID(), mapId, ann, unitId))).toBe('SQLITE_CONSTRAINT_CHECK');
  });

  it('places a person at most once on a map', () => {
    const { db } = openTempDatabase();
    const accountId = insertAccount(db);
    const mapId = insertMap(db, accountId);
    const ann = insertPerson(db, accountId);
    const place = db.prepare('INSERT INTO map_items (id, map_id, person_id) VALUES (?, ?, ?)');
    place.run(randomUUID(), mapId, ann);
    expect(sqliteCode(() => place.run(randomUUID(), mapId, ann))).toBe('SQLITE_CONSTRAINT_UNIQUE');
  });
});

describe('foreign keys', () => {
  it('refuses a person in a missing account', () => {
    const { db } = openTempDatabase();
    expect(sqliteCode(() => insertPerson(db, randomUUID()))).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(countRows(db, 'people')).toBe(0);
  });

  it('refuses a map item of a missing person and a history row of a missing person', () => {
    const { db } = openTempDatabase();
    const mapId = insertMap(db, insertAccount(db));
    expect(
      sqliteCode(() =>
        db
          .prepare('INSERT INTO map_items (id, map_id, person_id) VALUES (?, ?, ?)')
          .run(randomUUID(), mapId, randomUUID()),
      ),
    ).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(
      sqliteCode(() =>
        db
          .prepare(
            `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', 'neutral', 'champion', ?)`,
          )
          .run(randomUUID(), NOW),
      ),
    ).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });

  it('deleting an account removes its people, maps, map items, relations and history, and nothing else', () => {
    const { db } = openTempDatabase();
    const doomed = insertAccount(db);
    const kept = insertAccount(db);
    for (const accountId of [doomed, kept]) {
      const mapId = insertMap(db, accountId);
      const ann = insertPerson(db, accountId);
      const bob = insertPerson(db, accountId);
      insertRelation(db, accountId, ann, bob);
      db.prepare('INSERT INTO map_items (id, map_id, person_id) VALUES (?, ?, ?)').run(randomUUID(), mapId, ann);
      db.prepare(
        `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', 'neutral', 'champion', ?)`,
      ).run(ann, NOW);
    }
    const tables = ['people', 'maps', 'map_items', 'relations', 'person_history'];
    for (const table of tables) expect(countRows(db, table), table).toBeGreaterThan(0);
    const countsBefore = Object.fromEntries(tables.map((t) => [t, countRows(db, t)]));

    db.prepare('DELETE FROM accounts WHERE id = ?').run(doomed);

    for (const table of tables) expect(countRows(db, table), table).toBe((countsBefore[table] as number) / 2);
    expect(countRows(db, 'accounts')).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM people WHERE account_id = ?').get(doomed)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM maps WHERE account_id = ?').get(doomed)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM relations WHERE account_id = ?').get(doomed)).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('person_history is append-only', () => {
  it('refuses to change a row once written', () => {
    const { db } = openTempDatabase();
    const ann = insertPerson(db, insertAccount(db));
    db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', 'neutral', 'champion', ?)`,
    ).run(ann, NOW);
    expect(() => db.prepare(`UPDATE person_history SET new_value = 'opposed'`).run()).toThrow(/append-only/);
    expect(db.prepare('SELECT new_value FROM person_history').all()).toEqual([{ new_value: 'champion' }]);
  });

  it('refuses a field that is not tracked', () => {
    const { db } = openTempDatabase();
    const ann = insertPerson(db, insertAccount(db));
    expect(
      sqliteCode(() =>
        db
          .prepare(
            `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'email', 'a', 'b', ?)`,
          )
          .run(ann, NOW),
      ),
    ).toBe('SQLITE_CONSTRAINT_CHECK');
  });
});
