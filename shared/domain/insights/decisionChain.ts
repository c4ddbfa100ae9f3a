import { displayName, insight, isKeyPlayer, namedPeople } from './helpers';
import type { InsightThresholds } from './thresholds';
import type { Insight, InsightInput } from './types';

/**
 * The decision chain is incomplete ("识别关键利益相关者: 梳理决策链条中的所有角色"):
 * no named decision maker or approver yet (one account-level insight), and every placeholder
 * still waiting for a name (one each, high when it holds a key role).
 */
export function decisionChain(input: InsightInput, _thresholds: InsightThresholds, now: Date): Insight[] {
  const result: Insight[] = [];
  if (!namedPeople(input).some(isKeyPlayer)) {
    const placeholders = input.people.filter((person) => person.isPlaceholder && isKeyPlayer(person));
    const ids = placeholders.map((person) => person.id);
    result.push(
      insight(
        {
          rule: 'decision_chain_missing',
          subject: '',
          severity: 'high',
          personIds: ids,
          principle: 'map_the_decision_chain',
          params: {},
          action: { personIds: ids, horizon: '3m', inDays: 14 },
        },
        now,
      ),
    );
  }
  for (const person of input.people.filter((someone) => someone.isPlaceholder)) {
    result.push(
      insight(
        {
          rule: 'placeholder_unnamed',
          subject: person.id,
          severity: isKeyPlayer(person) ? 'high' : 'low',
          personIds: [person.id],
          principle: 'map_the_decision_chain',
          params: { name: displayName(person), role: person.role },
          action: { personIds: [person.id], horizon: '3m', inDays: 14 },
        },
        now,
      ),
    );
  }
  return result;
}
