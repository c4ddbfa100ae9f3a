import * as Y from 'yjs';
import type { Db } from '../db/connection';
import { insertIndexedInBulk } from '../services/bulkIndex';
import { SYNCED_TABLES, type SyncedTable } from './syncedTables';

/**
 * The projector keeps a shared account's rows in the local store and its Yjs document in step.
 * The document holds one map per table, from a row's key to a map of its synced columns, so two
 * members changing different columns of one row both keep their change; the same column takes
 * the later write in Yjs's order (the same on every machine).
 */
type Value = string | number | null;
type Row = Record<string, Value>;

/** What this process writes into a document itself; anything else came from a teammate. */
export const LOCAL_ORIGIN = Symbol('this member');

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const rowKeyOf = (spec: SyncedTable, row: Row): string =>
  spec.key.length === 1 ? String(row[spec.key[0] as string]) : JSON.stringify(spec.key.map((column) => row[column]));

/** A row in a document: a map of its columns, or (a table kept whole) its values in column order. */
type SharedRow = Y.Map<Value> | Value[];
const rowsIn = (doc: Y.Doc, spec: SyncedTable) => doc.getMap<SharedRow>(spec.table);

/** A shared row's columns as the local store takes them. */
function valuesOf(spec: SyncedTable, shared: SharedRow): Row {
  if (Array.isArray(shared)) return Object.fromEntries(spec.columns.map((column, i) => [column, shared[i] ?? null]));
  return Object.fromEntries(spec.columns.map((column) => [column, shared.get(column) ?? null]));
}

