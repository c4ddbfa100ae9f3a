import { DAY_MS, instantMs, displayName, insight, isKeyPlayer, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput, InsightPerson } from './types';

/** The last contact with each of their people, in ms since the epoch. */
export function lastContacts(input: Pick<InsightInput, 'interactions'>): Map<string, number> {
  const last = new Map<string, number>();
  for (const interaction of input.interactions) {
    const at = instantMs(interaction.at);
    if (at === null) continue;
    for (const id of interaction.personIds) last.set(id, Math.max(last.get(id) ?? at, at));
  }
  return last;
}

/** Key relationships, the ones the care cadence is about (the key layer, plus the decision chain). */
export const isKeyRelationship = (person: InsightPerson): boolean => person.layer === 'key' || isKeyPlayer(person);

/**
 * Contact overdue against the care cadence (关怀体系: strategic weekly, key monthly,
 * growth quarterly, standard half-yearly; a person's own cadence wins). Never contacted counts
 * from when the person was added. Twice the cadence or more is high severity.
 */
export function contactOverdue(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const last = lastContacts(input);
  const result: Insight[] = [];
  for (const person of namedPeople(input).filter(isKeyRelationship)) {
    const cadence = person.cadenceDays ?? thresholds.cadenceDays[input.tier];
    const since = last.get(person.id) ?? instantMs(person.createdAt);
    if (since === null) continue;
    const days = Math.floor((now.getTime() - since) / DAY_MS);
    if (days <= cadence) continue;
    result.push(
      insight(
        {
          rule: 'contact_overdue',
          subject: person.id,
          severity: days >= 2 * cadence ? 'high' : 'medium',
          personIds: [person.id],
          principle: 'care_cadence',
          params: { name: displayName(person), days, cadence, never: last.has(person.id) ? 0 : 1 },
          action: { personIds: [person.id], horizon: '3m', inDays: Math.min(7, cadence) },
        },
        now,
      ),
    );
  }
  return result;
}
