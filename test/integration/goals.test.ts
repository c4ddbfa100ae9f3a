import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Goal } from '../../shared/api/methods/plan';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

function setup() {
  const temp = startTempBackend();
  const d = temp.backend.dispatch;
  return { ...temp, d, seed: seedAccount(d) };
}

describe('goals', () => {
  it('keeps account goals and per-person relationship goals apart, open and soonest first', () => {
    const { d, seed } = setup();
    const account = callOk(d, 'goals.create', {
      accountId: seed.accountId,
      title: 'Preferred supplier',
      horizon: '12m',
    });
    const later = callOk(d, 'goals.create', {
      accountId: seed.accountId,
      personId: seed.people.ann,
      targetStance: 'champion',
      dueDate: '2027-06-30',
    });
    const sooner = callOk(d, 'goals.create', {
      accountId: seed.accountId,
      personId: seed.people.ann,
      title: 'Office visits',
      targetAccess: 2,
      targetProgress: 'trust',
      horizon: '3m',
      dueDate: '2027-01-31',
    });
    expect(Goal.parse(sooner)).toEqual(sooner);
    expect(sooner).toMatchObject({
      personId: seed.people.ann,
      targetAccess: 2,
      targetProgress: 'trust',
      status: 'open',
    });
    expect(callOk(d, 'goals.list', { accountId: seed.accountId, personId: seed.people.ann }).map((g) => g.id)).toEqual([
      sooner.id,
      later.id,
    ]);
    callOk(d, 'goals.update', { id: sooner.id, patch: { status: 'achieved' } });
    expect(callOk(d, 'goals.list', { accountId: seed.accountId }).map((g) => g.id)).toEqual([
      later.id,
      account.id,
      sooner.id,
    ]);
  });

  it('refuses a goal that says nothing, or a person of another account, and writes nothing', () => {
    const { d, seed, backend } = setup();
    const other = seedAccount(d, 'Other');
    const goal = callOk(d, 'goals.create', { accountId: seed.accountId, personId: seed.people.bob, targetAccess: 3 });
    const before = snapshotTables(backend.db);
    expect(callError(d, 'goals.create', { accountId: seed.accountId }).issues?.[0]?.path).toBe('title');
    expect(
      callError(d, 'goals.create', { accountId: seed.accountId, personId: other.people.ann, title: 'x' }).code,
    ).toBe('invalid_input');
    expect(callError(d, 'goals.create', { accountId: seed.accountId, title: 'x', horizon: '2y' }).code).toBe(
      'invalid_input',
    );
    expect(callError(d, 'goals.update', { id: goal.id, patch: { targetAccess: null } }).code).toBe('invalid_input');
    expect(callError(d, 'goals.update', { id: goal.id, patch: { targetAccess: 5 } }).code).toBe('invalid_input');
    expect(callError(d, 'goals.update', { id: randomUUID(), patch: { title: 'q' } }).code).toBe('not_found');
    expect(snapshotTables(backend.db)).toEqual(before);
  });

  it('deleting a goal keeps its actions; restore puts the goal back and its actions serve it again', () => {
    const { d, seed, backend } = setup();
    const goal = callOk(d, 'goals.create', { accountId: seed.accountId, title: 'Win the CFO' });
    const action = callOk(d, 'actions.create', { accountId: seed.accountId, title: 'Lunch', goalId: goal.id });
    const before = snapshotTables(backend.db);
    const removal = callOk(d, 'goals.delete', { id: goal.id });
    expect(removal.actionIds).toEqual([action.id]);
    expect(callOk(d, 'actions.list', { accountId: seed.accountId })[0]?.goalId).toBeNull();
    expect(callOk(d, 'goals.restore', removal)).toEqual(goal);
    expect(snapshotTables(backend.db)).toEqual(before);
  });
});
