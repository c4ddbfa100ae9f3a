import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InsightView } from '../../shared/api/methods/insights';
import { LANGUAGES } from '../../shared/domain/enums';
import { DEFAULT_THRESHOLDS, evaluateInsights, INSIGHT_RULES } from '../../shared/domain/insights';
import {
  actionPrefill,
  insightExplanation,
  insightPrinciple,
  insightTitle,
} from '../../renderer/src/features/insights/insightText';
import { covers, daysAgo, input, line, NOW, person } from './insights-fixture';
import { appStrings } from '../helpers/appStrings';

let i18n: i18n;
beforeAll(async () => {
  i18n = await appStrings();
});

/** An account where every rule fires at least once. */
function everything(): InsightView[] {
  const boss = person({ role: 'decision_maker', name: 'Wang', influence: 5, stance: 'opposed', layer: 'key' });
  const slot = person({ role: 'approver', isPlaceholder: true, name: '', title: 'CFO' });
  const fan = person({
    name: 'Li',
    stance: 'neutral',
    layer: 'key',
    progress: 'connect',
    progressAssessedAt: daysAgo(400),
    stanceAssessedAt: daysAgo(400),
    createdAt: daysAgo(500),
  });
  const champion = person({ name: 'Zhao', stance: 'champion', layer: 'key', createdAt: daysAgo(500) });
  const head = person({ name: 'Sun' });
  const data = input({
    people: [boss, slot, fan, champion, head],
    relations: [line('reports_to', boss.id, head.id), covers(champion.id)],
    interactions: [100, 120, 150].map((d) => ({ at: daysAgo(d), personIds: [fan.id] })),
    commitments: [{ id: 'c1', description: 'Reference visit', due: '2026-06-01', state: 'open', personIds: [fan.id] }],
    history: [{ personId: fan.id, field: 'stance', old: 'supportive', new: 'neutral', at: daysAgo(10) }],
  });
  return [
    ...evaluateInsights(data, DEFAULT_THRESHOLDS, NOW),
    // No key player named at all, on another account.
    ...evaluateInsights(input({ people: [person()] }), DEFAULT_THRESHOLDS, NOW),
  ].map((found) => ({ ...found, state: null }));
}

describe('insight sentences', () => {
  it('the test account makes every rule fire', () => {
    expect(new Set(everything().map((found) => found.rule))).toEqual(new Set(INSIGHT_RULES));
  });

  for (const language of LANGUAGES) {
    it(`${language}: every title, principle, explanation and action is a full sentence with its codes translated`, async () => {
      await i18n.changeLanguage(language);
      for (const found of everything()) {
        for (const text of [
          insightTitle(found, i18n.t),
          insightPrinciple(found, i18n.t),
          insightExplanation(found, i18n.t),
          actionPrefill(found, i18n.t).title,
        ]) {
          expect(text, found.rule).not.toMatch(/\{\{|rule\.|enums\.|insights\.|undefined|decision_maker|opposed\b/);
        }
        // Users read the principle in words, never where the method is written down.
        expect(insightPrinciple(found, i18n.t), found.rule).not.toMatch(/\d|seed|资料|种子/i);
        expect(insightExplanation(found, i18n.t), found.rule).not.toMatch(/seed \d|资料 ?\d|种子/i);
      }
    });
  }

  it('lists names and fields as the language in use lists them', async () => {
    const two = [
      person({ name: 'Zhao', stance: 'champion', layer: 'key' }),
      person({ name: 'Qian', stance: 'supportive', layer: 'key' }),
    ];
    const thin = { ...DEFAULT_THRESHOLDS, singleThreadMaxSupporters: 2 };
    const single = evaluateInsights(input({ people: two }), thin, NOW).find((f) => f.rule === 'single_threaded');
    const found = everything().find((f) => f.rule === 'assessment_stale') as InsightView;
    const stale = { ...found, params: { ...found.params, fields: 'stance,access,role' } };
    const view = { ...single, state: null } as InsightView;
    await i18n.changeLanguage('en');
    expect(insightTitle(view, i18n.t)).toBe('Single-threaded: the account rests on Qian and Zhao');
    expect(insightExplanation(stale, i18n.t)).toContain(': stance, access, and role.');
    await i18n.changeLanguage('zh-CN');
    expect(insightTitle(view, i18n.t)).toBe('单线联系：客户关系全压在Qian和Zhao身上');
    expect(insightExplanation(stale, i18n.t)).toContain('：态度、关系级数和决策角色。');
  });

  it('writes the day a promise was due as the language writes a date', async () => {
    const late = everything().find((found) => found.rule === 'commitment_overdue') as InsightView;
    await i18n.changeLanguage('en');
    expect(insightExplanation(late, i18n.t)).toMatch(/^Due Jun 1, 2026, \d+ days late\./);
    await i18n.changeLanguage('zh-CN');
    expect(insightExplanation(late, i18n.t)).toMatch(/^应于 2026年6月1日完成/);
  });

  it('the pre-fill carries the people, the horizon, the due date and where it came from', async () => {
    await i18n.changeLanguage('en');
    const uncovered = everything().find((found) => found.rule === 'influential_opponent') as InsightView;
    expect(actionPrefill(uncovered, i18n.t)).toEqual({
      title: 'Understand and answer Wang’s concerns',
      personIds: uncovered.personIds,
      horizon: '3m',
      dueDate: '2026-06-29',
      sourceInsight: `influential_opponent:${uncovered.subject}`,
    });
  });
});
