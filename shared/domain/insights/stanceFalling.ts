import { stanceValue, type Stance, STANCES } from '../enums';
import { DAY_MS, instantMs, displayName, insight, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

const isStance = (value: string | null): value is Stance => STANCES.includes(value as Stance);

/**
 * A stance that fell within the window (衰退期的征兆, 流失预警: an early warning of decline): the person's stance
 * now is below what it was at the start of the window, judged from the stance history.
 */
export function stanceFalling(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const from = now.getTime() - thresholds.fallingWindowDays * DAY_MS;
  const earliest = new Map<string, { at: number; old: Stance }>();
  for (const entry of input.history) {
    const at = instantMs(entry.at);
    if (entry.field !== 'stance' || at === null || at < from || at > now.getTime() || !isStance(entry.old)) continue;
    const seen = earliest.get(entry.personId);
    if (!seen || at < seen.at) earliest.set(entry.personId, { at, old: entry.old });
  }
  const result: Insight[] = [];
  for (const person of namedPeople(input)) {
    const before = earliest.get(person.id);
    if (!before || stanceValue(person.stance) >= stanceValue(before.old)) continue;
    const drop = stanceValue(before.old) - stanceValue(person.stance);
    result.push(
      insight(
        {
          rule: 'stance_falling',
          subject: person.id,
          severity: drop >= 2 || person.influence >= thresholds.highInfluence ? 'high' : 'medium',
          personIds: [person.id],
          principle: 'early_warning',
          params: {
            name: displayName(person),
            from: before.old,
            to: person.stance,
            days: thresholds.fallingWindowDays,
          },
          action: { personIds: [person.id], horizon: '3m', inDays: 7 },
        },
        now,
      ),
    );
  }
  return result;
}
