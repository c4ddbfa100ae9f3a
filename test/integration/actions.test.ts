import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Action } from '../../shared/api/methods/plan';
import { horizonEnd, todayIso } from '../../shared/domain/horizon';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

function setup() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  const seed = seedAccount(d);
  const dana = callOk(d, 'team.create', { name: 'Dana' });
  return { ...temp, d, seed, dana };
}

describe('actions', () => {
  it('takes a prefilled action (as insights make one) with its people, owner, goal and source', () => {
    const { d, seed, dana } = setup();
    const goal = callOk(d, 'goals.create', {
      accountId: seed.accountId,
      personId: seed.people.bob,
      targetStance: 'supportive',
    });
    const action = callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Introduce Bob to our CTO',
      goalId: goal.id,
      personIds: [seed.people.bob, seed.people.ann, seed.people.bob],
      ownerMemberId: dana.id,
      horizon: '3m',
      sourceInsight: 'uncovered_decision_maker',
    });
    expect(Action.parse(action)).toEqual(action);
    expect(action).toMatchObject({
      goalId: goal.id,
      ownerMemberId: dana.id,
      status: 'todo',
      sourceInsight: 'uncovered_decision_maker',
      // A horizon without a date is due at the horizon's end.
      dueDate: horizonEnd('3m', todayIso()),
    });
    expect([...action.personIds].sort()).toEqual([seed.people.ann, seed.people.bob].sort());
    expect(callOk(d, 'actions.list', { accountId: seed.accountId })).toEqual([action]);
  });

  it('updates fields and people, and lists open work first, soonest due first', () => {
    const { d, seed } = setup();
    const a = callOk(d, 'actions.create', { accountId: seed.accountId, title: 'A', dueDate: '2027-03-01' });
    const b = callOk(d, 'actions.create', { accountId: seed.accountId, title: 'B', dueDate: '2027-02-01' });
    const c = callOk(d, 'actions.create', { accountId: seed.accountId, title: 'C' });
    const done = callOk(d, 'actions.update', {
      id: b.id,
      patch: { status: 'done', outcome: 'He agreed to a workshop', personIds: [seed.people.cid] },
    });
    expect(done).toMatchObject({ status: 'done', outcome: 'He agreed to a workshop', personIds: [seed.people.cid] });
    expect(callOk(d, 'actions.list', { accountId: seed.accountId }).map((x) => x.title)).toEqual(['A', 'C', 'B']);
    callOk(d, 'actions.update', { id: c.id, patch: { status: 'doing' } });
    expect(callOk(d, 'actions.list', { accountId: seed.accountId }).map((x) => x.title)).toEqual(['C', 'A', 'B']);
    expect(callOk(d, 'actions.update', { id: a.id, patch: { dueDate: null } }).dueDate).toBeNull();
  });

  it('refuses people, goals and owners it cannot use, and bad values, writing nothing', () => {
    const { d, seed, backend } = setup();
    const other = seedAccount(d, 'Other');
    const foreignGoal = callOk(d, 'goals.create', { accountId: other.accountId, title: 'Theirs' });
    const action = callOk(d, 'actions.create', { accountId: seed.accountId, title: 'Mine' });
    const before = snapshotTables(backend.db);
    const refuse = (input: Record<string, unknown>) =>
      callError(d, 'actions.create', { accountId: seed.accountId, title: 'X', ...input });
    expect(refuse({ personIds: [seed.people.ann, other.people.bob] }).issues?.[0]?.path).toBe('personIds.1');
    expect(refuse({ goalId: foreignGoal.id }).issues?.[0]?.path).toBe('goalId');
    expect(refuse({ ownerMemberId: randomUUID() }).code).toBe('not_found');
    expect(refuse({ dueDate: '2027-02-30' }).code).toBe('invalid_input');
    expect(refuse({ status: 'blocked' }).code).toBe('invalid_input');
    expect(callError(d, 'actions.create', { accountId: seed.accountId, title: '   ' }).code).toBe('invalid_input');
    expect(callError(d, 'actions.update', { id: action.id, patch: { personIds: [other.people.ann] } }).code).toBe(
      'invalid_input',
    );
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('delete then restore gives back the same action with its people', () => {
    const { d, seed, backend } = setup();
    callOk(d, 'actions.create', {
      accountId: seed.accountId,
      title: 'Visit',
      personIds: [seed.people.ann, seed.people.cid],
      dueDate: '2027-05-01',
    });
    const list = callOk(d, 'actions.list', { accountId: seed.accountId });
    const before = snapshotTables(backend.db);
    const removed = callOk(d, 'actions.delete', { id: list[0]!.id });
    expect(callOk(d, 'actions.list', { accountId: seed.accountId })).toEqual([]);
    expect(callOk(d, 'actions.restore', removed)).toEqual(list[0]);
    expect(callOk(d, 'actions.list', { accountId: seed.accountId })).toEqual(list);
    expect(snapshotTables(backend.db).action_people).toEqual(before.action_people);
  });
});
