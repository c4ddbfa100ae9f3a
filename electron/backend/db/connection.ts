import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assertKnownVersion, migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** Where the Electron build of better-sqlite3 lives; unset under plain Node. */
  nativeBinding?: string;
  /** Runs first on every new connection to the file (an encrypted file is given its key here). */
  unlock?: (db: Db) => void;
}

/** Opens (creating if needed) a Powermap file and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // A file from a newer Powermap is refused before anything, even the journal mode, changes it.
    assertKnownVersion(db);
    db.pragma('journal_mode = WAL');
    // better-sqlite3 builds with WAL synchronous=NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted text (a private note rewritten, a person or account deleted) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
