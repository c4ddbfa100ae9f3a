import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { callError, callOk, seedAccount, snapshotTables, startTempBackend } from '../helpers/tempDb';

const DAY = 86_400_000;
const todayPlus = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/** A key-tier account with a decision maker (Bob) and a supporter (Ann, who reports to him), and one of our team. */
function setup() {
  const temp = startTempBackend();
  const { dispatch, db } = temp.backend;
  const seeded = seedAccount(dispatch);
  const { accountId } = seeded;
  const { ann, bob, cid } = seeded.people;
  callOk(dispatch, 'accounts.update', { id: accountId, patch: { tier: 'key' } });
  callOk(dispatch, 'people.update', { id: bob, patch: { role: 'decision_maker', influence: 5 } });
  callOk(dispatch, 'people.update', { id: ann, patch: { stance: 'champion', layer: 'key' } });
  const member = callOk(dispatch, 'team.create', { name: 'Lin' });
  callOk(dispatch, 'accountTeam.set', { accountId, memberId: member.id, role: 'account_manager' });
  const list = (mapId?: string) => callOk(dispatch, 'insights.list', { accountId, mapId });
  const rulesFor = (subject: string, mapId?: string) =>
    list(mapId)
      .insights.filter((i) => i.subject === subject && i.state === null)
      .map((i) => i.rule);
  return { temp, dispatch, db, accountId, ann, bob, cid, memberId: member.id, mapId: seeded.mapId, list, rulesFor };
}

