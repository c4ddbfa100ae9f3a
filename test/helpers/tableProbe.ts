/**
 * Watches which SQLite tables a contract call really reads and writes, on a real file, so the
 * tables each method declares in the contract can be checked against what its SQL does.
 *
 * Reads: every statement the backend runs goes through better-sqlite3's Statement methods; each
 * one is compiled once more with EXPLAIN, and the cursors its bytecode opens for reading
 * (OpenRead, whose root page sqlite_schema names) and the virtual tables it opens (VOpen, named in
 * its SQL) are the tables it reads. Views (the public scope's temporary ones) are compiled into
 * reads of the tables under them, so they count as those tables.
 *
 * Writes: temporary triggers on every table of the file record each INSERT, UPDATE and DELETE,
 * whoever makes it (the service's own statements, or the schema's triggers they set off).
 */
import Database from 'better-sqlite3';
import type { Db } from '../../electron/backend/db/connection';

type Recorded = Set<string>;

let reading: Recorded | null = null;
let explaining = false;

interface ExplainRow {
  opcode: string;
  p2: number;
  p3: number;
}

const names = (db: Db, schema: 'main' | 'temp'): Map<number, string> =>
  new Map(
    (
      db.prepare(`SELECT rootpage, tbl_name FROM ${schema}.sqlite_schema WHERE rootpage > 0`).all() as {
        rootpage: number;
        tbl_name: string;
      }[]
    ).map((row) => [row.rootpage, row.tbl_name]),
  );

const virtualTables = (db: Db): string[] =>
  db
    .prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`)
    .pluck()
    .all() as string[];

/** The tables one statement opens for reading, from its bytecode (not run, only compiled). */
export function tablesReadBy(db: Db, sql: string, params: unknown[] = []): string[] {
  // The same parameters as the statement itself: better-sqlite3 wants every one bound.
  const program = db.prepare(`EXPLAIN ${sql}`).all(...params) as ExplainRow[];
  const main = names(db, 'main');
  const temp = names(db, 'temp');
  const found = new Set<string>();
  for (const op of program) {
    if (op.opcode === 'OpenRead') {
      const table = (op.p3 === 1 ? temp : main).get(op.p2);
      if (table && !table.startsWith('sqlite_')) found.add(table);
    }
    if (op.opcode === 'VOpen') {
      // VOpen names its table only by a pointer: the virtual tables the SQL mentions are the ones.
      for (const table of virtualTables(db)) if (new RegExp(`\\b${table}\\b`).test(sql)) found.add(table);
    }
  }
  return [...found];
}

const STATEMENT_METHODS = ['run', 'get', 'all', 'iterate'] as const;

/**
 * From now on, every statement run on any connection also has its tables read recorded into the
 * set `recordReads` is handed (between its call and its stop).
 */
export function installReadRecorder(): void {
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
  probe.close();
  if (statement.__tableProbe) return;
  statement.__tableProbe = true;
  for (const name of STATEMENT_METHODS) {
    const original = statement[name] as (this: Database.Statement, ...args: unknown[]) => unknown;
    statement[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (reading && !explaining) {
        explaining = true;
        try {
          for (const table of tablesReadBy(this.database, this.source, args)) reading.add(table);
        } finally {
          explaining = false;
        }
      }
      return original.apply(this, args);
    };
  }
}

/** Runs `work` and returns the tables its statements read. */
export function recordReads(work: () => void): Recorded {
  const found: Recorded = new Set();
  reading = found;
  try {
    work();
  } finally {
    reading = null;
  }
  return found;
}

const WRITTEN = 'temp.table_probe_written';

/**
 * Temporary triggers on every ordinary table of `db` that note each row written into a temp
 * table (FTS5's shadow tables take no triggers: the index is written through search_docs').
 */
export function installWriteRecorder(db: Db): void {
  if (db.prepare(`SELECT 1 FROM temp.sqlite_schema WHERE name = 'table_probe_written'`).get()) return;
  const tables = db
    .prepare(
      `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'
       AND name NOT LIKE 'sqlite_%' AND name NOT IN (SELECT name || suffix FROM main.sqlite_schema,
         (SELECT '_data' AS suffix UNION SELECT '_idx' UNION SELECT '_docsize' UNION SELECT '_config' UNION SELECT '_content')
         WHERE sql LIKE 'CREATE VIRTUAL TABLE%')`,
    )
    .pluck()
    .all() as string[];
  const triggers = tables.flatMap((table) =>
    ['INSERT', 'UPDATE', 'DELETE'].map(
      (op) =>
        `CREATE TEMP TRIGGER "table_probe_${table}_${op}" AFTER ${op} ON main."${table}"
         BEGIN INSERT INTO ${WRITTEN} (name) VALUES ('${table}'); END;`,
    ),
  );
  db.exec(`CREATE TEMP TABLE table_probe_written (name TEXT NOT NULL); ${triggers.join('\n')}`);
}

/** The tables written since the last call, and forgets them. */
export function takeWrites(db: Db): Recorded {
  const found = new Set(db.prepare(`SELECT DISTINCT name FROM ${WRITTEN}`).pluck().all() as string[]);
  db.prepare(`DELETE FROM ${WRITTEN}`).run();
  return found;
}
