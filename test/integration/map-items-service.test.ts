import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MapView } from '../../shared/api/entities';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

describe('maps of an account', () => {
  it('creates, renames and lists several maps, in the order they were made', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const id = randomUUID();
    const map = callOk(d, 'maps.create', { id, accountId: seed.accountId, name: ' Org chart ' });
    expect(map).toMatchObject({ id, accountId: seed.accountId, name: 'Org chart', opportunityId: null });
    expect(callOk(d, 'maps.rename', { id, name: 'Org chart 2026' }).name).toBe('Org chart 2026');
    expect(callOk(d, 'maps.list', { accountId: seed.accountId }).map((m) => m.id)).toEqual([seed.mapId, id]);
    expect(callError(d, 'maps.rename', { id, name: '' }).code).toBe('invalid_input');
    expect(callError(d, 'maps.rename', { id: randomUUID(), name: 'x' }).code).toBe('not_found');
  });

  it('refuses a map for an opportunity of another account', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const other = seedAccount(d, 'Other');
    const { opportunity } = callOk(d, 'opportunities.create', { accountId: other.accountId, name: 'Deal' });
    expect(
      callError(d, 'maps.create', { accountId: seed.accountId, name: 'x', opportunityId: opportunity.id }).issues?.[0]
        ?.path,
    ).toBe('opportunityId');
  });

  it('deletes a map with its layout only, never the last one, and can be undone with create + placeItems', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const before = snapshotTables(backend.db);
    expect(callError(d, 'maps.delete', { id: seed.mapId }).code).toBe('conflict');
    expect(snapshotTables(backend.db)).toEqual(before);

    const second = callOk(d, 'maps.create', { accountId: seed.accountId, name: 'Second' });
    const placed = callOk(d, 'maps.placeItems', {
      mapId: second.id,
      items: [
        { personId: seed.people.ann, x: 1, y: 2 },
        { personId: seed.people.bob, x: 3, y: 4, collapsed: true, width: 250 },
      ],
    });
    const viewBefore = callOk(d, 'maps.view', { mapId: second.id });
    const removed = callOk(d, 'maps.delete', { id: second.id });
    expect(removed.map).toEqual(second);
    expect(removed.items).toEqual(placed);
    expect(callOk(d, 'people.list', { accountId: seed.accountId })).toHaveLength(3);
    expect(callError(d, 'maps.view', { mapId: second.id }).code).toBe('not_found');

    callOk(d, 'maps.create', { id: second.id, accountId: seed.accountId, name: second.name });
    callOk(d, 'maps.placeItems', { mapId: second.id, items: removed.items });
    const viewAfter = callOk(d, 'maps.view', { mapId: second.id });
    expect(viewAfter.items).toEqual(viewBefore.items);
    expect(viewAfter.relations).toEqual(viewBefore.relations);
  });
});

