import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Relation } from '../../shared/api/entities';
import { callError, callOk, countRows, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

describe('relations through the dispatcher', () => {
  it('creates a line between two people of the account, shown on the map', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const relation = callOk(backend.dispatch, 'relations.create', {
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.bob,
      strength: 3,
      label: '  golf partners ',
    });
    expect(Relation.parse(relation)).toEqual(relation);
    expect(relation).toMatchObject({
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.cid,
      toPersonId: seed.people.bob,
      fromMemberId: null,
      toMemberId: null,
      strength: 3,
      label: 'golf partners',
    });
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.relations.map((r) => r.id).sort()).toEqual([relation.id, seed.relationId].sort());
  });

  it('gives a new line strength 1 and no label by default', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const view = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId });
    expect(view.relations).toEqual([
      {
        id: seed.relationId,
        accountId: seed.accountId,
        kind: 'reports_to',
        fromPersonId: seed.people.ann,
        fromMemberId: null,
        toPersonId: seed.people.bob,
        toMemberId: null,
        strength: 1,
        label: '',
      },
    ]);
  });

  it('updates kind, strength and label, keeping what the patch leaves out', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const updated = callOk(backend.dispatch, 'relations.update', {
      id: seed.relationId,
      patch: { kind: 'ally', strength: 2 },
    });
    expect(updated).toMatchObject({ kind: 'ally', strength: 2, label: '', fromPersonId: seed.people.ann });
    const relabelled = callOk(backend.dispatch, 'relations.update', {
      id: seed.relationId,
      patch: { label: 'old friends' },
    });
    expect(relabelled).toMatchObject({ kind: 'ally', strength: 2, label: 'old friends' });
  });

  it('deletes a line and returns it as it was, so it can be brought back', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const [before] = callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId }).relations;
    expect(callOk(backend.dispatch, 'relations.delete', { id: seed.relationId })).toEqual(before);
    expect(callOk(backend.dispatch, 'maps.view', { mapId: seed.mapId }).relations).toEqual([]);
    expect(countRows(backend.db, 'relations')).toBe(0);
    expect(callError(backend.dispatch, 'relations.delete', { id: seed.relationId }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'relations.update', { id: seed.relationId, patch: { strength: 0 } }).code).toBe(
      'not_found',
    );

    // Undo of a delete: the same line created again with its own id.
    const back = callOk(backend.dispatch, 'relations.create', {
      id: seed.relationId,
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.ann,
      toPersonId: seed.people.bob,
    });
    expect(back).toEqual(before);
  });

  it('refuses a line from a person to themselves, writing nothing', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    const error = callError(backend.dispatch, 'relations.create', {
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.ann,
      toPersonId: seed.people.ann,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path)).toContain('toPersonId');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('refuses a line between people of two accounts, whichever account it claims', () => {
    const { backend } = startTempBackend();
    const mine = seedAccount(backend.dispatch, 'Mine');
    const theirs = seedAccount(backend.dispatch, 'Theirs');
    const before = snapshotTables(backend.db);
    for (const accountId of [mine.accountId, theirs.accountId]) {
      const error = callError(backend.dispatch, 'relations.create', {
        accountId,
        kind: 'ally',
        fromPersonId: mine.people.ann,
        toPersonId: theirs.people.bob,
      });
      expect(error.code).toBe('invalid_input');
    }
    // Both people of one account, filed under the other account.
    expect(
      callError(backend.dispatch, 'relations.create', {
        accountId: theirs.accountId,
        kind: 'ally',
        fromPersonId: mine.people.ann,
        toPersonId: mine.people.cid,
      }).code,
    ).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('refuses a covers line between two of their people, and turning a line into one', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    const before = snapshotTables(backend.db);
    expect(
      callError(backend.dispatch, 'relations.create', {
        accountId: seed.accountId,
        kind: 'covers',
        fromPersonId: seed.people.ann,
        toPersonId: seed.people.cid,
      }).code,
    ).toBe('invalid_input');
    expect(
      callError(backend.dispatch, 'relations.update', { id: seed.relationId, patch: { kind: 'covers' } }).code,
    ).toBe('invalid_input');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('refuses a line to a deleted or unknown person', () => {
    const { backend } = startTempBackend();
    const seed = seedAccount(backend.dispatch);
    callOk(backend.dispatch, 'people.delete', { ids: [seed.people.cid] });
    for (const toPersonId of [seed.people.cid, randomUUID()]) {
      expect(
        callError(backend.dispatch, 'relations.create', {
          accountId: seed.accountId,
          kind: 'rival',
          fromPersonId: seed.people.ann,
          toPersonId,
        }).code,
      ).toBe('not_found');
    }
    expect(countRows(backend.db, 'relations')).toBe(1);
  });
});
