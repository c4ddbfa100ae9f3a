import { describe, expect, it } from 'vitest';
import type { NoteColor } from '../../shared/domain/enums';
import { callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

/**
 * An edit returns the row as the store held it before, so its undo restores what was really
 * there — even when the screen that made the edit had an older copy (another window changed the
 * row in between). Each test makes that older copy stale, edits, and undoes from what came back.
 */
const pick = <T extends object>(row: T, keys: readonly string[]): Partial<T> =>
  Object.fromEntries(keys.map((key) => [key, row[key as keyof T]])) as Partial<T>;
/** What the edit and its undo may not bring back: when the row was last written. */
const withoutWriteTime = <T extends object>(row: T) => {
  const { updatedAt: _written, ...rest } = row as T & { updatedAt?: string };
  return rest;
};

function setup() {
  const { backend } = startTempBackend();
  return { d: backend.dispatch, seed: seedAccount(backend.dispatch) };
}

describe('edits return their before-image, and it restores exactly', () => {
  it('people.update', () => {
    const { d, seed } = setup();
    const id = seed.people.ann;
    const cached = callOk(d, 'people.get', { id });
    // Another window changes her title and stance after this one read her.
    callOk(d, 'people.update', { id, patch: { title: 'CFO', stance: 'supportive', email: 'ann@acme.cn' } });
    const stored = callOk(d, 'people.get', { id });

    const patch = { title: 'Chief Financial Officer', stance: 'champion', email: 'ann.li@acme.cn' } as const;
    const { before, ...after } = callOk(d, 'people.update', { id, patch });
    expect(before).toEqual(stored);
    expect(before).not.toEqual(cached);
    expect(after).toEqual(callOk(d, 'people.get', { id }));

    const undone = callOk(d, 'people.update', { id, patch: pick(before, Object.keys(patch)) });
    // Every field is as it was; the assessment's date is the undo's, as for any change.
    expect({ ...withoutWriteTime(undone), stanceAssessedAt: null, before: null }).toEqual({
      ...withoutWriteTime(stored),
      stanceAssessedAt: null,
      before: null,
    });
    expect(undone.title).toBe('CFO');
  });

  it('notes.update', () => {
    const { d, seed } = setup();
    const { note } = callOk(d, 'notes.create', {
      accountId: seed.accountId,
      mapId: seed.mapId,
      kind: 'sticky',
      text: 'Who signs?',
      position: { x: 0, y: 0 },
    });
    callOk(d, 'notes.update', { id: note.id, patch: { text: 'Who signs? Ask Bob.', color: 'blue' } });
    const stored = callOk(d, 'maps.view', { mapId: seed.mapId }).notes.find((n) => n.id === note.id);

    const patch = { text: 'Bob signs.', color: 'green', kind: 'text' } as const;
    const { before } = callOk(d, 'notes.update', { id: note.id, patch });
    expect(before).toEqual(stored);
    expect(before.text).not.toBe(note.text);

    const { before: _edited, ...undone } = callOk(d, 'notes.update', {
      id: note.id,
      patch: { text: before.text, color: before.color as NoteColor, kind: before.kind },
    });
    expect(withoutWriteTime(undone)).toEqual(withoutWriteTime(before));
  });

  it('orgUnits.update (a rename, and a move)', () => {
    const { d, seed } = setup();
    const group = callOk(d, 'orgUnits.create', { accountId: seed.accountId, name: 'Group' });
    const unit = callOk(d, 'orgUnits.create', { accountId: seed.accountId, name: 'Finance' });
    callOk(d, 'orgUnits.update', { id: unit.id, patch: { name: 'Finance & Control', parentId: group.id } });
    const stored = callOk(d, 'orgUnits.list', { accountId: seed.accountId }).find((u) => u.id === unit.id);

    const patch = { name: 'Treasury', parentId: null };
    const { before } = callOk(d, 'orgUnits.update', { id: unit.id, patch });
    expect(before).toEqual(stored);
    expect(before.name).not.toBe(unit.name);

    const { before: _renamed, ...undone } = callOk(d, 'orgUnits.update', {
      id: unit.id,
      patch: pick(before, Object.keys(patch)),
    });
    expect(undone).toEqual(stored);
  });

  it('relations.update', () => {
    const { d, seed } = setup();
    const line = callOk(d, 'relations.list', { accountId: seed.accountId }).find((r) => r.id === seed.relationId);
    callOk(d, 'relations.update', { id: seed.relationId, patch: { label: 'since 2019', kind: 'dotted_line' } });
    const stored = callOk(d, 'relations.list', { accountId: seed.accountId }).find((r) => r.id === seed.relationId);

    const patch = { label: 'weekly', kind: 'reports_to', strength: 2 } as const;
    const { before } = callOk(d, 'relations.update', { id: seed.relationId, patch });
    expect(before).toEqual(stored);
    expect(before).not.toEqual(line);

    const { before: _relabelled, ...undone } = callOk(d, 'relations.update', {
      id: seed.relationId,
      patch: pick(before, Object.keys(patch)),
    });
    expect(undone).toEqual(stored);
  });
});
