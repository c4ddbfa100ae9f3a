import type { ParsedInputOf, PersonPatch } from '../../../shared/api/contract';
import type { Person } from '../../../shared/api/entities';
import type { PersonValues } from '../../../shared/api/methods/people';
import type { Db } from '../db/connection';
import { invalid } from './common';
import { applyPersonPatch, getPerson } from './people';
import { freshChangeId } from './historyReasons';

/** The people of `ids`, once each, all of one account (a bulk edit never spans customers). */
function peopleOfOneAccount(db: Db, ids: readonly string[], path: string): Person[] {
  const people = [...new Set(ids)].map((id) => getPerson(db, id));
  const accountId = people[0]?.accountId;
  people.forEach((person, index) => {
    if (person.accountId !== accountId)
      invalid(`${path}.${index}`, 'other_account', 'All the people must be of one account');
  });
  return people;
}

/** The person's current values of the fields `patch` names. */
function valuesOf(person: Person, patch: PersonPatch): PersonPatch {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, person[key as keyof PersonPatch]])) as PersonPatch;
}

/** One change for many people, all or nothing; what each had before comes back for undo. */
export function updateMany(
  db: Db,
  { ids, patch, reason, changeId }: ParsedInputOf<'people.updateMany'>,
): { before: PersonValues[] } {
  return db.transaction(() => {
    const people = peopleOfOneAccount(db, ids, 'ids');
    const before = people.map((person) => ({ id: person.id, patch: valuesOf(person, patch) }));
    // Everyone's entries share the change id: a reason given afterwards is for the whole edit.
    const change = freshChangeId(db, changeId);
    for (const person of people) applyPersonPatch(db, person, patch, reason ?? '', 'patch', change);
    return { before };
  })();
}

/** Each person gets their own patch (how undo of a bulk edit gives everyone their values back). */
export function updateEach(db: Db, { items, reason }: ParsedInputOf<'people.updateEach'>): void {
  db.transaction(() => {
    peopleOfOneAccount(
      db,
      items.map((item) => item.id),
      'items',
    );
    items.forEach((item, index) =>
      applyPersonPatch(db, getPerson(db, item.id), item.patch, reason ?? '', `items.${index}.patch`),
    );
  })();
}
