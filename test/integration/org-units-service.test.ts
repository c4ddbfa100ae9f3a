import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OrgUnit } from '../../shared/api/entities';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

function setup() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  const seed = seedAccount(d);
  const unit = (name: string, parentId?: string, sortOrder?: number) =>
    callOk(d, 'orgUnits.create', { accountId: seed.accountId, name, parentId, sortOrder });
  return { ...temp, d, seed, unit };
}

describe('org units', () => {
  it('creates, lists (by sort order, then name) and updates units', () => {
    const { d, seed, unit } = setup();
    const group = unit('Group', undefined, 0);
    const it_ = unit('IT', group.id, 2);
    const finance = unit('Finance', group.id, 1);
    expect(OrgUnit.parse(it_)).toEqual(it_);
    expect(it_).toMatchObject({ accountId: seed.accountId, parentId: group.id, name: 'IT', sortOrder: 2 });
    expect(callOk(d, 'orgUnits.list', { accountId: seed.accountId }).map((u) => u.name)).toEqual([
      'Group',
      'Finance',
      'IT',
    ]);
    expect(
      callOk(d, 'orgUnits.update', { id: finance.id, patch: { name: 'Finance & Control', parentId: null } }),
    ).toEqual({ ...finance, name: 'Finance & Control', parentId: null, before: finance });
  });

  it('refuses a parent in another account, and any cycle', () => {
    const { d, unit, backend } = setup();
    const other = seedAccount(d, 'Other');
    const foreign = callOk(d, 'orgUnits.create', { accountId: other.accountId, name: 'Elsewhere' });
    const a = unit('A');
    const b = unit('B', a.id);
    const c = unit('C', b.id);
    const before = snapshotTables(backend.db);
    expect(callError(d, 'orgUnits.create', { accountId: a.accountId, name: 'X', parentId: foreign.id }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'orgUnits.update', { id: a.id, patch: { parentId: a.id } }).issues?.[0]?.path).toBe(
      'patch.parentId',
    );
    expect(callError(d, 'orgUnits.update', { id: a.id, patch: { parentId: c.id } }).code).toBe('invalid_input');
    expect(callError(d, 'orgUnits.update', { id: a.id, patch: { parentId: foreign.id } }).code).toBe('invalid_input');
    expect(callError(d, 'orgUnits.update', { id: randomUUID(), patch: { name: 'Q' } }).code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
    // Moving a leaf under a sibling of its parent is fine.
    expect(callOk(d, 'orgUnits.update', { id: c.id, patch: { parentId: a.id } }).parentId).toBe(a.id);
  });

  it('puts people in a unit of their own account only, and takes them out with null', () => {
    const { d, seed, unit } = setup();
    const other = seedAccount(d, 'Other');
    const foreign = callOk(d, 'orgUnits.create', { accountId: other.accountId, name: 'Elsewhere' });
    const finance = unit('Finance');
    expect(callOk(d, 'people.update', { id: seed.people.ann, patch: { orgUnitId: finance.id } }).orgUnitId).toBe(
      finance.id,
    );
    expect(
      callError(d, 'people.update', { id: seed.people.ann, patch: { orgUnitId: foreign.id } }).issues?.[0]?.path,
    ).toBe('patch.orgUnitId');
    expect(callError(d, 'people.update', { id: seed.people.ann, patch: { orgUnitId: randomUUID() } }).code).toBe(
      'not_found',
    );
    expect(callOk(d, 'people.update', { id: seed.people.ann, patch: { orgUnitId: null } }).orgUnitId).toBeNull();
    const created = callOk(d, 'people.create', { accountId: seed.accountId, name: 'Eve', orgUnitId: finance.id });
    expect(created.orgUnitId).toBe(finance.id);
  });

  it('deletes a unit: people stay (in no unit), sub-units move up, containers go; restore puts it all back', () => {
    const { d, seed, unit, backend } = setup();
    const group = unit('Group');
    const finance = unit('Finance', group.id);
    const budget = unit('Budget', finance.id);
    callOk(d, 'people.update', { id: seed.people.ann, patch: { orgUnitId: finance.id } });
    callOk(d, 'people.update', { id: seed.people.bob, patch: { orgUnitId: finance.id } });
    callOk(d, 'maps.placeItems', {
      mapId: seed.mapId,
      items: [{ orgUnitId: finance.id, x: -30, y: -60, width: 700, height: 300, collapsed: true }],
    });
    const before = snapshotTables(backend.db);
    const viewBefore = callOk(d, 'maps.view', { mapId: seed.mapId });

    const removal = callOk(d, 'orgUnits.delete', { id: finance.id });
    expect(removal.unit).toEqual(finance);
    expect(removal.personIds.sort()).toEqual([seed.people.ann, seed.people.bob].sort());
    expect(removal.childUnitIds).toEqual([budget.id]);
    expect(removal.items).toHaveLength(1);
    expect(removal.items[0]).toMatchObject({ orgUnitId: finance.id, width: 700, collapsed: true });

    const people = callOk(d, 'people.list', { accountId: seed.accountId });
    expect(people).toHaveLength(3);
    expect(people.every((p) => p.orgUnitId === null)).toBe(true);
    const units = callOk(d, 'orgUnits.list', { accountId: seed.accountId });
    expect(units.find((u) => u.id === budget.id)?.parentId).toBe(group.id);
    const view = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(view.items.some((i) => i.orgUnitId)).toBe(false);
    expect(view.people).toHaveLength(3);

    expect(callOk(d, 'orgUnits.restore', removal)).toEqual(finance);
    // The same rows come back (a re-inserted row gets a new rowid, so compare them unordered).
    const unordered = (rows: unknown[] = []) => rows.map((row) => JSON.stringify(row)).sort();
    const after = snapshotTables(backend.db);
    for (const table of Object.keys(before)) expect(unordered(after[table]), table).toEqual(unordered(before[table]));
    expect(callOk(d, 'maps.view', { mapId: seed.mapId })).toEqual(viewBefore);
    expect(callError(d, 'orgUnits.restore', removal).code).toBe('conflict');
  });

  it('refuses a restore naming people of another account, writing nothing', () => {
    const { d, unit, backend } = setup();
    const other = seedAccount(d, 'Other');
    const finance = unit('Finance');
    const removal = callOk(d, 'orgUnits.delete', { id: finance.id });
    const before = snapshotTables(backend.db);
    expect(callError(d, 'orgUnits.restore', { ...removal, personIds: [other.people.ann] }).code).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
