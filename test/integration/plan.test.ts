import { describe, expect, it } from 'vitest';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

function setup() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  return { ...temp, d, seed: seedAccount(d) };
}

describe('review checkpoints', () => {
  it('records what was evaluated and decided, latest first; delete and restore round-trip', () => {
    const { d, seed } = setup();
    const first = callOk(d, 'reviews.create', { accountId: seed.accountId, heldOn: '2027-01-10', evaluated: 'Q4' });
    const second = callOk(d, 'reviews.create', {
      accountId: seed.accountId,
      heldOn: '2027-04-10',
      evaluated: 'Bob still skeptical',
      decided: 'CTO visit in May',
    });
    expect(callOk(d, 'reviews.list', { accountId: seed.accountId }).map((r) => r.id)).toEqual([second.id, first.id]);
    const edited = callOk(d, 'reviews.update', { id: first.id, patch: { decided: 'Keep going' } });
    expect(edited).toMatchObject({ evaluated: 'Q4', decided: 'Keep going' });
    const removed = callOk(d, 'reviews.delete', { id: first.id });
    expect(callOk(d, 'reviews.restore', removed)).toEqual(edited);
    expect(callError(d, 'reviews.create', { accountId: seed.accountId, heldOn: 'tomorrow' }).code).toBe(
      'invalid_input',
    );
  });
});

