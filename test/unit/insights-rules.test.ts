import { describe, expect, it } from 'vitest';
import { assessmentStale } from '../../shared/domain/insights/assessmentStale';
import { commitmentOverdue } from '../../shared/domain/insights/commitmentOverdue';
import { contactFalling } from '../../shared/domain/insights/contactFalling';
import { contactOverdue } from '../../shared/domain/insights/contactOverdue';
import { decisionChain } from '../../shared/domain/insights/decisionChain';
import { influentialOpponent } from '../../shared/domain/insights/influentialOpponent';
import { noCoach } from '../../shared/domain/insights/noCoach';
import { noHighLevel } from '../../shared/domain/insights/noHighLevel';
import { noPathToPower } from '../../shared/domain/insights/noPathToPower';
import { progressStuck } from '../../shared/domain/insights/progressStuck';
import { singleThreaded } from '../../shared/domain/insights/singleThreaded';
import { stanceFalling } from '../../shared/domain/insights/stanceFalling';
import { DEFAULT_THRESHOLDS as T } from '../../shared/domain/insights/thresholds';
import { uncoveredKeyPerson } from '../../shared/domain/insights/uncoveredKeyPerson';
import { covers, daysAgo, input, line, NOW, person } from './insights-fixture';

describe('uncovered decision maker or approver ', () => {
  it('fires for a decision maker nobody covers, with a relationship action due in 14 days', () => {
    const boss = person({ role: 'decision_maker', name: 'Wang' });
    const [found, ...rest] = uncoveredKeyPerson(input({ people: [boss] }), T, NOW);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      rule: 'uncovered_key_person',
      subject: boss.id,
      severity: 'high',
      principle: 'map_the_decision_chain',
      personIds: [boss.id],
      params: { name: 'Wang' },
      action: {
        personIds: [boss.id],
        horizon: '3m',
        dueDate: '2026-06-29',
        titleKey: 'rule.uncovered_key_person.action',
      },
    });
  });

  it('is silent once a weak line covers them, and for people outside the decision chain', () => {
    const boss = person({ role: 'approver' });
    const user = person({ role: 'user' });
    expect(uncoveredKeyPerson(input({ people: [boss, user], relations: [covers(boss.id, 1)] }), T, NOW)).toEqual([]);
  });

  it('counts a "none" line as no coverage, and a weak one as not enough when strong is required', () => {
    const boss = person({ role: 'approver' });
    expect(uncoveredKeyPerson(input({ people: [boss], relations: [covers(boss.id, 0)] }), T, NOW)).toHaveLength(1);
    const strict = { ...T, coverMinStrength: 2 };
    expect(uncoveredKeyPerson(input({ people: [boss], relations: [covers(boss.id, 1)] }), strict, NOW)).toHaveLength(1);
    expect(uncoveredKeyPerson(input({ people: [boss], relations: [covers(boss.id, 2)] }), strict, NOW)).toEqual([]);
  });

  it('leaves placeholders to the decision-chain rule', () => {
    const slot = person({ role: 'approver', isPlaceholder: true, name: '' });
    expect(uncoveredKeyPerson(input({ people: [slot] }), T, NOW)).toEqual([]);
  });
});

describe('influential opponent', () => {
  it('fires at the influence threshold, high when opposed and medium when skeptical', () => {
    const opposed = person({ influence: 4, stance: 'opposed' });
    const skeptical = person({ influence: 5, stance: 'skeptical' });
    const found = influentialOpponent(input({ people: [opposed, skeptical] }), T, NOW);
    expect(found.map((i) => [i.subject, i.severity])).toEqual([
      [opposed.id, 'high'],
      [skeptical.id, 'medium'],
    ]);
  });

  it('is silent just below the threshold and for neutral or supportive people', () => {
    const people = [
      person({ influence: 3, stance: 'opposed' }),
      person({ influence: 5, stance: 'neutral' }),
      person({ influence: 5, stance: 'champion' }),
    ];
    expect(influentialOpponent(input({ people }), T, NOW)).toEqual([]);
    expect(influentialOpponent(input({ people }), { ...T, highInfluence: 3 }, NOW)).toHaveLength(1);
  });
});

