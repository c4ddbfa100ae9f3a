/**
 * Importing people as a user does it, through the real dispatcher and HTTP on temp SQLite files:
 * the right people, departments and reporting lines, duplicates offered and handled, a broken
 * file refused with nothing written, and the whole import taken back by one undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../shared/api/contract';
import {
  base64,
  dynamicsXlsx,
  gbkCrmExport,
  linkedinConnections,
  outlookVCard21,
  salesforceReport,
} from '../helpers/importFixtures';
import {
  callError,
  callOk,
  snapshotTables,
  startTempBackend,
  startTempWebServer,
  type TempWebServer,
} from '../helpers/tempDb';

function freshAccount() {
  const temp = startTempBackend();
  const dispatch = temp.backend.dispatch;
  const account = callOk(dispatch, 'accounts.create', { name: '华信集团' });
  const [map] = callOk(dispatch, 'maps.list', { accountId: account.id });
  return { temp, dispatch, accountId: account.id, mapId: map!.id };
}

const byName = (people: OutputOf<'people.list'>) => new Map(people.map((person) => [person.name, person]));

describe('importing a GBK CRM export with managers, departments and Chinese names', () => {
  it('creates every person with name, title and department, the org units and the reporting lines', () => {
    const { temp, dispatch, accountId, mapId } = freshAccount();
    const dataBase64 = base64(gbkCrmExport());
    const preview = callOk(dispatch, 'imports.preview', { accountId, fileName: 'crm.csv', dataBase64 });
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', rowCount: 4, duplicates: [] });
    expect(preview.rows.map((row) => row.manager)).toEqual(['', '王建国', '1', 'li.na@hx.cn']);

    const result = callOk(dispatch, 'imports.commit', { accountId, fileName: 'crm.csv', dataBase64, mapId });
    expect(result).toMatchObject({ created: 4, updated: 0, skipped: 0 });

    const people = byName(callOk(dispatch, 'people.list', { accountId }));
    const units = new Map(callOk(dispatch, 'orgUnits.list', { accountId }).map((unit) => [unit.id, unit.name]));
    expect(
      [...people.values()]
        .map((p) => [p.name, p.title, units.get(p.orgUnitId ?? ''), p.role, p.stance, p.influence])
        .sort(),
    ).toEqual(
      [
        ['王建国', '总经理', '总经办', 'approver', 'supportive', 5],
        ['李娜', '财务总监', '财务部', 'decision_maker', 'neutral', 4],
        ['张伟', '信息部经理', '信息部', 'evaluator', 'opposed', 3],
        ['赵敏', '采购专员', '采购部', 'user', 'champion', 2],
      ].sort(),
    );
    const idOf = (name: string) => people.get(name)!.id;
    const lines = callOk(dispatch, 'relations.list', { accountId })
      .filter((line) => line.kind === 'reports_to')
      .map((line) => [line.fromPersonId, line.toPersonId]);
    expect(lines.sort()).toEqual(
      [
        [idOf('李娜'), idOf('王建国')],
        [idOf('张伟'), idOf('王建国')],
        [idOf('赵敏'), idOf('李娜')],
      ].sort(),
    );

    // On the map as an org chart: the manager above the reports, no two cards in one place.
    const view = callOk(dispatch, 'maps.view', { mapId });
    const at = new Map(view.items.filter((item) => item.personId).map((item) => [item.personId, item]));
    expect(at.size).toBe(4);
    expect(at.get(idOf('王建国'))!.y).toBeLessThan(at.get(idOf('李娜'))!.y);
    expect(at.get(idOf('李娜'))!.y).toBeLessThan(at.get(idOf('赵敏'))!.y);
    expect(new Set([...at.values()].map((item) => `${item.x},${item.y}`)).size).toBe(4);

    // An automatic backup was taken first.
    expect(callOk(dispatch, 'backups.list', {}).map((backup) => backup.reason)).toContain('before-import');
    temp.backend.close();
  });

  it('offers duplicates on a second import and skips, updates or adds them as chosen per row and for all', () => {
    const { dispatch, accountId } = freshAccount();
    const dataBase64 = base64(gbkCrmExport());
    callOk(dispatch, 'imports.commit', { accountId, fileName: 'crm.csv', dataBase64 });
    const again = callOk(dispatch, 'imports.preview', { accountId, fileName: 'crm.csv', dataBase64 });
    expect(again.duplicates.map((d) => [d.row, d.name, d.match])).toEqual([
      [0, '王建国', 'email'],
      [1, '李娜', 'email'],
      [2, '张伟', 'email'],
      [3, '赵敏', 'email'],
    ]);
    const skipped = callOk(dispatch, 'imports.commit', { accountId, fileName: 'crm.csv', dataBase64 });
    expect(skipped).toMatchObject({ created: 0, updated: 0, skipped: 4 });

    // 张伟 changed jobs in the CRM; 赵敏 is to be added again as a second record.
    const lina = callOk(dispatch, 'people.list', { accountId }).find((p) => p.name === '张伟')!;
    callOk(dispatch, 'people.update', { id: lina.id, patch: { title: '旧职位' } });
    const chosen = callOk(dispatch, 'imports.commit', {
      accountId,
      fileName: 'crm.csv',
      dataBase64,
      onDuplicate: {
        all: 'skip',
        rows: [
          { row: 2, action: 'update' },
          { row: 3, action: 'add' },
        ],
      },
    });
    expect(chosen).toMatchObject({ created: 1, updated: 1, skipped: 2 });
    const people = callOk(dispatch, 'people.list', { accountId });
    expect(people.find((p) => p.id === lina.id)!.title).toBe('信息部经理');
    expect(people.filter((p) => p.name === '赵敏')).toHaveLength(2);
    expect(people).toHaveLength(5);
  });

  it('is one undo step: revert removes what it created and gives updated people their values back', () => {
    const { temp, dispatch, accountId, mapId } = freshAccount();
    const existing = callOk(dispatch, 'people.create', { accountId, name: 'Dana Reyes', title: 'CFO' });
    callOk(dispatch, 'people.update', {
      id: existing.id,
      patch: { email: 'dana@northwind.com', privateNotes: 'mine' },
    });
    const before = snapshotTables(temp.backend.db);
    const dataBase64 = base64(salesforceReport());
    const result = callOk(dispatch, 'imports.commit', {
      accountId,
      fileName: 'report.csv',
      dataBase64,
      mapId,
      onDuplicate: 'update',
    });
    expect(result).toMatchObject({ created: 2, updated: 1, skipped: 0 });
    const dana = callOk(dispatch, 'people.get', { id: existing.id });
    expect(dana).toMatchObject({ phone: '+1 555 0100' });
    expect(
      callOk(dispatch, 'orgUnits.list', { accountId })
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Finance', 'IT']);
    callOk(dispatch, 'imports.revert', { accountId, ...result.undo });
    const after = snapshotTables(temp.backend.db);
    for (const table of ['people', 'org_units', 'relations', 'map_items', 'person_tags']) {
      const strip = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), updated_at: null }));
      expect(strip(after[table] ?? []), table).toEqual(strip(before[table] ?? []));
    }
  });

  it('reads a Dynamics 365 workbook, a LinkedIn export and an Outlook vCard', async () => {
    const { dispatch, accountId } = freshAccount();
    const commit = (fileName: string, data: Buffer | string) =>
      callOk(dispatch, 'imports.commit', { accountId, fileName, dataBase64: base64(data) });
    expect(commit('contacts.xlsx', await dynamicsXlsx())).toMatchObject({ created: 3 });
    expect(commit('Connections.csv', linkedinConnections())).toMatchObject({ created: 2 });
    expect(commit('contacts.vcf', outlookVCard21())).toMatchObject({ created: 2 });
    const people = byName(callOk(dispatch, 'people.list', { accountId }));
    expect(people.get('Rae Diaz')).toMatchObject({ title: 'CIO', email: 'rae@adatum.com' });
    expect(people.get('Ivy Park')).toMatchObject({ title: 'Head of Procurement' });
    // Notes from a file are the owner's private notes.
    expect(people.get('刘洋')).toMatchObject({
      title: '技术总监',
      privateNotes: expect.stringContaining('WeChat') as string,
    });
  });
});

describe('search after an import', () => {
  it('finds imported people by name, title and notes, and the index stays whole through a revert', () => {
    const { temp, dispatch, accountId, mapId } = freshAccount();
    const dataBase64 = base64(
      'Name,Title,Notes\r\n欧阳娜娜,采购经理,周末打高尔夫\r\nKim Larsen,Head of IT,Prefers calls\r\n',
    );
    const result = callOk(dispatch, 'imports.commit', { accountId, fileName: 'people.csv', dataBase64, mapId });
    expect(result).toMatchObject({ created: 2 });
    const found = (text: string) => callOk(dispatch, 'search.query', { text }).map((hit) => hit.title);
    expect(found('欧阳')).toEqual(['欧阳娜娜']);
    expect(found('Head of IT')).toEqual(['Kim Larsen']);
    expect(found('高尔夫')).toEqual(['欧阳娜娜']);
    const db = temp.backend.db;
    const indexIsWhole = () => db.prepare(`INSERT INTO search_fts (search_fts) VALUES ('integrity-check')`).run();
    expect(indexIsWhole).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM search_paused').pluck().get()).toBe(0);

    callOk(dispatch, 'imports.revert', { accountId, ...result.undo });
    expect(found('欧阳')).toEqual([]);
    expect(indexIsWhole).not.toThrow();
    temp.backend.close();
  });
});

describe('presets', () => {
  it('a mapping saved for a kind of file is used for the next file of that kind, value words included', () => {
    const { dispatch, accountId } = freshAccount();
    const sheet = base64('Name,Function,Buying role\r\nAnn,CFO,Kingmaker\r\n');
    const first = callOk(dispatch, 'imports.preview', { accountId, fileName: 'a.csv', dataBase64: sheet });
    expect(first.mapping.preset).toBe('plain');
    expect(first.rows[0]).toMatchObject({ title: '', role: null });
    expect(first.rows[0]!.problems.map((p) => p.problem)).toEqual(['unknown_value']);
    callOk(dispatch, 'imports.savePreset', {
      mapping: {
        ...first.mapping,
        fields: { ...first.mapping.fields, title: 'Function' },
        values: { role: { Kingmaker: 'decision_maker' } },
      },
    });
    const next = callOk(dispatch, 'imports.preview', { accountId, fileName: 'b.csv', dataBase64: sheet });
    expect(next.rows[0]).toMatchObject({ title: 'CFO', role: 'decision_maker', problems: [] });
  });
});

describe('a broken or unrecognised file', () => {
  it.each([
    ['empty', ''],
    ['binary', base64(Buffer.from([0, 1, 2, 3, 4, 0, 0, 9, 200, 201]))],
    ['a damaged workbook', base64(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]))],
    ['headers only', base64('Name,Title\r\n')],
  ])('%s: refused in a person’s words, with nothing written and no backup', (_what, dataBase64) => {
    const { temp, dispatch, accountId } = freshAccount();
    const before = snapshotTables(temp.backend.db);
    const error = callError(dispatch, 'imports.commit', { accountId, fileName: 'x.csv', dataBase64 });
    expect(error.code).toBe('invalid_input');
    expect(['file_unreadable', 'file_no_people']).toContain(error.issues?.[0]?.problem);
    expect(snapshotTables(temp.backend.db)).toEqual(before);
    expect(callOk(dispatch, 'backups.list', {})).toEqual([]);
  });
});

describe('over HTTP', () => {
  let web: TempWebServer;
  beforeAll(async () => {
    web = await startTempWebServer();
  });
  afterAll(async () => {
    await web.close();
  });

  it('previews and commits a file the way the web app does', async () => {
    const created = await web.call('accounts.create', { name: 'Northwind' });
    const accountId = (created.payload as { result: { id: string } }).result.id;
    const dataBase64 = base64(salesforceReport());
    const preview = await web.call('imports.preview', { accountId, fileName: 'report.csv', dataBase64 });
    expect(preview.status).toBe(200);
    expect((preview.payload as { result: OutputOf<'imports.preview'> }).result.mapping.preset).toBe(
      'salesforce_report',
    );
    const commit = await web.call('imports.commit', { accountId, fileName: 'report.csv', dataBase64 });
    expect((commit.payload as { result: OutputOf<'imports.commit'> }).result).toMatchObject({ created: 3 });
    const bad = await web.call('imports.commit', {
      accountId,
      fileName: 'x.csv',
      dataBase64: base64('\u0000\u0001\u0002'),
    });
    expect(bad.status).toBe(400);
  });
});
