import { displayName, insight, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * A person of high influence who is opposed or skeptical (judge each one's power and
 * their attitude to us, to choose a strategy).
 */
export function influentialOpponent(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  return namedPeople(input)
    .filter(
      (person) =>
        person.influence >= thresholds.highInfluence && (person.stance === 'opposed' || person.stance === 'skeptical'),
    )
    .map((person) =>
      insight(
        {
          rule: 'influential_opponent',
          subject: person.id,
          severity: person.stance === 'opposed' ? 'high' : 'medium',
          personIds: [person.id],
          principle: 'judge_power_and_stance',
          params: { name: displayName(person), influence: person.influence, stance: person.stance },
          action: { personIds: [person.id], horizon: '3m', inDays: 14 },
        },
        now,
      ),
    );
}
