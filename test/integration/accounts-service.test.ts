import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Account, AccountSummary, MapInfo } from '../../shared/api/entities';
import { DEFAULT_MAP_NAME } from '../../electron/backend/services/accounts';
import { callError, callOk, countRows, seedAccount, startTempBackend } from '../helpers/tempDb';

describe('accounts through the dispatcher', () => {
  it('creates an account with defaults and exactly one map', () => {
    const { backend } = startTempBackend();
    const startedAt = new Date().toISOString();
    const account = callOk(backend.dispatch, 'accounts.create', { name: '  Northwind  ' });

    expect(Account.parse(account)).toEqual(account);
    expect(account).toMatchObject({
      name: 'Northwind',
      tier: 'standard',
      stage: 'exploration',
      relationshipType: 'transactional',
      potential: 3,
      orgStep: 'communicate',
      notes: '',
    });
    expect(account.createdAt >= startedAt).toBe(true);
    expect(account.updatedAt).toBe(account.createdAt);

    const maps = callOk(backend.dispatch, 'maps.list', { accountId: account.id });
    expect(maps).toHaveLength(1);
    expect(MapInfo.parse(maps[0])).toMatchObject({
      accountId: account.id,
      name: DEFAULT_MAP_NAME,
      opportunityId: null,
    });
    const view = callOk(backend.dispatch, 'maps.view', { mapId: maps[0]?.id ?? '' });
    expect(view).toMatchObject({ items: [], people: [], relations: [] });
    expect(view.account).toEqual(account);
  });

  it('uses the given id, tier and first map name', () => {
    const { backend } = startTempBackend();
    const id = randomUUID();
    const account = callOk(backend.dispatch, 'accounts.create', {
      id,
      name: 'Contoso',
      tier: 'strategic',
      firstMapName: 'Deal 2025',
    });
    expect(account).toMatchObject({ id, tier: 'strategic' });
    expect(callOk(backend.dispatch, 'maps.list', { accountId: id }).map((m) => m.name)).toEqual(['Deal 2025']);
  });

  it('refuses a second account with the same id as a conflict, writing nothing', () => {
    const { backend } = startTempBackend();
    const id = randomUUID();
    callOk(backend.dispatch, 'accounts.create', { id, name: 'First' });
    expect(callError(backend.dispatch, 'accounts.create', { id, name: 'Second' }).code).toBe('conflict');
    expect(callOk(backend.dispatch, 'accounts.get', { id }).name).toBe('First');
    expect(countRows(backend.db, 'maps')).toBe(1);
  });

  it('lists accounts by name, ignoring case, with the count of living people', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch, 'beta');
    callOk(backend.dispatch, 'accounts.create', { name: 'Alpha' });
    callOk(backend.dispatch, 'accounts.create', { name: 'Gamma' });
    callOk(backend.dispatch, 'people.delete', { ids: [seeded.people.cid] });

    const list = callOk(backend.dispatch, 'accounts.list', {});
    for (const row of list) AccountSummary.parse(row);
    expect(list.map((a) => [a.name, a.peopleCount])).toEqual([
      ['Alpha', 0],
      ['beta', 2],
      ['Gamma', 0],
    ]);
  });

  it('renames and updates an account, and gets it back', () => {
    const { backend } = startTempBackend();
    const created = callOk(backend.dispatch, 'accounts.create', { name: 'Old name' });
    const updated = callOk(backend.dispatch, 'accounts.update', {
      id: created.id,
      patch: { name: ' New name ', tier: 'key', potential: 5, notes: 'Met the CIO' },
    });
    expect(updated).toMatchObject({
      id: created.id,
      name: 'New name',
      tier: 'key',
      potential: 5,
      notes: 'Met the CIO',
    });
    expect(updated.stage).toBe(created.stage);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    expect(callOk(backend.dispatch, 'accounts.get', { id: created.id })).toEqual(updated);
  });

  it('answers not_found for an account that does not exist', () => {
    const { backend } = startTempBackend();
    const id = randomUUID();
    expect(callError(backend.dispatch, 'accounts.get', { id }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'accounts.update', { id, patch: { name: 'x' } }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'accounts.delete', { id }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'maps.list', { accountId: id }).code).toBe('not_found');
  });

  it('deletes an account with all its people, maps, lines and history, leaving other accounts alone', () => {
    const { backend } = startTempBackend();
    const doomed = seedAccount(backend.dispatch, 'Doomed');
    const kept = seedAccount(backend.dispatch, 'Kept');
    callOk(backend.dispatch, 'people.update', { id: doomed.people.ann, patch: { stance: 'champion' } });
    callOk(backend.dispatch, 'people.update', { id: kept.people.ann, patch: { stance: 'opposed' } });

    expect(callOk(backend.dispatch, 'accounts.delete', { id: doomed.accountId })).toEqual({ ok: true });

    expect(callError(backend.dispatch, 'accounts.get', { id: doomed.accountId }).code).toBe('not_found');
    expect(callError(backend.dispatch, 'maps.view', { mapId: doomed.mapId }).code).toBe('not_found');
    for (const [table, column] of [
      ['people', 'account_id'],
      ['maps', 'account_id'],
      ['relations', 'account_id'],
    ] as const) {
      expect(
        backend.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(doomed.accountId),
      ).toEqual({ n: 0 });
    }
    expect(countRows(backend.db, 'map_items')).toBe(3);
    expect(countRows(backend.db, 'person_history')).toBe(1);
    const keptView = callOk(backend.dispatch, 'maps.view', { mapId: kept.mapId });
    expect(keptView.people).toHaveLength(3);
    expect(keptView.relations).toHaveLength(1);
    expect(callOk(backend.dispatch, 'accounts.list', {}).map((a) => a.name)).toEqual(['Kept']);
  });
});
