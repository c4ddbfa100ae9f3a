import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { FileProblem } from '../files/fileProblem';
import { inspectFile, POWERMAP_APPLICATION_ID, type Inspection } from '../files/inspect';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { applyKey } from '../files/keyFile';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where the Electron build of better-sqlite3 lives; unset under plain Node. */
  nativeBinding?: string;
  /** The data key of an encrypted file (64 hex digits). */
  key?: string;
  /** Runs before the first migration step on a file that holds data: the moment for a backup. */
  beforeMigration?: (fromVersion: number) => void;
}

/**
 * Opens (creating if needed) a Powermap file read-write and brings its schema up to date. The
 * file is looked at first without writing to it: another program's file, a newer Powermap's,
 * a damaged one or something that is no database is refused with a FileProblem, untouched.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inspection = inspectFile(file, options);
  if (inspection.kind === 'encrypted') throw new FileProblem('locked', file);
  if (inspection.kind === 'powermap' && inspection.damage) throw new FileProblem('damaged', file, inspection.damage);
  return openInspected(file, inspection, options);
}

/** The read-write connection on a file already found fit to open. */
export function openInspected(file: string, inspection: Inspection, options: OpenOptions): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const needsMigration = inspection.kind === 'powermap' && inspection.userVersion < MIGRATIONS.length;
  if (needsMigration) options.beforeMigration?.(inspection.userVersion);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    if (options.key) applyKey(db, options.key);
    db.pragma('journal_mode = WAL');
    // better-sqlite3 builds with WAL synchronous=NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted text (a private note rewritten, a person or account deleted) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db);
    if ((db.pragma('application_id', { simple: true }) as number) !== POWERMAP_APPLICATION_ID) {
      db.pragma(`application_id = ${POWERMAP_APPLICATION_ID}`);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
