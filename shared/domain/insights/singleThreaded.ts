import { byWeight, displayName, insight, isKeyPlayer, isSupporter, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import { NAME_SEPARATOR, type Insight, type InsightInput } from './types';

/**
 * One supporter (or very few) carries the whole account ("不把宝押在一两个人身上": don't bet everything on one or two people). Key
 * people are those in the key layer or in the decision chain. No supporter at all is not this
 * warning: the map status is red then.
 */
export function singleThreaded(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const supporters = namedPeople(input)
    .filter((person) => (person.layer === 'key' || isKeyPlayer(person)) && isSupporter(person.stance))
    .sort(byWeight);
  if (supporters.length === 0 || supporters.length > thresholds.singleThreadMaxSupporters) return [];
  const ids = supporters.map((person) => person.id);
  return [
    insight(
      {
        rule: 'single_threaded',
        subject: '',
        severity: 'medium',
        personIds: ids,
        principle: 'dont_bet_on_few',
        params: { names: supporters.map(displayName).join(NAME_SEPARATOR), count: supporters.length },
        action: { personIds: ids, horizon: '3m', inDays: 30 },
      },
      now,
    ),
  ];
}
