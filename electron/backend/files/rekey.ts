import Database from 'better-sqlite3';
import { applyKey, DATA_KEY } from './keyFile';

/**
 * Encrypts, decrypts or re-encrypts one database file in place. SQLite rewrites every page in
 * one transaction behind a rollback journal, so a crash half-way leaves the file as it was. The
 * caller has closed every other connection to it: SQLite Multiple Ciphers cannot re-key in WAL
 * mode, so the file leaves WAL for the re-key and returns to its journal mode after.
 */
export function rekeyFile(
  file: string,
  from: string | null,
  to: string | null,
  options: { nativeBinding?: string } = {},
): void {
  const db = new Database(file, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (from) applyKey(db, from);
    const journalMode = db.pragma('journal_mode', { simple: true }) as string;
    if (journalMode === 'wal') db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma('secure_delete = ON');
    // The key is hex digits only (applyKey's rule); an empty one decrypts.
    if (to !== null && !DATA_KEY.test(to)) throw new Error('Not a data key');
    db.pragma(`hexrekey = '${to ?? ''}'`);
    if (journalMode === 'wal') db.pragma('journal_mode = WAL');
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new Error(`the re-keyed file failed its check (${check})`);
  } finally {
    db.close();
  }
}
