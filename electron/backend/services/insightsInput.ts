/**
 * Builds the pure rules' input for an account, or one map of it, straight from the tables (the
 * interactions and commitments services are other features'; their tables are the contract).
 * A date outside the calendar's span (an older version let year 0000 or 9999 through) is no date
 * to the rules: such a contact or change did not happen when it says, such a promise has no due day.
 *
 * It reads only what the rules use, so a busy account's insights take milliseconds: the people's
 * assessed fields (not their contact details), the lines' ends and strengths, the contacts and
 * stance changes inside the falling window, and of everything older one row per person, its
 * latest, grouped in SQL. The input differs from "every row as stored" only where no rule looks.
 */
import { isSaneDate, isSaneInstant } from '../../../shared/domain/calendarDate';
import {
  type InsightCommitment,
  type InsightHistoryEntry,
  type InsightInput,
  type InsightPerson,
  type InsightRelation,
  type InsightThresholds,
} from '../../../shared/domain/insights';
import { DAY_MS } from '../../../shared/domain/insights/helpers';
import type { Tier } from '../../../shared/domain/enums';
import type { Db } from '../db/connection';
import { listOverrides, effectivePerson } from './assessments';
import { getAccount } from './accounts';
import { allRows, bool, invalid } from './common';
import { getMap } from './maps';
import { LEARNED_AT } from './history';

/** The person's fields the rules, the status light and the path to power read. */
const INSIGHT_PERSON_COLUMNS = `p.id, p.name, p.title, p.is_placeholder AS isPlaceholder, p.role, p.influence,
  p.stance, p.access, p.progress, p.layer, p.role_assessed_at AS roleAssessedAt,
  p.influence_assessed_at AS influenceAssessedAt, p.stance_assessed_at AS stanceAssessedAt,
  p.access_assessed_at AS accessAssessedAt, p.progress_assessed_at AS progressAssessedAt,
  p.cadence_days AS cadenceDays, p.created_at AS createdAt`;

type PersonRow = Omit<InsightPerson, 'isPlaceholder'> & { isPlaceholder: number };
const toInsightPerson = (row: PersonRow): InsightPerson => ({ ...row, isPlaceholder: bool(row.isPlaceholder) });

/**
 * An instant as the backend writes it (`toISOString()`). Among these, text order is time order,
 * so SQL may compare and group them; anything else is handed to the rules' own parser row by row.
 */
const CANONICAL_GLOB = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`;
const canonical = (column: string): string => `${column} GLOB ${CANONICAL_GLOB}`;

/** A canonical instant of 1900–2200 on a day every month has, at a clock that exists: sane at a glance. */
const PLAINLY_SANE = /^(19|2[01])\d\d-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
/** `isSaneInstant`, without parsing the tens of thousands of instants the backend wrote itself. */
const isSaneStored = (at: string): boolean => PLAINLY_SANE.test(at) || isSaneInstant(at);

export interface PeopleAndLines {
  tier: Tier;
  people: InsightPerson[];
  relations: InsightRelation[];
  opportunityId: string | null;
}

/**
 * The people in scope, in the order the screens list them: the account's, or those on the map
 * with that map's deal values.
 */
export function peopleInScope(
  db: Db,
  accountId: string,
  mapId: string | undefined,
): { people: InsightPerson[]; opportunityId: string | null } {
  if (!mapId) {
    const people = allRows<PersonRow>(
      db,
      `SELECT ${INSIGHT_PERSON_COLUMNS} FROM people p WHERE p.account_id = ? AND p.deleted_at IS NULL
       ORDER BY p.name COLLATE NOCASE, p.created_at`,
      accountId,
    ).map(toInsightPerson);
    return { people, opportunityId: null };
  }
  const map = getMap(db, mapId);
  if (map.accountId !== accountId) invalid('mapId', 'other_account', 'That map belongs to another account');
  const people = allRows<PersonRow>(
    db,
    `SELECT ${INSIGHT_PERSON_COLUMNS} FROM map_items i JOIN people p ON p.id = i.person_id
     WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
    mapId,
  ).map(toInsightPerson);
  if (!map.opportunityId) return { people, opportunityId: null };
  const overrides = new Map(listOverrides(db, map.opportunityId).map((row) => [row.personId, row]));
  return {
    people: people.map((person) => effectivePerson(person, overrides.get(person.id))),
    opportunityId: map.opportunityId,
  };
}

