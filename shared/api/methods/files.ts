import { z } from 'zod';
import { Timestamp } from '../entities';
import { SQLITE_TABLES } from '../tables';
import { read, write } from './common';

/** Why a backup was taken. */
export const BACKUP_REASONS = [
  'manual',
  'open',
  'auto',
  'before-migration',
  'before-restore',
  'before-delete',
  'before-import',
] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  /** The backup's name in the backups folder, without extension. */
  id: z.string(),
  createdAt: Timestamp,
  reason: BackupReason,
  sizeBytes: z.int().nonnegative(),
  accounts: z.int().nonnegative(),
  people: z.int().nonnegative(),
  /** Whether its pages passed SQLite's quick_check when it was taken; false for a damaged file kept as it was. */
  sound: z.boolean(),
  /** Encrypted with the database's key (it opens with the same passphrase or recovery key). */
  encrypted: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** How far the open file may be used (see the README's "Where the data lives"). */
export const FILE_MODES = ['ready', 'readOnly', 'damaged', 'locked'] as const;
export const FileMode = z.enum(FILE_MODES);
export type FileMode = z.infer<typeof FileMode>;

export const FileStatus = z.object({
  path: z.string(),
  mode: FileMode,
  /** What SQLite reported, when the file is damaged. */
  damage: z.string().nullable(),
  encrypted: z.boolean(),
  backupsFolder: z.string(),
  /** The newest backup that passed its check, offered when the file is damaged. */
  newestGoodBackup: BackupInfo.nullable(),
});
export type FileStatus = z.infer<typeof FileStatus>;

export const RestoreResult = z.object({
  restored: BackupInfo,
  /** The file as it was just before, kept as a backup of its own. */
  savedCurrent: BackupInfo,
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/** A backup's name as backups.list gives it: letters, digits, dots, dashes (never a path). */
const BackupId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Not the name of a backup');

/** An absolute path on this machine, as a save dialog or a typed path gives it. */
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\0'), 'A path cannot hold a NUL character');

export const filesMethods = {
  'files.status': read(z.object({}).strict(), FileStatus, ['backup_files', 'file_state']),
  /**
   * A consistent copy of the open file at `path` (taken while Powermap runs, with everything
   * saved so far). An existing file there is replaced only with `overwrite: true`.
   */
  'files.saveCopy': write(
    z.object({ path: FilePath, overwrite: z.boolean().optional() }).strict(),
    z.object({ path: z.string(), sizeBytes: z.int().nonnegative() }),
    [],
  ),
  'backups.list': read(z.object({}).strict(), z.array(BackupInfo), ['backup_files']),
  'backups.create': write(z.object({}).strict(), BackupInfo, ['backup_files']),
  /** Puts a backup in place of the open file, after backing up the file as it is; then reopens it. */
  'backups.restore': write(z.object({ id: BackupId }).strict(), RestoreResult, [
    // Every table of the file may differ in the backup.
    ...SQLITE_TABLES,
    'backup_files',
  ]),
} as const;
