import { DAY_MS, instantMs, displayName, insight, namedPeople } from './helpers';
import { isKeyRelationship } from './contactOverdue';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/** Fewer than this many contacts in the earlier window is too little to call a trend. */
export const MIN_CONTACTS_FOR_TREND = 2;

/**
 * Contact with a key person thinning out (流失预警, 衰退期的征兆: an early warning of churn): fewer contacts
 * in the last window than `contactDropRatio` of the window before it.
 */
export function contactFalling(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const window = thresholds.fallingWindowDays * DAY_MS;
  const end = now.getTime();
  const recent = new Map<string, number>();
  const earlier = new Map<string, number>();
  for (const interaction of input.interactions) {
    const at = instantMs(interaction.at);
    if (at === null || at > end || at <= end - 2 * window) continue;
    const bucket = at > end - window ? recent : earlier;
    for (const id of new Set(interaction.personIds)) bucket.set(id, (bucket.get(id) ?? 0) + 1);
  }
  const result: Insight[] = [];
  for (const person of namedPeople(input).filter(isKeyRelationship)) {
    const before = earlier.get(person.id) ?? 0;
    const after = recent.get(person.id) ?? 0;
    if (before < MIN_CONTACTS_FOR_TREND || after >= before * thresholds.contactDropRatio) continue;
    result.push(
      insight(
        {
          rule: 'contact_falling',
          subject: person.id,
          severity: after === 0 ? 'high' : 'medium',
          personIds: [person.id],
          principle: 'early_warning',
          params: { name: displayName(person), before, after, days: thresholds.fallingWindowDays },
          action: { personIds: [person.id], horizon: '3m', inDays: 7 },
        },
        now,
      ),
    );
  }
  return result;
}