/**
 * The people in scope and the lines among them: all the status light and the path to power need,
 * without the contacts, promises and history the other rules read.
 */
export function peopleAndLines(db: Db, accountId: string, mapId?: string): PeopleAndLines {
  const { tier } = getAccount(db, accountId);
  const { people, opportunityId } = peopleInScope(db, accountId, mapId);
  const relations = linesAmong(db, accountId, new Set(people.map((person) => person.id)));
  return { tier, people, relations, opportunityId };
}

/** The account's lines among these people, and our team's coverage of them. */
export function linesAmong(db: Db, accountId: string, ids: Set<string>): InsightRelation[] {
  const inScope = (id: string | null): boolean => id !== null && ids.has(id);
  // Coverage counts wherever the colleague stands; lines between their people need both ends here.
  return allRows<InsightRelation>(
    db,
    `SELECT r.kind, r.from_person_id AS fromPersonId, r.from_member_id AS fromMemberId,
       r.to_person_id AS toPersonId, r.to_member_id AS toMemberId, r.strength
     FROM relations r
     LEFT JOIN people fp ON fp.id = r.from_person_id
     LEFT JOIN people tp ON tp.id = r.to_person_id
     WHERE r.account_id = ? AND fp.deleted_at IS NULL AND tp.deleted_at IS NULL
     ORDER BY r.rowid`,
    accountId,
  ).filter((r) => inScope(r.toPersonId) && (r.fromMemberId !== null || inScope(r.fromPersonId)));
}