describe('insights over the real store', () => {
  it('flags an uncovered decision maker with a pre-filled action, and drops it once covered', () => {
    const { dispatch, accountId, bob, memberId, list, rulesFor } = setup();
    const uncovered = list().insights.find((i) => i.rule === 'uncovered_key_person');
    expect(uncovered).toMatchObject({
      subject: bob,
      severity: 'high',
      personIds: [bob],
      params: { name: 'Bob' },
      action: { personIds: [bob], horizon: '3m', dueDate: todayPlus(14) },
    });
    expect(callOk(dispatch, 'insights.status', { accountId }).status).toBe('red');

    callOk(dispatch, 'relations.setCoverage', { accountId, memberId, personId: bob, strength: 1 });
    expect(rulesFor(bob)).not.toContain('uncovered_key_person');
    callOk(dispatch, 'people.update', { id: bob, patch: { stance: 'supportive' } });
    expect(callOk(dispatch, 'insights.status', { accountId }).status).toBe('green');
    expect(callOk(dispatch, 'insights.statusAll', {})).toEqual([
      { accountId, status: expect.objectContaining({ status: 'green' }) },
    ]);
  });

  it('reads commitments, interactions and stance history from their tables', () => {
    const { db, accountId, ann, rulesFor, list } = setup();
    const interaction = randomUUID();
    db.prepare(
      `INSERT INTO interactions (id, account_id, occurred_at, scenario, created_at, updated_at)
       VALUES (?, ?, ?, 'work_daily', ?, ?)`,
    ).run(interaction, accountId, daysAgo(45), daysAgo(45), daysAgo(45));
    db.prepare('INSERT INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)').run(interaction, ann);
    db.prepare('UPDATE people SET created_at = ? WHERE id = ?').run(daysAgo(400), ann);
    expect(rulesFor(ann)).toContain('contact_overdue');
    expect(list().insights.find((i) => i.rule === 'contact_overdue')?.params).toMatchObject({ days: 45, cadence: 30 });
    db.prepare('UPDATE interactions SET occurred_at = ? WHERE id = ?').run(daysAgo(3), interaction);
    expect(rulesFor(ann)).not.toContain('contact_overdue');

    const commitment = randomUUID();
    db.prepare(
      `INSERT INTO commitments (id, account_id, description, by_member_id, to_person_id, due_date, state, created_at, updated_at)
       VALUES (?, ?, 'Send the reference list', (SELECT member_id FROM account_team LIMIT 1), ?, ?, 'open', ?, ?)`,
    ).run(commitment, accountId, ann, todayPlus(-2), daysAgo(10), daysAgo(10));
    expect(list().insights.find((i) => i.subject === commitment)).toMatchObject({
      rule: 'commitment_overdue',
      personIds: [ann],
      params: { description: 'Send the reference list' },
    });
    db.prepare(`UPDATE commitments SET state = 'kept' WHERE id = ?`).run(commitment);
    expect(list().insights.some((i) => i.subject === commitment)).toBe(false);

    // The people service writes stance history; a recent fall is an early warning of decline.
    db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', 'champion', 'neutral', ?)`,
    ).run(ann, daysAgo(5));
    db.prepare(`UPDATE people SET stance = 'neutral' WHERE id = ?`).run(ann);
    expect(rulesFor(ann)).toContain('stance_falling');
  });

  it('dismisses and snoozes with a reason, and puts the previous state back for undo', () => {
    const { dispatch, db, accountId, bob, list } = setup();
    const target = { accountId, rule: 'uncovered_key_person' as const, subject: bob };
    const state = () => list().insights.find((i) => i.rule === target.rule)?.state ?? null;

    expect(callOk(dispatch, 'insights.dismiss', { ...target, reason: 'Covered by our partner' }).previous).toBeNull();
    expect(state()).toMatchObject({ state: 'dismissed', reason: 'Covered by our partner', until: null });
    const undone = callOk(dispatch, 'insights.restore', { ...target, previous: null });
    expect(undone.previous?.state).toBe('dismissed');
    expect(state()).toBeNull();
    callOk(dispatch, 'insights.restore', { ...target, previous: undone.previous }); // redo
    expect(state()?.state).toBe('dismissed');

    callOk(dispatch, 'insights.snooze', { ...target, reason: 'After the tender', until: todayPlus(0) });
    expect(state()).toMatchObject({ state: 'snoozed', until: todayPlus(0) });
    callOk(dispatch, 'insights.snooze', { ...target, reason: 'Expired', until: todayPlus(-1) });
    expect(state()).toBeNull();

    const before = snapshotTables(db);
    expect(callError(dispatch, 'insights.dismiss', { ...target, rule: 'made_up', reason: '' }).code).toBe(
      'invalid_input',
    );
    expect(callError(dispatch, 'insights.dismiss', { ...target, accountId: randomUUID(), reason: '' }).code).toBe(
      'not_found',
    );
    expect(callError(dispatch, 'insights.snooze', { ...target, reason: '', until: 'tomorrow' }).code).toBe(
      'invalid_input',
    );
    expect(snapshotTables(db)).toEqual(before);
  });

  it('keeps thresholds across a restart, and they change what fires', () => {
    const { temp, dispatch, cid, rulesFor } = setup();
    callOk(dispatch, 'people.update', { id: cid, patch: { influence: 3, stance: 'opposed' } });
    expect(rulesFor(cid)).not.toContain('influential_opponent');
    const { before, after } = callOk(dispatch, 'insights.setThresholds', { highInfluence: 3 });
    expect([before.highInfluence, after.highInfluence]).toEqual([4, 3]);
    expect(rulesFor(cid)).toContain('influential_opponent');
    const reopened = temp.reopen();
    expect(callOk(reopened.dispatch, 'insights.getThresholds', {}).highInfluence).toBe(3);
    expect(callOk(reopened.dispatch, 'settings.get', {})).toMatchObject({ language: 'system' });
    expect(callError(reopened.dispatch, 'insights.setThresholds', { highInfluence: 9 }).code).toBe('invalid_input');
  });

  it("judges a deal map by that deal's stances", () => {
    const { dispatch, accountId, bob, memberId } = setup();
    callOk(dispatch, 'relations.setCoverage', { accountId, memberId, personId: bob, strength: 2 });
    callOk(dispatch, 'people.update', { id: bob, patch: { stance: 'supportive' } });
    const deal = callOk(dispatch, 'opportunities.create', {
      accountId,
      name: 'Data centre',
      createMap: true,
      copyItemsFromMapId: callOk(dispatch, 'maps.list', { accountId })[0]?.id,
    });
    const dealMap = deal.map?.id ?? '';
    expect(callOk(dispatch, 'insights.status', { accountId, mapId: dealMap }).status).toBe('green');
    callOk(dispatch, 'opportunities.assess', {
      opportunityId: deal.opportunity.id,
      personId: bob,
      patch: { role: null, influence: null, stance: 'opposed' },
    });
    expect(callOk(dispatch, 'insights.status', { accountId, mapId: dealMap }).status).toBe('red');
    expect(callOk(dispatch, 'insights.status', { accountId }).status).toBe('green');
  });

  it('finds the chain from a supporter to the decision maker, and refuses a target elsewhere', () => {
    const { dispatch, accountId, ann, bob, cid } = setup();
    const result = callOk(dispatch, 'insights.pathToPower', { accountId, targetId: bob });
    expect(result.paths[0]).toMatchObject({ personIds: [ann, bob], steps: [{ via: 'reports_to' }] });
    const other = seedAccount(dispatch, 'Other');
    expect(callError(dispatch, 'insights.pathToPower', { accountId, targetId: other.people.ann }).code).toBe(
      'invalid_input',
    );
    expect(callOk(dispatch, 'insights.pathToPower', { accountId, targetId: cid }).paths).toEqual([]);
  });
});
