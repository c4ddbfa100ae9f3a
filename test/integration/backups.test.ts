/**
 * Backups that are simply there: taken on demand, before a risky step, when a file is opened and
 * while there are changes; consistent while writes go on; restorable row for row.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTO_BACKUP_EVERY_MS, startBackend, type BackendOptions } from '../../electron/backend/backend';
import { MIGRATIONS } from '../../electron/backend/db/migrations';
import {
  callError,
  callOk,
  seedAccount,
  snapshotTables,
  startTempWebServer,
  TEST_VERSION,
  useTempDir,
} from '../helpers/tempDb';

const start = (file: string, options: Partial<BackendOptions> = {}) =>
  startBackend(file, { version: TEST_VERSION, log: () => undefined, autoBackups: false, ...options });

const accountNames = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name FROM accounts ORDER BY name').pluck().all() as string[];
  } finally {
    db.close();
  }
};

afterEach(() => {
  vi.useRealTimers();
});

describe('backups', () => {
  it('are taken on demand into a folder beside the file, checked and counted', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const backend = start(file);
    seedAccount(backend.dispatch);
    const backup = callOk(backend.dispatch, 'backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', sound: true, accounts: 1, people: 3, encrypted: false });
    const copy = path.join(dir, 'backups', `${backup.id}.sqlite`);
    expect(fs.statSync(copy).size).toBe(backup.sizeBytes);
    expect(callOk(backend.dispatch, 'backups.list', {})).toEqual([backup]);
    expect(accountNames(copy)).toEqual(['Acme']);
    backend.close();
  });

  it('restore brings the file back row for row, after keeping the file as it was', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file);
    seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'accounts.createSample', { language: 'zh-CN' });
    const backup = callOk(backend.dispatch, 'backups.create', {});
    const atBackup = snapshotTables(backend.db);
    callOk(backend.dispatch, 'accounts.create', { name: 'Zeta, made later' });

    const result = callOk(backend.dispatch, 'backups.restore', { id: backup.id });
    expect(result.restored).toEqual(backup);
    expect(snapshotTables(backend.db)).toEqual(atBackup);
    expect(callOk(backend.dispatch, 'accounts.list', {}).map((a) => a.name)).not.toContain('Zeta, made later');
    // Nothing is lost: what the file held before the restore is a backup of its own.
    expect(result.savedCurrent.reason).toBe('before-restore');
    expect(accountNames(path.join(path.dirname(file), 'backups', `${result.savedCurrent.id}.sqlite`))).toContain(
      'Zeta, made later',
    );
    // The restored file is the app's file from now on: it can be written and restarted.
    callOk(backend.dispatch, 'accounts.create', { name: 'After the restore' });
    backend.close();
    const again = start(file);
    expect(callOk(again.dispatch, 'accounts.list', {}).map((a) => a.name)).toContain('After the restore');
    again.close();
  });

  it('refuses to restore a backup that does not exist or is damaged, changing nothing', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const backend = start(file);
    seedAccount(backend.dispatch);
    const backup = callOk(backend.dispatch, 'backups.create', {});
    const before = snapshotTables(backend.db);
    expect(callError(backend.dispatch, 'backups.restore', { id: 'no-such-backup' }).code).toBe('not_found');
    fs.writeFileSync(path.join(dir, 'backups', `${backup.id}.sqlite`), 'garbage'.repeat(1000));
    expect(callError(backend.dispatch, 'backups.restore', { id: backup.id }).code).toBe('storage_damaged');
    expect(snapshotTables(backend.db)).toEqual(before);
    backend.close();
  });

  it('are taken before an account is deleted', () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file);
    const { accountId } = seedAccount(backend.dispatch, 'Doomed Ltd');
    callOk(backend.dispatch, 'accounts.delete', { id: accountId });
    const [backup] = callOk(backend.dispatch, 'backups.list', {});
    expect(backup).toMatchObject({ reason: 'before-delete', accounts: 1 });
    expect(accountNames(path.join(path.dirname(file), 'backups', `${backup?.id}.sqlite`))).toEqual(['Doomed Ltd']);
    backend.close();
  });

  it('are taken before a file of an older Powermap is migrated, holding it as it was', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const old = new Database(file);
    for (const step of MIGRATIONS.slice(0, 2)) old.exec(step);
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO accounts (id, name, created_at, updated_at) VALUES ('a1', 'Old Co', 'x', 'x')`).run();
    old.close();
    const backend = start(file);
    const [backup] = callOk(backend.dispatch, 'backups.list', {});
    expect(backup).toMatchObject({ reason: 'before-migration', accounts: 1 });
    const copy = new Database(path.join(dir, 'backups', `${backup?.id}.sqlite`), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
    expect(backend.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    backend.close();
  });

  it('are taken when a file is opened and the newest backup is over a day old', async () => {
    const file = path.join(useTempDir(), 'powermap.sqlite');
    let now = new Date('2026-11-02T08:00:00Z');
    const first = start(file, { now: () => now });
    seedAccount(first.dispatch);
    first.close();
    const reopen = async () => {
      const backend = start(file, { now: () => now, autoBackups: true });
      await new Promise((resolve) => setImmediate(resolve));
      const reasons = callOk(backend.dispatch, 'backups.list', {}).map((b) => b.reason);
      backend.close();
      return reasons;
    };
    expect(await reopen()).toEqual(['open']);
    now = new Date('2026-11-02T20:00:00Z');
    expect(await reopen()).toEqual(['open']);
    now = new Date('2026-11-03T09:00:00Z');
    expect(await reopen()).toEqual(['open', 'open']);
  });

  it('are taken every half hour while there are changes, and not without', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'setImmediate'] });
    const file = path.join(useTempDir(), 'powermap.sqlite');
    const backend = start(file, { autoBackups: true });
    const count = () => callOk(backend.dispatch, 'backups.list', {}).length;
    vi.advanceTimersByTime(AUTO_BACKUP_EVERY_MS);
    expect(count()).toBe(0);
    seedAccount(backend.dispatch);
    vi.advanceTimersByTime(AUTO_BACKUP_EVERY_MS);
    expect(callOk(backend.dispatch, 'backups.list', {}).map((b) => b.reason)).toEqual(['auto']);
    vi.advanceTimersByTime(AUTO_BACKUP_EVERY_MS);
    expect(count()).toBe(1);
    backend.close();
  });
});

describe('a backup taken while writes go on', () => {
  it('holds every write acknowledged before it started', async () => {
    const web = await startTempWebServer();
    try {
      const acknowledged: string[] = [];
      let stop = false;
      const writer = async (client: number) => {
        for (let n = 0; n < 400 && !stop; n++) {
          const name = `Client ${client} account ${n}`;
          const { status } = await web.call('accounts.create', { name });
          if (status === 200) acknowledged.push(name);
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      // Once some writes are in, a backup is asked for while the writers keep going.
      for (let tries = 0; tries < 2000 && acknowledged.length < 40; tries++) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const before = [...acknowledged];
      const { status, payload } = await web.call('backups.create', {});
      const after = acknowledged.length;
      stop = true;
      await Promise.all(writers);
      expect(status).toBe(200);
      const backup = (payload as { result: { id: string } }).result;
      const held = new Set(accountNames(path.join(web.dir, 'backups', `${backup.id}.sqlite`)));
      expect(before.length).toBeGreaterThanOrEqual(40);
      expect(before.filter((name) => !held.has(name))).toEqual([]);
      // And nothing that was never acknowledged by then beyond what was in flight.
      expect(held.size).toBeLessThanOrEqual(after + 4);
    } finally {
      await web.close();
    }
  });
});

describe('save a copy', () => {
  it('writes a consistent copy where asked, never over the open file, and replaces a file only when told', () => {
    const dir = useTempDir();
    const file = path.join(dir, 'powermap.sqlite');
    const backend = start(file);
    seedAccount(backend.dispatch);
    const target = path.join(dir, 'handover', 'Acme copy.sqlite');
    fs.mkdirSync(path.dirname(target));
    const copy = callOk(backend.dispatch, 'files.saveCopy', { path: target });
    expect(copy.path).toBe(target);
    expect(accountNames(target)).toEqual(['Acme']);
    expect(callError(backend.dispatch, 'files.saveCopy', { path: target }).code).toBe('conflict');
    callOk(backend.dispatch, 'accounts.create', { name: 'Beta' });
    callOk(backend.dispatch, 'files.saveCopy', { path: target, overwrite: true });
    expect(accountNames(target)).toEqual(['Acme', 'Beta']);
    for (const refused of [file, `${file}-wal`, 'relative/copy.sqlite', path.join(dir, 'missing', 'x.sqlite')]) {
      expect(callError(backend.dispatch, 'files.saveCopy', { path: refused, overwrite: true }).code).toBe(
        'invalid_input',
      );
    }
    expect(callOk(backend.dispatch, 'accounts.list', {})).toHaveLength(2);
    backend.close();
  });
});