describe('single-threaded (不把宝押在一两个人身上)', () => {
  it('fires when one key supporter carries the account', () => {
    const champion = person({ layer: 'key', stance: 'champion' });
    const found = singleThreaded(input({ people: [champion, person({ layer: 'key' })] }), T, NOW);
    expect(found).toMatchObject([
      { rule: 'single_threaded', subject: '', personIds: [champion.id], principle: 'dont_bet_on_few' },
    ]);
    expect(found[0]?.action.dueDate).toBe('2026-07-15');
  });

  it('is silent with two key supporters, and with none (that is a red status, not this)', () => {
    const two = [person({ layer: 'key', stance: 'champion' }), person({ role: 'approver', stance: 'supportive' })];
    expect(singleThreaded(input({ people: two }), T, NOW)).toEqual([]);
    expect(singleThreaded(input({ people: [person({ layer: 'key' })] }), T, NOW)).toEqual([]);
    expect(singleThreaded(input({ people: two }), { ...T, singleThreadMaxSupporters: 2 }, NOW)).toHaveLength(1);
  });

  it('does not count supporters outside the key layer and the decision chain', () => {
    const people = [person({ layer: 'key', stance: 'champion' }), person({ layer: 'broad', stance: 'champion' })];
    expect(singleThreaded(input({ people }), T, NOW)).toHaveLength(1);
  });
});

describe('no coach (发展教练与线人)', () => {
  it('fires without a coach and suggests the most influential supporter', () => {
    const small = person({ stance: 'supportive', influence: 2 });
    const big = person({ stance: 'champion', influence: 4 });
    const [found] = noCoach(input({ people: [small, big, person()] }), T, NOW);
    expect(found).toMatchObject({ rule: 'no_coach', principle: 'develop_a_coach', action: { personIds: [big.id] } });
  });

  it('is silent once someone is the coach, and on an empty account', () => {
    expect(noCoach(input({ people: [person({ role: 'coach' })] }), T, NOW)).toEqual([]);
    expect(noCoach(input(), T, NOW)).toEqual([]);
  });
});

describe('no high-level relationship (建立高层关系)', () => {
  it('fires when no approver, decision maker or head of a reporting line supports us or is covered', () => {
    const head = person({ influence: 5 });
    const report = person({ stance: 'champion' });
    const found = noHighLevel(
      input({ people: [head, report], relations: [line('reports_to', report.id, head.id)] }),
      T,
      NOW,
    );
    expect(found).toMatchObject([{ rule: 'no_high_level', personIds: [head.id], action: { personIds: [head.id] } }]);
  });

  it('is silent when a top person supports us or is covered', () => {
    const boss = person({ role: 'decision_maker' });
    expect(noHighLevel(input({ people: [{ ...boss, stance: 'supportive' }] }), T, NOW)).toEqual([]);
    expect(noHighLevel(input({ people: [boss], relations: [covers(boss.id)] }), T, NOW)).toEqual([]);
    expect(noHighLevel(input({ people: [boss] }), T, NOW)).toHaveLength(1);
  });

  it('is silent when there is no top to speak of (the decision-chain rule speaks)', () => {
    expect(noHighLevel(input({ people: [person()] }), T, NOW)).toEqual([]);
  });
});

describe('contact overdue against the care cadence', () => {
  const key = (overrides = {}) => person({ layer: 'key', createdAt: daysAgo(400), ...overrides });

  it('fires one day past the tier cadence (key: 30 days) and is silent on the day', () => {
    const late = key({ name: 'Late' });
    const onTime = key({ name: 'On time' });
    const found = contactOverdue(
      input({
        people: [late, onTime],
        interactions: [
          { at: daysAgo(31), personIds: [late.id] },
          { at: daysAgo(30), personIds: [onTime.id] },
        ],
      }),
      T,
      NOW,
    );
    expect(found).toMatchObject([
      { subject: late.id, severity: 'medium', params: { days: 31, cadence: 30 }, principle: 'care_cadence' },
    ]);
    expect(found[0]?.action.dueDate).toBe('2026-06-22');
  });

  it("honours the tier and the person's own cadence", () => {
    const weekly = key();
    const interactions = [{ at: daysAgo(10), personIds: [weekly.id] }];
    expect(contactOverdue(input({ tier: 'strategic', people: [weekly], interactions }), T, NOW)).toHaveLength(1);
    expect(contactOverdue(input({ tier: 'key', people: [weekly], interactions }), T, NOW)).toEqual([]);
    const own = { ...weekly, cadenceDays: 9 };
    expect(contactOverdue(input({ tier: 'key', people: [own], interactions }), T, NOW)).toHaveLength(1);
  });

  it('counts a never-contacted person from when they were added, high at twice the cadence', () => {
    const old = key({ createdAt: daysAgo(60) });
    const recent = key({ createdAt: daysAgo(5) });
    const found = contactOverdue(input({ people: [old, recent] }), T, NOW);
    expect(found).toMatchObject([{ subject: old.id, severity: 'high', params: { never: 1 } }]);
  });

  it('leaves the broad layer alone', () => {
    expect(contactOverdue(input({ people: [person({ createdAt: daysAgo(400) })] }), T, NOW)).toEqual([]);
  });
});

