/**
 * The account's (or one map's) status light: red when no key player (decision
 * maker or approver) supports us, amber when support is thin or uncovered, green when every
 * decision maker and approver supports us and is covered by our team.
 */
import type { Stance } from './enums';

export const MAP_STATUSES = ['red', 'amber', 'green'] as const;
export type MapStatusLevel = (typeof MAP_STATUSES)[number];

export interface StatusPerson {
  id: string;
  role: string;
  stance: Stance;
  isPlaceholder: boolean;
}
export interface StatusRelation {
  kind: string;
  fromMemberId: string | null;
  toPersonId: string | null;
  strength: number;
}

/** Why the light has its colour, each with how many key players it concerns; the UI words them. */
export type StatusReason =
  | 'no_key_players'
  | 'no_key_supporter'
  | 'key_not_supportive'
  | 'key_uncovered'
  | 'key_placeholder'
  | 'all_key_supported';

export interface MapStatus {
  status: MapStatusLevel;
  reasons: { code: StatusReason; count: number }[];
  keyPlayers: number;
  keySupporters: number;
}

export function mapStatus(people: StatusPerson[], relations: StatusRelation[], coverMinStrength = 1): MapStatus {
  const key = people.filter((person) => person.role === 'decision_maker' || person.role === 'approver');
  const named = key.filter((person) => !person.isPlaceholder);
  const placeholders = key.length - named.length;
  const covered = new Set(
    relations
      .filter((r) => r.kind === 'covers' && r.fromMemberId !== null && r.toPersonId && r.strength >= coverMinStrength)
      .map((r) => r.toPersonId as string),
  );
  const supporters = named.filter((person) => person.stance === 'supportive' || person.stance === 'champion');
  const base = { keyPlayers: named.length, keySupporters: supporters.length };
  if (named.length === 0) return { status: 'red', reasons: [{ code: 'no_key_players', count: placeholders }], ...base };
  if (supporters.length === 0)
    return { status: 'red', reasons: [{ code: 'no_key_supporter', count: named.length }], ...base };
  const reasons: MapStatus['reasons'] = [];
  const notSupportive = named.length - supporters.length;
  const uncovered = named.filter((person) => !covered.has(person.id)).length;
  if (notSupportive > 0) reasons.push({ code: 'key_not_supportive', count: notSupportive });
  if (uncovered > 0) reasons.push({ code: 'key_uncovered', count: uncovered });
  if (placeholders > 0) reasons.push({ code: 'key_placeholder', count: placeholders });
  if (reasons.length > 0) return { status: 'amber', reasons, ...base };
  return { status: 'green', reasons: [{ code: 'all_key_supported', count: named.length }], ...base };
}
