/**
 * Workspace files, as a user relies on them: a lived-in workspace exported, imported into an
 * empty database and compared row by row (every table, every column, ids followed through their
 * new values); every table of the schema carried or left out knowingly; a damaged file refused
 * with where it is wrong and nothing written; the old account format still read.
 */
import { describe, expect, it } from 'vitest';
import type { InputOf, MethodName } from '../../shared/api/contract';
import type { WorkspaceFile } from '../../shared/api/methods/workspace';
import {
  WORKSPACE_LEFT_OUT,
  WORKSPACE_TABLES,
  type Column,
  type WorkspaceTable,
  type WorkspaceTableKey,
} from '../../shared/api/methods/workspaceTables';
import type { Backend } from '../../electron/backend/backend';
import type { Db } from '../../electron/backend/db/connection';
import { importWorkspace } from '../../electron/backend/services/workspace/importWorkspace';
import { readWorkspaceFile } from '../../electron/backend/services/workspace/readWorkspaceFile';
import { callError, callOk, openTempDatabase, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

const TABLES = WORKSPACE_TABLES as readonly WorkspaceTable[];

function caller(backend: Backend) {
  return <M extends MethodName>(method: M, input: InputOf<M>) => callOk(backend.dispatch, method, input);
}

/** The sample in Chinese and a small account beside it, with what the sample lacks: tags, a dismissed insight, a person in the bin, private notes. */
function livedIn(): { backend: Backend; sampleId: string } {
  const { backend } = startTempBackend();
  const call = caller(backend);
  const sample = call('accounts.createSample', { language: 'zh-CN' });
  seedAccount(backend.dispatch, 'Acme 中国');
  const people = call('people.list', { accountId: sample.id });
  const [first, second, third] = people;
  if (!first || !second || !third) throw new Error('the sample has too few people');
  call('people.setTags', { personId: first.id, names: ['采购委员会', 'Summit'] });
  call('people.setTags', { personId: second.id, names: ['采购委员会'] });
  call('people.update', {
    id: first.id,
    patch: { privateNotes: '喜欢打羽毛球 PRIVATE', birthday: '1980-05-04', interests: 'Go', familyNotes: '两个孩子' },
  });
  const insight = call('insights.list', { accountId: sample.id }).insights.find((i) => i.subject !== '');
  if (!insight) throw new Error('the sample shows no insight about a person');
  call('insights.dismiss', { accountId: sample.id, rule: insight.rule, subject: insight.subject, reason: '已知' });
  call('people.delete', { ids: [third.id] });
  return { backend, sampleId: sample.id };
}

type Ids = ReadonlyMap<WorkspaceTableKey, ReadonlyMap<string, string>>;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Every row of a carried table, every column (seq aside), as canonical JSON, sorted. */
function rowsOf(db: Db, table: WorkspaceTable, map?: { ids: Ids; tokens: ReadonlyMap<string, string> }): string[] {
  const rows = db.prepare(`SELECT * FROM ${table.table}`).all() as Record<string, unknown>[];
  const mapped = rows.map((row) => {
    const { seq: _seq, ...rest } = row;
    if (!map) return JSON.stringify(rest);
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(rest)) {
      const column = (table.columns as Record<string, Column>)[name];
      if (value === null || !column) out[name] = value;
      else if (column.kind === 'id') out[name] = map.ids.get(table.key)?.get(String(value)) ?? `?${value}`;
      else if (column.kind === 'ref') out[name] = map.ids.get(column.table)?.get(String(value)) ?? `?${value}`;
      else if (column.kind === 'token') out[name] = map.tokens.get(String(value)) ?? `?${value}`;
      else if (column.kind === 'subject')
        out[name] = String(value).replace(UUID, (id) => {
          for (const ids of map.ids.values()) if (ids.has(id)) return ids.get(id)!;
          return `?${id}`;
        });
      else out[name] = value;
    }
    return JSON.stringify(out);
  });
  return mapped.sort();
}

const exported = (backend: Backend, input: InputOf<'workspace.export'>): WorkspaceFile =>
  callOk(backend.dispatch, 'workspace.export', input) as WorkspaceFile;

