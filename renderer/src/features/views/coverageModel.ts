import type { AccountTeamEntry, Person, Relation, TeamMember } from '../../../../shared/api/entities';
import {
  COVER_STRENGTHS,
  ROLES,
  type CoverStrength,
  type PersonLayer,
  type TeamRole,
} from '../../../../shared/domain/enums';

/** One column of the matrix: a member of our team, with their role on this account if they have one. */
export interface CoverageColumn {
  member: TeamMember;
  role: TeamRole | null;
  onMap: boolean;
}

export interface CoverageGroup {
  layer: PersonLayer;
  people: Person[];
}

export const STRENGTH_MAX = COVER_STRENGTHS.length - 1;
export const strengthCode = (strength: number): CoverStrength => COVER_STRENGTHS[strength] ?? 'none';
export const coverKey = (memberId: string, personId: string) => `${memberId}>${personId}`;

/** The decision makers and approvers: nobody covering one of them is a warning of the method (docs/method.md). */
export const isDecider = (person: Person) => person.role === 'decision_maker' || person.role === 'approver';

/**
 * Our side of the matrix: the account's team in its order (account manager first), then members
 * placed on the map, then anyone else who covers someone here (their lines stay when they leave the team).
 */
export function coverageColumns(
  team: readonly TeamMember[],
  entries: readonly AccountTeamEntry[],
  onMap: readonly TeamMember[],
  covering: ReadonlySet<string>,
): CoverageColumn[] {
  const byId = new Map(team.map((member) => [member.id, member]));
  for (const member of onMap) byId.set(member.id, member);
  const placed = new Set(onMap.map((member) => member.id));
  const columns: CoverageColumn[] = [];
  const seen = new Set<string>();
  const add = (member: TeamMember | undefined, role: TeamRole | null) => {
    if (!member || seen.has(member.id)) return;
    seen.add(member.id);
    columns.push({ member, role, onMap: placed.has(member.id) });
  };
  for (const entry of entries) add(byId.get(entry.memberId), entry.role);
  const byName = (a: TeamMember, b: TeamMember) => a.name.localeCompare(b.name, undefined, { numeric: true });
  for (const member of [...onMap].sort(byName)) add(member, null);
  const others = [...covering].map((id) => byId.get(id)).filter((member): member is TeamMember => !!member);
  for (const member of others.sort(byName)) add(member, null);
  return columns;
}

/**
 * Their people: the key layer first, then the broad one, each by influence (highest first), then
 * by decision role (approvers and decision makers first), then name.
 */
export function coverageGroups(people: readonly Person[]): CoverageGroup[] {
  const order = (a: Person, b: Person) =>
    b.influence - a.influence ||
    ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
    a.name.localeCompare(b.name, undefined, { numeric: true });
  const key = people.filter((person) => person.layer === 'key').sort(order);
  const broad = people.filter((person) => person.layer !== 'key').sort(order);
  const groups: CoverageGroup[] = [];
  if (key.length > 0) groups.push({ layer: 'key', people: key });
  if (broad.length > 0) groups.push({ layer: 'broad', people: broad });
  return groups;
}

/** The strength of every covers line, by member and person; later lists win (they are fresher). */
export function coverageStrengths(...lists: readonly (readonly Relation[] | undefined)[]): Map<string, number> {
  const strengths = new Map<string, number>();
  for (const list of lists)
    for (const relation of list ?? [])
      if (relation.kind === 'covers' && relation.fromMemberId && relation.toPersonId)
        strengths.set(coverKey(relation.fromMemberId, relation.toPersonId), relation.strength);
  return strengths;
}

/** The strongest coverage of each person by anyone of ours. */
export function bestCoverage(strengths: ReadonlyMap<string, number>): Map<string, number> {
  const best = new Map<string, number>();
  for (const [key, strength] of strengths) {
    const personId = key.slice(key.indexOf('>') + 1);
    best.set(personId, Math.max(best.get(personId) ?? 0, strength));
  }
  return best;
}
