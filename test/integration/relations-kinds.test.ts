import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/dispatch';
import { callError, callOk, countRows, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

function setup() {
  const temp = startTempBackend();
  const d: Dispatch = temp.backend.dispatch;
  const seed = seedAccount(d);
  const member = callOk(d, 'team.create', { name: 'Dana' });
  return { ...temp, d, seed, member };
}

describe('covers lines from our team', () => {
  it('runs from a member to one of their people with strength 0..2, and shows when both ends are on the map', () => {
    const { d, seed, member } = setup();
    const lines = [0, 1, 2].map((strength, i) =>
      callOk(d, 'relations.create', {
        accountId: seed.accountId,
        kind: 'covers',
        fromMemberId: member.id,
        toPersonId: [seed.people.ann, seed.people.bob, seed.people.cid][i] ?? '',
        strength,
      }),
    );
    expect(lines.map((l) => [l.fromPersonId, l.fromMemberId, l.strength])).toEqual([
      [null, member.id, 0],
      [null, member.id, 1],
      [null, member.id, 2],
    ]);
    // The member is not on the map yet: their lines are not drawn.
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).relations.map((r) => r.kind)).toEqual(['reports_to']);
    callOk(d, 'maps.placeItems', { mapId: seed.mapId, items: [{ memberId: member.id, x: 0, y: 300 }] });
    const view = callOk(d, 'maps.view', { mapId: seed.mapId });
    expect(view.relations.filter((r) => r.kind === 'covers')).toHaveLength(3);
    // Taking Cid off the map hides the line to him.
    callOk(d, 'maps.removeItems', { mapId: seed.mapId, itemIds: [seed.items.cid] });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).relations.filter((r) => r.kind === 'covers')).toHaveLength(2);
    expect(callOk(d, 'relations.list', { accountId: seed.accountId })).toHaveLength(4);
  });

  it.each([
    ['a covers line of strength 3', { kind: 'covers', fromMember: true, strength: 3 }, 'strength'],
    ['a covers line from a person', { kind: 'covers', fromMember: false }, 'kind'],
    ['a reports_to line from a member', { kind: 'reports_to', fromMember: true }, 'kind'],
    ['an influences line of strength 0', { kind: 'influences', fromMember: false, strength: 0 }, 'strength'],
  ] as const)('refuses %s with a clear message at the field', (_, shape, path) => {
    const { d, seed, member, backend } = setup();
    const before = snapshotTables(backend.db);
    const error = callError(d, 'relations.create', {
      accountId: seed.accountId,
      kind: shape.kind,
      ...(shape.fromMember ? { fromMemberId: member.id } : { fromPersonId: seed.people.cid }),
      toPersonId: seed.people.bob,
      ...('strength' in shape && { strength: shape.strength }),
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path)).toContain(path);
    expect(error.issues?.[0]?.message).toMatch(/covers|strength|team/);
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('refuses a line with both or neither of fromPersonId and fromMemberId', () => {
    const { d, seed, member } = setup();
    for (const ends of [{ fromPersonId: seed.people.ann, fromMemberId: member.id }, {}]) {
      const error = callError(d, 'relations.create', {
        accountId: seed.accountId,
        kind: 'covers',
        ...ends,
        toPersonId: seed.people.bob,
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.map((i) => i.path)).toContain('fromPersonId');
    }
  });

  it('keeps influences at 1..3 and covers at 0..2 when a line is updated, and never swaps a line’s ends', () => {
    const { d, seed, member } = setup();
    const influence = callOk(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.bob,
      strength: 3,
    });
    expect(callError(d, 'relations.update', { id: influence.id, patch: { strength: 0 } }).issues?.[0]?.path).toBe(
      'patch.strength',
    );
    const ally = callOk(d, 'relations.update', { id: influence.id, patch: { kind: 'ally', strength: 0 } });
    expect(ally).toMatchObject({ kind: 'ally', strength: 0 });
    expect(callError(d, 'relations.update', { id: ally.id, patch: { kind: 'influences' } }).code).toBe('invalid_input');
    expect(callOk(d, 'relations.update', { id: ally.id, patch: { kind: 'influences', strength: 2 } }).strength).toBe(2);

    const covers = callOk(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'covers',
      fromMemberId: member.id,
      toPersonId: seed.people.ann,
    });
    expect(covers.strength).toBe(1);
    expect(callError(d, 'relations.update', { id: covers.id, patch: { strength: 3 } }).code).toBe('invalid_input');
    expect(callError(d, 'relations.update', { id: covers.id, patch: { kind: 'ally' } }).code).toBe('invalid_input');
    expect(callOk(d, 'relations.update', { id: covers.id, patch: { strength: 2, label: 'golf' } })).toMatchObject({
      kind: 'covers',
      strength: 2,
      label: 'golf',
    });
  });
});

