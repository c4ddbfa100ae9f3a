import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import type { BackupInfo, BackupReason, FileStatus, RestoreResult } from '../../shared/api/methods/files';
import type { Db } from './db/connection';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers, type FileControl } from './handlers';
import {
  backupFile,
  backupsFolderOf,
  createBackup,
  keepAsItIs,
  listBackups,
  type BackupOptions,
} from './files/backups';
import { FileProblem } from './files/fileProblem';
import { inspectFile, openReadOnly } from './files/inspect';
import { saveCopy } from './files/saveCopy';
import { openStore, type Store } from './files/store';
import { getSettings } from './services/settings';

export interface BackendOptions extends DispatchOptions {
  version: string;
  /** Where the Electron build of better-sqlite3 lives; unset under plain Node. */
  nativeBinding?: string;
  /** Automatic backups: on opening (when the newest is a day old) and every 30 minutes while there are changes. */
  autoBackups?: boolean;
  now?: () => Date;
}

export interface Backend {
  /** The owner's read-write connection of the open file. */
  readonly db: Db;
  /** The public scope's read-only connection (no private thing is visible through it). */
  readonly publicDb: Db;
  readonly file: string;
  dispatch: Dispatch;
  status(): FileStatus;
  /** Opens another file in place of this one (File → Open or New); if that fails, this one stays open. */
  openFile(file: string): void;
  close(): void;
}

const DAY_MS = 86_400_000;
export const AUTO_BACKUP_EVERY_MS = 30 * 60_000;

/**
 * The whole backend, transport-free: what the desktop shell, web mode and tests all start. It
 * owns the open file (which it may swap for a backup, or another file) and its backups.
 */
export function startBackend(databasePath: string, options: BackendOptions): Backend {
  const now = options.now ?? (() => new Date());
  const autoBackups = options.autoBackups ?? true;
  let file = databasePath;
  let store: Store = open(file);
  let changedSinceBackup = false;

  function backupOptions(): BackupOptions {
    let policy;
    try {
      const { keepLast, keepDays, keepWeeks } = getSettings(store.owner).backups;
      policy = { last: keepLast, days: keepDays, weeks: keepWeeks };
    } catch {
      policy = undefined;
    }
    return { nativeBinding: options.nativeBinding, now, policy };
  }

  function open(target: string): Store {
    return openStore(target, {
      nativeBinding: options.nativeBinding,
      // A file an older Powermap wrote is backed up as it was before its schema moves on.
      beforeMigration: () => {
        const before = openReadOnly(target, { nativeBinding: options.nativeBinding });
        try {
          createBackup(before, target, 'before-migration', { nativeBinding: options.nativeBinding, now });
        } finally {
          before.close();
        }
      },
    });
  }

  function backup(reason: BackupReason): BackupInfo {
    const info = createBackup(store.owner, file, reason, backupOptions());
    changedSinceBackup = false;
    return info;
  }

  const files: FileControl = {
    status,
    backupBefore(reason) {
      if (store.mode === 'ready') backup(reason);
    },
    listBackups: () => listBackups(file),
    createBackup: () => backup('manual'),
    restore,
    saveCopy: (target, overwrite) => saveCopy(store.owner, file, target, overwrite),
  };

  const info = () => ({ version: options.version, databasePath: file });
  const build = () => ({
    owner: createHandlers({ scope: 'owner', db: store.owner, publicDb: store.public }, info(), files),
    public: createHandlers({ scope: 'public', db: store.public, publicDb: store.public }, info(), files),
  });
  let handlers = build();

  const dispatch = createDispatch(() => ({ handlers, mode: store.mode }), {
    ...options,
    onWrite: () => {
      changedSinceBackup = true;
    },
    onDamaged: (detail) => {
      store.mode = 'damaged';
      store.damage = detail;
    },
  });

  function status(): FileStatus {
    const backups = listBackups(file);
    return {
      path: file,
      mode: store.mode,
      damage: store.damage,
      encrypted: store.encrypted,
      backupsFolder: backupsFolderOf(file),
      newestGoodBackup: backups.find((b) => b.sound) ?? null,
    };
  }

  function restore(id: string): RestoreResult {
    if (store.mode === 'readOnly') {
      throw new ApiError('storage_read_only', `The database file ${file} is read-only; a backup cannot replace it`);
    }
    const chosen = listBackups(file).find((backup) => backup.id === id);
    if (!chosen) throw new ApiError('not_found', `There is no backup ${id}`);
    const source = backupFile(file, id);
    let found: ReturnType<typeof inspectFile> | null = null;
    try {
      found = inspectFile(source, { nativeBinding: options.nativeBinding });
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
    }
    if (found?.kind !== 'powermap' || found.damage) {
      throw new ApiError('storage_damaged', `The backup ${id} is damaged; choose another one`);
    }
    // The chosen backup is copied aside before anything else, so no pruning can take it away.
    const incoming = `${file}.restoring`;
    fs.copyFileSync(source, incoming);
    const savedCurrent =
      store.mode === 'damaged' ? keepAsItIs(file, 'before-restore', backupOptions()) : backup('before-restore');
    store.close();
    try {
      for (const leftover of [`${file}-wal`, `${file}-shm`]) fs.rmSync(leftover, { force: true });
      fs.renameSync(incoming, file);
    } finally {
      fs.rmSync(incoming, { force: true });
      store = open(file);
      handlers = build();
    }
    changedSinceBackup = false;
    return { restored: chosen, savedCurrent };
  }

  function backupIfDue(): void {
    try {
      if (store.mode !== 'ready') return;
      const newest = listBackups(file).find((b) => b.sound);
      const accounts = store.owner.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
      if (accounts > 0 && (!newest || now().getTime() - Date.parse(newest.createdAt) > DAY_MS)) backup('open');
    } catch (error) {
      (options.log ?? console.warn)(`[powermap] backup on opening failed: ${(error as Error).message}`);
    }
  }

  let timer: NodeJS.Timeout | null = null;
  if (autoBackups) {
    // Right after start, not during it: the window (or the web page) does not wait for it.
    setImmediate(backupIfDue).unref?.();
    timer = setInterval(() => {
      if (!changedSinceBackup || store.mode !== 'ready') return;
      try {
        backup('auto');
      } catch (error) {
        (options.log ?? console.warn)(`[powermap] automatic backup failed: ${(error as Error).message}`);
      }
    }, AUTO_BACKUP_EVERY_MS);
    timer.unref();
  }

  return {
    get db() {
      return store.owner;
    },
    get publicDb() {
      return store.public;
    },
    get file() {
      return file;
    },
    dispatch,
    status,
    openFile(target: string) {
      const next = open(target);
      store.close();
      store = next;
      file = target;
      handlers = build();
      changedSinceBackup = false;
      if (autoBackups) backupIfDue();
    },
    close() {
      if (timer) clearInterval(timer);
      store.close();
    },
  };
}

export { FileProblem };
