import type { Person } from '../../../../shared/api/entities';
import type { PersonLayer, Role, Stance } from '../../../../shared/domain/enums';

/** What the user wants to see; everyone else is dimmed, not hidden, so the map keeps its shape. */
export interface MapFilter {
  roles: Role[];
  stances: Stance[];
  layers: PersonLayer[];
  orgUnitIds: string[];
}

export const NO_FILTER: MapFilter = { roles: [], stances: [], layers: [], orgUnitIds: [] };

export const isFiltering = (filter: MapFilter): boolean =>
  filter.roles.length + filter.stances.length + filter.layers.length + filter.orgUnitIds.length > 0;

/** Empty criteria match everyone; within one criterion any value matches; criteria combine with AND. */
export function matchesFilter(person: Person, filter: MapFilter): boolean {
  const within = <T>(values: T[], value: T) => values.length === 0 || values.includes(value);
  return (
    within(filter.roles, person.role) &&
    within(filter.stances, person.stance) &&
    within(filter.layers, person.layer) &&
    within(filter.orgUnitIds, person.orgUnitId ?? '')
  );
}
