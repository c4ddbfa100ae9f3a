import fs from 'node:fs';
import path from 'node:path';
import { BackupInfo, type BackupReason } from '../../../shared/api/methods/files';
import type { Db } from '../db/connection';
import { openReadOnly, type InspectOptions } from './inspect';
import { writeAtomically } from './atomicWrite';
import { hasKeyFile, keyFilePath } from './keyFile';
import { backupsToKeep, type RetentionPolicy } from './retention';

/** Backups live in a `backups` folder beside the database file. */
export const backupsFolderOf = (databaseFile: string): string => path.join(path.dirname(databaseFile), 'backups');

const MANIFEST = '.json';
const DATA = '.sqlite';
const PARTIAL = '.partial';

/** 2026-12-01T09:30:05.123Z → 20261201-093005123 (sorts as time does, valid in every file system). */
const stampOf = (date: Date): string =>
  date.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '').slice(0, 18);

function fsyncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * A consistent copy of what `source` holds, written to `target` (which must not exist yet): all
 * that was committed when it started, through SQLite's VACUUM INTO. An encrypted database gives
 * an encrypted copy under the same key.
 */
export function snapshotInto(source: Db, target: string): void {
  const partial = `${target}${PARTIAL}`;
  fs.rmSync(partial, { force: true });
  source.prepare('VACUUM INTO ?').run(partial);
  fsyncFile(partial);
  fs.renameSync(partial, target);
}

/** What a copy holds and whether its pages are sound, read from the copy itself. */
function examine(file: string, options: InspectOptions): { accounts: number; people: number; sound: boolean } {
  const db = openReadOnly(file, options);
  try {
    const sound = db.pragma('quick_check', { simple: true }) === 'ok';
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      sound,
      accounts: count('SELECT count(*) FROM accounts'),
      people: count('SELECT count(*) FROM people WHERE deleted_at IS NULL'),
    };
  } finally {
    db.close();
  }
}

export interface BackupOptions extends InspectOptions {
  policy?: RetentionPolicy;
  now?: () => Date;
}

function uniqueId(folder: string, stamp: string, reason: BackupReason): string {
  let id = `powermap-${stamp}-${reason}`;
  for (let n = 2; fs.existsSync(path.join(folder, `${id}${DATA}`)); n++) id = `powermap-${stamp}-${reason}-${n}`;
  return id;
}

/** Takes a backup of the open database into its backups folder, checks it, and prunes old ones. */
export function createBackup(
  source: Db,
  databaseFile: string,
  reason: BackupReason,
  options: BackupOptions = {},
): BackupInfo {
  const folder = backupsFolderOf(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const now = (options.now ?? (() => new Date()))();
  const id = uniqueId(folder, stampOf(now), reason);
  const data = path.join(folder, `${id}${DATA}`);
  snapshotInto(source, data);
  const encrypted = Boolean(options.key);
  if (encrypted && hasKeyFile(databaseFile)) fs.copyFileSync(keyFilePath(databaseFile), keyFilePath(data));
  const info: BackupInfo = {
    id,
    createdAt: now.toISOString(),
    reason,
    sizeBytes: fs.statSync(data).size,
    ...examine(data, options),
    encrypted,
  };
  writeAtomically(path.join(folder, `${id}${MANIFEST}`), JSON.stringify(info, null, 2));
  prune(databaseFile, now, options.policy);
  return info;
}

/**
 * Keeps the file exactly as it is on disk (with its -wal, if any) when it cannot be read
 * through SQLite: a damaged file is set aside, never thrown away.
 */
export function keepAsItIs(databaseFile: string, reason: BackupReason, options: BackupOptions = {}): BackupInfo {
  const folder = backupsFolderOf(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const now = (options.now ?? (() => new Date()))();
  const id = uniqueId(folder, stampOf(now), reason);
  const data = path.join(folder, `${id}${DATA}`);
  fs.copyFileSync(databaseFile, data);
  if (fs.existsSync(`${databaseFile}-wal`)) fs.copyFileSync(`${databaseFile}-wal`, `${data}-wal`);
  if (hasKeyFile(databaseFile)) fs.copyFileSync(keyFilePath(databaseFile), keyFilePath(data));
  const info: BackupInfo = {
    id,
    createdAt: now.toISOString(),
    reason,
    sizeBytes: fs.statSync(data).size,
    accounts: 0,
    people: 0,
    sound: false,
    encrypted: Boolean(options.key),
  };
  writeAtomically(path.join(folder, `${id}${MANIFEST}`), JSON.stringify(info, null, 2));
  return info;
}

/** The backups beside `databaseFile`, newest first; files without a readable manifest are left alone. */
export function listBackups(databaseFile: string): BackupInfo[] {
  const folder = backupsFolderOf(databaseFile);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names.filter((n) => n.endsWith(MANIFEST))) {
    try {
      const info = BackupInfo.parse(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')));
      if (`${info.id}${MANIFEST}` === name && fs.existsSync(path.join(folder, `${info.id}${DATA}`))) backups.push(info);
    } catch {
      // Not one of ours, or half-written by a crash: ignored, never deleted.
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export const backupFile = (databaseFile: string, id: string): string =>
  path.join(backupsFolderOf(databaseFile), `${id}${DATA}`);

/** Removes the backups the retention policy no longer keeps. */
export function prune(databaseFile: string, now: Date, policy?: RetentionPolicy): void {
  const backups = listBackups(databaseFile);
  const keep = backupsToKeep(backups, now, policy);
  for (const backup of backups) {
    if (keep.has(backup.id)) continue;
    const data = backupFile(databaseFile, backup.id);
    for (const file of [
      data,
      `${data}-wal`,
      keyFilePath(data),
      path.join(backupsFolderOf(databaseFile), `${backup.id}${MANIFEST}`),
    ]) {
      fs.rmSync(file, { force: true });
    }
  }
}

/** Records a backup's changed facts (it was encrypted or decrypted in place). */
export function rewriteManifest(databaseFile: string, info: BackupInfo): void {
  writeAtomically(path.join(backupsFolderOf(databaseFile), `${info.id}${MANIFEST}`), JSON.stringify(info, null, 2));
}
