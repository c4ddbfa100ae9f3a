/**
 * What the campaign knows about each entity it wrote, in one comparable shape, and how to read
 * the same shape straight out of a Powermap file. An entity is compared whole: a person with their
 * places and history, an interaction with its participants and commitments, so a write that landed
 * only in part shows as a difference.
 */
import { isDeepStrictEqual } from 'node:util';
import type Database from 'better-sqlite3';

export interface AccountFacts {
  kind: 'account';
  name: string;
  tier: string;
  mapCount: number;
}

export interface PlaceFacts {
  itemId: string;
  mapId: string;
  x: number;
  y: number;
}

export interface PersonFacts {
  kind: 'person';
  accountId: string;
  name: string;
  title: string;
  influence: number;
  stance: string;
  /** Map places, by item id. */
  places: PlaceFacts[];
  /** `field=new value` of each history row, oldest first. */
  history: string[];
}

export interface CommitmentFacts {
  id: string;
  description: string;
  byPersonId: string;
  state: string;
}

export interface InteractionFacts {
  kind: 'interaction';
  accountId: string;
  summary: string;
  /** Sorted. */
  personIds: string[];
  /** By id. */
  commitments: CommitmentFacts[];
}

export type Facts = AccountFacts | PersonFacts | InteractionFacts;
export type EntityKey = `${Facts['kind']}:${string}`;
export type EntityState = Map<EntityKey, Facts>;

export const accountKey = (id: string): EntityKey => `account:${id}`;
export const personKey = (id: string): EntityKey => `person:${id}`;
export const interactionKey = (id: string): EntityKey => `interaction:${id}`;
export const idOfKey = (key: EntityKey): string => key.slice(key.indexOf(':') + 1);

export const sameFacts = (a: Facts | undefined, b: Facts | undefined): boolean => isDeepStrictEqual(a, b);

/** Orders entries by id, the way both the file and the campaign list them. */
export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Every account, person and interaction of the file, in the campaign's shape. */
export function readFacts(db: Database.Database): EntityState {
  const state: EntityState = new Map();
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];

  const mapCounts = new Map(
    all<{ accountId: string; n: number }>('SELECT account_id AS accountId, count(*) AS n FROM maps GROUP BY 1').map(
      (row) => [row.accountId, row.n],
    ),
  );
  for (const row of all<{ id: string; name: string; tier: string }>('SELECT id, name, tier FROM accounts')) {
    state.set(accountKey(row.id), {
      kind: 'account',
      name: row.name,
      tier: row.tier,
      mapCount: mapCounts.get(row.id) ?? 0,
    });
  }

  const places = groupBy(
    all<PlaceFacts & { personId: string }>(
      'SELECT id AS itemId, map_id AS mapId, person_id AS personId, x, y FROM map_items WHERE person_id IS NOT NULL',
    ),
    (row) => row.personId,
  );
  const history = groupBy(
    all<{ personId: string; entry: string }>(
      `SELECT person_id AS personId, field || '=' || new_value AS entry FROM person_history ORDER BY seq`,
    ),
    (row) => row.personId,
  );
  const people = all<Omit<PersonFacts, 'kind' | 'places' | 'history'> & { id: string }>(
    'SELECT id, account_id AS accountId, name, title, influence, stance FROM people',
  );
  for (const { id, ...row } of people) {
    state.set(personKey(id), {
      kind: 'person',
      ...row,
      places: (places.get(id) ?? [])
        .map(({ itemId, mapId, x, y }) => ({ itemId, mapId, x, y }))
        .sort((a, b) => byId({ id: a.itemId }, { id: b.itemId })),
      history: (history.get(id) ?? []).map((entry) => entry.entry),
    });
  }

  const participants = groupBy(
    all<{ interactionId: string; personId: string }>(
      `SELECT interaction_id AS interactionId, person_id AS personId FROM interaction_participants
       WHERE person_id IS NOT NULL`,
    ),
    (row) => row.interactionId,
  );
  const commitments = groupBy(
    all<CommitmentFacts & { interactionId: string }>(
      `SELECT id, interaction_id AS interactionId, description, by_person_id AS byPersonId, state FROM commitments
       WHERE interaction_id IS NOT NULL`,
    ),
    (row) => row.interactionId,
  );
  const interactions = all<{ id: string; accountId: string; summary: string }>(
    'SELECT id, account_id AS accountId, summary FROM interactions',
  );
  for (const { id, accountId, summary } of interactions) {
    state.set(interactionKey(id), {
      kind: 'interaction',
      accountId,
      summary,
      personIds: (participants.get(id) ?? []).map((row) => row.personId).sort(),
      commitments: (commitments.get(id) ?? [])
        .map(({ id: commitmentId, description, byPersonId, state: commitmentState }) => ({
          id: commitmentId,
          description,
          byPersonId,
          state: commitmentState,
        }))
        .sort(byId),
    });
  }
  return state;
}