describe('commitments overdue (承诺要兑现、问题要闭环)', () => {
  const commitment = (due: string | null, state: 'open' | 'kept' | 'broken' = 'open') => ({
    id: `c-${due}-${state}`,
    description: 'Send the reference list',
    due,
    state,
    personIds: ['p-x'],
  });

  it('fires the day after the due date for an open commitment', () => {
    const found = commitmentOverdue(input({ commitments: [commitment('2026-06-14')] }), T, NOW);
    expect(found).toMatchObject([
      {
        rule: 'commitment_overdue',
        subject: 'c-2026-06-14-open',
        personIds: ['p-x'],
        action: { dueDate: '2026-06-18' },
      },
    ]);
  });

  it('is silent on the due day, for kept or broken ones, without a date, and within the grace days', () => {
    const commitments = [
      commitment('2026-06-15'),
      commitment('2026-01-01', 'kept'),
      commitment('2026-01-01', 'broken'),
      commitment(null),
    ];
    expect(commitmentOverdue(input({ commitments }), T, NOW)).toEqual([]);
    const grace = { ...T, commitmentGraceDays: 3 };
    expect(commitmentOverdue(input({ commitments: [commitment('2026-06-12')] }), grace, NOW)).toEqual([]);
    expect(commitmentOverdue(input({ commitments: [commitment('2026-06-11')] }), grace, NOW)).toHaveLength(1);
  });
});

describe('stance falling (衰退期的征兆)', () => {
  it('fires when the stance is lower than at the start of the window', () => {
    const cooled = person({ stance: 'neutral' });
    const history = [
      { personId: cooled.id, field: 'stance' as const, old: 'champion', new: 'supportive', at: daysAgo(60) },
      { personId: cooled.id, field: 'stance' as const, old: 'supportive', new: 'neutral', at: daysAgo(10) },
    ];
    const found = stanceFalling(input({ people: [cooled], history }), T, NOW);
    expect(found).toMatchObject([
      { subject: cooled.id, severity: 'high', params: { from: 'champion', to: 'neutral' } },
    ]);
  });

  it('is silent for a change before the window, a rise, or a fall that recovered', () => {
    const p = person({ stance: 'neutral' });
    const old = [{ personId: p.id, field: 'stance' as const, old: 'supportive', new: 'neutral', at: daysAgo(91) }];
    expect(stanceFalling(input({ people: [p], history: old }), T, NOW)).toEqual([]);
    expect(stanceFalling(input({ people: [p], history: old }), { ...T, fallingWindowDays: 92 }, NOW)).toHaveLength(1);
    const rose = [{ personId: p.id, field: 'stance' as const, old: 'skeptical', new: 'neutral', at: daysAgo(5) }];
    expect(stanceFalling(input({ people: [p], history: rose }), T, NOW)).toEqual([]);
    const recovered = [
      { personId: p.id, field: 'stance' as const, old: 'neutral', new: 'skeptical', at: daysAgo(20) },
      { personId: p.id, field: 'stance' as const, old: 'skeptical', new: 'neutral', at: daysAgo(5) },
    ];
    expect(stanceFalling(input({ people: [p], history: recovered }), T, NOW)).toEqual([]);
  });
});

describe('contact frequency falling (流失预警)', () => {
  const key = person({ layer: 'key' });
  const contacts = (days: number[]) => days.map((d) => ({ at: daysAgo(d), personIds: [key.id] }));

  it('fires when the last window has fewer than half the contacts of the one before', () => {
    const found = contactFalling(input({ people: [key], interactions: contacts([100, 120, 150, 170, 10]) }), T, NOW);
    expect(found).toMatchObject([{ subject: key.id, severity: 'medium', params: { before: 4, after: 1 } }]);
  });

  it('is silent at exactly half, and with too few earlier contacts to call a trend', () => {
    expect(
      contactFalling(input({ people: [key], interactions: contacts([100, 120, 150, 170, 10, 20]) }), T, NOW),
    ).toEqual([]);
    expect(contactFalling(input({ people: [key], interactions: contacts([100]) }), T, NOW)).toEqual([]);
  });

  it('is high when contact stopped altogether', () => {
    expect(contactFalling(input({ people: [key], interactions: contacts([100, 120]) }), T, NOW)).toMatchObject([
      { severity: 'high', params: { after: 0 } },
    ]);
  });
});

