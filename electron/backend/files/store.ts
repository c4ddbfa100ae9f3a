import fs from 'node:fs';
import path from 'node:path';
import { openInspected, type Db, type OpenOptions } from '../db/connection';
import { openPublicConnection } from '../db/publicScope';
import { FileProblem } from './fileProblem';
import { inspectFile, openReadOnly } from './inspect';
import { MIGRATIONS } from '../db/migrations';

/**
 * How far the open file may be used: `ready` for everything; `readOnly` when the file or its
 * folder cannot be written (it can be read, backed up and copied); `damaged` when its pages are
 * not sound (it is never written again; it can be read as far as it goes, copied and replaced by
 * a backup).
 */
export type StoreMode = 'ready' | 'readOnly' | 'damaged';

/** One open database file: the owner's connection and the public scope's, and what may be done. */
export interface Store {
  file: string;
  mode: StoreMode;
  /** What quick_check or a failed read said, when damaged. */
  damage: string | null;
  encrypted: boolean;
  owner: Db;
  public: Db;
  close(): void;
}

function writable(file: string): boolean {
  try {
    // The folder too: SQLite writes its -wal and -shm files beside the database.
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** better-sqlite3's native part failed to load (built for another runtime, or missing). */
const isDriverFailure = (error: unknown): boolean =>
  error instanceof Error &&
  /NODE_MODULE_VERSION|bindings file|better_sqlite3\.node|dlopen|invalid ELF/i.test(error.message);

/** Opens `file` as far as it may be used; a file Powermap must not open is refused with a FileProblem. */
export function openStore(file: string, options: OpenOptions = {}): Store {
  try {
    return openUsable(file, options);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // Whatever else went wrong, the message names the file.
    throw new FileProblem(isDriverFailure(error) ? 'driver' : 'unreadable', file, message);
  }
}

function openUsable(file: string, options: OpenOptions): Store {
  const inspection = inspectFile(file, options);
  if (inspection.kind === 'encrypted') throw new FileProblem('locked', file);
  const damage = inspection.kind === 'powermap' ? inspection.damage : null;
  let mode: StoreMode = damage ? 'damaged' : 'ready';
  if (mode === 'ready' && inspection.kind === 'powermap' && !writable(file)) mode = 'readOnly';
  if (mode === 'ready' && inspection.kind === 'new' && !writable(file)) {
    throw new FileProblem('unreadable', file, 'its folder cannot be written');
  }

  if (mode === 'readOnly' && inspection.kind === 'powermap' && inspection.userVersion < MIGRATIONS.length) {
    throw new FileProblem('unreadable', file, 'it is read-only and from an older Powermap; make it writable once');
  }
  const owner = mode === 'ready' ? openInspected(file, inspection, options) : openReadOnly(file, options);
  let publicDb: Db;
  try {
    owner.pragma('busy_timeout = 5000');
    // A damaged file serves no shared screen (dispatch refuses the public scope there), so its
    // public connection is the read-only one, never used.
    publicDb = mode === 'damaged' ? owner : openPublicConnection(file, options);
  } catch (error) {
    owner.close();
    throw error;
  }
  return {
    file,
    mode,
    damage,
    encrypted: Boolean(options.key),
    owner,
    public: publicDb,
    close() {
      if (publicDb !== owner) publicDb.close();
      owner.close();
    },
  };
}
