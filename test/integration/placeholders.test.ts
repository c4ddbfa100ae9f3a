import { describe, expect, it } from 'vitest';
import { Person } from '../../shared/api/entities';
import { callError, callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

describe('placeholder cards', () => {
  it('creates a placeholder with a role and no name, shown by role and title', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const cfo = callOk(d, 'people.create', {
      accountId: seed.accountId,
      isPlaceholder: true,
      role: 'approver',
      title: 'CFO — not yet identified',
      placeOn: { mapId: seed.mapId, position: { x: 0, y: -200 } },
    });
    expect(Person.parse(cfo)).toEqual(cfo);
    expect(cfo).toMatchObject({ name: '', isPlaceholder: true, role: 'approver', title: 'CFO — not yet identified' });
    expect(cfo.roleAssessedAt).toBe(cfo.createdAt);
    expect(callOk(d, 'people.create', { accountId: seed.accountId, isPlaceholder: true, name: '  ' }).name).toBe('');
  });

  it('refuses a nameless person who is not a placeholder, on create and on update', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    for (const input of [{}, { name: '' }, { name: ' ', isPlaceholder: false }]) {
      const error = callError(d, 'people.create', { accountId: seed.accountId, ...input });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.map((i) => i.path)).toContain('name');
    }
    const placeholder = callOk(d, 'people.create', { accountId: seed.accountId, isPlaceholder: true });
    const error = callError(d, 'people.update', { id: placeholder.id, patch: { isPlaceholder: false } });
    expect(error.issues?.[0]).toEqual({
      path: 'patch.name',
      problem: 'required',
      message: 'A name is needed; only a placeholder may have none',
    });
    expect(Person.safeParse({ ...placeholder, isPlaceholder: false }).success).toBe(false);
  });

  it('naming a placeholder keeps its id, lines, map places and assessments', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const cfo = callOk(d, 'people.create', {
      accountId: seed.accountId,
      isPlaceholder: true,
      role: 'decision_maker',
      influence: 5,
      title: 'CFO',
      placeOn: { mapId: seed.mapId, position: { x: 0, y: -200 } },
    });
    const line = callOk(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.bob,
      toPersonId: cfo.id,
    });
    const member = callOk(d, 'team.create', { name: 'Dana' });
    callOk(d, 'relations.setCoverage', {
      accountId: seed.accountId,
      memberId: member.id,
      personId: cfo.id,
      strength: 0,
    });
    const before = callOk(d, 'maps.view', { mapId: seed.mapId });

    const named = callOk(d, 'people.update', { id: cfo.id, patch: { name: 'Grace Liu', isPlaceholder: false } });
    expect(named).toMatchObject({
      id: cfo.id,
      name: 'Grace Liu',
      isPlaceholder: false,
      role: 'decision_maker',
      influence: 5,
    });
    const after = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(after.items).toEqual(before.items);
    expect(after.relations).toEqual(before.relations);
    expect(after.relations.map((r) => r.id)).toContain(line.id);
    expect(
      callOk(d, 'relations.list', { accountId: seed.accountId }).filter((r) => r.toPersonId === cfo.id),
    ).toHaveLength(2);
  });
});
