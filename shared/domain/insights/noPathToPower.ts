import { reachableFromSupporters } from '../pathToPower';
import { displayName, insight, isKeyPlayer, isSupporter, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * No chain of influence or reporting lines leads from any supporter to a decision maker or
 * approver who does not support us yet ("由点及面": spread from one point to the whole).
 * Only when the account has supporters at all; without them the map status is already red.
 */
export function noPathToPower(input: InsightInput, _thresholds: InsightThresholds, now: Date): Insight[] {
  const named = namedPeople(input);
  if (!named.some((person) => isSupporter(person.stance))) return [];
  const reached = reachableFromSupporters(input.people, input.relations);
  return named
    .filter((person) => isKeyPlayer(person) && !isSupporter(person.stance) && !reached.has(person.id))
    .map((person) =>
      insight(
        {
          rule: 'no_path_to_power',
          subject: person.id,
          severity: 'medium',
          personIds: [person.id],
          principle: 'point_to_whole',
          params: { name: displayName(person), role: person.role },
          action: { personIds: [person.id], horizon: '6m', inDays: 30 },
        },
        now,
      ),
    );
}
