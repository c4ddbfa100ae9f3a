import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MapView, Opportunity } from '../../shared/api/entities';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

const historyOf = (db: Db, personId: string) =>
  db
    .prepare(
      'SELECT opportunity_id AS opp, field, old_value AS old, new_value AS new FROM person_history WHERE person_id = ? ORDER BY seq',
    )
    .all(personId) as { opp: string | null; field: string; old: string; new: string }[];

function dealSetup() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  const seed = seedAccount(d);
  callOk(d, 'people.update', { id: seed.people.ann, patch: { role: 'user', influence: 2, stance: 'neutral' } });
  const { opportunity, map } = callOk(d, 'opportunities.create', {
    accountId: seed.accountId,
    name: 'ERP renewal 2027',
    amount: 250000,
    closeDate: '2027-03-31',
    createMap: true,
    copyItemsFromMapId: seed.mapId,
  });
  if (!map) throw new Error('no map');
  return { ...temp, d, seed, opportunity, map };
}

describe('opportunities', () => {
  it('creates one without a map, and one with its own map in the same call', () => {
    const { backend } = startTempBackend();
    const d = backend.dispatch;
    const seed = seedAccount(d);
    const plain = callOk(d, 'opportunities.create', { accountId: seed.accountId, name: 'Small deal' });
    expect(plain.map).toBeNull();
    expect(Opportunity.parse(plain.opportunity)).toMatchObject({
      name: 'Small deal',
      status: 'open',
      amount: null,
      closeDate: null,
      notes: '',
    });
    const mapId = randomUUID();
    const withMap = callOk(d, 'opportunities.create', {
      accountId: seed.accountId,
      name: 'Big deal',
      createMap: true,
      mapId,
    });
    expect(withMap.map).toMatchObject({ id: mapId, name: 'Big deal', opportunityId: withMap.opportunity.id });
    expect(callOk(d, 'maps.view', { mapId }).items).toEqual([]);
    expect(callOk(d, 'maps.list', { accountId: seed.accountId }).map((m) => m.id)).toEqual([seed.mapId, mapId]);
    expect(callOk(d, 'opportunities.list', { accountId: seed.accountId }).map((o) => o.name)).toEqual([
      'Small deal',
      'Big deal',
    ]);
  });

  it('copies the people (not their places’ ids) of a map when asked, and refuses map options without createMap', () => {
    const { d, seed, map } = dealSetup();
    const view = callOk(d, 'maps.view', { mapId: map.id });
    expect(view.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob', 'Cid']);
    expect(view.items.some((i) => Object.values(seed.items).includes(i.id))).toBe(false);
    expect(view.relations).toHaveLength(1);
    expect(
      callError(d, 'opportunities.create', { accountId: seed.accountId, name: 'x', mapName: 'y' }).issues?.[0]?.path,
    ).toBe('mapName');
  });

  it('updates and lists', () => {
    const { d, seed, opportunity } = dealSetup();
    const updated = callOk(d, 'opportunities.update', {
      id: opportunity.id,
      patch: { status: 'won', amount: null, notes: 'Signed.' },
    });
    expect(updated).toMatchObject({ status: 'won', amount: null, notes: 'Signed.', closeDate: '2027-03-31' });
    expect(callOk(d, 'opportunities.list', { accountId: seed.accountId })).toEqual([updated]);
    expect(callError(d, 'opportunities.update', { id: opportunity.id, patch: { status: 'maybe' } }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'opportunities.update', { id: opportunity.id, patch: { closeDate: '31/03/2027' } }).code).toBe(
      'invalid_input',
    );
  });
});

describe('opportunities.assess', () => {
  it('overrides role, influence and stance for the deal; its map shows the effective values and the overrides', () => {
    const { d, seed, opportunity, map, backend } = dealSetup();
    const result = callOk(d, 'opportunities.assess', {
      opportunityId: opportunity.id,
      personId: seed.people.ann,
      patch: { role: 'decision_maker', stance: 'supportive' },
    });
    expect(result.before).toEqual({ personId: seed.people.ann, role: null, influence: null, stance: null });
    expect(result.after).toEqual({
      personId: seed.people.ann,
      role: 'decision_maker',
      influence: null,
      stance: 'supportive',
    });

    const deal = MapView.parse(callOk(d, 'maps.view', { mapId: map.id }));
    expect(deal.opportunity).toEqual(opportunity);
    const ann = deal.people.find((p) => p.id === seed.people.ann);
    expect(ann).toMatchObject({ role: 'decision_maker', influence: 2, stance: 'supportive' });
    expect((ann?.roleAssessedAt ?? '') >= (ann?.influenceAssessedAt ?? '')).toBe(true);
    expect(deal.overrides).toEqual([result.after]);
    // The account-level values (and every other map) are untouched.
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).people.find((p) => p.id === seed.people.ann)).toMatchObject({
      role: 'user',
      stance: 'neutral',
    });
    expect(callOk(d, 'maps.view', { mapId: seed.mapId }).overrides).toEqual([]);

    expect(historyOf(backend.db, seed.people.ann).filter((h) => h.opp)).toEqual([
      { opp: opportunity.id, field: 'role', old: 'user', new: 'decision_maker' },
      { opp: opportunity.id, field: 'stance', old: 'neutral', new: 'supportive' },
    ]);
  });

  it('clears an override with null, and undoes with the returned "before"', () => {
    const { d, seed, opportunity, map, backend } = dealSetup();
    const base = { opportunityId: opportunity.id, personId: seed.people.ann };
    callOk(d, 'opportunities.assess', { ...base, patch: { influence: 5 } });
    const change = callOk(d, 'opportunities.assess', { ...base, patch: { influence: null, stance: 'opposed' } });
    expect(change.before).toMatchObject({ influence: 5, stance: null });
    expect(change.after).toMatchObject({ influence: null, stance: 'opposed' });
    const undo = callOk(d, 'opportunities.assess', {
      ...base,
      patch: { role: change.before.role, influence: change.before.influence, stance: change.before.stance },
    });
    expect(undo.after).toEqual(change.before);
    callOk(d, 'opportunities.assess', { ...base, patch: { influence: null } });
    // Nothing overridden any more: the row is gone and the map shows account-level values.
    expect(backend.db.prepare('SELECT count(*) AS n FROM opportunity_assessments').get()).toEqual({ n: 0 });
    expect(callOk(d, 'maps.view', { mapId: map.id }).overrides).toEqual([]);
    const fields = historyOf(backend.db, seed.people.ann)
      .filter((h) => h.opp)
      .map((h) => [h.field, h.old, h.new]);
    expect(fields).toEqual([
      ['influence', '2', '5'],
      ['influence', '5', '2'],
      ['stance', 'neutral', 'opposed'],
      ['influence', '2', '5'],
      ['stance', 'opposed', 'neutral'],
      ['influence', '5', '2'],
    ]);
  });

  it('refuses a person of another account and bad values, writing nothing', () => {
    const { d, opportunity, backend } = dealSetup();
    const other = seedAccount(d, 'Other');
    const before = snapshotTables(backend.db);
    const base = { opportunityId: opportunity.id, personId: other.people.ann };
    expect(callError(d, 'opportunities.assess', { ...base, patch: { role: 'approver' } }).issues?.[0]?.path).toBe(
      'personId',
    );
    expect(callError(d, 'opportunities.assess', { ...base, patch: { influence: 6 } }).code).toBe('invalid_input');
    expect(callError(d, 'opportunities.assess', { ...base, opportunityId: randomUUID(), patch: {} }).code).toBe(
      'not_found',
    );
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});

describe('opportunities.delete', () => {
  it('deletes the opportunity with its maps and overrides, keeping the people', () => {
    const { d, seed, opportunity, map, backend } = dealSetup();
    callOk(d, 'opportunities.assess', {
      opportunityId: opportunity.id,
      personId: seed.people.ann,
      patch: { role: 'approver' },
    });
    expect(callOk(d, 'opportunities.delete', { id: opportunity.id })).toEqual({ opportunity, deletedMapIds: [map.id] });
    expect(callOk(d, 'maps.list', { accountId: seed.accountId }).map((m) => m.id)).toEqual([seed.mapId]);
    expect(callOk(d, 'people.list', { accountId: seed.accountId })).toHaveLength(3);
    expect(backend.db.prepare('SELECT count(*) AS n FROM opportunity_assessments').get()).toEqual({ n: 0 });
    expect(callError(d, 'opportunities.delete', { id: opportunity.id }).code).toBe('not_found');
  });

  it('refuses when the opportunity’s maps are the only maps of the account', () => {
    const { d, seed, opportunity, backend } = dealSetup();
    callOk(d, 'maps.delete', { id: seed.mapId });
    const before = snapshotTables(backend.db);
    expect(callError(d, 'opportunities.delete', { id: opportunity.id }).code).toBe('conflict');
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
