import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callError, callOk, countRows, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

/** A write that fails part-way must leave the file exactly as it was: all or nothing. */
describe('multi-row writes roll back as a whole', () => {
  it('maps.moveItems with one unknown item moves nobody', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);

    const error = callError(backend.dispatch, 'maps.moveItems', {
      mapId: seed.mapId,
      moves: [
        { itemId: seed.items.ann, x: 999, y: 999 },
        { itemId: seed.items.bob, x: 555, y: 555 },
        { itemId: randomUUID(), x: 1, y: 1 },
      ],
    });

    expect(error.code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.items.find((item) => item.id === seed.items.ann)).toMatchObject({ x: 0, y: 0 });
    expect(view.items.find((item) => item.id === seed.items.bob)).toMatchObject({ x: 200, y: 0 });
  });

  it('maps.moveItems refuses an item of another map, and moves nobody', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const other = seedAccount(backend.dispatch, 'Other');
    const before = snapshotTables(backend.db);
    const error = callError(backend.dispatch, 'maps.moveItems', {
      mapId: seed.mapId,
      moves: [
        { itemId: seed.items.ann, x: 10, y: 10 },
        { itemId: other.items.ann, x: 10, y: 10 },
      ],
    });
    expect(error.code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('people.delete with one unknown id hides nobody', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);

    const error = callError(backend.dispatch, 'people.delete', {
      ids: [seed.people.ann, seed.people.bob, randomUUID()],
    });

    expect(error.code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob', 'Cid']);
    expect(view.relations).toHaveLength(1);
    expect(callOk(backend.dispatch, 'accounts.list', {})[0]?.peopleCount).toBe(3);
  });

  it('people.restore with one person who is not deleted restores nobody', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.delete', { ids: [seed.people.ann] });
    const before = snapshotTables(backend.db);

    const error = callError(backend.dispatch, 'people.restore', { ids: [seed.people.ann, seed.people.bob] });

    expect(error.code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.people.map((p) => p.name).sort()).toEqual(['Bob', 'Cid']);
  });

  it('accounts.create failing after the account row leaves no account and no map', () => {
    const { backend } = startTempBackend();
    // Make the second insert (the account's first map) fail, as a full disk or a bug would.
    backend.db.exec(`CREATE TEMP TRIGGER fail_first_map BEFORE INSERT ON main.maps
      BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`);

    callError(backend.dispatch, 'accounts.create', { name: 'Half-made' });

    expect(countRows(backend.db, 'accounts')).toBe(0);
    expect(countRows(backend.db, 'maps')).toBe(0);
    expect(callOk(backend.dispatch, 'accounts.list', {})).toEqual([]);
  });

  it('people.create placed on a map of another account leaves no person', () => {
    const { backend } = startTempBackend();
    const mine = seedAccount(backend.dispatch, 'Mine');
    const theirs = seedAccount(backend.dispatch, 'Theirs');
    const before = snapshotTables(backend.db);

    const error = callError(backend.dispatch, 'people.create', {
      accountId: mine.accountId,
      name: 'Dee',
      placeOn: { mapId: theirs.mapId, position: { x: 0, y: 0 } },
    });

    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path)).toContain('placeOn.mapId');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('people.create placed on a missing map, or with a taken item id, leaves no person', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);

    expect(
      callError(backend.dispatch, 'people.create', {
        accountId: seed.accountId,
        name: 'Dee',
        placeOn: { mapId: randomUUID(), position: { x: 0, y: 0 } },
      }).code,
    ).toBe('not_found');
    expect(
      callError(backend.dispatch, 'people.create', {
        accountId: seed.accountId,
        name: 'Eve',
        placeOn: { mapId: seed.mapId, itemId: seed.items.ann, position: { x: 0, y: 0 } },
      }).code,
    ).toBe('conflict');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('people.update that breaks a rule writes no history and changes no field', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);

    // The stance change is valid on its own; the empty name of a real person is not.
    const error = callError(backend.dispatch, 'people.update', {
      id: seed.people.ann,
      patch: { stance: 'champion', influence: 5, name: '' },
    });

    expect(error.code).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
    expect(countRows(backend.db, 'person_history')).toBe(0);
  });
});
