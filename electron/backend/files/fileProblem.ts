/**
 * Why a database file cannot be opened (or written), named so that every message can say which
 * file and what to do. The English message is for logs and scripts; the UI translates the kind.
 */
export const FILE_PROBLEMS = [
  /** Not an SQLite file at all (or an encrypted one whose key file is missing). */
  'not_database',
  /** An SQLite file of another program: Powermap adds nothing to it. */
  'foreign',
  /** Written by a newer Powermap. */
  'too_new',
  /** Pages of the file are damaged (quick_check failed, or a read found it). */
  'damaged',
  /** Encrypted: it opens only with its passphrase or recovery key. */
  'locked',
  /** The file or its folder cannot be read, or the disk failed. */
  'unreadable',
  /** The database driver itself could not be loaded. */
  'driver',
] as const;
export type FileProblemKind = (typeof FILE_PROBLEMS)[number];

const MESSAGES: Record<FileProblemKind, string> = {
  not_database: 'is not a Powermap database',
  foreign: 'belongs to another program; Powermap will not change it',
  too_new: 'was written by a newer Powermap; update the app to open it',
  damaged: 'is damaged; Powermap will not write to it',
  locked: 'is encrypted; unlock it with its passphrase or recovery key',
  unreadable: 'cannot be read',
  driver: 'cannot be opened because the database driver failed to load',
};

export class FileProblem extends Error {
  constructor(
    readonly kind: FileProblemKind,
    readonly file: string,
    readonly detail = '',
  ) {
    super(`The database file ${file} ${MESSAGES[kind]}${detail ? ` (${detail})` : ''}.`);
    this.name = 'FileProblem';
  }
}