describe('the shape of the lines between their people', () => {
  it('refuses a second line of the same kind between the same two (either way for ally and rival)', () => {
    const { d, seed, backend } = setup();
    const base = { accountId: seed.accountId, fromPersonId: seed.people.ann, toPersonId: seed.people.cid };
    callOk(d, 'relations.create', { ...base, kind: 'ally' });
    const before = snapshotTables(backend.db);
    expect(callError(d, 'relations.create', { ...base, kind: 'ally' }).code).toBe('conflict');
    expect(
      callError(d, 'relations.create', {
        ...base,
        kind: 'ally',
        fromPersonId: seed.people.cid,
        toPersonId: seed.people.ann,
      }).code,
    ).toBe('conflict');
    expect(
      callError(d, 'relations.create', {
        ...base,
        fromPersonId: seed.people.ann,
        kind: 'reports_to',
        toPersonId: seed.people.bob,
      }).code,
    ).toBe('conflict');
    expect(snapshotTables(backend.db)).toEqual(before);
    // Another kind between the same two is fine, and so is influence the other way round.
    callOk(d, 'relations.create', { ...base, kind: 'influences' });
    callOk(d, 'relations.create', {
      ...base,
      kind: 'influences',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.ann,
    });
  });

  it('refuses a reporting line that closes a loop, on create and on a change of kind', () => {
    const { d, seed, backend } = setup();
    // Seed: Ann reports to Bob. Add Bob reports to Cid.
    callOk(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.bob,
      toPersonId: seed.people.cid,
    });
    const before = snapshotTables(backend.db);
    const loop = callError(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.ann,
    });
    expect(loop.code).toBe('invalid_input');
    expect(loop.message).toMatch(/loop/);
    expect(snapshotTables(backend.db)).toEqual(before);
    const influence = callOk(d, 'relations.create', {
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.ann,
    });
    expect(callError(d, 'relations.update', { id: influence.id, patch: { kind: 'reports_to' } }).code).toBe(
      'invalid_input',
    );
    expect(callOk(d, 'relations.update', { id: influence.id, patch: { kind: 'rival' } }).kind).toBe('rival');
  });
});

describe('relations.setCoverage', () => {
  it('creates the one covers line, then changes its strength, returning what was before', () => {
    const { d, seed, member } = setup();
    const id = randomUUID();
    const input = { accountId: seed.accountId, memberId: member.id, personId: seed.people.bob };
    const created = callOk(d, 'relations.setCoverage', { ...input, id, strength: 0 });
    expect(created.previous).toBeNull();
    expect(created.relation).toMatchObject({ id, kind: 'covers', fromMemberId: member.id, strength: 0 });
    const changed = callOk(d, 'relations.setCoverage', { ...input, strength: 2 });
    expect(changed.previous).toEqual(created.relation);
    expect(changed.relation).toMatchObject({ id, strength: 2 });
    const same = callOk(d, 'relations.setCoverage', { ...input, strength: 2 });
    expect(same.relation).toEqual(changed.relation);
    expect(callOk(d, 'relations.list', { accountId: seed.accountId }).filter((r) => r.kind === 'covers')).toHaveLength(
      1,
    );
    // Undo of the first call: delete the line it created.
    callOk(d, 'relations.delete', { id });
    expect(callOk(d, 'relations.list', { accountId: seed.accountId }).map((r) => r.kind)).toEqual(['reports_to']);
  });

  it('refuses strength 3, people of other accounts and unknown members, writing nothing', () => {
    const { d, seed, member, backend } = setup();
    const other = seedAccount(d, 'Other');
    const before = snapshotTables(backend.db);
    const input = { accountId: seed.accountId, memberId: member.id, personId: seed.people.bob, strength: 1 };
    expect(callError(d, 'relations.setCoverage', { ...input, strength: 3 }).code).toBe('invalid_input');
    expect(callError(d, 'relations.setCoverage', { ...input, personId: other.people.ann }).code).toBe('invalid_input');
    expect(callError(d, 'relations.setCoverage', { ...input, memberId: randomUUID() }).code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('relations.list', () => {
  it('lists every line of the account, leaving out those of deleted people until they are restored', () => {
    const { d, seed, member, backend } = setup();
    callOk(d, 'relations.setCoverage', {
      accountId: seed.accountId,
      memberId: member.id,
      personId: seed.people.ann,
      strength: 1,
    });
    expect(callOk(d, 'relations.list', { accountId: seed.accountId })).toHaveLength(2);
    callOk(d, 'people.delete', { ids: [seed.people.ann] });
    expect(callOk(d, 'relations.list', { accountId: seed.accountId })).toEqual([]);
    expect(countRows(backend.db, 'relations')).toBe(2);
    callOk(d, 'people.restore', { ids: [seed.people.ann] });
    expect(callOk(d, 'relations.list', { accountId: seed.accountId })).toHaveLength(2);
    expect(callError(d, 'relations.list', { accountId: randomUUID() }).code).toBe('not_found');
  });
});
