/** Builders for insight inputs: a realistic person with fresh assessments, overridable field by field. */
import type { InsightInput, InsightPerson, InsightRelation } from '../../shared/domain/insights';

export const NOW = new Date('2026-06-15T09:00:00Z');
const DAY = 86_400_000;
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString();

let next = 0;
export function person(overrides: Partial<InsightPerson> = {}): InsightPerson {
  next += 1;
  const fresh = daysAgo(1);
  return {
    id: `p${next}`,
    name: `Person ${next}`,
    title: '',
    isPlaceholder: false,
    role: 'user',
    influence: 3,
    stance: 'neutral',
    access: 2,
    progress: 'know',
    layer: 'broad',
    roleAssessedAt: fresh,
    influenceAssessedAt: fresh,
    stanceAssessedAt: fresh,
    accessAssessedAt: fresh,
    progressAssessedAt: fresh,
    cadenceDays: null,
    createdAt: fresh,
    ...overrides,
  };
}

export const covers = (personId: string, strength = 1, memberId = 'm1'): InsightRelation => ({
  kind: 'covers',
  fromMemberId: memberId,
  fromPersonId: null,
  toPersonId: personId,
  toMemberId: null,
  strength,
});

export const line = (
  kind: 'reports_to' | 'influences' | 'ally' | 'rival',
  from: string,
  to: string,
  strength = 1,
): InsightRelation => ({ kind, fromPersonId: from, fromMemberId: null, toPersonId: to, toMemberId: null, strength });

export function input(overrides: Partial<InsightInput> = {}): InsightInput {
  return {
    tier: 'key',
    people: [],
    relations: [],
    team: [{ id: 'm1', name: 'Me' }],
    interactions: [],
    commitments: [],
    history: [],
    ...overrides,
  };
}