describe('competitors and the analysis sheet', () => {
  it('fills cells of the customer, us and each competitor; clearing a cell empties it', () => {
    const { d, seed } = setup();
    const rival = callOk(d, 'competitors.create', { accountId: seed.accountId, name: 'Voyager' });
    const set = (party: 'customer' | 'us' | 'competitor', text: string, competitorId: string | null = null) =>
      callOk(d, 'analysis.set', { accountId: seed.accountId, party, competitorId, dimension: 'customer_view', text });
    expect(set('us', 'Seen as a niche vendor').before).toBe('');
    expect(set('us', 'Seen as a partner').before).toBe('Seen as a niche vendor');
    set('competitor', 'Incumbent for ERP', rival.id);
    set('customer', 'Wants one supplier');
    expect(
      callOk(d, 'analysis.get', { accountId: seed.accountId }).map((c) => [c.party, c.competitorId, c.text]),
    ).toEqual([
      ['us', null, 'Seen as a partner'],
      ['competitor', rival.id, 'Incumbent for ERP'],
      ['customer', null, 'Wants one supplier'],
    ]);
    expect(set('customer', '').before).toBe('Wants one supplier');
    expect(callOk(d, 'analysis.get', { accountId: seed.accountId })).toHaveLength(2);
  });

  it('refuses a competitor cell without its competitor, a foreign competitor and a duplicate name', () => {
    const { d, seed, backend } = setup();
    const other = seedAccount(d, 'Other');
    const foreign = callOk(d, 'competitors.create', { accountId: other.accountId, name: 'BlueSea' });
    callOk(d, 'competitors.create', { accountId: seed.accountId, name: 'Voyager' });
    const before = snapshotTables(backend.db);
    const cell = { accountId: seed.accountId, dimension: 'cycle_change', text: 'x' } as const;
    expect(callError(d, 'analysis.set', { ...cell, party: 'competitor', competitorId: null }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'analysis.set', { ...cell, party: 'us', competitorId: foreign.id }).code).toBe('invalid_input');
    expect(callError(d, 'analysis.set', { ...cell, party: 'competitor', competitorId: foreign.id }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'competitors.create', { accountId: seed.accountId, name: 'voyager' }).code).toBe('conflict');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('deleting a competitor takes its column and its leaners; restore gives them back', () => {
    const { d, seed, backend } = setup();
    const rival = callOk(d, 'competitors.create', { accountId: seed.accountId, name: 'Voyager' });
    callOk(d, 'competitors.rename', { id: rival.id, name: 'Voyager Software' });
    callOk(d, 'people.update', { id: seed.people.bob, patch: { competitorId: rival.id } });
    callOk(d, 'analysis.set', {
      accountId: seed.accountId,
      party: 'competitor',
      competitorId: rival.id,
      dimension: 'strengths_weaknesses',
      text: 'Cheap, slow',
    });
    const before = snapshotTables(backend.db);
    const removal = callOk(d, 'competitors.delete', { id: rival.id });
    expect(removal.personIds).toEqual([seed.people.bob]);
    expect(removal.cells.map((c) => c.text)).toEqual(['Cheap, slow']);
    expect(callOk(d, 'competitors.list', { accountId: seed.accountId })).toEqual([]);
    expect(callOk(d, 'analysis.get', { accountId: seed.accountId })).toEqual([]);
    callOk(d, 'competitors.restore', removal);
    const after = snapshotTables(backend.db);
    expect(after.competitors).toEqual(before.competitors);
    expect(after.people).toEqual(before.people);
    expect(callOk(d, 'analysis.get', { accountId: seed.accountId }).map((c) => c.text)).toEqual(['Cheap, slow']);
  });
});

describe('my plan', () => {
  it('lists, across accounts, the people with a goal or an open action of mine, soonest due first', () => {
    const { d, seed } = setup();
    const other = seedAccount(d, 'Globex');
    const me = callOk(d, 'team.create', { name: 'Me', isMe: true });
    const colleague = callOk(d, 'team.create', { name: 'Colleague' });
    callOk(d, 'goals.create', {
      accountId: seed.accountId,
      personId: seed.people.ann,
      targetStance: 'champion',
      horizon: '6m',
      dueDate: '2027-06-30',
    });
    const mine = callOk(d, 'actions.create', {
      accountId: other.accountId,
      title: 'Call Bob',
      personIds: [other.people.bob],
      ownerMemberId: me.id,
      dueDate: '2027-02-01',
    });
    // Not mine, and done: neither brings anyone in.
    callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Their call',
      personIds: [seed.people.cid],
      ownerMemberId: colleague.id,
    });
    callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Old',
      personIds: [seed.people.bob],
      ownerMemberId: me.id,
      status: 'done',
    });
    const plan = callOk(d, 'plan.myPlan', {});
    expect(plan.me?.id).toBe(me.id);
    expect(plan.rows.map((r) => [r.name, r.accountName])).toEqual([
      ['Bob', 'Globex'],
      ['Ann', 'Acme'],
    ]);
    expect(plan.rows[0]?.actions.map((a) => a.id)).toEqual([mine.id]);
    expect(plan.rows[1]?.goals.map((g) => g.targetStance)).toEqual(['champion']);

    // Nobody marked as me: every owner's open actions count.
    callOk(d, 'team.update', { id: me.id, patch: { isMe: false } });
    expect(callOk(d, 'plan.myPlan', {}).rows.map((r) => r.name)).toEqual(['Bob', 'Ann', 'Cid']);
    // A deleted person leaves the plan.
    callOk(d, 'people.delete', { ids: [other.people.bob] });
    expect(callOk(d, 'plan.myPlan', {}).rows.map((r) => r.name)).toEqual(['Ann', 'Cid']);
  });
});

describe("a person's plan", () => {
  it('holds their relationship goals and the actions that concern them or serve those goals', () => {
    const { d, seed } = setup();
    const goal = callOk(d, 'goals.create', { accountId: seed.accountId, personId: seed.people.ann, targetAccess: 3 });
    callOk(d, 'goals.create', { accountId: seed.accountId, personId: seed.people.bob, targetAccess: 2 });
    const concerning = callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Coffee with Ann',
      personIds: [seed.people.ann],
    });
    const serving = callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Ask Bob to introduce Ann',
      goalId: goal.id,
    });
    callOk(d, 'actions.create', { accountId: seed.accountId, title: 'Unrelated', personIds: [seed.people.cid] });
    const plan = callOk(d, 'plan.person', { personId: seed.people.ann });
    expect(plan.person.name).toBe('Ann');
    expect(plan.goals.map((g) => g.id)).toEqual([goal.id]);
    expect(plan.actions.map((a) => a.id).sort()).toEqual([concerning.id, serving.id].sort());
  });
});
