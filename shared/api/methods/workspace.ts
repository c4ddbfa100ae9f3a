import { z } from 'zod';
import { Id, line, multiline, Timestamp } from '../entities';
import { read, write } from './common';
import { WORKSPACE_TABLES, rowSchema, type WorkspaceTableKey } from './workspaceTables';

/** The format this version writes; older ones are read and migrated (`powermap.account/1`). */
export const WORKSPACE_FORMAT = 'powermap.workspace/2' as const;
export const OLD_ACCOUNT_FORMAT = 'powermap.account/1' as const;

/** Largest file an import takes: a workspace of many accounts is a few megabytes. */
export const MAX_WORKSPACE_FILE_BYTES = 100 * 1024 * 1024;
/** Rows one table of a file may hold. */
const MAX_ROWS = 1_000_000;

const tableShape = Object.fromEntries(
  WORKSPACE_TABLES.map((table) => [table.key, z.array(rowSchema(table)).max(MAX_ROWS)]),
) as Record<WorkspaceTableKey, z.ZodArray<ReturnType<typeof rowSchema>>>;

export type WorkspaceRow = Record<string, string | number | boolean | null>;
export type WorkspaceTables = Record<WorkspaceTableKey, WorkspaceRow[]>;

/**
 * A workspace file: one account or all of them, every row of every table that belongs to them,
 * with our team and the tags they use. `includesPrivate` marks a file that carries private notes,
 * personal details and private interactions; without it those are blank or absent.
 */
export const WorkspaceFile = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    exportedAt: Timestamp,
    /** The version of Powermap that wrote it. */
    appVersion: z.string().max(100),
    /** One account's file, or the whole workspace's. */
    scope: z.enum(['account', 'workspace']),
    includesPrivate: z.boolean(),
    tables: z.object(tableShape).strict(),
  })
  .strict();
export type WorkspaceFile = Omit<z.infer<typeof WorkspaceFile>, 'tables'> & { tables: WorkspaceTables };

export const ImportMode = z.enum(['new', 'replace']);

export const WorkspaceImportResult = z.object({
  /** The accounts the file became (the replaced one keeps its id). */
  accountIds: z.array(Id),
  /** Rows written, by table of the file. */
  rows: z.record(z.string(), z.int().nonnegative()),
  /** Members of our team the import added (undoing an import as new accounts removes them again). */
  teamMembersAdded: z.array(Id),
  /** Members of our team and tags that were already here and were used rather than copied. */
  reused: z.object({ teamMembers: z.int().nonnegative(), tags: z.int().nonnegative() }),
  /** Rows an old file could not bring: links to our team, which that format did not carry. */
  leftOut: z.int().nonnegative(),
  /** The version the file was written in, before it was migrated to this one. */
  format: z.string(),
  includesPrivate: z.boolean(),
  /** A backup taken before an account was replaced. */
  backupTaken: z.boolean(),
});
export type WorkspaceImportResult = z.infer<typeof WorkspaceImportResult>;

export const workspaceMethods = {
  /**
   * One account (or, without `accountId`, the whole workspace) as a workspace file. Private
   * content is in it only with `includePrivate` (the user ticked it) and only for the owner; the
   * file says which it is.
   */
  'workspace.export': read(
    z.object({ accountId: Id.optional(), includePrivate: z.boolean() }).strict(),
    WorkspaceFile,
    WORKSPACE_TABLES.map((table) => table.table),
  ),
  /**
   * Reads a workspace file (this format or an older one) and writes it as new accounts with fresh
   * ids, or (`mode: 'replace'`, a file of one account) in place of `accountId`, after a backup. In
   * one transaction: a damaged or hand-broken file is refused with where it is wrong, and nothing
   * is written. Send the file as text (`json`) or as its bytes (`dataBase64`).
   */
  'workspace.import': write(
    z
      .object({
        fileName: line(260),
        // JSON text has line breaks and tabs at most; no other control character is ever in it.
        json: multiline(MAX_WORKSPACE_FILE_BYTES).optional(),
        dataBase64: line(Math.ceil(MAX_WORKSPACE_FILE_BYTES / 3) * 4).optional(),
        mode: ImportMode,
        accountId: Id.optional(),
      })
      .strict()
      .refine((input) => (input.json === undefined) !== (input.dataBase64 === undefined), {
        message: 'Send the file as json or as dataBase64, one of them',
        path: ['json'],
      })
      .refine((input) => input.mode !== 'replace' || input.accountId !== undefined, {
        message: 'Say which account the file replaces',
        path: ['accountId'],
      }),
    WorkspaceImportResult,
    // Whichever tables the file carries rows of, the search index and contact totals they feed, and the backup before.
    [...WORKSPACE_TABLES.map((table) => table.table), 'search_docs', 'search_paused', 'contact_totals', 'backup_files'],
  ),
} as const;
