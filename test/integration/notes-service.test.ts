import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MapNote } from '../../shared/api/entities';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

describe('notes on the map', () => {
  it('creates a sticky note placed on the map, updates it, and lists it in the view', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const id = randomUUID();
    const itemId = randomUUID();
    const { note, item } = callOk(d, 'notes.create', {
      id,
      itemId,
      accountId: seed.accountId,
      mapId: seed.mapId,
      kind: 'sticky',
      text: 'Who signs?',
      position: { x: 600, y: -50 },
      width: 240,
    });
    expect(MapNote.parse(note)).toEqual(note);
    expect(note).toMatchObject({ id, kind: 'sticky', text: 'Who signs?', color: 'yellow' });
    expect(item).toEqual({
      id: itemId,
      mapId: seed.mapId,
      personId: null,
      memberId: null,
      orgUnitId: null,
      noteId: id,
      x: 600,
      y: -50,
      width: 240,
      height: null,
      collapsed: false,
    });
    const { before, ...updated } = callOk(d, 'notes.update', {
      id,
      patch: { text: 'Who signs? Ask Bob.', color: 'blue', kind: 'text' },
    });
    expect(before).toMatchObject({ text: 'Who signs?', color: 'yellow', kind: 'sticky' });
    expect(updated).toMatchObject({ text: 'Who signs? Ask Bob.', color: 'blue', kind: 'text' });
    const view = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(view.notes).toEqual([updated]);
    expect(view.items.find((i) => i.noteId === id)).toEqual(item);
  });

  it('deletes a note with its place, and notes.create with the same ids brings it back', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const { note } = callOk(d, 'notes.create', {
      accountId: seed.accountId,
      mapId: seed.mapId,
      kind: 'text',
      text: 'Workshop 12 May',
      color: 'green',
      position: { x: 1, y: 2 },
      height: 80,
    });
    const viewBefore = callOk(d, 'maps.view', { mapId: seed.mapId });
    const removed = callOk(d, 'notes.delete', { id: note.id });
    expect(removed.note).toEqual(note);
    expect(removed.item).toMatchObject({ noteId: note.id, x: 1, y: 2, height: 80 });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).notes).toEqual([]);
    expect(callError(d, 'notes.delete', { id: note.id }).code).toBe('not_found');

    const item = removed.item;
    if (!item) throw new Error('the note had a place');
    callOk(d, 'notes.create', {
      id: note.id,
      itemId: item.id,
      accountId: note.accountId,
      mapId: item.mapId,
      kind: note.kind,
      text: note.text,
      color: 'green',
      position: { x: item.x, y: item.y },
      width: item.width,
      height: item.height,
    });
    const viewAfter = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(viewAfter.items).toEqual(viewBefore.items);
    expect(viewAfter.notes.map(({ text, kind, color }) => ({ text, kind, color }))).toEqual([
      { text: 'Workshop 12 May', kind: 'text', color: 'green' },
    ]);
  });

  it('keeps a note on one map: removing its place keeps it, placing it twice is a conflict', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const second = callOk(d, 'maps.create', { accountId: seed.accountId, name: 'Second' });
    const { note, item } = callOk(d, 'notes.create', {
      accountId: seed.accountId,
      mapId: seed.mapId,
      kind: 'sticky',
      text: 'x',
      position: { x: 0, y: 0 },
    });
    expect(callError(d, 'maps.placeItems', { mapId: second.id, items: [{ noteId: note.id, x: 0, y: 0 }] }).code).toBe(
      'conflict',
    );
    const [removed] = callOk(d, 'maps.removeItems', { mapId: seed.mapId, itemIds: [item.id] });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).notes).toEqual([]);
    // Undo of the removal: the same note placed again.
    callOk(d, 'maps.placeItems', {
      mapId: seed.mapId,
      items: [removed ?? item],
    });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).notes.map((n) => n.id)).toEqual([note.id]);
  });

  it('refuses a note on a map of another account, or in an unknown colour, writing nothing', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const other = seedAccount(d, 'Other');
    const before = snapshotTables(backend.db);
    const base = { accountId: seed.accountId, mapId: other.mapId, kind: 'sticky', text: 'x', position: { x: 0, y: 0 } };
    expect(callError(d, 'notes.create', base).issues?.[0]?.path).toBe('mapId');
    expect(callError(d, 'notes.create', { ...base, mapId: seed.mapId, color: 'chartreuse' }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'notes.create', { ...base, mapId: seed.mapId, kind: 'arrow' }).code).toBe('invalid_input');
    expect(callError(d, 'notes.update', { id: randomUUID(), patch: { text: 'y' } }).code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
