import type { Person } from '../../../../shared/api/entities';
import type { PersonLayer, Role, Stance } from '../../../../shared/domain/enums';

/** What the user wants to see; everyone else is dimmed, not hidden, so the map keeps its shape. */
export interface MapFilter {
  roles: Role[];
  stances: Stance[];
  layers: PersonLayer[];
  orgUnitIds: string[];
  tagIds: string[];
  /** Focus on a neighbourhood: only these people are shown in full (see FocusBar). */
  focus?: ReadonlySet<string>;
}

export const NO_FILTER: MapFilter = { roles: [], stances: [], layers: [], orgUnitIds: [], tagIds: [] };

export const filterCount = (filter: MapFilter): number =>
  filter.roles.length + filter.stances.length + filter.layers.length + filter.orgUnitIds.length + filter.tagIds.length;

export const isFiltering = (filter: MapFilter): boolean => filterCount(filter) > 0 || filter.focus !== undefined;

/** Empty criteria match everyone; within one criterion any value matches; criteria combine with AND. */
export function matchesFilter(person: Person, filter: MapFilter, tagIds: ReadonlySet<string> = new Set()): boolean {
  const within = <T>(values: T[], value: T) => values.length === 0 || values.includes(value);
  return (
    (filter.focus === undefined || filter.focus.has(person.id)) &&
    within(filter.roles, person.role) &&
    within(filter.stances, person.stance) &&
    within(filter.layers, person.layer) &&
    within(filter.orgUnitIds, person.orgUnitId ?? '') &&
    (filter.tagIds.length === 0 || filter.tagIds.some((tagId) => tagIds.has(tagId)))
  );
}

/** Each person's tag ids, from a map view's person–tag pairs. */
export function tagsByPerson(pairs: readonly { personId: string; tagId: string }[]): Map<string, Set<string>> {
  const byPerson = new Map<string, Set<string>>();
  for (const { personId, tagId } of pairs) byPerson.set(personId, (byPerson.get(personId) ?? new Set()).add(tagId));
  return byPerson;
}
