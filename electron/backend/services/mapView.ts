import { tagsOnMap } from './tags';
import type { Competitor, MapItem, MapNote, MapView, Person, Relation } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { allRows } from './common';
import { effectivePerson, listOverrides } from './assessments';
import { getMap } from './maps';
import { itemsWhere } from './mapItems';
import { NOTE_COLUMNS } from './notes';
import { getOpportunity } from './opportunities';
import { listOrgUnits } from './orgUnits';
import { PERSON_COLUMNS, personFromRow, type PersonRow } from './people';
import { keptPeopleOf } from './keptPeople';
import { RELATION_COLUMNS } from './relations';
import { membersWhere } from './team';

/**
 * The items but those of people deleted (or gone): a person kept for the account is alive; any
 * other is looked up.
 */
function livingItems(db: Db, items: MapItem[], kept: ReadonlyMap<string, Person>): MapItem[] {
  const unknown = items.flatMap((item) => (item.personId !== null && !kept.has(item.personId) ? [item.personId] : []));
  if (unknown.length === 0) return items;
  const alive = new Set(
    db
      .prepare(`SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`)
      .pluck()
      .all(JSON.stringify(unknown)) as string[],
  );
  return items.filter((item) => item.personId === null || kept.has(item.personId) || alive.has(item.personId));
}

/** The people the items show, in their order; one of another account (never placed so) is read as it is. */
function peopleOfItems(db: Db, kept: ReadonlyMap<string, Person>, items: readonly MapItem[], mapId: string): Person[] {
  const people: Person[] = [];
  for (const item of items) {
    if (item.personId === null) continue;
    const person = kept.get(item.personId);
    if (!person) return peopleOnMap(db, mapId);
    people.push(person);
  }
  return people;
}

function peopleOnMap(db: Db, mapId: string): Person[] {
  return allRows<PersonRow>(
    db,
    `SELECT ${PERSON_COLUMNS} FROM map_items i JOIN people p ON p.id = i.person_id
     WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
    mapId,
  ).map(personFromRow);
}

/**
 * Everything one map draws, read in one transaction so the picture is consistent. Deleted
 * people, their places and their lines are left out; on an opportunity's map each person shows
 * the opportunity's values. `outerTransaction`: whether the read began inside a transaction its
 * caller did not open for this read (a write's): then the kept people are not used.
 */
export function viewMap(db: Db, mapId: string, outerTransaction = db.inTransaction): MapView {
  return db.transaction(() => {
    const map = getMap(db, mapId);
    const account = getAccount(db, map.accountId);
    const kept = keptPeopleOf(db, map.accountId, outerTransaction);
    const items = livingItems(db, itemsWhere(db, 'i.map_id = ?', mapId), kept);
    // The items hold the living people in drawing order; their records are the account's kept ones.
    let people = peopleOfItems(db, kept, items, mapId);
    const members = membersWhere(
      db,
      'map_items i JOIN team_members m ON m.id = i.member_id WHERE i.map_id = ? ORDER BY i.z, i.rowid',
      mapId,
    );
    const notes = db
      .prepare(
        `SELECT ${NOTE_COLUMNS} FROM map_items i JOIN map_notes n ON n.id = i.note_id
         WHERE i.map_id = ? ORDER BY i.z, i.rowid`,
      )
      .all(mapId) as MapNote[];
    const onMap = new Set<string>([...people.map((p) => p.id), ...members.map((m) => m.id)]);
    // Both ends on the map: a person end there is alive, so the lines need no check of their own.
    const relations = allRows<Relation>(
      db,
      `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.account_id = ? ORDER BY r.rowid`,
      map.accountId,
    ).filter((r) => onMap.has(r.fromPersonId ?? r.fromMemberId ?? '') && onMap.has(r.toPersonId ?? r.toMemberId ?? ''));
    const competitors = db
      .prepare(
        'SELECT id, account_id AS accountId, name FROM competitors WHERE account_id = ? ORDER BY name COLLATE NOCASE',
      )
      .all(map.accountId) as Competitor[];
    const opportunity = map.opportunityId ? getOpportunity(db, map.opportunityId) : null;
    let overrides: MapView['overrides'] = [];
    if (opportunity) {
      const byPerson = new Map(listOverrides(db, opportunity.id).map((row) => [row.personId, row]));
      people = people.map((person: Person) => effectivePerson(person, byPerson.get(person.id)));
      overrides = people.flatMap((person) => {
        const row = byPerson.get(person.id);
        return row ? [{ personId: row.personId, role: row.role, influence: row.influence, stance: row.stance }] : [];
      });
    }
    return {
      map,
      account,
      items,
      people,
      relations,
      members,
      orgUnits: listOrgUnits(db, map.accountId),
      notes,
      competitors,
      opportunity,
      overrides,
      ...tagsOnMap(db, mapId),
    };
  })();
}
