import type { WorkspaceFile, WorkspaceRow, WorkspaceTables } from '../../../../shared/api/methods/workspace';
import { WORKSPACE_FORMAT } from '../../../../shared/api/methods/workspace';
import {
  WORKSPACE_TABLES,
  camelOf,
  type Column,
  type WorkspaceTable,
  type WorkspaceTableKey,
} from '../../../../shared/api/methods/workspaceTables';
import type { Db } from '../../db/connection';
import { getAccount } from '../accounts';
import { nowIso } from '../common';

type SqlValue = string | number | null;

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A database value as the file holds it: flags as booleans, everything else as it is. */
function fileValue(column: Column, value: SqlValue): string | number | boolean | null {
  return column.kind === 'bool' ? value === 1 : value;
}

function readRows(db: Db, table: WorkspaceTable, where: string, ids: readonly string[] | null): WorkspaceRow[] {
  const columns = Object.keys(table.columns);
  const sql =
    `SELECT ${columns.map(quote).join(', ')} FROM ${quote(table.table)}` +
    (ids === null ? '' : ` WHERE ${where} IN (SELECT value FROM json_each(?))`) +
    ` ORDER BY ${table.orderBy}`;
  const statement = db.prepare(sql).raw(true);
  const rows = (ids === null ? statement.all() : statement.all(JSON.stringify(ids))) as SqlValue[][];
  return rows.map((values) =>
    Object.fromEntries(
      columns.map((name, i) => [camelOf(name), fileValue(table.columns[name] as Column, values[i] ?? null)]),
    ),
  );
}

/** The ids a set of rows refers to in `target`, through every column that points there. */
function referencedIds(tables: Partial<WorkspaceTables>, target: WorkspaceTableKey): Set<string> {
  const found = new Set<string>();
  for (const table of WORKSPACE_TABLES) {
    for (const [name, column] of Object.entries(table.columns as Record<string, Column>)) {
      if (column.kind !== 'ref' || column.table !== target) continue;
      for (const row of tables[table.key] ?? []) {
        const value = row[camelOf(name)];
        if (typeof value === 'string') found.add(value);
      }
    }
  }
  return found;
}

/**
 * One account (or every account) as a workspace file, read from `db` as it is: on the public
 * connection private fields are blank and private interactions, with what hangs off them, are
 * not there; `includesPrivate` says which it was. One read transaction, so the file is one moment.
 */
export function exportWorkspace(
  db: Db,
  input: { accountId?: string; includesPrivate: boolean; appVersion: string },
): WorkspaceFile {
  return db.transaction(() => {
    const whole = input.accountId === undefined;
    const accountIds = whole
      ? (db.prepare('SELECT id FROM accounts ORDER BY created_at, id').pluck().all() as string[])
      : [getAccount(db, input.accountId!).id];
    const tables: Partial<WorkspaceTables> = {};
    const idsOf = (key: WorkspaceTableKey): string[] => (tables[key] ?? []).map((row) => String(row.id));
    // Our team and the tags: every one for the workspace, those the account uses for one account.
    const globals: WorkspaceTable[] = [];
    for (const table of WORKSPACE_TABLES as readonly WorkspaceTable[]) {
      const key = table.key as WorkspaceTableKey;
      if (table.owner === 'global') {
        globals.push(table);
      } else if (table.owner === 'self') {
        tables[key] = readRows(db, table, 'id', accountIds);
      } else if ('column' in table.owner) {
        tables[key] = readRows(db, table, table.owner.column, accountIds);
      } else {
        // Its parent comes earlier in the list, so the parent rows of this file are known.
        tables[key] = readRows(db, table, table.owner.via, idsOf(table.owner.parent));
      }
    }
    for (const table of globals) {
      const key = table.key as WorkspaceTableKey;
      if (whole) {
        tables[key] = readRows(db, table, 'id', null);
        continue;
      }
      const ids = referencedIds(tables, key);
      if (key === 'teamMembers') {
        // The made-up team of a sample account belongs to it, placed or not.
        const sampleTeam = db
          .prepare('SELECT id FROM team_members WHERE sample_account_id IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(accountIds)) as string[];
        sampleTeam.forEach((id) => ids.add(id));
      }
      tables[key] = readRows(db, table, 'id', [...ids]);
    }
    return {
      format: WORKSPACE_FORMAT,
      exportedAt: nowIso(),
      appVersion: input.appVersion,
      scope: whole ? ('workspace' as const) : ('account' as const),
      includesPrivate: input.includesPrivate,
      tables: tables as WorkspaceTables,
    };
  })();
}
