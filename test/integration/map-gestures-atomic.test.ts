import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import type { Dispatch } from '../../electron/backend/dispatch';
import {
  callError,
  callOk,
  seedAccount,
  snapshotTables,
  startTempBackend,
  type SeededAccount,
} from '../helpers/tempDb';

/**
 * Each gesture on the map is one contract call and one transaction. A failure half-way (injected
 * with a temporary trigger, as a full disk or a broken rule would strike) leaves the file as it was.
 */
function failOn(db: Db, when: string): void {
  db.exec(`CREATE TEMP TRIGGER injected_failure ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
}
const healed = (db: Db): void => void db.exec('DROP TRIGGER IF EXISTS temp.injected_failure');

/** A map with people, a line between two of them, a free line, a note, a team member and a unit on it. */
function richMap(dispatch: Dispatch) {
  const seed = seedAccount(dispatch);
  const line = callOk(dispatch, 'relations.create', {
    accountId: seed.accountId,
    kind: 'ally',
    fromPersonId: seed.people.bob,
    toPersonId: seed.people.cid,
  });
  const { note } = callOk(dispatch, 'notes.create', {
    accountId: seed.accountId,
    mapId: seed.mapId,
    kind: 'sticky',
    text: 'Budget talk in May',
    position: { x: 10, y: 300 },
  });
  const member = callOk(dispatch, 'team.create', { name: 'Dana' });
  const memberItem = randomUUID();
  const unitItem = randomUUID();
  const unit = callOk(dispatch, 'orgUnits.create', {
    accountId: seed.accountId,
    name: 'Finance',
    placeOn: { mapId: seed.mapId, itemId: unitItem, position: { x: -40, y: -40 } },
  });
  callOk(dispatch, 'maps.placeItems', {
    mapId: seed.mapId,
    items: [{ id: memberItem, memberId: member.id, x: 0, y: 500 }],
  });
  return { ...seed, lineId: line.id, noteId: note.id, memberItem, unitItem, unitId: unit.id };
}

const viewOf = (dispatch: Dispatch, seed: SeededAccount) => {
  const view = callOk(dispatch, 'maps.view', { mapId: seed.mapId });
  return {
    people: view.people.map((p) => p.name).sort(),
    relations: view.relations.map((r) => r.id).sort(),
    notes: view.notes.map((n) => n.text),
    items: view.items.map((i) => i.id).sort(),
  };
};

describe('maps.deleteSelection', () => {
  it('deletes people, lines, notes and takes members and units off the map in one call, and says what went', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = richMap(d);
    const before = viewOf(d, seed);
    const removal = callOk(d, 'maps.deleteSelection', {
      mapId: seed.mapId,
      personIds: [seed.people.ann],
      relationIds: [seed.lineId],
      noteIds: [seed.noteId],
      itemIds: [seed.memberItem, seed.unitItem],
    });
    // Ann's reports-to line goes out of sight with her; the ally line was deleted outright.
    expect(removal.hiddenLines).toBe(1);
    expect(removal.relations.map((r) => r.id)).toEqual([seed.lineId]);
    expect(removal.notes[0]?.item?.noteId).toBe(seed.noteId);
    expect(removal.items.map((i) => i.id).sort()).toEqual([seed.memberItem, seed.unitItem].sort());
    const after = viewOf(d, seed);
    expect(after.people).toEqual(['Bob', 'Cid']);
    expect(after.relations).toEqual([]);
    expect(after.notes).toEqual([]);
    // The team member and the unit themselves stay.
    expect(callOk(d, 'team.list', {}).map((m) => m.name)).toContain('Dana');
    expect(callOk(d, 'orgUnits.list', { accountId: seed.accountId }).map((u) => u.name)).toEqual(['Finance']);

    callOk(d, 'maps.restoreSelection', removal);
    expect(viewOf(d, seed)).toEqual(before);
    // Redo after undo is the same call again.
    callOk(d, 'maps.deleteSelection', {
      mapId: seed.mapId,
      personIds: [seed.people.ann],
      relationIds: [seed.lineId],
      noteIds: [seed.noteId],
      itemIds: [seed.memberItem, seed.unitItem],
    });
    expect(viewOf(d, seed)).toEqual(after);
  });

  it('failing half-way (after people and lines, at the notes) changes nothing', () => {
    const { backend } = startTempBackend();
    const seed = richMap(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE DELETE ON main.map_notes');
    const error = callError(backend.dispatch, 'maps.deleteSelection', {
      mapId: seed.mapId,
      personIds: [seed.people.ann, seed.people.bob],
      relationIds: [seed.lineId],
      noteIds: [seed.noteId],
      itemIds: [seed.memberItem],
    });
    expect(error.message).toBeTruthy();
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('an item of another map, or a line of another account, refuses the whole selection', () => {
    const { backend } = startTempBackend();
    const seed = richMap(backend.dispatch);
    const other = seedAccount(backend.dispatch, 'Other');
    const before = snapshotTables(backend.db);
    expect(
      callError(backend.dispatch, 'maps.deleteSelection', {
        mapId: seed.mapId,
        personIds: [seed.people.ann],
        itemIds: [other.items.ann],
      }).code,
    ).toBe('not_found');
    expect(
      callError(backend.dispatch, 'maps.deleteSelection', {
        mapId: seed.mapId,
        personIds: [seed.people.ann],
        relationIds: [other.relationId],
      }).code,
    ).toBe('invalid_input');
    expect(callError(backend.dispatch, 'maps.deleteSelection', { mapId: seed.mapId }).code).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('a restore failing half-way (at the lines, after people and notes came back) changes nothing', () => {
    const { backend } = startTempBackend();
    const seed = richMap(backend.dispatch);
    const removal = callOk(backend.dispatch, 'maps.deleteSelection', {
      mapId: seed.mapId,
      personIds: [seed.people.ann],
      relationIds: [seed.lineId],
      noteIds: [seed.noteId],
      itemIds: [seed.memberItem],
    });
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE INSERT ON main.relations');
    callError(backend.dispatch, 'maps.restoreSelection', removal);
    expect(snapshotTables(backend.db)).toEqual(before);
    healed(backend.db);
    callOk(backend.dispatch, 'maps.restoreSelection', removal);
    expect(viewOf(backend.dispatch, seed).people).toEqual(['Ann', 'Bob', 'Cid']);
  });
});

describe('maps.paste', () => {
  it('places what is missing and copies who is there, from the store, in one call; deleteSelection undoes it', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    callOk(d, 'people.update', { id: seed.people.ann, patch: { stance: 'champion', title: 'CFO' } });
    const dee = callOk(d, 'people.create', { accountId: seed.accountId, name: 'Dee' });
    const copy = { id: randomUUID(), itemId: randomUUID(), personId: seed.people.ann, x: 40, y: 40 };
    const placed = randomUUID();
    const result = callOk(d, 'maps.paste', {
      mapId: seed.mapId,
      place: [{ id: placed, personId: dee.id, x: 600, y: 0 }],
      copies: [copy],
      copySuffix: '(copy)',
    });
    expect(result.people[0]).toMatchObject({ id: copy.id, name: 'Ann (copy)', stance: 'champion', title: 'CFO' });
    expect(result.items.map((i) => i.id).sort()).toEqual([placed, copy.itemId].sort());
    expect(viewOf(d, seed).people).toEqual(['Ann', 'Ann (copy)', 'Bob', 'Cid', 'Dee']);

    const removal = callOk(d, 'maps.deleteSelection', { mapId: seed.mapId, personIds: [copy.id], itemIds: [placed] });
    expect(viewOf(d, seed).people).toEqual(['Ann', 'Bob', 'Cid']);
    callOk(d, 'maps.restoreSelection', removal);
    expect(viewOf(d, seed).people).toEqual(['Ann', 'Ann (copy)', 'Bob', 'Cid', 'Dee']);
  });

  it('failing half-way (at the copies, after the placing) changes nothing', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const dee = callOk(backend.dispatch, 'people.create', { accountId: seed.accountId, name: 'Dee' });
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE INSERT ON main.people');
    const error = callError(backend.dispatch, 'maps.paste', {
      mapId: seed.mapId,
      place: [{ personId: dee.id, x: 600, y: 0 }],
      copies: [{ id: randomUUID(), itemId: randomUUID(), personId: seed.people.ann, x: 40, y: 40 }],
    });
    expect(error.message).toBeTruthy();
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('orgUnits.create placed on a map', () => {
  it('creates and places the unit in one call; orgUnits.delete takes both back', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const itemId = randomUUID();
    const unit = callOk(d, 'orgUnits.create', {
      accountId: seed.accountId,
      name: 'Finance',
      placeOn: { mapId: seed.mapId, itemId, position: { x: 5, y: 5 } },
    });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).items.find((i) => i.id === itemId)?.orgUnitId).toBe(unit.id);
    const removal = callOk(d, 'orgUnits.delete', { id: unit.id });
    expect(removal.items.map((i) => i.id)).toEqual([itemId]);
  });

  it('failing at the placing leaves no unit', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE INSERT ON main.map_items');
    callError(backend.dispatch, 'orgUnits.create', {
      accountId: seed.accountId,
      name: 'Finance',
      placeOn: { mapId: seed.mapId, position: { x: 5, y: 5 } },
    });
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('team.create placed on a map', () => {
  it('creates and places the member in one call; team.delete takes both back and team.restore returns them', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const itemId = randomUUID();
    const member = callOk(d, 'team.create', {
      name: 'Dana',
      placeOn: { mapId: seed.mapId, itemId, position: { x: 0, y: 400 } },
    });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).members.map((m) => m.id)).toEqual([member.id]);
    const removal = callOk(d, 'team.delete', { id: member.id });
    expect(removal.items.map((i) => i.id)).toEqual([itemId]);
    callOk(d, 'team.restore', removal);
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).items.some((i) => i.id === itemId)).toBe(true);
  });

  it('failing at the placing leaves no member', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE INSERT ON main.map_items');
    callError(backend.dispatch, 'team.create', {
      name: 'Dana',
      placeOn: { mapId: seed.mapId, position: { x: 0, y: 400 } },
    });
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('relations.setReportsTo', () => {
  it('swaps the reports-to line in one call; relations.replace undoes and redoes it from what it returned', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const lines = () =>
      callOk(d, 'relations.list', { accountId: seed.accountId }).map((r) => [r.kind, r.fromPersonId, r.toPersonId]);
    const before = lines();
    const change = callOk(d, 'relations.setReportsTo', { personId: seed.people.ann, managerId: seed.people.cid });
    expect(change.removed.map((r) => r.id)).toEqual([seed.relationId]);
    expect(lines()).toEqual([['reports_to', seed.people.ann, seed.people.cid]]);
    callOk(d, 'relations.replace', { remove: [change.created!.id], add: change.removed });
    expect(lines()).toEqual(before);
    callOk(d, 'relations.replace', { remove: change.removed.map((r) => r.id), add: [change.created!] });
    expect(lines()).toEqual([['reports_to', seed.people.ann, seed.people.cid]]);
  });

  it('failing at the new line (after the old one went) changes nothing', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, 'BEFORE INSERT ON main.relations');
    callError(backend.dispatch, 'relations.setReportsTo', { personId: seed.people.ann, managerId: seed.people.cid });
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('the org-chart layout and bulk edits', () => {
  it('maps.updateItems failing at the second item moves nobody', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, `BEFORE UPDATE ON main.map_items WHEN NEW.id = '${seed.items.bob}'`);
    callError(backend.dispatch, 'maps.updateItems', {
      mapId: seed.mapId,
      updates: [
        { itemId: seed.items.ann, x: 100, y: 100, width: 300 },
        { itemId: seed.items.bob, x: 300, y: 100 },
        { itemId: seed.items.cid, x: 500, y: 100 },
      ],
    });
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('people.updateMany failing at the second person changes nobody and writes no history', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, `BEFORE UPDATE ON main.people WHEN NEW.id = '${seed.people.bob}'`);
    callError(backend.dispatch, 'people.updateMany', {
      ids: [seed.people.ann, seed.people.bob, seed.people.cid],
      patch: { stance: 'supporter', influence: 4 },
    });
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('people.changeTags failing at the second person tags nobody and makes no tag', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    failOn(backend.db, `BEFORE INSERT ON main.person_tags WHEN NEW.person_id = '${seed.people.bob}'`);
    callError(backend.dispatch, 'people.changeTags', { ids: [seed.people.ann, seed.people.bob], add: ['golf'] });
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
