import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MapView, Person } from '../../shared/api/entities';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

interface HistoryRow {
  field: string;
  old_value: string | null;
  new_value: string;
  changed_at: string;
}

const historyOf = (db: Db, personId: string): HistoryRow[] =>
  db
    .prepare('SELECT field, old_value, new_value, changed_at FROM person_history WHERE person_id = ? ORDER BY seq')
    .all(personId) as HistoryRow[];

describe('people through the dispatcher', () => {
  it('creates a person placed on a map, with the defaults of an unassessed person', () => {
    const { backend } = startTempBackend();
    const account = callOk(backend.dispatch, 'accounts.create', { name: 'Acme' });
    const [map] = callOk(backend.dispatch, 'maps.list', { accountId: account.id });
    const mapId = map?.id ?? '';
    const itemId = randomUUID();

    const person = callOk(backend.dispatch, 'people.create', {
      accountId: account.id,
      name: ' Ann Lee ',
      title: ' CFO ',
      placeOn: { mapId, itemId, position: { x: 120.5, y: -40 } },
    });

    expect(Person.parse(person)).toEqual(person);
    expect(person).toMatchObject({
      accountId: account.id,
      name: 'Ann Lee',
      title: 'CFO',
      isPlaceholder: false,
      role: 'unknown',
      influence: 3,
      stance: 'neutral',
      access: 0,
      progress: 'none',
      layer: 'key',
      roleAssessedAt: null,
      stanceAssessedAt: null,
    });
    const view = MapView.parse(callOk(backend.dispatch, 'maps.view', { mapId }));
    expect(view.people).toEqual([person]);
    expect(view.items).toEqual([
      {
        id: itemId,
        mapId,
        personId: person.id,
        memberId: null,
        orgUnitId: null,
        noteId: null,
        x: 120.5,
        y: -40,
        width: null,
        height: null,
        collapsed: false,
      },
    ]);
  });

  it('creates a person who is on no map when no placement is asked for', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const person = callOk(backend.dispatch, 'people.create', { accountId: seed.accountId, name: 'Offstage' });
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.people.map((p) => p.id)).not.toContain(person.id);
    expect(callOk(backend.dispatch, 'accounts.get', { id: seed.accountId })).toBeTruthy();
    expect(callOk(backend.dispatch, 'accounts.list', {})[0]?.peopleCount).toBe(4);
  });

  it('refuses a person in an account that does not exist', () => {
    const { backend } = startTempBackend();
    expect(callError(backend.dispatch, 'people.create', { accountId: randomUUID(), name: 'Ann' }).code).toBe(
      'not_found',
    );
  });

  it('writes one history row per changed assessment, with old and new values, and stamps when', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const startedAt = new Date().toISOString();

    const person = callOk(backend.dispatch, 'people.update', {
      id: seed.people.ann,
      patch: { role: 'decision_maker', influence: 5, stance: 'supportive', access: 2, progress: 'know', title: 'CEO' },
    });

    expect(person).toMatchObject({
      role: 'decision_maker',
      influence: 5,
      stance: 'supportive',
      access: 2,
      progress: 'know',
      title: 'CEO',
    });
    const history = historyOf(backend.db, seed.people.ann);
    expect(history.map(({ field, old_value, new_value }) => [field, old_value, new_value])).toEqual([
      ['role', 'unknown', 'decision_maker'],
      ['influence', '3', '5'],
      ['stance', 'neutral', 'supportive'],
      ['access', '0', '2'],
      ['progress', 'none', 'know'],
    ]);
    for (const row of history) {
      expect(row.changed_at >= startedAt).toBe(true);
      expect(row.changed_at).toBe(person.updatedAt);
    }
    for (const stamp of [
      person.roleAssessedAt,
      person.influenceAssessedAt,
      person.stanceAssessedAt,
      person.accessAssessedAt,
      person.progressAssessedAt,
    ]) {
      expect(stamp).toBe(person.updatedAt);
    }
  });

  it('appends to the history on each change, and writes none for unchanged or untracked fields', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.update', { id: seed.people.bob, patch: { stance: 'skeptical' } });
    const second = callOk(backend.dispatch, 'people.update', { id: seed.people.bob, patch: { stance: 'champion' } });
    const same = callOk(backend.dispatch, 'people.update', {
      id: seed.people.bob,
      patch: { stance: 'champion', email: 'bob@example.com', layer: 'broad', stanceConfidence: 'confirmed' },
    });

    expect(historyOf(backend.db, seed.people.bob).map((row) => [row.field, row.old_value, row.new_value])).toEqual([
      ['stance', 'neutral', 'skeptical'],
      ['stance', 'skeptical', 'champion'],
    ]);
    expect(same).toMatchObject({
      stance: 'champion',
      email: 'bob@example.com',
      layer: 'broad',
      stanceConfidence: 'confirmed',
    });
    // An unchanged value is not a new assessment.
    expect(same.stanceAssessedAt).toBe(second.stanceAssessedAt);
    expect(same.roleAssessedAt).toBeNull();
    expect(historyOf(backend.db, seed.people.ann)).toEqual([]);
  });

  it('lets a placeholder go without a name, but not a real person', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    expect(callError(backend.dispatch, 'people.update', { id: seed.people.cid, patch: { name: '' } }).code).toBe(
      'invalid_input',
    );
    const placeholder = callOk(backend.dispatch, 'people.update', {
      id: seed.people.cid,
      patch: { name: '', isPlaceholder: true, role: 'approver' },
    });
    expect(placeholder).toMatchObject({ name: '', isPlaceholder: true, role: 'approver' });
  });

  it('soft-deletes people out of sight and restores them with their lines and places', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'maps.moveItems', {
      mapId: seed.mapId,
      moves: [{ itemId: seed.items.ann, x: 33, y: 44 }],
    });
    const before = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(before.relations.map((r) => r.id)).toEqual([seed.relationId]);

    expect(callOk(backend.dispatch, 'people.delete', { ids: [seed.people.ann, seed.people.cid] })).toEqual({
      ok: true,
    });

    const hidden = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(hidden.people.map((p) => p.name)).toEqual(['Bob']);
    expect(hidden.items.map((i) => i.id)).toEqual([seed.items.bob]);
    expect(hidden.relations).toEqual([]);
    expect(callOk(backend.dispatch, 'accounts.list', {})[0]?.peopleCount).toBe(1);
    expect(callError(backend.dispatch, 'people.update', { id: seed.people.ann, patch: { title: 'x' } }).code).toBe(
      'not_found',
    );
    expect(callError(backend.dispatch, 'people.delete', { ids: [seed.people.ann] }).code).toBe('not_found');
    // The rows are kept so that undo can bring them back whole.
    expect(backend.db.prepare('SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL').get()).toEqual({ n: 2 });
    expect(backend.db.prepare('SELECT count(*) AS n FROM relations').get()).toEqual({ n: 1 });

    const restored = callOk(backend.dispatch, 'people.restore', { ids: [seed.people.ann, seed.people.cid] });
    expect(restored.map((p) => p.name)).toEqual(['Ann', 'Cid']);
    for (const person of restored) Person.parse(person);

    const after = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after.people)).toEqual(byId(before.people));
    expect(byId(after.items)).toEqual(byId(before.items));
    expect(after.relations).toEqual(before.relations);
    expect(after.items.find((i) => i.id === seed.items.ann)).toMatchObject({ x: 33, y: 44 });
  });

  it('refuses to restore someone who was never deleted or does not exist', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    expect(callError(backend.dispatch, 'people.restore', { ids: [seed.people.ann] }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'people.restore', { ids: [randomUUID()] }).code).toBe('not_found');
  });

  it('moves many cards in one call', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'maps.moveItems', {
      mapId: seed.mapId,
      moves: [
        { itemId: seed.items.ann, x: -5, y: 7.25 },
        { itemId: seed.items.cid, x: 1e6, y: -1e6 },
      ],
    });
    const items = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId }).items;
    expect(items.find((i) => i.id === seed.items.ann)).toMatchObject({ x: -5, y: 7.25 });
    expect(items.find((i) => i.id === seed.items.bob)).toMatchObject({ x: 200, y: 0 });
    expect(items.find((i) => i.id === seed.items.cid)).toMatchObject({ x: 1e6, y: -1e6 });
  });
});
