import { byWeight, coverageStrength, displayName, insight, isKeyPlayer, isSupporter, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput, InsightPerson } from './types';

/**
 * The top of the customer: approvers, decision makers, and the heads of reporting lines (people
 * others report to who report to no one).
 */
export function highLevelPeople(input: InsightInput): InsightPerson[] {
  const reportsToSomeone = new Set<string>();
  const reportedTo = new Set<string>();
  for (const relation of input.relations) {
    if (relation.kind !== 'reports_to' || !relation.fromPersonId || !relation.toPersonId) continue;
    reportsToSomeone.add(relation.fromPersonId);
    reportedTo.add(relation.toPersonId);
  }
  return namedPeople(input).filter(
    (person) => isKeyPlayer(person) || (reportedTo.has(person.id) && !reportsToSomeone.has(person.id)),
  );
}

/**
 * No relationship at the top ("建立高层关系"): none of the high-level people supports us
 * or is covered by our team.
 */
export function noHighLevel(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const top = highLevelPeople(input);
  if (top.length === 0) return [];
  const coverage = coverageStrength(input);
  const reached = top.some(
    (person) => isSupporter(person.stance) || (coverage.get(person.id) ?? 0) >= thresholds.coverMinStrength,
  );
  if (reached) return [];
  const target = [...top].sort(byWeight)[0] as InsightPerson;
  return [
    insight(
      {
        rule: 'no_high_level',
        subject: '',
        severity: 'high',
        personIds: top.map((person) => person.id),
        principle: 'build_high_level',
        params: { name: displayName(target), count: top.length },
        action: { personIds: [target.id], horizon: '3m', inDays: 30 },
      },
      now,
    ),
  ];
}
