/** Every warning of the method (docs/method.md, "Insights"), evaluated together. */
import { assessmentStale } from './assessmentStale';
import { commitmentOverdue } from './commitmentOverdue';
import { contactFalling } from './contactFalling';
import { contactOverdue } from './contactOverdue';
import { decisionChain } from './decisionChain';
import { influentialOpponent } from './influentialOpponent';
import { noCoach } from './noCoach';
import { noHighLevel } from './noHighLevel';
import { noPathToPower } from './noPathToPower';
import { progressStuck } from './progressStuck';
import { singleThreaded } from './singleThreaded';
import { stanceFalling } from './stanceFalling';
import type { InsightThresholds } from './thresholds';
import { SEVERITIES, type Insight, type InsightInput } from './types';
import { uncoveredKeyPerson } from './uncoveredKeyPerson';

export type Rule = (input: InsightInput, thresholds: InsightThresholds, now: Date) => Insight[];

export const RULES: readonly Rule[] = [
  decisionChain,
  uncoveredKeyPerson,
  influentialOpponent,
  noHighLevel,
  singleThreaded,
  noCoach,
  noPathToPower,
  commitmentOverdue,
  stanceFalling,
  contactFalling,
  contactOverdue,
  progressStuck,
  assessmentStale,
];

/** All insights of the input, most severe first (rule order within a severity). */
export function evaluateInsights(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const all = RULES.flatMap((rule) => rule(input, thresholds, now));
  return all
    .map((item, index) => ({ item, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.item.severity) - SEVERITIES.indexOf(b.item.severity) || a.index - b.index)
    .map(({ item }) => item);
}

/** The key under which an insight's dismissal or snooze is stored. */
export const insightKey = (insight: Pick<Insight, 'rule' | 'subject'>): string => `${insight.rule}:${insight.subject}`;

export * from './types';
export * from './thresholds';