describe('workspace files', () => {
  it('carries every table of the schema, or leaves it out with a reason, and every column of those it carries', () => {
    const { db } = openTempDatabase();
    const inSchema = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    const carried = new Set(TABLES.map((table) => table.table));
    const unaccounted = inSchema.filter((name) => !carried.has(name) && !(name in WORKSPACE_LEFT_OUT));
    expect(unaccounted, 'a table neither carried by workspace files nor left out on purpose').toEqual([]);
    for (const table of TABLES) {
      const columns = (db.pragma(`table_info(${table.table})`) as { name: string }[]).map((c) => c.name);
      const missing = columns.filter(
        (name) => !(name in table.columns) && !(table.table === 'person_history' && name === 'seq'),
      );
      expect(missing, `columns of ${table.table} a workspace file would lose`).toEqual([]);
    }
  });

  it('exports the whole workspace and imports it into an empty database row for row', () => {
    const { backend } = livedIn();
    const file = exported(backend, { includePrivate: true });
    expect(file.format).toBe('powermap.workspace/2');
    expect(file.scope).toBe('workspace');
    expect(file.includesPrivate).toBe(true);
    for (const table of TABLES) {
      expect(file.tables[table.key].length, `${table.key} has rows to compare`).toBeGreaterThan(0);
    }

    const { db: empty } = openTempDatabase();
    let seen: { ids: Ids; tokens: ReadonlyMap<string, string> } | undefined;
    const result = importWorkspace(
      empty,
      readWorkspaceFile(JSON.stringify(file)),
      { mode: 'new', backup: () => undefined },
      (ids, tokens) => (seen = { ids, tokens }),
    );
    expect(result.accountIds).toHaveLength(2);
    for (const table of TABLES) {
      expect(rowsOf(empty, table), `rows of ${table.table}`).toEqual(rowsOf(backend.db, table, seen));
    }
    // Fresh ids: nothing of the file's ids was reused.
    const oldIds = new Set(file.tables.people.map((row) => row.id));
    expect((empty.prepare('SELECT id FROM people').pluck().all() as string[]).some((id) => oldIds.has(id))).toBe(false);
  });

  it('imports a file as a new account next to the one it came from, and reuses our team and the tags', () => {
    const { backend, sampleId } = livedIn();
    const call = caller(backend);
    const before = call('accounts.list', {}).length;
    const file = exported(backend, { accountId: sampleId, includePrivate: false });
    expect(file.scope).toBe('account');
    expect(file.includesPrivate).toBe(false);
    expect(JSON.stringify(file)).not.toContain('PRIVATE');
    const result = call('workspace.import', { fileName: 'sample.json', json: JSON.stringify(file), mode: 'new' });
    expect(call('accounts.list', {})).toHaveLength(before + 1);
    expect(result.reused.tags).toBe(2);
    // Our own team was there already: nothing of it was copied.
    expect(result.teamMembersAdded).toEqual([]);
    const copy = call('people.list', { accountId: result.accountIds[0]! });
    expect(copy.map((p) => p.name).sort()).toEqual(
      call('people.list', { accountId: sampleId })
        .map((p) => p.name)
        .sort(),
    );
    // The map with its positions came along.
    const [map] = call('maps.list', { accountId: result.accountIds[0]! });
    const view = call('maps.view', { mapId: map!.id });
    expect(view.items.length).toBeGreaterThan(20);
  });

  it('replaces an account in place, after a backup, keeping its id', () => {
    const { backend, sampleId } = livedIn();
    const call = caller(backend);
    const file = exported(backend, { accountId: sampleId, includePrivate: true });
    call('people.create', { accountId: sampleId, name: 'Added after the export' });
    const result = call('workspace.import', {
      fileName: 'sample.json',
      dataBase64: Buffer.from(JSON.stringify(file)).toString('base64'),
      mode: 'replace',
      accountId: sampleId,
    });
    expect(result.accountIds).toEqual([sampleId]);
    expect(result.backupTaken).toBe(true);
    expect(call('people.list', { accountId: sampleId }).some((p) => p.name === 'Added after the export')).toBe(false);
    expect(call('backups.list', {}).some((b) => b.reason === 'before-import')).toBe(true);
  });

  it('refuses a damaged file with where it is wrong, and writes nothing', () => {
    const { backend, sampleId } = livedIn();
    const file = exported(backend, { accountId: sampleId, includePrivate: false });
    const before = snapshotTables(backend.db);
    const tryImport = (json: string) =>
      callError(backend.dispatch, 'workspace.import', { fileName: 'broken.json', json, mode: 'new' });

    const badStance = structuredClone(file);
    badStance.tables.people[3]!.stance = 'friendly';
    const stance = tryImport(JSON.stringify(badStance));
    expect(stance.code).toBe('invalid_input');
    expect(stance.issues?.[0]?.path).toBe('tables.people.3.stance');
    // The row is named, so the person can be found in the file.
    const fourth = file.tables.people[3]!;
    expect(stance.issues?.[0]?.params?.label).toBe(String(fourth.name || fourth.title));

    const dangling = structuredClone(file);
    dangling.tables.mapItems[5]!.personId = crypto.randomUUID();
    expect(tryImport(JSON.stringify(dangling)).issues?.[0]?.path).toBe('tables.mapItems.5.personId');

    // A file cut short, once inside a value and once right after a key, names the line it breaks on.
    const cut = JSON.stringify(file, null, 2).slice(0, 5000);
    for (const broken of [cut, cut.slice(0, cut.lastIndexOf(':') + 1)]) {
      const syntax = tryImport(broken);
      expect(syntax.issues?.[0]?.params).toMatchObject({ reason: 'not_json' });
      expect(Number(syntax.issues?.[0]?.params?.line)).toBeGreaterThan(1);
    }

    expect(tryImport('{"hello": 1}').issues?.[0]?.params).toMatchObject({ reason: 'not_workspace' });
    expect(tryImport(JSON.stringify({ ...file, format: 'powermap.workspace/9' })).issues?.[0]?.params).toMatchObject({
      reason: 'newer_format',
    });

    // A row the database itself refuses (two places of one person on one map) rolls everything back.
    const twice = structuredClone(file);
    const item = twice.tables.mapItems.find((row) => row.personId !== null)!;
    twice.tables.mapItems.push({ ...item, id: crypto.randomUUID() });
    const refused = tryImport(JSON.stringify(twice));
    expect(refused.issues?.[0]?.path).toBe(`tables.mapItems.${twice.tables.mapItems.length - 1}`);

    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('reads the old account format, which carried no team, maps or history', () => {
    const { backend, sampleId } = livedIn();
    const call = caller(backend);
    const old = call('exports.account', { accountId: sampleId, includePrivate: true });
    expect(old.format).toBe('powermap.account/1');
    const result = call('workspace.import', { fileName: 'old.json', json: JSON.stringify(old), mode: 'new' });
    expect(result.format).toBe('powermap.account/1');
    const copyId = result.accountIds[0]!;
    expect(call('people.list', { accountId: copyId })).toHaveLength(
      call('people.list', { accountId: sampleId }).length,
    );
    expect(call('interactions.list', { accountId: copyId })).toHaveLength(
      call('interactions.list', { accountId: sampleId }).length,
    );
    expect(call('relations.list', { accountId: copyId }).length).toBeGreaterThan(0);

    // A damaged old file is told at its place in that file.
    const broken = structuredClone(old) as unknown as { people: { stance: string }[] };
    broken.people[2]!.stance = 'friendly';
    const error = callError(backend.dispatch, 'workspace.import', {
      fileName: 'old.json',
      json: JSON.stringify(broken),
      mode: 'new',
    });
    expect(error.issues?.[0]?.path).toBe('people.2.stance');
  });

  it('keeps private content out of an export in the public scope even when asked', () => {
    const { backend } = livedIn();
    const outcome = backend.dispatch('workspace.export', { includePrivate: true }, 'public');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((outcome.result as WorkspaceFile).includesPrivate).toBe(false);
    expect(JSON.stringify(outcome.result)).not.toContain('PRIVATE');
  });
});
