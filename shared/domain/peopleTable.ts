/**
 * Rules of the people table that do not depend on React: which people a filter keeps, which rows
 * a click selects, and the summary values (last assessed, weakest confidence) of a person.
 */
import { CONFIDENCES, type Confidence, type PersonLayer, type Role, type Stance } from './enums';

/** The fields of a person the table's rules read. */
export interface TablePerson {
  id: string;
  name: string;
  title: string;
  role: Role;
  stance: Stance;
  layer: PersonLayer;
  orgUnitId: string | null;
  roleConfidence: Confidence;
  influenceConfidence: Confidence;
  stanceConfidence: Confidence;
  accessConfidence: Confidence;
  roleAssessedAt: string | null;
  influenceAssessedAt: string | null;
  stanceAssessedAt: string | null;
  accessAssessedAt: string | null;
  progressAssessedAt: string | null;
}

export interface PeopleFilter {
  /** Words that must all appear in the name, title, department, reports-to or a tag (any case). */
  text: string;
  roles: readonly Role[];
  stances: readonly Stance[];
  layers: readonly PersonLayer[];
  /** Department ids; '' stands for "no department". */
  orgUnitIds: readonly string[];
  /** Tag names; a person must carry at least one of them. */
  tags: readonly string[];
}

export const EMPTY_FILTER: PeopleFilter = { text: '', roles: [], stances: [], layers: [], orgUnitIds: [], tags: [] };

export const isFiltering = (filter: PeopleFilter): boolean =>
  filter.text.trim() !== '' ||
  filter.roles.length + filter.stances.length + filter.layers.length + filter.orgUnitIds.length + filter.tags.length >
    0;

/** Text about a person besides their own fields: department name, reports-to name, tags. */
export interface PersonContext {
  orgUnitName: string;
  reportsToName: string;
  tags: readonly string[];
}

export function filterPeople<P extends TablePerson>(
  people: readonly P[],
  filter: PeopleFilter,
  contextOf: (person: P) => PersonContext,
): P[] {
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const tags = new Set(filter.tags.map((tag) => tag.toLocaleLowerCase()));
  return people.filter((person) => {
    if (filter.roles.length && !filter.roles.includes(person.role)) return false;
    if (filter.stances.length && !filter.stances.includes(person.stance)) return false;
    if (filter.layers.length && !filter.layers.includes(person.layer)) return false;
    if (filter.orgUnitIds.length && !filter.orgUnitIds.includes(person.orgUnitId ?? '')) return false;
    if (!tags.size && !words.length) return true;
    const context = contextOf(person);
    if (tags.size && !context.tags.some((tag) => tags.has(tag.toLocaleLowerCase()))) return false;
    const haystack = [person.name, person.title, context.orgUnitName, context.reportsToName, ...context.tags]
      .join('\n')
      .toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The selection after a click on a row's checkbox. A plain click toggles that row and makes it
 * the anchor; a shift-click sets every row from the anchor to the clicked one (in the order
 * shown) to the clicked row's new state, as file managers do.
 */
export function selectAfterClick(
  selected: ReadonlySet<string>,
  shownIds: readonly string[],
  clickedId: string,
  anchorId: string | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const select = !selected.has(clickedId);
  const from = anchorId === null ? -1 : shownIds.indexOf(anchorId);
  const to = shownIds.indexOf(clickedId);
  if (!shift || from < 0 || to < 0) {
    if (select) next.add(clickedId);
    else next.delete(clickedId);
    return next;
  }
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const id = shownIds[i] as string;
    if (select) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** When any of the person's assessments was last made, or null if none ever was. */
export function lastAssessedAt(person: TablePerson): string | null {
  const stamps = [
    person.roleAssessedAt,
    person.influenceAssessedAt,
    person.stanceAssessedAt,
    person.accessAssessedAt,
    person.progressAssessedAt,
  ].filter((stamp): stamp is string => stamp !== null);
  return stamps.length ? stamps.reduce((a, b) => (a > b ? a : b)) : null;
}

/** How sure we are of the person as a whole: the least sure of role, influence, stance and access. */
export function weakestConfidence(person: TablePerson): Confidence {
  const ranks = [
    person.roleConfidence,
    person.influenceConfidence,
    person.stanceConfidence,
    person.accessConfidence,
  ].map((confidence) => CONFIDENCES.indexOf(confidence));
  return CONFIDENCES[Math.max(...ranks)] as Confidence;
}
