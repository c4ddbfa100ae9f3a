import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../../shared/api/errors';
import { inputIssue } from '../../../../shared/api/issues';
import type { WorkspaceImportResult, WorkspaceRow } from '../../../../shared/api/methods/workspace';
import {
  WORKSPACE_TABLES,
  camelOf,
  type Column,
  type WorkspaceTable,
  type WorkspaceTableKey,
} from '../../../../shared/api/methods/workspaceTables';
import type { Db } from '../../db/connection';
import { getAccount } from '../accounts';
import type { ReadFile } from './readWorkspaceFile';

type SqlValue = string | number | null;
const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const key = (table: WorkspaceTable) => table.key as WorkspaceTableKey;
const tables = WORKSPACE_TABLES as readonly WorkspaceTable[];

export interface ImportTarget {
  mode: 'new' | 'replace';
  /** The account a one-account file replaces. */
  accountId?: string;
  /** Takes a backup of the file before an account is replaced. */
  backup: () => void;
}

/** Text of a member or tag, compared as a person would: case and outer spaces aside. */
const same = (value: unknown): string =>
  String(value ?? '')
    .trim()
    .toLowerCase();

/**
 * Writes a read workspace file into `db`, in one transaction: every row gets a fresh id and every
 * reference follows it, so the file can be imported next to what it came from. Our team and tags
 * are shared by all accounts: a member with the same name and email, or a tag of the same name,
 * is used rather than copied. In `replace` mode the file's one account takes the place (and the
 * id) of `accountId`, which is deleted first, after a backup.
 */
