import Database from 'better-sqlite3';
import { PRIVATE_PERSON_FIELDS } from '../../../shared/domain/privacy';
import type { Db, OpenOptions } from './connection';
import { applyKey } from '../files/keyFile';

/** The column of each private person field, and the SQL value it takes in the public scope. */
const PRIVATE_PERSON_COLUMNS: Record<keyof typeof PRIVATE_PERSON_FIELDS, string> = {
  privateNotes: 'private_notes',
  birthday: 'birthday',
  interests: 'interests',
  familyNotes: 'family_notes',
};

/**
 * The rows that are private in themselves: private interactions, and the search documents of
 * private things. Whatever references a private row by foreign key (who took part, the
 * commitments made in it) is private too.
 */
const PRIVATE_ROWS: Record<string, string> = {
  interactions: 'is_private = 1',
  search_docs: 'is_private = 1',
  /** The totals over a person's private contacts. */
  contact_totals: 'is_private = 1',
};

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

interface ForeignKey {
  table: string;
  from: string;
  to: string | null;
}

/**
 * The public scope is a second connection on the same file, opened read-only, on which temporary
 * views shadow the tables that hold private things under their own names (SQLite looks names up
 * in `temp` before `main`). Every service runs unchanged on it and reads the public version: a
 * new read method cannot forget the rule, and no write can get through.
 */
export function openPublicConnection(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (options.key) applyKey(db, options.key);
    db.pragma('busy_timeout = 5000');
    db.exec(publicViews(db));
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** The CREATE TEMP VIEW statements of the public scope, built from the schema the file has. */
export function publicViews(db: Db): string {
  const tables = db
    .prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'`)
    .pluck()
    .all() as string[];
  const columnsOf = (table: string): string[] =>
    (db.pragma(`main.table_info(${quote(table)})`) as { name: string }[]).map((column) => column.name);
  const keysOf = (table: string): ForeignKey[] =>
    (db.pragma(`main.foreign_key_list(${quote(table)})`) as ForeignKey[]).map(({ table: parent, from, to }) => ({
      table: parent,
      from,
      to,
    }));

  /** The condition under which a row of `table` (as `alias`) is private, or null if none ever is. */
  const privateWhen = (table: string, alias: string, seen: ReadonlySet<string>): string | null => {
    if (seen.has(table)) return null;
    const conditions: string[] = [];
    const own = PRIVATE_ROWS[table];
    if (own) conditions.push(`${alias}.${own}`);
    keysOf(table).forEach((key, i) => {
      const parent = `${alias}_${i}`;
      const inherited = privateWhen(key.table, parent, new Set([...seen, table]));
      if (inherited) {
        conditions.push(
          `EXISTS (SELECT 1 FROM main.${quote(key.table)} ${parent} WHERE ${parent}.${quote(key.to ?? 'rowid')} = ${alias}.${quote(key.from)} AND (${inherited}))`,
        );
      }
    });
    return conditions.length > 0 ? conditions.join(' OR ') : null;
  };

  const blanked: Record<string, string> = Object.fromEntries(
    Object.entries(PRIVATE_PERSON_COLUMNS).map(([field, column]) => {
      const value = PRIVATE_PERSON_FIELDS[field as keyof typeof PRIVATE_PERSON_FIELDS];
      return [column, value === null ? 'NULL' : `''`];
    }),
  );
  const overrides: Record<string, Record<string, string>> = {
    people: blanked,
    search_docs: { private_text: `''` },
  };

  const views: string[] = [];
  for (const table of tables) {
    const columnOverrides = overrides[table] ?? {};
    const missing = Object.keys(columnOverrides).filter((column) => !columnsOf(table).includes(column));
    // A rule that names a column the file lacks would hide nothing: refuse to open rather than leak.
    if (missing.length > 0)
      throw new Error(`The privacy rule names unknown columns of ${table}: ${missing.join(', ')}`);
    const hidden = privateWhen(table, 't', new Set());
    if (Object.keys(columnOverrides).length === 0 && hidden === null) continue;
    const columns = columnsOf(table).map((column) =>
      column in columnOverrides ? `${columnOverrides[column]} AS ${quote(column)}` : `t.${quote(column)}`,
    );
    views.push(
      `CREATE TEMP VIEW ${quote(table)} AS SELECT t.rowid AS rowid, ${columns.join(', ')} FROM main.${quote(table)} t` +
        (hidden ? ` WHERE NOT (${hidden})` : '') +
        ';',
    );
  }
  return views.join('\n');
}
