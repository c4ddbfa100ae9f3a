/**
 * Files a user can trust: Powermap marks its own files, refuses another program's and anything
 * that is no database before writing a byte, never writes to a damaged file (and offers the
 * newest good backup), and gives a full disk its own message without losing what was saved.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/backend';
import { FileProblem } from '../../electron/backend/files/fileProblem';
import { POWERMAP_APPLICATION_ID } from '../../electron/backend/files/inspect';
import { callError, callOk, seedAccount, snapshotTables, TEST_VERSION, useTempDir } from '../helpers/tempDb';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const siblings = (file: string) => fs.readdirSync(path.dirname(file)).sort();
const start = (file: string) => startBackend(file, { version: TEST_VERSION, log: () => undefined, autoBackups: false });

function refusal(file: string): FileProblem {
  try {
    start(file).close();
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error('the file was opened');
}

/** Another program's SQLite file, in rollback-journal mode, with a table name Powermap also uses. */
function foreignFile(dir: string): string {
  const file = path.join(dir, 'crm.sqlite');
  const db = new Database(file);
  db.exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT); INSERT INTO accounts (owner) VALUES ('x');
    CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);`);
  db.close();
  return file;
}

describe('database files', () => {
  it('marks a new file as Powermap’s own', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file);
    expect(backend.db.pragma('application_id', { simple: true })).toBe(POWERMAP_APPLICATION_ID);
    backend.close();
  });

  it('refuses another program’s SQLite file before writing anything to it, even with a clashing table', () => {
    const dir = useTempDir();
    const file = foreignFile(dir);
    const before = sha256(file);
    const problem = refusal(file);
    expect(problem.kind).toBe('foreign');
    expect(problem.message).toContain(file);
    expect(sha256(file)).toBe(before);
    // No WAL switch, no journal or shared-memory files left behind.
    expect(siblings(file)).toEqual(['crm.sqlite']);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(check.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all()).toEqual([
      'accounts',
      'invoices',
    ]);
    check.close();
  });

  it('refuses a file that is no database, naming it', () => {
    const file = path.join(useTempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'quarterly notes, not a database\n'.repeat(100));
    const before = sha256(file);
    const problem = refusal(file);
    expect(problem).toMatchObject({ kind: 'not_database', file });
    expect(problem.message).toContain(file);
    expect(sha256(file)).toBe(before);
  });

  it('adopts a Powermap file from before the mark', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const first = start(file);
    const { accountId } = seedAccount(first.dispatch);
    first.db.pragma('application_id = 0');
    first.close();
    const again = start(file);
    expect(again.db.pragma('application_id', { simple: true })).toBe(POWERMAP_APPLICATION_ID);
    expect(callOk(again.dispatch, 'accounts.get', { id: accountId }).name).toBe('Acme');
    again.close();
  });
});

/** Overwrites the header of the people table's b-tree page with noise, as a failing disk would. */
function damagePeoplePages(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const page = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'people'`).pluck().get() as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * size);
  fs.closeSync(handle);
}

describe('a damaged file', () => {
  it('is noticed at start, never written to, and offers the newest good backup to restore', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const first = start(file);
    const seeded = seedAccount(first.dispatch);
    const good = callOk(first.dispatch, 'backups.create', {});
    const atBackup = snapshotTables(first.db);
    callOk(first.dispatch, 'accounts.create', { name: 'After the backup' });
    first.close();
    damagePeoplePages(file);
    const damaged = sha256(file);

    const backend = start(file);
    const status = callOk(backend.dispatch, 'files.status', {});
    expect(status).toMatchObject({ path: file, mode: 'damaged', newestGoodBackup: { id: good.id } });
    expect(status.damage).toBeTruthy();
    // Writes are refused in words, and the file stays exactly as it was.
    expect(callError(backend.dispatch, 'accounts.create', { name: 'More' }).code).toBe('storage_damaged');
    expect(callError(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { title: 'x' } }).code).toBe(
      'storage_damaged',
    );
    // A shared screen gets nothing from a damaged file.
    expect(callError(backend.dispatch, 'accounts.list', {}, 'public').code).toBe('storage_damaged');
    expect(sha256(file)).toBe(damaged);

    const restored = callOk(backend.dispatch, 'backups.restore', { id: good.id });
    expect(restored.restored.id).toBe(good.id);
    // The damaged file is kept as it was, never thrown away.
    expect(restored.savedCurrent.sound).toBe(false);
    expect(sha256(path.join(dir, 'backups', `${restored.savedCurrent.id}.sqlite`))).toBe(damaged);
    expect(callOk(backend.dispatch, 'files.status', {}).mode).toBe('ready');
    expect(snapshotTables(backend.db)).toEqual(atBackup);
    backend.close();
  });

  it('found while running stops all writing from then on', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const backend = start(file);
    const seeded = seedAccount(backend.dispatch);
    // Damage written behind Powermap's back, as a failing disk would.
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    damagePeoplePages(file);
    // What the connection had cached is gone (it would be after a while of other work).
    backend.db.pragma('shrink_memory');
    const outcome = backend.dispatch('people.list', { accountId: seeded.accountId });
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('storage_damaged');
    expect(callOk(backend.dispatch, 'files.status', {}).mode).toBe('damaged');
    expect(callError(backend.dispatch, 'accounts.create', { name: 'More' }).code).toBe('storage_damaged');
    backend.close();
  });
});

describe('a full disk', () => {
  it('refuses the change with its own message and keeps everything saved before', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file);
    const { accountId } = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    // The file may not grow by one more page: SQLite answers SQLITE_FULL, as on a full disk.
    const pages = backend.db.pragma('page_count', { simple: true }) as number;
    backend.db.pragma(`max_page_count = ${pages}`);
    const error = callError(backend.dispatch, 'accounts.update', {
      id: accountId,
      patch: { notes: 'x'.repeat(90_000) },
    });
    expect(error.code).toBe('storage_full');
    expect(snapshotTables(backend.db)).toEqual(before);
    backend.db.pragma('max_page_count = 1073741823');
    callOk(backend.dispatch, 'accounts.update', { id: accountId, patch: { notes: 'room again' } });
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
  });
});
