import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { callError, callOk, seedAccount, startTempBackend } from '../helpers/tempDb';

/**
 * The product only ever logs changes at the moment they happen; to have a past, these tests
 * write it into the file the way months of use would have left it.
 */
function pastChange(
  db: Db,
  personId: string,
  field: string,
  oldValue: string,
  newValue: string,
  changedAt: string,
  opportunityId: string | null = null,
): void {
  db.prepare(
    `INSERT INTO person_history (person_id, opportunity_id, field, old_value, new_value, changed_at, reason)
     VALUES (?, ?, ?, ?, ?, ?, 'met at the trade fair')`,
  ).run(personId, opportunityId, field, oldValue, newValue, changedAt);
}

function seedPast(db: Db, seeded: ReturnType<typeof seedAccount>): void {
  const { ann, bob, cid } = seeded.people;
  db.prepare(`UPDATE people SET created_at = '2026-08-01T09:00:00.000Z' WHERE id IN (?, ?)`).run(ann, bob);
  db.prepare(`UPDATE people SET created_at = '2026-10-22T09:00:00.000Z' WHERE id = ?`).run(cid);
  pastChange(db, ann, 'stance', 'neutral', 'skeptical', '2026-09-01T09:00:00.000Z');
  pastChange(db, ann, 'stance', 'skeptical', 'supportive', '2026-10-20T09:00:00.000Z');
  pastChange(db, bob, 'influence', '3', '5', '2026-10-25T09:00:00.000Z');
  db.prepare(`UPDATE people SET stance = 'supportive' WHERE id = ?`).run(ann);
  db.prepare(`UPDATE people SET influence = 5 WHERE id = ?`).run(bob);
}

describe('history', () => {
  it('lists a person’s changes oldest first, with reason and the deal a change belongs to', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    seedPast(backend.db, seeded);
    const { opportunity } = callOk(backend.dispatch, 'opportunities.create', {
      accountId: seeded.accountId,
      name: 'ERP 2027',
    });
    callOk(backend.dispatch, 'people.update', { id: seeded.people.ann, patch: { access: 3 } });
    callOk(backend.dispatch, 'opportunities.assess', {
      opportunityId: opportunity.id,
      personId: seeded.people.ann,
      patch: { stance: 'champion' },
    });
    const { entries } = callOk(backend.dispatch, 'history.person', { personId: seeded.people.ann });
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue, e.opportunityName])).toEqual([
      ['stance', 'neutral', 'skeptical', null],
      ['stance', 'skeptical', 'supportive', null],
      ['access', '0', '3', null],
      ['stance', 'supportive', 'champion', 'ERP 2027'],
    ]);
    expect(entries[0]?.reason).toBe('met at the trade fair');
    expect(callError(backend.dispatch, 'history.person', { personId: crypto.randomUUID() }).code).toBe('not_found');
  });

  it('shows the map as it stood on a past day: values of then, people added since left out', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    seedPast(backend.db, seeded);
    const view = callOk(backend.dispatch, 'history.mapAsOf', { mapId: seeded.mapId, date: '2026-10-15' });
    const byId = new Map(view.people.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual([seeded.people.ann, seeded.people.bob].sort());
    expect(byId.get(seeded.people.ann)?.stance).toBe('skeptical');
    expect(byId.get(seeded.people.bob)?.influence).toBe(3);
    expect(view.items.some((item) => item.personId === seeded.people.cid)).toBe(false);
    expect(view.relations.map((r) => r.id)).toEqual([seeded.relationId]);

    const before = callOk(backend.dispatch, 'history.mapAsOf', { mapId: seeded.mapId, date: '2026-08-15' });
    expect(before.people.find((p) => p.id === seeded.people.ann)?.stance).toBe('neutral');
    const today = callOk(backend.dispatch, 'maps.view', { mapId: seeded.mapId });
    const now = callOk(backend.dispatch, 'history.mapAsOf', {
      mapId: seeded.mapId,
      date: new Date().toISOString().slice(0, 10),
      utcOffset: 840,
    });
    expect(now.people).toEqual(today.people);
  });

  it('compares two days: who moved which way, who came onto the map', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    seedPast(backend.db, seeded);
    const result = callOk(backend.dispatch, 'history.compare', {
      mapId: seeded.mapId,
      from: '2026-10-15',
      to: '2026-10-30',
    });
    expect(result.added).toEqual([seeded.people.cid]);
    expect(result.movers).toEqual([
      {
        personId: seeded.people.ann,
        name: 'Ann',
        title: '',
        moves: [
          { field: 'stance', from: 'skeptical', to: 'supportive', direction: 'up', reasons: ['met at the trade fair'] },
        ],
      },
      {
        personId: seeded.people.bob,
        name: 'Bob',
        title: '',
        moves: [{ field: 'influence', from: '3', to: '5', direction: 'up', reasons: ['met at the trade fair'] }],
      },
    ]);
  });

  it('on a deal map uses the deal’s own past values', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    seedPast(backend.db, seeded);
    const { opportunity, map } = callOk(backend.dispatch, 'opportunities.create', {
      accountId: seeded.accountId,
      name: 'ERP 2027',
      createMap: true,
      copyItemsFromMapId: seeded.mapId,
    });
    callOk(backend.dispatch, 'opportunities.assess', {
      opportunityId: opportunity.id,
      personId: seeded.people.ann,
      patch: { stance: 'opposed' },
    });
    const dealMap = map!.id;
    const stanceOn = (date: string) =>
      callOk(backend.dispatch, 'history.mapAsOf', { mapId: dealMap, date }).people.find(
        (p) => p.id === seeded.people.ann,
      )?.stance;
    expect(stanceOn(new Date().toISOString().slice(0, 10))).toBe('opposed');
    // Before the deal had a value of its own, it saw the person's.
    expect(stanceOn('2026-10-15')).toBe('skeptical');
    expect(stanceOn('2026-10-21')).toBe('supportive');
  });

  it('refuses a date that is not a calendar day', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    expect(callError(backend.dispatch, 'history.mapAsOf', { mapId: seeded.mapId, date: '2026-13-40' }).code).toBe(
      'invalid_input',
    );
  });
});

describe('history of people whose record is younger than their log', () => {
  it('keeps on a past map someone a logged change shows was known then', () => {
    const { backend } = startTempBackend();
    const seeded = seedAccount(backend.dispatch);
    pastChange(backend.db, seeded.people.cid, 'stance', 'neutral', 'champion', '2026-09-01T09:00:00.000Z');
    backend.db.prepare(`UPDATE people SET stance = 'champion' WHERE id = ?`).run(seeded.people.cid);
    const view = callOk(backend.dispatch, 'history.mapAsOf', { mapId: seeded.mapId, date: '2026-09-15' });
    expect(view.people.map((p) => [p.name, p.stance])).toEqual([['Cid', 'champion']]);
  });
});