export function importWorkspace(
  db: Db,
  read: ReadFile,
  target: ImportTarget,
  /** Told every old id's new one and every change id's, once written (for tests comparing rows). */
  onIds?: (
    ids: ReadonlyMap<WorkspaceTableKey, ReadonlyMap<string, string>>,
    tokens: ReadonlyMap<string, string>,
  ) => void,
): WorkspaceImportResult {
  const { file, teamOutside } = read;
  const fileAccounts = file.tables.accounts;
  if (fileAccounts.length === 0) {
    throw new ApiError('invalid_input', 'The file holds no account', [
      inputIssue('tables.accounts', 'too_few', { min: 1 }),
    ]);
  }
  let replaced: string | null = null;
  if (target.mode === 'replace') {
    replaced = getAccount(db, target.accountId!).id;
    if (fileAccounts.length !== 1) {
      throw new ApiError('invalid_input', 'Only a file of one account can replace an account', [
        inputIssue('tables.accounts', 'too_many', { max: 1, reason: 'replace_needs_one' }),
      ]);
    }
    target.backup();
  }

  const ids = new Map<WorkspaceTableKey, Map<string, string>>(tables.map((table) => [key(table), new Map()]));
  const tokens = new Map<string, string>();
  const reused = { teamMembers: 0, tags: 0 };
  const skip = new Set<string>();
  const written: Record<string, number> = {};
  let leftOut = 0;

  const run = db.transaction(() => {
    // References are checked when the transaction ends, so rows may come in the file's order.
    db.pragma('defer_foreign_keys = ON');
    if (replaced) db.prepare('DELETE FROM accounts WHERE id = ?').run(replaced);

    const members = db
      .prepare('SELECT id, name, email, is_me FROM team_members WHERE sample_account_id IS NULL')
      .all() as { id: string; name: string; email: string; is_me: number }[];
    const existingMemberIds = new Set(db.prepare('SELECT id FROM team_members').pluck().all() as string[]);
    let haveMe = members.some((member) => member.is_me === 1);
    const tagsByName = new Map(
      (db.prepare('SELECT id, name FROM tags').all() as { id: string; name: string }[]).map((tag) => [
        same(tag.name),
        tag.id,
      ]),
    );

    // Fresh ids first, for every table, so any row can point at any other.
    for (const table of tables) {
      if (!('id' in table.columns)) continue;
      const map = ids.get(key(table))!;
      file.tables[key(table)].forEach((row, index) => {
        const old = String(row.id);
        if (key(table) === 'accounts' && replaced) {
          map.set(old, replaced);
        } else if (key(table) === 'teamMembers' && row.sampleAccountId === null) {
          const match = members.find((m) => same(m.name) === same(row.name) && same(m.email) === same(row.email));
          if (match) {
            map.set(old, match.id);
            skip.add(`teamMembers.${index}`);
            reused.teamMembers += 1;
            return;
          }
          map.set(old, randomUUID());
        } else if (key(table) === 'tags') {
          const match = tagsByName.get(same(row.name));
          if (match) {
            map.set(old, match);
            skip.add(`tags.${index}`);
            reused.tags += 1;
            return;
          }
          const fresh = randomUUID();
          tagsByName.set(same(row.name), fresh);
          map.set(old, fresh);
        } else {
          map.set(old, randomUUID());
        }
      });
    }

    for (const table of tables) {
      const columns = Object.entries(table.columns as Record<string, Column>);
      const insert = db.prepare(
        `INSERT INTO ${quote(table.table)} (${columns.map(([name]) => quote(name)).join(', ')})
         VALUES (${columns.map(() => '?').join(', ')})`,
      );
      let count = 0;
      file.tables[key(table)].forEach((row: WorkspaceRow, index) => {
        if (skip.has(`${table.key}.${index}`)) return;
        const values: SqlValue[] = [];
        let dropped = false;
        for (const [name, column] of columns) {
          const value = row[camelOf(name)] ?? null;
          switch (column.kind) {
            case 'id':
              values.push(ids.get(key(table))!.get(String(value))!);
              break;
            case 'ref': {
              if (value === null) {
                values.push(null);
                break;
              }
              const mapped = ids.get(column.table)?.get(String(value));
              if (mapped !== undefined) {
                values.push(mapped);
              } else if (teamOutside && column.table === 'teamMembers' && existingMemberIds.has(String(value))) {
                // An old file names our team by id: the same member, where this database has them.
                values.push(String(value));
              } else if (teamOutside && column.table === 'teamMembers' && name === 'owner_member_id') {
                values.push(null);
              } else {
                dropped = true;
              }
              break;
            }
            case 'bool':
              values.push(value ? 1 : 0);
              break;
            case 'token':
              if (value === null) {
                values.push(null);
              } else {
                if (!tokens.has(String(value))) tokens.set(String(value), randomUUID());
                values.push(tokens.get(String(value))!);
              }
              break;
            case 'subject':
              values.push(
                String(value).replace(UUID, (found) => {
                  for (const map of ids.values()) {
                    const mapped = map.get(found);
                    if (mapped) return mapped;
                  }
                  return found;
                }),
              );
              break;
            default:
              values.push(value as SqlValue);
          }
        }
        if (dropped) {
          leftOut += 1;
          return;
        }
        if (key(table) === 'teamMembers') {
          // There is one "me" in a database: a second one from the file is one of the team.
          const meAt = columns.findIndex(([name]) => name === 'is_me');
          if (values[meAt] === 1 && haveMe) values[meAt] = 0;
          if (values[meAt] === 1) haveMe = true;
        }
        try {
          insert.run(...values);
        } catch (error) {
          throw new ApiError('invalid_input', `Row ${index} of ${table.key} cannot be written`, [
            inputIssue(
              `tables.${table.key}.${index}`,
              'invalid',
              { reason: 'row_refused' },
              `The database refused this row: ${(error as Error).message}`,
            ),
          ]);
        }
        count += 1;
      });
      written[table.key] = count;
    }
  });
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // Only a reference the checks above let through fails here, as the transaction ends.
    throw new ApiError('invalid_input', `The file cannot be written: ${(error as Error).message}`, [
      inputIssue('tables', 'invalid', { reason: 'row_refused' }, (error as Error).message),
    ]);
  }

  onIds?.(ids, tokens);
  return {
    // A sample account's own team goes with it; the others would stay if the import were undone.
    teamMembersAdded: file.tables.teamMembers.flatMap((row, index) =>
      skip.has(`teamMembers.${index}`) || row.sampleAccountId !== null
        ? []
        : [ids.get('teamMembers')!.get(String(row.id))!],
    ),
    accountIds: fileAccounts.map((row) => ids.get('accounts')!.get(String(row.id))!),
    rows: written,
    reused,
    leftOut,
    format: read.format,
    includesPrivate: file.includesPrivate,
    backupTaken: replaced !== null,
  };
}
