import fs from 'node:fs';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/connection';
import { FileProblem } from './fileProblem';
import { applyKey, hasKeyFile } from './keyFile';

/** Powermap's mark in the SQLite header (`PRAGMA application_id`): "PMAP". */
export const POWERMAP_APPLICATION_ID = 0x504d4150;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every Powermap file has had since its first schema: a file holding them is ours from before the mark. */
const POWERMAP_TABLES = ['accounts', 'people', 'maps', 'map_items', 'person_history', 'settings'];

export type Inspection =
  /** No file, an empty file or an empty SQLite database: Powermap may make it its own. */
  | { kind: 'new' }
  /** A Powermap file (marked, or from before the mark), readable; `damage` says what quick_check found. */
  | { kind: 'powermap'; userVersion: number; marked: boolean; damage: string | null }
  /** An encrypted file whose key has not been given. */
  | { kind: 'encrypted' };

export interface InspectOptions {
  nativeBinding?: string;
  /** The data key of an encrypted file (64 hex digits). */
  key?: string;
}

/** A read-only connection that writes nothing to the file (and gives an encrypted one its key). */
export function openReadOnly(file: string, options: InspectOptions): Db {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  if (options.key) applyKey(db, options.key);
  return db;
}

const sqliteCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : '';

/**
 * What a file is, found out without writing a byte to it: whether Powermap may open it, and
 * whether its pages are sound. A file Powermap must not open is refused with a FileProblem.
 */
export function inspectFile(file: string, options: InspectOptions = {}): Inspection {
  let header: Buffer;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      header = Buffer.alloc(SQLITE_HEADER.length);
      header = header.subarray(0, fs.readSync(handle, header, 0, header.length, 0));
    } finally {
      fs.closeSync(handle);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new' };
    throw new FileProblem('unreadable', file, (error as Error).message);
  }
  if (header.length === 0) return { kind: 'new' };
  const plain = header.equals(SQLITE_HEADER);
  if (!plain && !options.key) {
    if (hasKeyFile(file)) return { kind: 'encrypted' };
    throw new FileProblem('not_database', file);
  }
  // A driver that fails to load fails here too; openStore names it for what it is.
  const db = openReadOnly(file, options);
  try {
    return inspectOpen(db, file);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') throw new FileProblem(options.key ? 'locked' : 'not_database', file);
    if (code.startsWith('SQLITE_CORRUPT')) return { kind: 'powermap', userVersion: 0, marked: false, damage: code };
    // SQLite keeps two small files beside the database while it is open; a read-only folder has no room for them.
    if (code === 'SQLITE_READONLY_DIRECTORY') {
      throw new FileProblem('unreadable', file, 'its folder is read-only; copy the file to a folder you can write to');
    }
    throw new FileProblem('unreadable', file, (error as Error).message);
  } finally {
    db.close();
  }
}

function inspectOpen(db: Db, file: string): Inspection {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  const marked = applicationId === POWERMAP_APPLICATION_ID;
  if (!marked) {
    if (applicationId === 0 && tables.size === 0 && userVersion === 0) return { kind: 'new' };
    const ours = applicationId === 0 && userVersion > 0 && POWERMAP_TABLES.every((table) => tables.has(table));
    if (!ours) throw new FileProblem('foreign', file);
  }
  if (userVersion > MIGRATIONS.length) throw new FileProblem('too_new', file, `schema ${userVersion}`);
  const check = db.pragma('quick_check', { simple: true }) as string;
  return { kind: 'powermap', userVersion, marked, damage: check === 'ok' ? null : check };
}
