import { useMemo } from 'react';
import type { Competitor, OrgUnit, Person, Relation } from '../../../../shared/api/entities';
import type { ContactStatus } from '../../../../shared/api/methods/interactions';
import { useApi } from '../../api/client';
import { userTimeZone } from '../interactions/format';

/** Everything the table and person page show beside a person's own fields, keyed for lookup. */
export interface PeopleLookups {
  people: Person[];
  personById: ReadonlyMap<string, Person>;
  orgUnits: OrgUnit[];
  unitById: ReadonlyMap<string, OrgUnit>;
  /** The reports-to lines starting at each person (normally one). */
  reportsToLines: ReadonlyMap<string, Relation[]>;
  tagsOf: ReadonlyMap<string, string[]>;
  allTags: string[];
  competitors: Competitor[];
  competitorById: ReadonlyMap<string, Competitor>;
  /** When each person was last contacted and is next due under the care cadence. */
  contactOf: ReadonlyMap<string, ContactStatus>;
}

const NONE: never[] = [];

/** Loads an account's people and what surrounds them; `lookups` is null until everything is in. */
export function usePeopleData(accountId: string) {
  const people = useApi('people.list', { accountId });
  const units = useApi('orgUnits.list', { accountId });
  const relations = useApi('relations.list', { accountId });
  const context = useApi('people.tableContext', { accountId });
  const contacts = useApi('interactions.contactStatus', { accountId, timeZone: userTimeZone() });
  const lookups = useMemo<PeopleLookups | null>(() => {
    if (!people.data || !units.data || !relations.data || !context.data || !contacts.data) return null;
    const reportsToLines = new Map<string, Relation[]>();
    for (const line of relations.data) {
      if (line.kind !== 'reports_to' || !line.fromPersonId) continue;
      reportsToLines.set(line.fromPersonId, [...(reportsToLines.get(line.fromPersonId) ?? NONE), line]);
    }
    const tagName = new Map(context.data.tags.map((tag) => [tag.id, tag.name]));
    const tagsOf = new Map<string, string[]>();
    for (const link of context.data.personTags) {
      const name = tagName.get(link.tagId);
      if (name) tagsOf.set(link.personId, [...(tagsOf.get(link.personId) ?? NONE), name].sort());
    }
    return {
      people: people.data,
      personById: new Map(people.data.map((person) => [person.id, person])),
      orgUnits: units.data,
      unitById: new Map(units.data.map((unit) => [unit.id, unit])),
      reportsToLines,
      tagsOf,
      allTags: context.data.tags.map((tag) => tag.name),
      competitors: context.data.competitors,
      competitorById: new Map(context.data.competitors.map((competitor) => [competitor.id, competitor])),
      contactOf: new Map(contacts.data.people.map((status) => [status.personId, status])),
    };
  }, [people.data, units.data, relations.data, context.data, contacts.data]);
  const error = people.error ?? units.error ?? relations.error ?? context.error ?? contacts.error;
  return { lookups, error };
}

/** The name of the person `personId` reports to, or '' for nobody. */
export function managerName(lookups: PeopleLookups, personId: string, unnamed: string): string {
  const line = lookups.reportsToLines.get(personId)?.[0];
  const manager = line?.toPersonId ? lookups.personById.get(line.toPersonId) : undefined;
  return manager ? manager.name || manager.title || unnamed : '';
}
