import { byWeight, displayName, insight, isSupporter, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * No coach in the account ("发展教练与线人"). The suggested action names the best
 * candidate: a supporter, the most influential first.
 */
export function noCoach(input: InsightInput, _thresholds: InsightThresholds, now: Date): Insight[] {
  const named = namedPeople(input);
  if (named.length === 0 || named.some((person) => person.role === 'coach')) return [];
  const candidate = named.filter((person) => isSupporter(person.stance)).sort(byWeight)[0];
  const ids = candidate ? [candidate.id] : [];
  return [
    insight(
      {
        rule: 'no_coach',
        subject: '',
        severity: 'medium',
        personIds: ids,
        principle: 'develop_a_coach',
        params: { candidate: candidate ? displayName(candidate) : '' },
        action: { personIds: ids, horizon: '3m', inDays: 30 },
      },
      now,
    ),
  ];
}