describe('key relationship stuck at one 知连信用 step', () => {
  it('fires past the stuck days, naming the next step', () => {
    const stuck = person({ layer: 'key', progress: 'connect', progressAssessedAt: daysAgo(181) });
    expect(progressStuck(input({ people: [stuck] }), T, NOW)).toMatchObject([
      { subject: stuck.id, params: { step: 'connect', next: 'trust', days: 181 }, action: { horizon: '6m' } },
    ]);
  });

  it('is silent on the threshold day, at 用, before 知, and when the history shows a recent step', () => {
    const people = [
      person({ layer: 'key', progress: 'trust', progressAssessedAt: daysAgo(180) }),
      person({ layer: 'key', progress: 'leverage', progressAssessedAt: daysAgo(900) }),
      person({ layer: 'key', progress: 'none', progressAssessedAt: daysAgo(900) }),
    ];
    expect(progressStuck(input({ people }), T, NOW)).toEqual([]);
    const moved = person({ layer: 'key', progress: 'know', progressAssessedAt: daysAgo(400) });
    const history = [{ personId: moved.id, field: 'progress' as const, old: 'none', new: 'know', at: daysAgo(20) }];
    expect(progressStuck(input({ people: [moved], history }), T, NOW)).toEqual([]);
    expect(progressStuck(input({ people: [moved] }), T, NOW)).toHaveLength(1);
  });
});

describe('decision chain incomplete ', () => {
  it('fires without a named decision maker or approver, pointing at key placeholders', () => {
    const slot = person({ role: 'approver', isPlaceholder: true, name: '', title: 'CFO' });
    const found = decisionChain(input({ people: [slot, person()] }), T, NOW);
    expect(found.map((i) => [i.rule, i.subject, i.severity])).toEqual([
      ['decision_chain_missing', '', 'high'],
      ['placeholder_unnamed', slot.id, 'high'],
    ]);
    expect(found[1]?.params).toMatchObject({ name: 'CFO' });
  });

  it('is silent once a decision maker is named and no placeholder is left', () => {
    expect(decisionChain(input({ people: [person({ role: 'decision_maker' })] }), T, NOW)).toEqual([]);
  });

  it('flags a placeholder outside the decision chain as low', () => {
    const found = decisionChain(
      input({ people: [person({ role: 'approver' }), person({ isPlaceholder: true })] }),
      T,
      NOW,
    );
    expect(found.map((i) => i.severity)).toEqual(['low']);
  });
});

describe('assessments stale (关系是变化的)', () => {
  it('fires past cadence × factor (key tier: 90 days), listing the stale fields', () => {
    const p = person({ layer: 'key', stanceAssessedAt: daysAgo(91), createdAt: daysAgo(500) });
    expect(assessmentStale(input({ people: [p] }), T, NOW)).toMatchObject([
      { subject: p.id, severity: 'low', params: { fields: 'stance', days: 90 } },
    ]);
  });

  it('is silent on the 90th day and follows the factor', () => {
    const p = person({ layer: 'key', stanceAssessedAt: daysAgo(90), createdAt: daysAgo(500) });
    expect(assessmentStale(input({ people: [p] }), T, NOW)).toEqual([]);
    expect(assessmentStale(input({ people: [p] }), { ...T, staleCadenceFactor: 2 }, NOW)).toHaveLength(1);
  });
});

describe('no path to power (由点及面)', () => {
  it('fires for a key player no supporter can reach, and is silent once a chain exists', () => {
    const boss = person({ role: 'decision_maker' });
    const fan = person({ stance: 'champion' });
    expect(noPathToPower(input({ people: [boss, fan] }), T, NOW)).toMatchObject([{ subject: boss.id }]);
    expect(
      noPathToPower(input({ people: [boss, fan], relations: [line('influences', fan.id, boss.id)] }), T, NOW),
    ).toEqual([]);
  });

  it('is silent when nobody supports us (status is red) or the key player already supports us', () => {
    const boss = person({ role: 'decision_maker' });
    expect(noPathToPower(input({ people: [boss] }), T, NOW)).toEqual([]);
    expect(
      noPathToPower(input({ people: [{ ...boss, stance: 'supportive' }, person({ stance: 'champion' })] }), T, NOW),
    ).toEqual([]);
  });
});
