import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate } from '../../electron/backend/db/migrate';
import { FileProblem } from '../../electron/backend/files/fileProblem';
import { POWERMAP_APPLICATION_ID } from '../../electron/backend/files/inspect';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import { tableNames, tempDbPath, useTempDir } from '../helpers/tempDb';

/** The tables of the whole domain that the first schema creates. */
const EXPECTED_TABLES = [
  'account_team',
  'accounts',
  'action_people',
  'actions',
  'analysis_cells',
  'commitments',
  'competitors',
  'goals',
  'insight_states',
  'interaction_participants',
  'interactions',
  'map_items',
  'map_notes',
  'maps',
  'opportunities',
  'opportunity_assessments',
  'org_units',
  'people',
  'person_history',
  'person_tags',
  'reviews',
  'settings',
  'tags',
  'team_members',
];

const userVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;
const schemaOf = (db: Database.Database): unknown[] =>
  db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('migrations from an empty file', () => {
  it('brings a new file to the newest schema version', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    try {
      expect(MIGRATIONS.length).toBeGreaterThan(0);
      expect(userVersion(db)).toBe(MIGRATIONS.length);
    } finally {
      db.close();
    }
    expect(fs.existsSync(file)).toBe(true);
  });

  it('creates every table of the domain, and the append-only trigger of the history', () => {
    const db = openDatabase(tempDbPath());
    try {
      const tables = tableNames(db);
      for (const table of EXPECTED_TABLES) expect(tables, table).toContain(table);
      const trigger = db
        .prepare(`SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name = 'person_history_append_only'`)
        .get();
      expect(trigger).toEqual({ tbl_name: 'person_history' });
    } finally {
      db.close();
    }
  });

  it('makes every table of the domain STRICT except the history', () => {
    const db = openDatabase(tempDbPath());
    try {
      const list = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main'`).all() as {
        name: string;
        strict: number;
      }[];
      const loose = list.filter((t) => EXPECTED_TABLES.includes(t.name) && t.strict !== 1).map((t) => t.name);
      expect(loose).toEqual(['person_history']);
    } finally {
      db.close();
    }
  });

  it('is a no-op when the file is opened again, and keeps the data', () => {
    const file = tempDbPath();
    const first = openDatabase(file);
    first.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"en"')`).run();
    const schema = schemaOf(first);
    first.close();

    const second = openDatabase(file);
    try {
      expect(userVersion(second)).toBe(MIGRATIONS.length);
      expect(schemaOf(second)).toEqual(schema);
      expect(second.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'language', value: '"en"' }]);
    } finally {
      second.close();
    }
  });
});

describe('a file written by a newer Powermap', () => {
  it('is refused as too new and left byte-for-byte untouched', () => {
    const file = tempDbPath();
    const db = openDatabase(file);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('language', '"zh-CN"')`).run();
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = sha256(file);

    let refusal: unknown;
    try {
      openDatabase(file).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(FileProblem);
    expect(refusal).toMatchObject({ kind: 'too_new', file });
    expect(String(refusal)).toContain(file);
    expect(sha256(file)).toBe(before);

    const check = new Database(file, { readonly: true });
    try {
      expect(userVersion(check)).toBe(MIGRATIONS.length + 1);
    } finally {
      check.close();
    }
  });

  it('is left untouched even when it does not use WAL', () => {
    // A newer schema is newer in every respect, journal mode included: opening must not rewrite it.
    const file = tempDbPath();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY)');
    raw.pragma(`application_id = ${POWERMAP_APPLICATION_ID}`);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    const before = sha256(file);

    expect(() => openDatabase(file)).toThrow(/newer Powermap/);

    expect(sha256(file)).toBe(before);
    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      check.close();
    }
  });
});

describe('migrate', () => {
  it('applies each step in its own transaction with its version bump', () => {
    const db = new Database(path.join(useTempDir(), 'steps.sqlite'));
    try {
      const steps = ['CREATE TABLE one (x INTEGER);', 'CREATE TABLE two (x INTEGER); THIS IS NOT SQL;'];
      expect(() => migrate(db, steps)).toThrow();
      expect(userVersion(db)).toBe(1);
      expect(tableNames(db)).toEqual(['one']);

      expect(migrate(db, [steps[0] as string, 'CREATE TABLE two (x INTEGER);'])).toBe(2);
      expect(userVersion(db)).toBe(2);
      expect(tableNames(db)).toEqual(['one', 'two']);
    } finally {
      db.close();
    }
  });

  it('does nothing to a file already at the newest version', () => {
    const db = new Database(path.join(useTempDir(), 'steps.sqlite'));
    try {
      migrate(db, ['CREATE TABLE one (x INTEGER);']);
      expect(migrate(db, ['CREATE TABLE one (x INTEGER);'])).toBe(1);
      expect(userVersion(db)).toBe(1);
    } finally {
      db.close();
    }
  });
});