/** The ids of the people in scope, in the order `peopleInScope` lists them. */
export function scopeOrder(db: Db, accountId: string, mapId: string | undefined): string[] {
  const rows = mapId
    ? db
        .prepare(
          `SELECT p.id FROM map_items i JOIN people p ON p.id = i.person_id
           WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
        )
        .pluck()
        .all(mapId)
    : db
        .prepare(
          `SELECT p.id FROM people p WHERE p.account_id = ? AND p.deleted_at IS NULL
           ORDER BY p.name COLLATE NOCASE, p.created_at`,
        )
        .pluck()
        .all(accountId);
  return rows as string[];
}

/** These people as `peopleInScope` gives them, those not in scope left out (in no set order). */
export function peopleInScopeByIds(
  db: Db,
  accountId: string,
  mapId: string | undefined,
  opportunityId: string | null,
  ids: readonly string[],
): InsightPerson[] {
  const list = JSON.stringify(ids);
  const people = (
    mapId
      ? allRows<PersonRow>(
          db,
          `SELECT ${INSIGHT_PERSON_COLUMNS} FROM map_items i JOIN people p ON p.id = i.person_id
           WHERE i.map_id = ? AND p.deleted_at IS NULL AND p.id IN (SELECT value FROM json_each(?))`,
          mapId,
          list,
        )
      : allRows<PersonRow>(
          db,
          `SELECT ${INSIGHT_PERSON_COLUMNS} FROM people p
           WHERE p.account_id = ? AND p.deleted_at IS NULL AND p.id IN (SELECT value FROM json_each(?))`,
          accountId,
          list,
        )
  ).map(toInsightPerson);
  if (!opportunityId) return people;
  const overrides = new Map(listOverrides(db, opportunityId).map((row) => [row.personId, row]));
  return people.map((person) => effectivePerson(person, overrides.get(person.id)));
}

/**
 * Their people's contacts. Inside the last two falling windows (and any contact whose time SQL
 * cannot order) each contact as stored; before that only each person's latest, all the overdue
 * rule asks of old contacts, as a contact of that person alone.
 */
export function contactsOf(
  db: Db,
  accountId: string,
  ids: Set<string>,
  cutoff: string,
  only?: string,
): InsightInput['interactions'] {
  // `only`: that one person's contacts, for a cache that re-reads just the people an edit touched.
  const ofOne = only === undefined ? '' : 'AND ip.person_id = ?';
  const one = only === undefined ? [] : [only];
  // One person's: from their participations (CROSS JOIN keeps that order), not the account's contacts.
  const from =
    only === undefined
      ? 'interactions i JOIN interaction_participants ip ON ip.interaction_id = i.id'
      : 'interaction_participants ip CROSS JOIN interactions i ON i.id = ip.interaction_id';
  const byInteraction = new Map<string, { at: string; personIds: string[] }>();
  for (const row of allRows<{ id: string; at: string; personId: string }>(
    db,
    `SELECT i.id, i.occurred_at AS at, ip.person_id AS personId FROM ${from}
     WHERE i.account_id = ? AND ip.person_id IS NOT NULL
       AND (i.occurred_at >= ? OR NOT ${canonical('i.occurred_at')}) ${ofOne}`,
    accountId,
    cutoff,
    ...one,
  )) {
    if (!ids.has(row.personId) || !isSaneStored(row.at)) continue;
    const entry = byInteraction.get(row.id) ?? { at: row.at, personIds: [] };
    entry.personIds.push(row.personId);
    byInteraction.set(row.id, entry);
  }
  const contacts = [...byInteraction.values()];
  const insane: string[] = [];
  for (const row of allRows<{ personId: string; at: string }>(
    db,
    `SELECT ip.person_id AS personId, MAX(i.occurred_at) AS at FROM ${from}
     WHERE i.account_id = ? AND ip.person_id IS NOT NULL AND i.occurred_at < ? AND ${canonical('i.occurred_at')} ${ofOne}
     GROUP BY ip.person_id`,
    accountId,
    cutoff,
    ...one,
  )) {
    if (!ids.has(row.personId)) continue;
    if (isSaneStored(row.at)) contacts.push({ at: row.at, personIds: [row.personId] });
    else insane.push(row.personId);
  }
  // A latest that is no date (30 February, year 0000): that person's old contacts one by one.
  for (const personId of insane)
    for (const { at } of allRows<{ at: string }>(
      db,
      `SELECT i.occurred_at AS at FROM interaction_participants ip CROSS JOIN interactions i ON i.id = ip.interaction_id
       WHERE i.account_id = ? AND ip.person_id = ? AND i.occurred_at < ? AND ${canonical('i.occurred_at')}`,
      accountId,
      personId,
      cutoff,
    ))
      if (isSaneInstant(at)) contacts.push({ at, personIds: [personId] });
  return contacts;
}

/**
 * The changes the rules read, in the order they were learnt: stance changes since the window's
 * start (and any whose time SQL cannot order), and each person's latest progress change.
 */
export function changesOf(
  db: Db,
  accountId: string,
  opportunityId: string | null,
  ids: Set<string>,
  windowStart: string,
  only?: string,
): InsightHistoryEntry[] {
  const ofOne = only === undefined ? '' : 'AND h.person_id = ?';
  const scope = only === undefined ? [accountId, opportunityId] : [accountId, opportunityId, only];
  const ofAccount = `h.kind = 'change' AND p.account_id = ? AND (h.opportunity_id IS NULL OR h.opportunity_id = ?) ${ofOne}`;
  const keep = (entry: InsightHistoryEntry): boolean => ids.has(entry.personId) && isSaneStored(entry.at);
  const stance = allRows<InsightHistoryEntry>(
    db,
    `SELECT h.person_id AS personId, h.field, h.old_value AS old, h.new_value AS new, ${LEARNED_AT} AS at
     FROM person_history h JOIN people p ON p.id = h.person_id
     WHERE ${ofAccount} AND h.field = 'stance' AND (${LEARNED_AT} >= ? OR NOT ${canonical(LEARNED_AT)})
     ORDER BY ${LEARNED_AT}, h.seq`,
    ...scope,
    windowStart,
  ).filter(keep);
  // Only the latest progress change counts; one whose time SQL cannot order is judged by the rule.
  const progress = allRows<InsightHistoryEntry>(
    db,
    `SELECT h.person_id AS personId, h.field, h.old_value AS old, h.new_value AS new, ${LEARNED_AT} AS at
     FROM person_history h JOIN people p ON p.id = h.person_id
     WHERE ${ofAccount} AND h.field = 'progress' AND NOT ${canonical(LEARNED_AT)}
     UNION ALL
     SELECT h.person_id, 'progress', NULL, '', MAX(${LEARNED_AT})
     FROM person_history h JOIN people p ON p.id = h.person_id
     WHERE ${ofAccount} AND h.field = 'progress' AND ${canonical(LEARNED_AT)}
     GROUP BY h.person_id`,
    ...scope,
    ...scope,
  );
  const latestProgress = progress.filter((entry) => ids.has(entry.personId) && !isSaneInstant(entry.at));
  const soundProgress = progress.filter(keep);
  // A latest that is no date: that person's progress changes one by one.
  for (const { personId } of latestProgress)
    soundProgress.push(
      ...allRows<InsightHistoryEntry>(
        db,
        `SELECT h.person_id AS personId, h.field, h.old_value AS old, h.new_value AS new, ${LEARNED_AT} AS at
         FROM person_history h JOIN people p ON p.id = h.person_id
         WHERE ${ofAccount} AND h.field = 'progress' AND h.person_id = ? AND ${canonical(LEARNED_AT)}`,
        ...scope,
        personId,
      ).filter(keep),
    );
  return [...stance, ...soundProgress];
}

/** The open promises with a due day: the only ones a rule reads. */
export function openPromisesOf(db: Db, accountId: string, ids: Set<string>, onMap: boolean): InsightCommitment[] {
  const promises = allRows<{
    id: string;
    description: string;
    due: string | null;
    state: InsightCommitment['state'];
    byPerson: string | null;
    toPerson: string | null;
  }>(
    db,
    `SELECT id, description, due_date AS due, state, by_person_id AS byPerson, to_person_id AS toPerson
     FROM commitments WHERE account_id = ? AND state = 'open' AND due_date IS NOT NULL ORDER BY due_date, created_at`,
    accountId,
  ).flatMap(({ byPerson, toPerson, due, ...rest }) =>
    isSaneDate(due)
      ? [{ ...rest, due, personIds: [byPerson, toPerson].filter((id): id is string => id !== null && ids.has(id)) }]
      : [],
  );
  return onMap ? promises.filter((c) => c.personIds.length > 0) : promises;
}

export function gatherInsightInput(
  db: Db,
  accountId: string,
  mapId: string | undefined,
  thresholds: InsightThresholds,
  now: Date,
): InsightInput {
  const { tier, people, relations, opportunityId } = peopleAndLines(db, accountId, mapId);
  const ids = new Set(people.map((person) => person.id));
  const window = thresholds.fallingWindowDays * DAY_MS;
  const team = allRows<{ id: string; name: string }>(
    db,
    `SELECT m.id, m.name FROM account_team t JOIN team_members m ON m.id = t.member_id WHERE t.account_id = ?`,
    accountId,
  );
  return {
    tier,
    people,
    relations,
    team,
    interactions: contactsOf(db, accountId, ids, new Date(now.getTime() - 2 * window).toISOString()),
    commitments: openPromisesOf(db, accountId, ids, mapId !== undefined),
    history: changesOf(db, accountId, opportunityId, ids, new Date(now.getTime() - window).toISOString()),
  };
}
