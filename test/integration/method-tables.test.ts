/**
 * The tables each contract method declares (what the renderer reloads after a write) against
 * what its SQL really does on a real file: every method runs once with the inputs of the
 * every-method test, its reads are read off the bytecode of its statements and its writes are
 * caught by temporary triggers (see tableProbe.ts).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { FILE_STORES, FULL_TEXT_INDEX, SQLITE_TABLES, type Table } from '../../shared/api/tables';
import { STEPS, type Ctx } from '../helpers/everyMethodSteps';
import { installReadRecorder, installWriteRecorder, recordReads, takeWrites } from '../helpers/tableProbe';
import { makeTempDir, openTempDatabase } from '../helpers/tempDb';
import { startBackend } from '../../electron/backend/backend';

const declared = (method: MethodName): readonly Table[] => {
  const spec = contract[method];
  return 'reads' in spec ? spec.reads : spec.writes;
};

/** Methods the public scope may not call at all: reading them there would only be refused. */
const OWNER_ONLY = (method: MethodName) => /^(security|files|backups)\./.test(method);

const asDeclared = (table: string): string => FULL_TEXT_INDEX[table as keyof typeof FULL_TEXT_INDEX] ?? table;

/** What each method read, as the contract names tables. */
const seen = new Map<MethodName, Set<string>>();
/** What each write method wrote. */
const writes = new Map<MethodName, Set<string>>();
const note = (method: MethodName, tables: Iterable<string>) => {
  const set = seen.get(method) ?? new Set<string>();
  for (const table of tables) set.add(asDeclared(table));
  seen.set(method, set);
};

/**
 * Tables a write declares that its call in the shared steps does not write, each with why it
 * still may. Every other declared table must be written by the step, so no list grows by habit.
 */
const NOT_WRITTEN_BY_THE_STEP: Partial<Record<MethodName, { tables: Table[]; why: string }>> = {
  'accounts.delete': {
    tables: ['insight_states'],
    why: 'the dismissed insights of the account go with it; the step restored its only one before',
  },
  'maps.delete': { tables: ['map_items'], why: 'the items of the map go with it; the step’s map is empty' },
  'maps.deleteSelection': {
    tables: ['map_items', 'map_notes', 'relations'],
    why: 'a selection may hold lines, notes and other items; the step selects people only',
  },
  'maps.restoreSelection': {
    tables: ['map_items', 'map_notes', 'relations'],
    why: 'it brings back whatever maps.deleteSelection removed',
  },
  'people.setTagsEach': { tables: ['tags'], why: 'a name no tag has yet becomes a tag; the step uses known ones' },
  'imports.commit': {
    tables: ['person_tags', 'tags'],
    why: 'a column of tags gives the people their tags; the step’s file has none',
  },
  'imports.revert': { tables: ['person_tags', 'tags'], why: 'it gives back the tags imports.commit changed' },
  'workspace.import': {
    tables: [
      'action_people',
      'actions',
      'analysis_cells',
      'competitors',
      'goals',
      'insight_states',
      'opportunities',
      'opportunity_assessments',
      'reviews',
      'tags',
      'team_members',
      'search_paused',
    ],
    why: 'it writes the rows of whichever tables the file carries; the step’s file has a small account',
  },
  'backups.restore': {
    tables: [...SQLITE_TABLES],
    why: 'it puts another file in place of this one, so every table may change, outside any statement',
  },
};

let runError: unknown;
beforeAll(() => {
  installReadRecorder();
  const dir = makeTempDir();
  const backend = startBackend(path.join(dir.path, 'powermap.sqlite'), {
    version: '9.9.9-test',
    log: () => undefined,
    autoBackups: false,
  });
  try {
    const ctx = { copyPath: path.join(dir.path, 'copy of powermap.sqlite') } as Ctx;
    for (const { method, input, check, host } of STEPS) {
      // The room's methods run no SQL of their own (placeNote goes through notes.create, run here).
      if (host) {
        note(method, []);
        continue;
      }
      // Reopening the file (a restore, encryption) drops the temporary triggers: they are set again.
      const db = backend.db;
      installWriteRecorder(db);
      takeWrites(db);
      let result: unknown;
      note(
        method,
        recordReads(() => {
          const outcome = backend.dispatch(method, input(ctx), 'owner');
          if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
          result = outcome.result;
        }),
      );
      check?.(result as never, ctx);
      if (contract[method].kind === 'read' && !OWNER_ONLY(method)) {
        // The public scope reads through its views, which may read more than the owner's tables.
        note(
          method,
          recordReads(() => backend.dispatch(method, input(ctx), 'public')),
        );
      }
      if (contract[method].kind === 'write') {
        // The schema's triggers note every write for the kept insights; no write declares that.
        const written = [...(db.open ? takeWrites(db) : [])].filter((table) => table !== 'insights_touched');
        writes.set(method, new Set([...(writes.get(method) ?? []), ...written]));
      }
    }
  } catch (error) {
    runError = error;
  } finally {
    backend.close();
    dir.cleanup();
  }
}, 120_000);

describe('the tables methods declare', () => {
  it('are the tables the migrations make', () => {
    const { db } = openTempDatabase();
    const rows = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all() as {
      name: string;
      sql: string;
    }[];
    const virtual = rows.filter((row) => row.sql.startsWith('CREATE VIRTUAL TABLE')).map((row) => row.name);
    const ordinary = rows
      .map((row) => row.name)
      .filter((name) => !name.startsWith('sqlite_') && !virtual.some((v) => name.startsWith(`${v}_`)))
      .filter((name) => !virtual.includes(name));
    expect(ordinary.sort()).toEqual([...SQLITE_TABLES].sort());
    expect(virtual.sort()).toEqual(Object.keys(FULL_TEXT_INDEX).sort());
  });
});

describe('every method on a real file', () => {
  it('ran every step of the every-method test', () => {
    expect(runError).toBeUndefined();
    expect(METHOD_NAMES.filter((method) => !seen.has(method))).toEqual([]);
  });

  it('reads no table a read method leaves undeclared', () => {
    const undeclared = METHOD_NAMES.filter((method) => contract[method].kind === 'read').flatMap((method) =>
      [...(seen.get(method) ?? [])]
        .filter((table) => !declared(method).includes(table as Table))
        .map((table) => `${method} reads ${table}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('writes no table a write method leaves undeclared', () => {
    const undeclared = [...writes].flatMap(([method, tables]) =>
      [...tables].filter((table) => !declared(method).includes(table as Table)).map((t) => `${method} writes ${t}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('declares for a write only tables its step writes, or says why', () => {
    const idle = [...writes].flatMap(([method, tables]) => {
      const excused = NOT_WRITTEN_BY_THE_STEP[method]?.tables ?? [];
      return declared(method)
        .filter((table) => !(FILE_STORES as readonly string[]).includes(table))
        .filter((table) => !tables.has(table) && !excused.includes(table))
        .map((table) => `${method} declares ${table} but did not write it`);
    });
    expect(idle).toEqual([]);
  });

  it('has no excuse left for a table the step does write', () => {
    const stale = Object.entries(NOT_WRITTEN_BY_THE_STEP).flatMap(([method, excuse]) =>
      method === 'backups.restore'
        ? []
        : excuse.tables
            .filter((table) => writes.get(method as MethodName)?.has(table))
            .map((table) => `${method} writes ${table}`),
    );
    expect(stale).toEqual([]);
  });
});