const sameValues = (a: readonly Value[], b: readonly Value[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** The account's rows of one table as the public scope sees them, by key. */
function readRows(publicDb: Db, spec: SyncedTable, accountId: string): Map<string, Row> {
  const sql = `SELECT ${spec.columns.map(quote).join(', ')} FROM ${quote(spec.table)} WHERE ${spec.of}`;
  const rows = publicDb.prepare(sql).all({ account: accountId }) as Row[];
  return new Map(rows.map((row) => [rowKeyOf(spec, row), row]));
}

/**
 * Writes what the local store holds into the document, as this member's change: new rows, changed
 * columns, and rows that are gone. `tables` limits it to the tables a write touched.
 * Returns how many rows changed.
 */
export function projectToDocument(doc: Y.Doc, publicDb: Db, accountId: string, tables?: ReadonlySet<string>): number {
  let changed = 0;
  doc.transact(() => {
    for (const spec of SYNCED_TABLES) {
      if (tables && !tables.has(spec.table)) continue;
      const local = readRows(publicDb, spec, accountId);
      const shared = rowsIn(doc, spec);
      for (const [key, row] of local) {
        const current = shared.get(key);
        if (spec.whole) {
          const values = spec.columns.map((column) => row[column] ?? null);
          if (Array.isArray(current) && sameValues(current, values)) continue;
          shared.set(key, values);
          changed += 1;
          continue;
        }
        if (!(current instanceof Y.Map)) {
          shared.set(key, new Y.Map<Value>(Object.entries(row)));
          changed += 1;
          continue;
        }
        let rowChanged = false;
        for (const column of spec.columns) {
          const value = row[column] ?? null;
          if (current.get(column) !== value) {
            current.set(column, value);
            rowChanged = true;
          }
        }
        if (rowChanged) changed += 1;
      }
      for (const key of [...shared.keys()]) {
        if (local.has(key)) continue;
        shared.delete(key);
        changed += 1;
      }
    }
  }, LOCAL_ORIGIN);
  return changed;
}

/** The keys of rows a teammate's change touched, by table. */
export type TouchedRows = Map<string, Set<string>>;

/** Notes, for every change to the document that did not come from this member, which rows it touched. */
export function watchTeammates(doc: Y.Doc, onChange: (touched: TouchedRows) => void): () => void {
  const touched: TouchedRows = new Map();
  const watchers = SYNCED_TABLES.map((spec) => {
    const shared = rowsIn(doc, spec);
    const watch = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return;
      const keys = touched.get(spec.table) ?? new Set<string>();
      for (const event of events) {
        if (event.target === shared) for (const key of event.changes.keys.keys()) keys.add(key);
        else if (typeof event.path[0] === 'string') keys.add(event.path[0]);
      }
      touched.set(spec.table, keys);
    };
    shared.observeDeep(watch);
    return () => shared.unobserveDeep(watch);
  });
  const afterTransaction = () => {
    if (touched.size === 0) return;
    const batch = new Map(touched);
    touched.clear();
    onChange(batch);
  };
  doc.on('afterTransaction', afterTransaction);
  return () => {
    watchers.forEach((stop) => stop());
    doc.off('afterTransaction', afterTransaction);
  };
}

const keyCondition = (spec: SyncedTable) => spec.key.map((column) => `${quote(column)} IS @${column}`).join(' AND ');

interface TableStatements {
  find: { get(row: Row): unknown };
  insert: { run(row: Row): unknown };
  update: { run(row: Row): unknown } | null;
  remove: { run(row: Row): unknown };
}

const statementsCache = new WeakMap<Db, Map<string, TableStatements>>();

function statementsOf(db: Db, spec: SyncedTable): TableStatements {
  let byTable = statementsCache.get(db);
  if (!byTable) statementsCache.set(db, (byTable = new Map()));
  const cached = byTable.get(spec.table);
  if (cached) return cached;
  const table = quote(spec.table);
  const others = spec.columns.filter((column) => !spec.key.includes(column));
  const made: TableStatements = {
    find: db.prepare(`SELECT 1 FROM ${table} WHERE ${keyCondition(spec)}`),
    insert: db.prepare(
      `INSERT INTO ${table} (${spec.columns.map(quote).join(', ')}) VALUES (${spec.columns.map((c) => `@${c}`).join(', ')})`,
    ),
    update:
      others.length > 0
        ? db.prepare(
            `UPDATE ${table} SET ${others.map((c) => `${quote(c)} = @${c}`).join(', ')} WHERE ${keyCondition(spec)}`,
          )
        : null,
    remove: db.prepare(
      `DELETE FROM ${table} WHERE ${keyCondition(spec)}${spec.deletable ? ` AND (${spec.deletable})` : ''}`,
    ),
  };
  byTable.set(spec.table, made);
  return made;
}

/** The key's columns of a row the document no longer has, from its key. */
function keyRow(spec: SyncedTable, key: string): Row {
  if (spec.key.length === 1) return { [spec.key[0] as string]: key };
  const values = JSON.parse(key) as Value[];
  return Object.fromEntries(spec.key.map((column, i) => [column, values[i] ?? null]));
}

export interface Applied {
  /** The tables the local store changed in. */
  tables: Set<string>;
  /** Rows that could not be written (a rule of the local data refused them), left as they were. */
  refused: number;
}

/**
 * Writes a teammate's changes into the local store, in one transaction: each touched row as the
 * document now has it (columns not synced, a person's private notes among them, stay as they
 * are here), or deleted when the document no longer has it. A row a rule of the data refuses
 * (it names a row not here yet) is tried again once the others are in.
 */
export function applyToStore(db: Db, doc: Y.Doc, touched: TouchedRows, firstArrival = false): Applied {
  const applied: Applied = { tables: new Set(), refused: 0 };
  const write = () => {
    const retry: (() => void)[] = [];
    const attempt = (write: () => void, table: string) => {
      try {
        write();
        applied.tables.add(table);
      } catch {
        retry.push(() => {
          write();
          applied.tables.add(table);
        });
      }
    };
    for (const spec of SYNCED_TABLES) {
      const keys = touched.get(spec.table);
      if (!keys) continue;
      const shared = rowsIn(doc, spec);
      const statements = statementsOf(db, spec);
      for (const key of keys) {
        const row = shared.get(key);
        if (!row) continue;
        const values = valuesOf(spec, row);
        attempt(() => {
          if (statements.find.get(values)) statements.update?.run(values);
          else statements.insert.run(values);
        }, spec.table);
      }
    }
    for (const spec of [...SYNCED_TABLES].reverse()) {
      const keys = touched.get(spec.table);
      if (!keys || spec.shared) continue;
      const shared = rowsIn(doc, spec);
      const statements = statementsOf(db, spec);
      for (const key of keys) {
        if (!shared.has(key)) attempt(() => statements.remove.run(keyRow(spec, key)), spec.table);
      }
    }
    for (const write of retry) {
      try {
        write();
      } catch {
        applied.refused += 1;
      }
    }
  };
  // An account arriving whole only adds rows: the search index takes them in one go.
  db.transaction(() => (firstArrival ? insertIndexedInBulk(db, write) : write()))();
  return applied;
}

/** Every row the document holds, as a teammate's change touching all of them (its first sync). */
export function everyRowOf(doc: Y.Doc): TouchedRows {
  return new Map(SYNCED_TABLES.map((spec) => [spec.table, new Set(rowsIn(doc, spec).keys())]));
}
