import { describe, expect, it } from 'vitest';
import { callOk, startTempBackend } from '../helpers/tempDb';

/** Rows of the plan and contact tables are written directly: their own services are tested elsewhere. */
describe('the home dashboard', () => {
  it('places each account in its quadrant from potential and the strength of its key relationships', () => {
    const { dispatch } = startTempBackend().backend;
    const star = callOk(dispatch, 'accounts.create', { name: 'Star Corp' });
    callOk(dispatch, 'accounts.update', { id: star.id, patch: { potential: 5 } });
    callOk(dispatch, 'people.create', {
      accountId: star.id,
      name: 'Wang',
      influence: 5,
      stance: 'champion',
      access: 3,
      progress: 'trust',
    });
    const dog = callOk(dispatch, 'accounts.create', { name: 'Dog Ltd' });
    callOk(dispatch, 'accounts.update', { id: dog.id, patch: { potential: 2 } });
    callOk(dispatch, 'people.create', { accountId: dog.id, name: 'Li', stance: 'skeptical' });
    const question = callOk(dispatch, 'accounts.create', { name: 'Question Inc' });
    callOk(dispatch, 'accounts.update', { id: question.id, patch: { potential: 4 } });

    const { portfolio } = callOk(dispatch, 'dashboard.get', { today: '2026-11-23', timeZone: 'Asia/Shanghai' });
    expect(portfolio.map((entry) => [entry.name, entry.quadrant])).toEqual([
      ['Dog Ltd', 'dog'],
      ['Question Inc', 'question'],
      ['Star Corp', 'star'],
    ]);
  });

  it('lists overdue actions and open commitments, overdue first, and nothing settled', () => {
    const { dispatch, db } = startTempBackend().backend;
    const account = callOk(dispatch, 'accounts.create', { name: 'Acme' });
    const wang = callOk(dispatch, 'people.create', { accountId: account.id, name: 'Wang' });
    const now = new Date().toISOString();
    const action = db.prepare(
      `INSERT INTO actions (id, account_id, title, due_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    action.run(crypto.randomUUID(), account.id, 'Late visit', '2026-11-20', 'todo', now, now);
    action.run(crypto.randomUUID(), account.id, 'Due today', '2026-11-23', 'todo', now, now);
    action.run(crypto.randomUUID(), account.id, 'Late but done', '2026-11-01', 'done', now, now);
    const commitment = db.prepare(
      `INSERT INTO commitments (id, account_id, description, by_person_id, due_date, state, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    commitment.run(crypto.randomUUID(), account.id, 'Send the reference list', wang.id, null, 'open', now, now);
    commitment.run(crypto.randomUUID(), account.id, 'Arrange the site visit', wang.id, '2026-11-22', 'open', now, now);
    commitment.run(crypto.randomUUID(), account.id, 'Kept one', wang.id, '2026-11-01', 'kept', now, now);

    const dashboard = callOk(dispatch, 'dashboard.get', { today: '2026-11-23', timeZone: 'Asia/Shanghai' });
    expect(dashboard.overdueActions.map((a) => a.title)).toEqual(['Late visit']);
    expect(dashboard.openCommitments.map((c) => [c.description, c.overdue, c.byName])).toEqual([
      ['Arrange the site visit', true, 'Wang'],
      ['Send the reference list', false, 'Wang'],
    ]);
  });

  it('lists key people past their care cadence, longest overdue first, and leaves the rest out', () => {
    const { dispatch } = startTempBackend().backend;
    const account = callOk(dispatch, 'accounts.create', { name: 'Acme', tier: 'key' });
    const person = (name: string, layer: 'key' | 'broad' = 'key') =>
      callOk(dispatch, 'people.create', { accountId: account.id, name, layer }).id;
    const [wang, li, zhao, broad] = [person('Wang'), person('Li'), person('Zhao'), person('Broad', 'broad')];
    person('Never met');
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const contact = (personIds: string[], days: number) =>
      callOk(dispatch, 'interactions.create', { accountId: account.id, occurredAt: daysAgo(days), personIds });
    contact([wang, broad], 45);
    contact([li], 33);
    contact([zhao], 3);

    const { contactsDue } = callOk(dispatch, 'dashboard.get', { today: '2026-11-23', timeZone: 'UTC' });
    // Key tier: a contact every 30 days. Someone never met is due today, not overdue.
    expect(contactsDue.map((c) => [c.personName, c.daysOverdue])).toEqual([
      ['Wang', 15],
      ['Li', 3],
    ]);
  });

  it('flags an account whose key people turned against us within the last 30 days, and not a steady one', () => {
    const { dispatch, db } = startTempBackend().backend;
    const make = (name: string) => {
      const account = callOk(dispatch, 'accounts.create', { name });
      const person = callOk(dispatch, 'people.create', {
        accountId: account.id,
        name: `${name} CIO`,
        influence: 5,
        stance: 'champion',
        access: 3,
      });
      // Both have been known for a year.
      db.prepare('UPDATE people SET created_at = ? WHERE id = ?').run('2025-01-01T00:00:00.000Z', person.id);
      return person;
    };
    const cooling = make('Cooling');
    make('Steady');
    callOk(dispatch, 'people.update', { id: cooling.id, patch: { stance: 'skeptical' }, reason: 'Lost the pilot' });

    const { portfolio } = callOk(dispatch, 'dashboard.get', { today: '2026-11-23', timeZone: 'UTC' });
    const byName = Object.fromEntries(portfolio.map((entry) => [entry.name, entry]));
    expect(byName.Cooling).toMatchObject({ falling: true });
    expect(byName.Cooling!.strengthBefore).toBeGreaterThan(byName.Cooling!.strength);
    expect(byName.Steady).toMatchObject({ falling: false });
    expect(byName.Steady!.strengthBefore).toBe(byName.Steady!.strength);
  });
});