describe('maps.placeItems', () => {
  it('places a person already on another map, with the same person on both', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const second = callOk(d, 'maps.create', { accountId: seed.accountId, name: 'Second' });
    const [item] = callOk(d, 'maps.placeItems', {
      mapId: second.id,
      items: [{ personId: seed.people.ann, x: 9, y: 9 }],
    });
    expect(item).toMatchObject({ mapId: second.id, personId: seed.people.ann, x: 9, y: 9, collapsed: false });
    const { before: _before, ...edited } = callOk(d, 'people.update', {
      id: seed.people.ann,
      patch: { stance: 'champion' },
    });
    for (const mapId of [seed.mapId, second.id]) {
      expect(callOk(d, 'maps.view', { mapId }).people.find((p) => p.id === seed.people.ann)).toEqual(edited);
    }
  });

  it('refuses, all or nothing: an entity already on the map, of another account, deleted, or unknown', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const other = seedAccount(d, 'Other');
    const lone = callOk(d, 'people.create', { accountId: seed.accountId, name: 'Dee' });
    const gone = callOk(d, 'people.create', { accountId: seed.accountId, name: 'Gone' });
    callOk(d, 'people.delete', { ids: [gone.id] });
    const before = snapshotTables(backend.db);
    const place = (extra: Record<string, unknown>) =>
      callError(d, 'maps.placeItems', {
        mapId: seed.mapId,
        items: [
          { personId: lone.id, x: 0, y: 0 },
          { x: 1, y: 1, ...extra },
        ],
      });
    const already = place({ personId: seed.people.ann });
    expect(already.code).toBe('conflict');
    expect(already.message).toMatch(/already on the map/);
    expect(place({ personId: lone.id }).code).toBe('conflict');
    expect(place({ personId: other.people.ann }).issues?.[0]?.path).toBe('items.1.personId');
    expect(place({ personId: gone.id }).code).toBe('not_found');
    expect(place({ orgUnitId: randomUUID() }).code).toBe('not_found');
    expect(place({ memberId: randomUUID() }).code).toBe('not_found');
    expect(place({}).code).toBe('invalid_input');
    expect(place({ personId: seed.people.bob, memberId: randomUUID() }).code).toBe('invalid_input');
    expect(place({ personId: lone.id, mapId: other.mapId }).code).toBe('invalid_input');
    expect(
      callError(d, 'maps.placeItems', { mapId: randomUUID(), items: [{ personId: lone.id, x: 0, y: 0 }] }).code,
    ).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('maps.removeItems', () => {
  it('takes items off the map and returns them, never deleting the person', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const viewBefore = callOk(d, 'maps.view', { mapId: seed.mapId });
    const removed = callOk(d, 'maps.removeItems', { mapId: seed.mapId, itemIds: [seed.items.ann, seed.items.bob] });
    expect(removed.map((i) => i.personId)).toEqual([seed.people.ann, seed.people.bob]);
    const view = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(view.people.map((p) => p.name)).toEqual(['Cid']);
    expect(view.relations).toEqual([]);
    // The people and their line are all still there.
    expect(callOk(d, 'people.list', { accountId: seed.accountId }).map((p) => p.name)).toEqual(['Ann', 'Bob', 'Cid']);
    expect(callOk(d, 'relations.list', { accountId: seed.accountId })).toHaveLength(1);
    // Undo.
    callOk(d, 'maps.placeItems', { mapId: seed.mapId, items: removed });
    const back = callOk(d, 'maps.view', { mapId: seed.mapId });
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.items)).toEqual(byId(viewBefore.items));
    expect(back.relations).toEqual(viewBefore.relations);
  });

  it('removes nothing when one item is unknown or on another map', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const other = seedAccount(d, 'Other');
    const before = snapshotTables(backend.db);
    for (const stranger of [randomUUID(), other.items.ann]) {
      expect(callError(d, 'maps.removeItems', { mapId: seed.mapId, itemIds: [seed.items.ann, stranger] }).code).toBe(
        'not_found',
      );
    }
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('maps.updateItems', () => {
  it('moves, sizes and collapses many items in one call, returning them before and after', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const unit = callOk(d, 'orgUnits.create', { accountId: seed.accountId, name: 'Finance' });
    const [box] = callOk(d, 'maps.placeItems', {
      mapId: seed.mapId,
      items: [{ orgUnitId: unit.id, x: 0, y: 0, width: 400, height: 300 }],
    });
    if (!box) throw new Error('no item');
    const result = callOk(d, 'maps.updateItems', {
      mapId: seed.mapId,
      updates: [
        { itemId: box.id, collapsed: true, height: null },
        { itemId: seed.items.ann, x: 70, y: 80, width: 260 },
      ],
    });
    expect(result.before.map((i) => [i.collapsed, i.height, i.x, i.width])).toEqual([
      [false, 300, 0, 400],
      [false, null, 0, null],
    ]);
    expect(result.after.map((i) => [i.collapsed, i.height, i.x, i.y, i.width])).toEqual([
      [true, null, 0, 0, 400],
      [false, null, 70, 80, 260],
    ]);
    const view = MapView.parse(callOk(d, 'maps.view', { mapId: seed.mapId }));
    expect(view.items.find((i) => i.id === box.id)).toEqual(result.after[0]);
    // Undo: the "before" items as updates.
    callOk(d, 'maps.updateItems', {
      mapId: seed.mapId,
      updates: result.before.map(({ id, x, y, width, height, collapsed }) => ({
        itemId: id,
        x,
        y,
        width,
        height,
        collapsed,
      })),
    });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).items.find((i) => i.id === box.id)).toEqual(box);
  });

  it('changes nothing when an item is unknown or named twice, or a size is not positive', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const before = snapshotTables(backend.db);
    const update = (updates: unknown[]) => callError(d, 'maps.updateItems', { mapId: seed.mapId, updates });
    expect(
      update([
        { itemId: seed.items.ann, x: 5 },
        { itemId: randomUUID(), x: 5 },
      ]).code,
    ).toBe('not_found');
    expect(
      update([
        { itemId: seed.items.ann, x: 5 },
        { itemId: seed.items.ann, x: 6 },
      ]).issues?.[0]?.path,
    ).toBe('updates.1.itemId');
    expect(update([{ itemId: seed.items.ann, width: 0 }]).code).toBe('invalid_input');
    expect(update([]).code).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
