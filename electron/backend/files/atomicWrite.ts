import fs from 'node:fs';

/**
 * Writes `content` beside `file`, flushes it to the disk, then renames it into place: a crash
 * leaves either the old file or the new one, never half of one.
 */
export function writeAtomically(file: string, content: string | Buffer, mode?: number): void {
  const partial = `${file}.partial`;
  // A leftover of a crash would keep its own permissions: the new file is made afresh.
  fs.rmSync(partial, { force: true });
  fs.writeFileSync(partial, content, mode === undefined ? {} : { mode });
  const handle = fs.openSync(partial, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(partial, file);
}
