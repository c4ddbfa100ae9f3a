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
import { createSecurityHandlers, type Keychain } from './securityHandlers';
import { lockedHandlers } from './lockedHandlers';
import type { CallResult } from './dispatch';
import type { TeamSyncMethod } from '../../shared/api/methods/teamSync';
import { TeamSync } from './sync/teamSync';
import { callTeamSync } from './sync/teamCall';

export interface BackendOptions extends DispatchOptions {
  version: string;
  /** Where the Electron build of better-sqlite3 lives; unset under plain Node. */
  nativeBinding?: string;
  /** Automatic backups: on opening (when the newest is a day old) and every 30 minutes while there are changes. */
  autoBackups?: boolean;
  now?: () => Date;
  /** Where the shell keeps data keys the user asked it to remember (the desktop app's keychain). */
  keychain?: Keychain;
  /** Runs the team sync of the open file (the primary thread does; readers and most tests do not). */
  teamSync?: boolean;
}

export interface Backend {
  /** The owner's read-write connection of the open file. */
  readonly db: Db;
  /** The public scope's read-only connection (no private thing is visible through it). */
  readonly publicDb: Db;
  readonly file: string;
  dispatch: Dispatch;
  /** A call of the team sync's methods, which need the network (see sync/teamSync.ts). */
  teamCall(method: TeamSyncMethod, input: unknown, scope: unknown): Promise<CallResult>;
  status(): FileStatus;
  /**
   * Opens another file in place of this one (File → Open or New); if that fails, this one stays
   * open. An encrypted file opens locked, unless the keychain has its key.
   */
  openFile(file: string): void;
  /** The open file, its data key while unlocked, and whether it is locked: what another thread needs to open it too. */
  session(): { file: string; key: string | null; locked: boolean };
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
  /** The open file's data key, while it is encrypted and unlocked. */
  let dataKey: string | null = null;
  /** The open file's connections; none while it is encrypted and locked. */
  let store: Store | null = openOrLocked(file);
  let changedSinceBackup = false;

  function current(): Store {
    if (!store) throw new ApiError('storage_locked', `The database file ${file} is encrypted and not unlocked yet`);
    return store;
  }

  /** Opens `target`; an encrypted file without a known key is left locked (null). */
  function openOrLocked(target: string): Store | null {
    const remembered = options.keychain?.load(target) ?? null;
    try {
      const opened = open(target, remembered);
      dataKey = remembered && opened.encrypted ? remembered : null;
      return opened;
    } catch (error) {
      if (!(error instanceof FileProblem && error.kind === 'locked')) throw error;
      // A remembered key that no longer opens it (the file was replaced) is forgotten.
      if (remembered) options.keychain?.forget(target);
      dataKey = null;
      return null;
    }
  }

  function backupOptions(): BackupOptions {
    let policy;
    try {
      const { keepLast, keepDays, keepWeeks } = getSettings(current().owner).backups;
      policy = { last: keepLast, days: keepDays, weeks: keepWeeks };
    } catch {
      policy = undefined;
    }
    return { nativeBinding: options.nativeBinding, key: dataKey ?? undefined, now, policy };
  }

  function open(target: string, key: string | null): Store {
    const driver = { nativeBinding: options.nativeBinding, key: key ?? undefined };
    return openStore(target, {
      ...driver,
      // A file an older Powermap wrote is backed up as it was before its schema moves on.
      beforeMigration: () => {
        const before = openReadOnly(target, driver);
        try {
          createBackup(before, target, 'before-migration', { ...driver, now });
        } finally {
          before.close();
        }
      },
    });
  }

  function backup(reason: BackupReason): BackupInfo {
    const info = createBackup(current().owner, file, reason, backupOptions());
    changedSinceBackup = false;
    return info;
  }

  const files: FileControl = {
    status,
    backupBefore(reason) {
      if (current().mode === 'ready') backup(reason);
    },
    listBackups: () => listBackups(file),
    createBackup: () => backup('manual'),
    restore,
    saveCopy: (target, overwrite) => saveCopy(current().owner, file, target, overwrite),
  };

