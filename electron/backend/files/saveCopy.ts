import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { invalid } from '../services/common';
import type { Db } from '../db/connection';
import { snapshotInto } from './backups';
import { hasKeyFile, keyFilePath } from './keyFile';

const samePath = (a: string, b: string): boolean =>
  process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;

/**
 * "Save a copy": a consistent copy of the open file, taken while Powermap runs, at a path the
 * user chose. The open file (and its -wal and -shm) can never be the target; an existing file
 * is replaced only when the user said so, and then only once the copy is complete.
 */
export function saveCopy(
  source: Db,
  databaseFile: string,
  target: string,
  overwrite: boolean,
): { path: string; sizeBytes: number } {
  if (!path.isAbsolute(target)) {
    invalid('path', 'path_not_absolute', 'Give the full path of the copy');
  }
  const resolved = path.resolve(target);
  const own = [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, keyFilePath(databaseFile)];
  if (own.some((file) => samePath(path.resolve(file), resolved))) {
    invalid('path', 'path_is_open_file', 'A copy cannot replace the open database file');
  }
  if (!fs.existsSync(path.dirname(resolved))) {
    invalid('path', 'folder_missing', 'The folder of the copy does not exist');
  }
  if (fs.existsSync(resolved) && !overwrite) {
    throw new ApiError('conflict', 'A file of that name exists already; say whether to replace it');
  }
  // Written beside the target first, so a failed copy leaves an existing file as it was.
  const fresh = `${resolved}.powermap-copy`;
  fs.rmSync(fresh, { force: true });
  snapshotInto(source, fresh);
  fs.renameSync(fresh, resolved);
  if (hasKeyFile(databaseFile)) fs.copyFileSync(keyFilePath(databaseFile), keyFilePath(resolved));
  return { path: resolved, sizeBytes: fs.statSync(resolved).size };
}
