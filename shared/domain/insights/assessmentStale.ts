import { staleAssessments } from '../staleness';
import { displayName, insight, namedPeople } from './helpers';
import { isKeyRelationship } from './contactOverdue';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * Assessments not revisited for `staleCadenceFactor` care cycles ("关系是变化的":
 * relationships change, so yesterday's judgement expires). Only key relationships, to keep the
 * list about what matters; the map fades every stale card anyway.
 */
export function assessmentStale(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const result: Insight[] = [];
  for (const person of namedPeople(input).filter(isKeyRelationship)) {
    const cadence = person.cadenceDays ?? thresholds.cadenceDays[input.tier];
    const stale = staleAssessments(person, now, cadence * thresholds.staleCadenceFactor);
    if (stale.length === 0) continue;
    result.push(
      insight(
        {
          rule: 'assessment_stale',
          subject: person.id,
          severity: 'low',
          personIds: [person.id],
          principle: 'relationships_change',
          params: { name: displayName(person), fields: stale.join(','), days: cadence * thresholds.staleCadenceFactor },
          action: { personIds: [person.id], horizon: '3m', inDays: 7 },
        },
        now,
      ),
    );
  }
  return result;
}
