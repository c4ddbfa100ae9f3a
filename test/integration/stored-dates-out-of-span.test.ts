import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import { callOk, seedAccount, startTempBackend, type SeededAccount } from '../helpers/tempDb';

/**
 * Before dates had a span, the contract let a year 0000 or 9999 through, and an older version may
 * have stored one. Such rows are written here straight into the file, as that version left them;
 * the app must still answer every view: such a date counts as no date, never as a crash.
 */
const FAR_FUTURE = '9999-12-31T23:59:59.000Z';
const YEAR_ZERO = '0000-01-01T00:00:00.000Z';

function writeAsAnOlderVersion(file: string, seed: SeededAccount, memberId: string): { interactionId: string } {
  const db = new Database(file);
  const now = new Date().toISOString();
  const recent = new Date(Date.now() - 3 * 86_400_000).toISOString();
  const interaction = db.prepare(
    `INSERT INTO interactions (id, account_id, occurred_at, scenario, created_at, updated_at)
     VALUES (?, ?, ?, 'work_daily', ?, ?)`,
  );
  const participant = db.prepare(`INSERT INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)`);
  const contact = (at: string, personId: string) => {
    const id = randomUUID();
    interaction.run(id, seed.accountId, at, now, now);
    participant.run(id, personId);
    return id;
  };
  const interactionId = contact(FAR_FUTURE, seed.people.ann);
  contact(YEAR_ZERO, seed.people.bob);
  contact(recent, seed.people.bob);
  contact(FAR_FUTURE, seed.people.cid);
  contact(recent, seed.people.cid);

  const commitment = db.prepare(
    `INSERT INTO commitments (id, account_id, description, by_person_id, due_date, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
  );
  commitment.run(randomUUID(), seed.accountId, 'Promise of year zero', seed.people.ann, '0000-01-01', now, now);
  commitment.run(randomUUID(), seed.accountId, 'Promise of 9999', seed.people.bob, '9999-12-31', now, now);

  const goal = db.prepare(
    `INSERT INTO goals (id, account_id, person_id, title, target_stance, due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'supportive', ?, ?, ?)`,
  );
  const goalId = randomUUID();
  goal.run(goalId, seed.accountId, seed.people.ann, 'Win Ann', '0000-01-01', now, now);
  goal.run(randomUUID(), seed.accountId, null, 'Grow the account', '9999-12-31', now, now);

  const action = db.prepare(
    `INSERT INTO actions (id, account_id, goal_id, title, owner_member_id, due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const actionPeople = db.prepare(`INSERT INTO action_people (action_id, person_id) VALUES (?, ?)`);
  for (const [title, due] of [
    ['Call in year zero', '0000-01-01'],
    ['Call in 1899', '1899-01-01'],
    ['Call in 9999', '9999-12-31'],
  ] as const) {
    const id = randomUUID();
    action.run(id, seed.accountId, goalId, title, memberId, due, now, now);
    actionPeople.run(id, seed.people.ann);
  }

  db.prepare(`INSERT INTO reviews (id, account_id, held_on, created_at) VALUES (?, ?, '9999-12-31', ?)`).run(
    randomUUID(),
    seed.accountId,
    now,
  );
  db.prepare(`UPDATE people SET birthday = '0000-01-01', stance_assessed_at = ? WHERE id = ?`).run(
    FAR_FUTURE,
    seed.people.ann,
  );
  db.prepare(
    `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', 'neutral', 'opposed', ?)`,
  ).run(seed.people.bob, FAR_FUTURE);
  db.prepare(
    `INSERT INTO insight_states (account_id, rule, subject, state, until, created_at)
     VALUES (?, 'no_coach', '', 'snoozed', '9999-12-31', ?)`,
  ).run(seed.accountId, now);
  db.close();
  return { interactionId };
}

describe('dates an older version stored outside 1900–2200', () => {
  it('every view answers, and such a date counts as no date', () => {
    const temp = startTempBackend();
    const seed = seedAccount(temp.backend.dispatch);
    const member = callOk(temp.backend.dispatch, 'team.create', { name: 'Me', isMe: true });
    callOk(temp.backend.dispatch, 'accountTeam.set', {
      accountId: seed.accountId,
      memberId: member.id,
      role: 'account_manager',
    });
    temp.backend.close();
    writeAsAnOlderVersion(temp.file, seed, member.id);
    const { dispatch } = temp.reopen();

    const today = new Date().toISOString().slice(0, 10);
    const zone = { timeZone: 'Asia/Shanghai' };
    const reads: [MethodName, unknown][] = [
      ['dashboard.get', { today, ...zone }],
      ['interactions.contactStatus', { accountId: seed.accountId, ...zone }],
      ['interactions.personStatus', { personId: seed.people.ann, ...zone }],
      ['interactions.personStatus', { personId: seed.people.bob, timeZone: '+14:00' }],
      ['interactions.list', { accountId: seed.accountId }],
      ['interactions.listForPerson', { personId: seed.people.ann }],
      ['commitments.list', { accountId: seed.accountId }],
      ['insights.list', { accountId: seed.accountId }],
      ['insights.list', { accountId: seed.accountId, mapId: seed.mapId }],
      ['insights.status', { accountId: seed.accountId }],
      ['insights.statusAll', {}],
      ['insights.pathToPower', { accountId: seed.accountId, targetId: seed.people.bob }],
      ['plan.myPlan', {}],
      ['plan.person', { personId: seed.people.ann }],
      ['goals.list', { accountId: seed.accountId }],
      ['actions.list', { accountId: seed.accountId }],
      ['reviews.list', { accountId: seed.accountId }],
      ['people.list', { accountId: seed.accountId }],
      ['people.get', { id: seed.people.ann }],
      ['maps.view', { mapId: seed.mapId }],
      ['history.person', { personId: seed.people.bob }],
      ['history.mapAsOf', { mapId: seed.mapId, date: today }],
      ['history.compare', { mapId: seed.mapId, from: '2000-01-01', to: today }],
      ['exports.account', { accountId: seed.accountId, includePrivate: true }],
      ['exports.mapView', { mapId: seed.mapId, includePrivate: false }],
      ['search.query', { text: 'Call' }],
    ];
    const failed = reads.flatMap(([method, input]) => {
      const outcome = dispatch(method, input);
      return outcome.ok ? [] : [`${method}: ${outcome.error.code}`];
    });
    expect(failed).toEqual([]);
    expect(temp.logs.filter((line) => line.includes('internal error'))).toEqual([]);

    // Ann's only contact is in 9999: she counts as never contacted. Bob's year-zero one is
    // passed over for the real one three days ago.
    const status = callOk(dispatch, 'interactions.contactStatus', { accountId: seed.accountId, ...zone });
    const byPerson = new Map(status.people.map((person) => [person.personId, person]));
    expect(byPerson.get(seed.people.ann)?.lastContactAt).toBeNull();
    expect(byPerson.get(seed.people.bob)?.lastContactDate).not.toMatch(/^0000/);
    expect(byPerson.get(seed.people.bob)?.daysOverdue).toBeLessThan(0);
    expect(byPerson.get(seed.people.cid)?.lastContactAt?.slice(0, 4)).toBe(today.slice(0, 4));

    // The home screen shows no action "overdue since 1899" nor a promise due in year zero.
    const dashboard = callOk(dispatch, 'dashboard.get', { today, ...zone });
    expect(dashboard.overdueActions).toEqual([]);
    expect(dashboard.openCommitments.map((c) => [c.description, c.dueDate, c.overdue])).toEqual([
      ['Promise of 9999', null, false],
      ['Promise of year zero', null, false],
    ]);
    expect(dashboard.contactsDue.every((due) => /^(19|2[0-2])\d\d-/.test(due.nextDueDate))).toBe(true);

    // Nor do the insights call a promise of year zero overdue.
    const { insights } = callOk(dispatch, 'insights.list', { accountId: seed.accountId });
    expect(insights.filter((insight) => insight.rule === 'commitment_overdue')).toEqual([]);
  });
});
