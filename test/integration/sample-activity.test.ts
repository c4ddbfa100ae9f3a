import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ANALYSIS_DIMENSIONS,
  COMMITMENT_STATES,
  HORIZONS,
  LANGUAGES,
  SCENARIOS,
  type ActionStatus,
} from '../../shared/domain/enums';
import { addDays, todayIso } from '../../shared/domain/horizon';
import { sampleSpec } from '../../electron/backend/services/sample/createSample';
import { callOk, startTempBackend } from '../helpers/tempDb';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const CJK = /[\u4e00-\u9fff]/;

function openSample(language: (typeof LANGUAGES)[number]) {
  const { backend } = startTempBackend();
  const d = backend.dispatch;
  const account = callOk(d, 'accounts.createSample', { language });
  const people = callOk(d, 'people.list', { accountId: account.id });
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? id;
  return { d, account, people, nameOf, today: todayIso() };
}

describe.each(LANGUAGES.map((language) => [language]))('the sample account in %s is lived in', (language) => {
  it('has eight weeks of contacts in every scenario, with both sides taking part', () => {
    const { d, account } = openSample(language);
    const interactions = callOk(d, 'interactions.list', { accountId: account.id });
    expect(interactions.length).toBeGreaterThanOrEqual(12);
    expect(interactions.length).toBeLessThanOrEqual(20);
    expect(new Set(interactions.map((i) => i.scenario))).toEqual(new Set(SCENARIOS));
    expect(new Set(interactions.map((i) => i.channel)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(interactions.flatMap((i) => i.personIds)).size).toBeGreaterThanOrEqual(10);
    for (const interaction of interactions) {
      expect(interaction.personIds.length, interaction.summary).toBeGreaterThan(0);
      expect(interaction.memberIds.length, interaction.summary).toBeGreaterThan(0);
      expect(interaction.summary).not.toBe('');
      expect(CJK.test(interaction.summary), interaction.summary).toBe(language === 'zh-CN');
      // All in the past, none older than about eight weeks.
      expect(Date.parse(interaction.occurredAt)).toBeLessThanOrEqual(Date.now());
      // Work happens on working days (in the local calendar the sample was dated in).
      const weekday = new Date(interaction.occurredAt).getDay();
      if (interaction.scenario.startsWith('work_')) expect([0, 6], interaction.summary).not.toContain(weekday);
      expect(Date.parse(interaction.occurredAt)).toBeGreaterThan(Date.now() - 60 * 86_400_000);
    }
    expect(interactions.filter((i) => i.notes !== '').length).toBeGreaterThanOrEqual(3);
    const effects = new Set(interactions.map((i) => i.bankEffect));
    expect([...effects].some((e) => e < 0) && [...effects].some((e) => e > 0)).toBe(true);
    expect(interactions.filter((i) => i.isPrivate)).toHaveLength(1);
  });

  it('has commitments kept, one broken, some open and one open past its due date', () => {
    const { d, account, today } = openSample(language);
    const commitments = callOk(d, 'commitments.list', { accountId: account.id });
    expect(new Set(commitments.map((c) => c.state))).toEqual(new Set(COMMITMENT_STATES));
    expect(commitments.filter((c) => c.state === 'broken')).toHaveLength(1);
    const open = commitments.filter((c) => c.state === 'open');
    expect(open.filter((c) => c.dueDate !== null && c.dueDate < today).length).toBeGreaterThanOrEqual(1);
    expect(open.filter((c) => c.dueDate !== null && c.dueDate >= today).length).toBeGreaterThanOrEqual(2);
    // Closed ones were closed in the past; both sides make promises.
    for (const c of commitments.filter((c) => c.state !== 'open')) {
      expect(Date.parse(c.closedAt ?? '')).toBeLessThan(Date.now());
    }
    expect(new Set(commitments.map((c) => c.by.kind))).toEqual(new Set(['person', 'member']));
  });

  it('has goals on every horizon, actions done, open and overdue, and a review', () => {
    const { d, account, today } = openSample(language);
    const goals = callOk(d, 'goals.list', { accountId: account.id });
    expect(new Set(goals.map((g) => g.horizon))).toEqual(new Set(HORIZONS));
    const accountGoals = goals.filter((g) => g.personId === null);
    const personGoals = goals.filter((g) => g.personId !== null);
    expect(accountGoals.length).toBeGreaterThanOrEqual(1);
    expect(personGoals.length).toBeGreaterThanOrEqual(2);
    for (const goal of personGoals) {
      expect(goal.targetStance ?? goal.targetAccess ?? goal.targetProgress).not.toBeNull();
      expect(goal.dueDate! > today).toBe(true);
    }

    const actions = callOk(d, 'actions.list', { accountId: account.id });
    expect(actions.length).toBeGreaterThanOrEqual(6);
    const done = actions.filter((a) => a.status === 'done');
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const action of done) expect(action.outcome).not.toBe('');
    const isOpen = (status: ActionStatus) => status === 'todo' || status === 'doing';
    expect(actions.filter((a) => isOpen(a.status) && a.dueDate! < today).length).toBeGreaterThanOrEqual(1);
    expect(actions.filter((a) => isOpen(a.status) && a.dueDate! >= today).length).toBeGreaterThanOrEqual(2);
    for (const action of actions) {
      expect(action.goalId).not.toBeNull();
      expect(action.ownerMemberId).not.toBeNull();
      expect(action.personIds.length).toBeGreaterThan(0);
    }

    const [review, ...more] = callOk(d, 'reviews.list', { accountId: account.id });
    expect(more).toEqual([]);
    // Ten days ago, or the Friday before when that was a weekend.
    const heldOn = review?.heldOn ?? '';
    expect(heldOn <= addDays(today, -10) && heldOn >= addDays(today, -12), heldOn).toBe(true);
    expect(review?.evaluated).not.toBe('');
    expect(review?.decided).not.toBe('');
  });

  it('fills the analysis sheet for the customer, us and each competitor', () => {
    const { d, account } = openSample(language);
    const cells = callOk(d, 'analysis.get', { accountId: account.id });
    const competitors = callOk(d, 'competitors.list', { accountId: account.id });
    expect(cells).toHaveLength(ANALYSIS_DIMENSIONS.length * (2 + competitors.length));
    for (const cell of cells) expect(CJK.test(cell.text), cell.text).toBe(language === 'zh-CN');
  });

  it('shows a key person past the care cadence, in the insights and on the dashboard, and nobody else', () => {
    const { d, account, nameOf, today } = openSample(language);
    // The VP of Operations, cooling since we broke a promise to him, was last seen 46 days ago.
    const vp = sampleSpec(language).text.people.vpOps.name;
    const { insights } = callOk(d, 'insights.list', { accountId: account.id });
    const overdue = insights.filter((i) => i.rule === 'contact_overdue');
    expect(overdue.map((i) => nameOf(i.subject))).toEqual([vp]);
    expect(overdue[0]?.params).toMatchObject({ cadence: 30, never: 0 });
    expect(insights.some((i) => i.rule === 'commitment_overdue')).toBe(true);

    const dashboard = callOk(d, 'dashboard.get', { today, timeZone: ZONE });
    expect(dashboard.contactsDue.map((c) => c.personName)).toEqual([vp]);
    expect(dashboard.overdueActions.length).toBeGreaterThanOrEqual(1);
    expect(dashboard.openCommitments.some((c) => c.overdue)).toBe(true);
    // Nothing in the sample makes it look as though the relationship cooled this month.
    expect(dashboard.portfolio[0]?.falling).toBe(false);
  });

  it('keeps the private contact out of an export without private notes', () => {
    const { d, account } = openSample(language);
    const secret = callOk(d, 'interactions.list', { accountId: account.id }).find((i) => i.isPrivate);
    const without = JSON.stringify(callOk(d, 'exports.account', { accountId: account.id, includePrivate: false }));
    expect(without.includes(secret?.id ?? '?')).toBe(false);
    expect(without.includes(secret?.notes ?? '?')).toBe(false);
    const withPrivate = JSON.stringify(callOk(d, 'exports.account', { accountId: account.id, includePrivate: true }));
    expect(withPrivate.includes(secret?.id ?? '?')).toBe(true);
  });

  it('remembers the birthday we sent wishes for last week, and keeps it out of an export', () => {
    const { d, account, people, today } = openSample(language);
    const budget = people.find((p) => p.name === sampleSpec(language).text.people.budget.name);
    expect(budget?.birthday?.slice(5)).toBe(addDays(today, -7).slice(5).replace('02-29', '02-28'));
    expect(budget?.interests).not.toBe('');
    const without = JSON.stringify(callOk(d, 'exports.account', { accountId: account.id, includePrivate: false }));
    expect(without.includes(budget?.birthday ?? '?')).toBe(false);
    expect(without.includes(budget?.interests ?? '?')).toBe(false);
  });
});

describe('the sample opened on any day of the week, at any hour', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // Monday 2026-11-23 … Sunday 2026-11-29, just after midnight and just before it, local time.
  const openings = [23, 24, 25, 26, 27, 28, 29].flatMap((date) => [
    new Date(2026, 10, date, 0, 5),
    new Date(2026, 10, date, 23, 55),
  ]);

  it.each(openings.map((at) => [at.toString(), at]))(
    'opened %s: work on working days, only the VP of Operations past his cadence',
    (_label, at) => {
      vi.useFakeTimers({ toFake: ['Date'], now: at });
      const { d, account, nameOf } = openSample('en');
      for (const interaction of callOk(d, 'interactions.list', { accountId: account.id })) {
        expect(Date.parse(interaction.occurredAt)).toBeLessThanOrEqual(at.getTime());
        if (interaction.scenario.startsWith('work_')) {
          expect([0, 6]).not.toContain(new Date(interaction.occurredAt).getDay());
        }
      }
      const overdue = callOk(d, 'insights.list', { accountId: account.id }).insights.filter(
        (i) => i.rule === 'contact_overdue',
      );
      expect(overdue.map((i) => nameOf(i.subject))).toEqual([sampleSpec('en').text.people.vpOps.name]);
    },
  );
});
