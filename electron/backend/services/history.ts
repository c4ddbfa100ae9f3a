import type { MapView, Person } from '../../../shared/api/entities';
import type { HistoryEntry, Mover } from '../../../shared/api/methods/history';
import {
  DEAL_FIELDS,
  TRACKED_FIELDS,
  endOfDay,
  movesBetween,
  trackedValues,
  valueAsOf,
  type Change,
  type TrackedValues,
} from '../../../shared/domain/history';
import type { Db } from '../db/connection';
import { getPerson } from './people';
import { viewMap } from './mapView';
import { getMap } from './maps';
import { getOpportunity } from './opportunities';
import { effectivePerson, listOverrides } from './assessments';

/**
 * When what a history row records was learned: its learned time, else when it was written. Time
 * travel, comparisons and the warnings order and cut the log by this.
 */
export const LEARNED_AT = 'coalesce(h.learned_at, h.changed_at)';

/** Every change and review of one person, the earliest learned first; a deal's own carry the deal. */
export function personHistory(
  db: Db,
  personId: string,
): { createdAt: string; current: TrackedValues; entries: HistoryEntry[] } {
  const person = getPerson(db, personId);
  const entries = db
    .prepare(
      `SELECT h.seq, h.kind, h.field, h.old_value AS oldValue, h.new_value AS newValue, h.changed_at AS changedAt,
         h.learned_at AS learnedAt, h.reason, h.change_id AS changeId, h.opportunity_id AS opportunityId,
         o.name AS opportunityName
       FROM person_history h LEFT JOIN opportunities o ON o.id = h.opportunity_id
       WHERE h.person_id = ? ORDER BY ${LEARNED_AT}, h.seq`,
    )
    .all(personId) as HistoryEntry[];
  return { createdAt: person.createdAt, current: trackedValues(person), entries };
}

interface LogRow extends Change {
  personId: string;
  opportunityId: string | null;
}

/** The people of a map whose past is asked for, with today's values as the map shows them. */
interface MapPeople {
  mapId: string;
  dealId: string | null;
  people: readonly (Pick<Person, 'id' | 'name' | 'title' | 'createdAt'> & TrackedFieldsOf)[];
}
type TrackedFieldsOf = Pick<Person, 'role' | 'influence' | 'stance' | 'access' | 'progress'>;

/**
 * What a comparison reads of a map: its living people in drawing order with their names and
 * tracked values (on a deal map the deal's), not the rest of what the map draws.
 */
