import { daysSince, insight } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * An open commitment past its due date ("承诺要兑现、问题要闭环"). The subject is the
 * commitment, so dismissing one leaves the others.
 */
export function commitmentOverdue(input: InsightInput, thresholds: InsightThresholds, now: Date): Insight[] {
  const result: Insight[] = [];
  for (const commitment of input.commitments) {
    if (commitment.state !== 'open' || commitment.due === null) continue;
    const late = daysSince(commitment.due, now);
    if (late === null || late <= thresholds.commitmentGraceDays) continue;
    result.push(
      insight(
        {
          rule: 'commitment_overdue',
          subject: commitment.id,
          severity: 'high',
          personIds: commitment.personIds,
          principle: 'keep_promises',
          // `count`, the days late, so the sentence says “1 day” and “2 days”.
          params: { description: commitment.description, count: late, due: commitment.due },
          action: { personIds: commitment.personIds, horizon: '3m', inDays: 3 },
        },
        now,
      ),
    );
  }
  return result;
}
