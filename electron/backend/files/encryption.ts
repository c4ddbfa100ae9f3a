import fs from 'node:fs';
import { openReadOnly } from './inspect';
import { backupFile, listBackups, rewriteManifest } from './backups';
import { keyFilePath, writeKeyFile } from './keyFile';
import { rekeyFile } from './rekey';

/**
 * Turning encryption on and off for a database and every backup beside it, so no copy of the
 * data stays readable without the key once the user chose one, and none stays locked once they
 * removed it. Each caller has closed the file's connections first.
 */
interface Driver {
  nativeBinding?: string;
}

/** Encrypts the file and its backups with `dataKey`; the key file, wrapped with `passphrase`, is written first. */
export function encryptDatabase(file: string, dataKey: string, passphrase: string, driver: Driver): void {
  // Key file first: a crash after it leaves a plain file (which still opens as one), never a locked file without its key.
  writeKeyFile(file, dataKey, passphrase);
  rekeyFile(file, null, dataKey, driver);
  for (const backup of listBackups(file)) {
    const data = backupFile(file, backup.id);
    if (!backup.encrypted && backup.sound) {
      rekeyFile(data, null, dataKey, driver);
      rewriteManifest(file, { ...backup, encrypted: true });
    }
    if (backup.sound) fs.copyFileSync(keyFilePath(file), keyFilePath(data));
  }
}

/** Decrypts the file and its backups and removes the key files. */
export function decryptDatabase(file: string, dataKey: string, driver: Driver): void {
  rekeyFile(file, dataKey, null, driver);
  for (const backup of listBackups(file)) {
    if (!backup.encrypted || !backup.sound) continue;
    const data = backupFile(file, backup.id);
    try {
      rekeyFile(data, dataKey, null, driver);
    } catch {
      // A backup under another key (taken before an earlier passphrase was removed and set anew) stays as it is, with its key file.
      continue;
    }
    fs.rmSync(keyFilePath(data), { force: true });
    rewriteManifest(file, { ...backup, encrypted: false });
  }
  fs.rmSync(keyFilePath(file), { force: true });
}

function opensWith(file: string, dataKey: string, driver: Driver): boolean {
  try {
    const db = openReadOnly(file, { ...driver, key: dataKey });
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * A new passphrase with a new data key: the file and every backup under the old key are
 * re-encrypted in place, so an old key file and the old passphrase open none of them any more.
 */
export function reencryptDatabase(file: string, from: string, to: string, passphrase: string, driver: Driver): void {
  rekeyFile(file, from, to, driver);
  // After the file: a crash in between leaves the old key file, and the new recovery key opens the file.
  writeKeyFile(file, to, passphrase);
  for (const backup of listBackups(file)) {
    const data = backupFile(file, backup.id);
    if (!backup.encrypted || !backup.sound || !opensWith(data, from, driver)) continue;
    rekeyFile(data, from, to, driver);
    fs.copyFileSync(keyFilePath(file), keyFilePath(data));
  }
}

/** The same data key wrapped with a new passphrase (the recovery key opened the file), for the file and its backups. */
export function rewrapKey(file: string, dataKey: string, passphrase: string, driver: Driver): void {
  writeKeyFile(file, dataKey, passphrase);
  for (const backup of listBackups(file)) {
    const data = backupFile(file, backup.id);
    if (backup.encrypted && opensWith(data, dataKey, driver)) fs.copyFileSync(keyFilePath(file), keyFilePath(data));
  }
}

/**
 * Wrong passphrases: three tries, then a pause that doubles with every further wrong one, so
 * guessing is slow; a right one starts the count again. Nothing about the file changes either way.
 */
export class UnlockAttempts {
  private wrong = 0;
  private blockedUntil = 0;

  constructor(private readonly now: () => Date) {}

  /** When the next try is allowed, if it is not now. */
  retryAt(): Date | null {
    return this.blockedUntil > this.now().getTime() ? new Date(this.blockedUntil) : null;
  }

  failed(): void {
    this.wrong += 1;
    if (this.wrong >= 3) this.blockedUntil = this.now().getTime() + 30_000 * 2 ** Math.min(this.wrong - 3, 6);
  }

  succeeded(): void {
    this.wrong = 0;
    this.blockedUntil = 0;
  }
}
