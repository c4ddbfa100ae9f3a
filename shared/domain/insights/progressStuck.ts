import { PROGRESS_STEPS } from '../enums';
import { DAY_MS, instantMs, displayName, insight, namedPeople } from './helpers';
import { isKeyRelationship } from './contactOverdue';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput, InsightPerson } from './types';

/** The latest progress change of each person, from the history. */
function latestProgressChanges(input: InsightInput): Map<string, number> {
  const latest = new Map<string, number>();
  for (const entry of input.history) {
    if (entry.field !== 'progress') continue;
    const at = instantMs(entry.at);
    if (at !== null && at > (latest.get(entry.personId) ?? -Infinity)) latest.set(entry.personId, at);
  }
  return latest;
}

/** When the person reached their current step: the latest progress change, else its assessment, else creation. */
const reachedAt = (person: InsightPerson, changes: Map<string, number>): number | null =>
  changes.get(person.id) ?? instantMs(person.progressAssessedAt ?? person.createdAt);

/**
 * A key relationship stuck at one 知·连·信 step for longer than `stuckDays` (a key
 * relationship is built step by step, know → connect → trust → leverage). 用 is the last step;
 * none has not started and is the contact rules' business.
 */
export function progressStuck(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const result: Insight[] = [];
  const changes = latestProgressChanges(input);
  for (const person of namedPeople(input).filter(isKeyRelationship)) {
    if (person.progress === 'none' || person.progress === 'leverage') continue;
    const since = reachedAt(person, changes);
    if (since === null) continue;
    const days = Math.floor((now.getTime() - since) / DAY_MS);
    if (days <= thresholds.stuckDays) continue;
    const next = PROGRESS_STEPS[PROGRESS_STEPS.indexOf(person.progress) + 1] ?? 'leverage';
    result.push(
      insight(
        {
          rule: 'progress_stuck',
          subject: person.id,
          severity: 'low',
          personIds: [person.id],
          principle: 'step_by_step',
          params: { name: displayName(person), step: person.progress, next, days },
          action: { personIds: [person.id], horizon: '6m', inDays: 30 },
        },
        now,
      ),
    );
  }
  return result;
}