function mapPeople(db: Db, mapId: string): MapPeople {
  const map = getMap(db, mapId);
  const people = db
    .prepare(
      `SELECT p.id, p.name, p.title, p.created_at AS createdAt, p.role, p.influence, p.stance, p.access, p.progress,
         p.role_assessed_at AS roleAssessedAt, p.influence_assessed_at AS influenceAssessedAt,
         p.stance_assessed_at AS stanceAssessedAt
       FROM map_items i JOIN people p ON p.id = i.person_id
       WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
    )
    .all(mapId) as (MapPeople['people'][number] &
    Pick<Person, 'roleAssessedAt' | 'influenceAssessedAt' | 'stanceAssessedAt'>)[];
  if (!map.opportunityId) return { mapId, dealId: null, people };
  const deal = getOpportunity(db, map.opportunityId);
  const byPerson = new Map(listOverrides(db, deal.id).map((row) => [row.personId, row]));
  return { mapId, dealId: deal.id, people: people.map((person) => effectivePerson(person, byPerson.get(person.id))) };
}

/** A change of the log that counts for a map: the account's own, and on a deal map that deal's. */
const COUNTS_FOR_MAP = `h.kind = 'change' AND (h.opportunity_id IS NULL OR h.opportunity_id IS @deal)`;

/**
 * The tracked values of the map's people at `end` (an instant), for those who existed then. On a
 * deal map role, influence and stance are the deal's; the rest are the person's own.
 *
 * Only what answers that is read: who existed at `end` (created before it, or with a logged
 * change before it: imported or back-filled people), and for them the changes learned from `end`
 * on, which roll today's values back. At today's end that is next to nothing, however long the
 * log; the index on (person, learned time) finds both.
 */
function valuesAt(db: Db, scope: MapPeople, end: string): Map<string, TrackedValues> {
  const { dealId } = scope;
  const params = { map: scope.mapId, deal: dealId, end };
  const existed = `(p.created_at < @end OR EXISTS (SELECT 1 FROM person_history h WHERE h.person_id = p.id
      AND ${COUNTS_FOR_MAP} AND ${LEARNED_AT} < @end))`;
  // Everyone created before `end` existed then; of the rest only those with a change before it.
  const later = scope.people.filter((person) => person.createdAt >= end).map((person) => person.id);
  /** Those created after `end` with no change before it: they did not exist then. */
  const unknown = new Set<string>();
  if (later.length > 0) {
    const loggedBefore = new Set(
      db
        .prepare(
          `SELECT j.value FROM json_each(@later) j WHERE EXISTS (SELECT 1 FROM person_history h
             WHERE h.person_id = j.value AND ${COUNTS_FOR_MAP} AND ${LEARNED_AT} < @end)`,
        )
        .pluck()
        .all({ ...params, later: JSON.stringify(later) }) as string[],
    );
    for (const id of later) if (!loggedBefore.has(id)) unknown.add(id);
  }
  const log =
    unknown.size === scope.people.length
      ? []
      : (db
          .prepare(
            `SELECT h.person_id AS personId, h.opportunity_id AS opportunityId, h.field, h.old_value AS oldValue,
               h.new_value AS newValue, ${LEARNED_AT} AS changedAt
             FROM map_items i ${later.length > 0 ? 'JOIN people p ON p.id = i.person_id' : ''}
               JOIN person_history h ON h.person_id = i.person_id
             WHERE i.map_id = @map AND ${later.length > 0 ? existed : 'TRUE'} AND ${COUNTS_FOR_MAP}
               AND ${LEARNED_AT} >= @end`,
          )
          .all(params) as LogRow[]);
  /** `person field` of a deal's own fields the deal had changed before `end`: from then on its log holds. */
  const dealStarted = dealId
    ? new Set(
        db
          .prepare(
            `SELECT DISTINCT h.person_id || ' ' || h.field FROM map_items i JOIN person_history h ON h.person_id = i.person_id
             WHERE i.map_id = @map AND h.kind = 'change' AND h.opportunity_id = @deal AND ${LEARNED_AT} < @end`,
          )
          .pluck()
          .all(params) as string[],
      )
    : null;
  const byPerson = new Map<string, LogRow[]>();
  for (const row of log) {
    const rows = byPerson.get(row.personId);
    if (rows) rows.push(row);
    else byPerson.set(row.personId, [row]);
  }
  const accountLevel = dealId ? accountValues(db, scope.mapId) : null;
  const result = new Map<string, TrackedValues>();
  for (const person of scope.people) {
    if (unknown.has(person.id)) continue;
    const rows = byPerson.get(person.id);
    const today = trackedValues(person);
    // On the account's own map, with nothing learned since, today's values held then.
    if (!rows && !accountLevel) {
      result.set(person.id, today);
      continue;
    }
    const own = accountLevel?.get(person.id) ?? today;
    const values = {} as TrackedValues;
    for (const field of TRACKED_FIELDS) {
      const ofField = rows ? rows.filter((r) => r.field === field) : [];
      const account = ofField.filter((r) => !r.opportunityId);
      values[field] =
        dealStarted && DEAL_FIELDS.includes(field) && dealStarted.has(`${person.id} ${field}`)
          ? valueAsOf(
              today[field],
              ofField.filter((r) => r.opportunityId),
              end,
            )
          : valueAsOf(own[field], account, end);
    }
    result.set(person.id, values);
  }
  return result;
}

/** The account-level values of the people on a map (a deal map's view shows the deal's). */
function accountValues(db: Db, mapId: string): Map<string, TrackedValues> {
  const rows = db
    .prepare(
      `SELECT p.id, p.role, p.influence, p.stance, p.access, p.progress
       FROM map_items i JOIN people p ON p.id = i.person_id WHERE i.map_id = ?`,
    )
    .all(mapId) as (Record<(typeof TRACKED_FIELDS)[number], string | number> & { id: string })[];
  return new Map(rows.map((row) => [row.id, trackedValues(row)]));
}

/** The person with the tracked values of then; the same object when they are today's. */
const withValues = (person: Person, values: TrackedValues): Person =>
  TRACKED_FIELDS.every((field) => values[field] === String(person[field])) ? person : changedTo(person, values);

const changedTo = (person: Person, values: TrackedValues): Person => ({
  ...person,
  role: values.role as Person['role'],
  influence: Number(values.influence),
  stance: values.stance as Person['stance'],
  access: Number(values.access),
  progress: values.progress as Person['progress'],
});

/** The map as it stood at the end of `date`: today's layout, the values of then, people added since left out. */
export function mapAsOf(db: Db, mapId: string, date: string, utcOffset = 0): MapView {
  const outerTransaction = db.inTransaction;
  return db.transaction(() => {
    const view = viewMap(db, mapId, outerTransaction);
    const values = valuesAt(
      db,
      { mapId, dealId: view.opportunity?.id ?? null, people: view.people },
      endOfDay(date, utcOffset),
    );
    const kept = (id: string | null): boolean => id === null || values.has(id);
    return {
      ...view,
      items: view.items.filter((item) => kept(item.personId)),
      people: view.people.flatMap((person) => {
        const then = values.get(person.id);
        return then ? [withValues(person, then)] : [];
      }),
      relations: view.relations.filter((r) => kept(r.fromPersonId) && kept(r.toPersonId)),
      overrides: view.overrides.filter((o) => values.has(o.personId)),
      personTags: view.personTags.filter((t) => values.has(t.personId)),
    };
  })();
}

/**
 * The reasons given for the changes made after `start` up to `end` to the map's people, keyed by
 * person and field, oldest first: the account's changes, and on a deal map that deal's too.
 */
function reasonsBetween(
  db: Db,
  view: MapPeople,
  start: string,
  end: string,
  personIds: readonly string[],
): Map<string, string[]> {
  if (personIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT h.person_id AS personId, h.field, h.reason
       FROM person_history h JOIN map_items i ON i.person_id = h.person_id AND i.map_id = ?
       WHERE (h.opportunity_id IS NULL OR h.opportunity_id IS ?) AND ${LEARNED_AT} > ? AND ${LEARNED_AT} <= ?
         AND h.reason <> '' AND h.person_id IN (SELECT value FROM json_each(?))
       ORDER BY ${LEARNED_AT}, h.seq`,
    )
    .all(view.mapId, view.dealId, start, end, JSON.stringify(personIds)) as {
    personId: string;
    field: string;
    reason: string;
  }[];
  const result = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.personId} ${row.field}`;
    const list = result.get(key) ?? [];
    // The same words for several changes of one field (a change, its undo and redo) are said once.
    if (!list.includes(row.reason)) list.push(row.reason);
    result.set(key, list);
  }
  return result;
}

/** Who on the map moved between the ends of two days, and who came onto it in between. */
export function compareMap(
  db: Db,
  mapId: string,
  from: string,
  to: string,
  utcOffset = 0,
): { movers: Mover[]; added: string[] } {
  return db.transaction(() => {
    const view = mapPeople(db, mapId);
    const before = valuesAt(db, view, endOfDay(from, utcOffset));
    const after = valuesAt(db, view, endOfDay(to, utcOffset));
    const moved: { person: MapPeople['people'][number]; moves: ReturnType<typeof movesBetween> }[] = [];
    const added: string[] = [];
    for (const person of view.people) {
      const a = before.get(person.id);
      const b = after.get(person.id);
      if (!b) continue;
      if (!a) {
        added.push(person.id);
        continue;
      }
      const moves = movesBetween(a, b);
      if (moves.length > 0) moved.push({ person, moves });
    }
    // Reasons are read for those who moved only: on a big map most did not.
    const reasons = reasonsBetween(
      db,
      view,
      endOfDay(from, utcOffset),
      endOfDay(to, utcOffset),
      moved.map(({ person }) => person.id),
    );
    const movers: Mover[] = moved.map(({ person, moves }) => ({
      personId: person.id,
      name: person.name,
      title: person.title,
      moves: moves.map((move) => ({ ...move, reasons: reasons.get(`${person.id} ${move.field}`) ?? [] })),
    }));
    return { movers, added };
  })();
}