  const security = createSecurityHandlers({
    file: () => file,
    dataKey: () => dataKey,
    locked: () => store === null,
    mode: () => store?.mode ?? 'locked',
    reopen(change, keys) {
      stopTeamSync();
      store?.close();
      store = null;
      let failure: unknown = null;
      try {
        change();
      } catch (error) {
        failure = error;
      }
      // Whatever the change got to, the file opens again with the key it now has.
      for (const key of keys) {
        try {
          store = open(file, key);
          dataKey = key;
          break;
        } catch (error) {
          if (!(error instanceof FileProblem && error.kind === 'locked')) failure ??= error;
        }
      }
      handlers = build();
      restartTeamSync();
      if (failure) throw failure;
    },
    unlock(key) {
      store = open(file, key);
      dataKey = key;
      handlers = build();
      restartTeamSync();
      changedSinceBackup = false;
      if (autoBackups) setImmediate(backupIfDue).unref?.();
    },
    nativeBinding: options.nativeBinding,
    keychain: options.keychain,
    now,
  });

  const info = () => ({ version: options.version, databasePath: file });
  const build = () => {
    if (!store) {
      const locked = lockedHandlers({ info, files, security });
      return { owner: locked, public: locked };
    }
    const { owner, public: publicDb } = store;
    return {
      owner: createHandlers({ scope: 'owner', db: owner, publicDb }, info(), files, security),
      public: createHandlers({ scope: 'public', db: publicDb, publicDb }, info(), files, security),
    };
  };
  let team: TeamSync | null = null;
  const stopTeamSync = () => {
    team?.close();
    team = null;
  };
  /** The team sync follows the open file: a new file, key or restore starts it afresh. */
  const restartTeamSync = () => {
    team?.close();
    team =
      options.teamSync && store?.mode === 'ready'
        ? new TeamSync({ owner: store.owner, publicDb: store.public, log: options.log ?? console.warn, now })
        : null;
  };
  let handlers = build();
  restartTeamSync();

  const dispatch = createDispatch(() => ({ handlers, mode: store?.mode ?? 'locked' }), {
    ...options,
    onWrite: (method) => {
      changedSinceBackup = true;
      try {
        team?.afterWrite(method);
      } catch (error) {
        (options.log ?? console.warn)(`[powermap] team sync could not take a change: ${(error as Error).message}`);
      }
    },
    onDamaged: (detail) => {
      if (!store) return;
      store.mode = 'damaged';
      store.damage = detail;
    },
  });

  function status(): FileStatus {
    const backups = listBackups(file);
    return {
      path: file,
      mode: store?.mode ?? 'locked',
      damage: store?.damage ?? null,
      encrypted: store ? store.encrypted : true,
      backupsFolder: backupsFolderOf(file),
      newestGoodBackup: backups.find((b) => b.sound) ?? null,
    };
  }

  function restore(id: string): RestoreResult {
    const store = current();
    if (store.mode === 'readOnly') {
      throw new ApiError('storage_read_only', `The database file ${file} is read-only; a backup cannot replace it`);
    }
    const chosen = listBackups(file).find((backup) => backup.id === id);
    if (!chosen) throw new ApiError('not_found', `There is no backup ${id}`);
    const source = backupFile(file, id);
    let found: ReturnType<typeof inspectFile> | null = null;
    try {
      found = inspectFile(source, { nativeBinding: options.nativeBinding, key: dataKey ?? undefined });
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
    stopTeamSync();
    store.close();
    try {
      for (const leftover of [`${file}-wal`, `${file}-shm`]) fs.rmSync(leftover, { force: true });
      fs.renameSync(incoming, file);
    } finally {
      fs.rmSync(incoming, { force: true });
      reopenRestored();
    }
    changedSinceBackup = false;
    return { restored: chosen, savedCurrent };
  }

  function reopenRestored(): void {
    store = open(file, dataKey);
    handlers = build();
    restartTeamSync();
  }

  function backupIfDue(): void {
    try {
      if (store?.mode !== 'ready') return;
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
      if (!changedSinceBackup || store?.mode !== 'ready') return;
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
      return current().owner;
    },
    get publicDb() {
      return current().public;
    },
    get file() {
      return file;
    },
    dispatch,
    status,
    session: () => ({ file, key: dataKey, locked: store === null }),
    openFile(target: string) {
      const previousKey = dataKey;
      let next: Store | null;
      try {
        next = openOrLocked(target);
      } catch (error) {
        dataKey = previousKey;
        throw error;
      }
      stopTeamSync();
      store?.close();
      store = next;
      file = target;
      handlers = build();
      restartTeamSync();
      changedSinceBackup = false;
      if (autoBackups) backupIfDue();
    },
    teamCall: (method, input, scope) => callTeamSync(team, method, input, scope),
    close() {
      if (timer) clearInterval(timer);
      team?.close();
      store?.close();
    },
  };
}

export { FileProblem };
