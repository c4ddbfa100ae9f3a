import { coverageStrength, displayName, insight, isKeyPlayer, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * A decision maker or approver whom nobody on our team covers (identify the
 * decision chain, then analyse the strength of each relationship).
 */
export function uncoveredKeyPerson(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const coverage = coverageStrength(input);
  return namedPeople(input)
    .filter((person) => isKeyPlayer(person) && (coverage.get(person.id) ?? 0) < thresholds.coverMinStrength)
    .map((person) =>
      insight(
        {
          rule: 'uncovered_key_person',
          subject: person.id,
          severity: 'high',
          personIds: [person.id],
          principle: 'map_the_decision_chain',
          params: { name: displayName(person), role: person.role },
          action: { personIds: [person.id], horizon: '3m', inDays: 14 },
        },
        now,
      ),
    );
}
