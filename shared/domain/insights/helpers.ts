/** Small judgements several rules share, so each is written once. */
import { parseInstant } from '../staleness';
import type { Horizon, Stance } from '../enums';
import type {
  Insight,
  InsightInput,
  InsightParams,
  InsightPerson,
  InsightPrinciple,
  InsightRule,
  Severity,
} from './types';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const isSupporter = (stance: Stance): boolean => stance === 'supportive' || stance === 'champion';

/** Decision makers and approvers: the key players of the method. */
export const isKeyPlayer = (person: Pick<InsightPerson, 'role'>): boolean =>
  person.role === 'decision_maker' || person.role === 'approver';

/** How the person is named in a sentence: their name, or a placeholder's title. */
export const displayName = (person: Pick<InsightPerson, 'name' | 'title'>): string =>
  person.name.trim() || person.title.trim() || '?';

/** `YYYY-MM-DD` of the UTC day `days` after `now`. */
export function dueIn(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Milliseconds of an instant as `parseInstant` reads it, with a fast path for what the backend
 * writes (`toISOString()`): rules read tens of thousands of interaction dates per evaluation.
 */
export function instantMs(at: string): number | null {
  return CANONICAL.test(at) ? Date.parse(at) : parseInstant(at);
}

/** Whole days from an instant (or date) to now; null when it cannot be read. */
export function daysSince(at: string, now: Date): number | null {
  const ms = instantMs(at);
  return ms === null ? null : Math.floor((now.getTime() - ms) / DAY_MS);
}

/** The strongest coverage line from our team to each of their people. */
export function coverageStrength(input: Pick<InsightInput, 'relations'>): Map<string, number> {
  const best = new Map<string, number>();
  for (const relation of input.relations) {
    if (relation.kind !== 'covers' || relation.fromMemberId === null || relation.toPersonId === null) continue;
    best.set(relation.toPersonId, Math.max(best.get(relation.toPersonId) ?? 0, relation.strength));
  }
  return best;
}

/** The named (non-placeholder) people; a placeholder is a role, not yet someone to act on. */
export const namedPeople = (input: Pick<InsightInput, 'people'>): InsightPerson[] =>
  input.people.filter((person) => !person.isPlaceholder);

interface Draft {
  rule: InsightRule;
  subject: string;
  severity: Severity;
  personIds: string[];
  principle: InsightPrinciple;
  params: InsightParams;
  action: { params?: InsightParams; personIds: string[]; horizon: Horizon; inDays: number };
}

/** Fills in the i18n keys every insight derives from its rule code. */
export function insight(draft: Draft, now: Date): Insight {
  const base = `rule.${draft.rule}`;
  return {
    rule: draft.rule,
    subject: draft.subject,
    severity: draft.severity,
    personIds: draft.personIds,
    principle: draft.principle,
    titleKey: `${base}.title`,
    explanationKey: `${base}.explanation`,
    params: draft.params,
    action: {
      titleKey: `${base}.action`,
      params: draft.action.params ?? draft.params,
      personIds: draft.action.personIds,
      horizon: draft.action.horizon,
      dueDate: dueIn(now, draft.action.inDays),
    },
  };
}

/** Stable order: the most influential first, then by name. */
export const byWeight = (a: InsightPerson, b: InsightPerson): number =>
  b.influence - a.influence || displayName(a).localeCompare(displayName(b));
