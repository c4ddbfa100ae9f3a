import type { Person } from '../../../shared/api/entities';
import type { ParsedInputOf, PersonPatch } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { keptPeopleOf } from './keptPeople';
import { orgUnitOfAccount } from './orgUnits';
import { freshChangeId } from './historyReasons';
import { learnedInstant, learnedOnBounds } from '../../../shared/domain/learnedOn';

import { PERSON_COLUMNS, toPerson, type PersonRow } from './personRows';
export { PERSON_COLUMNS, personFromRow, toPerson, type PersonRow } from './personRows';

export function getPerson(db: Db, id: string): Person {
  const row = db.prepare(`SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as
    PersonRow | undefined;
  return toPerson(mustExist(row, 'Person', id));
}

/** A living person of the account; one of another account is refused at `path`. */
export function personOfAccount(db: Db, id: string, accountId: string, path: string): Person {
  const person = getPerson(db, id);
  if (person.accountId !== accountId) invalid(path, 'other_account', 'That person belongs to another account');
  return person;
}

/**
 * The living people of an account, with their account-level assessments, by name: the order is
 * read from the index, the records are the kept ones (keptPeople.ts).
 */
export function listPeople(db: Db, accountId: string): Person[] {
  const outerTransaction = db.inTransaction;
  return db.transaction(() => {
    getAccount(db, accountId);
    const people = keptPeopleOf(db, accountId, outerTransaction);
    const ids = db
      .prepare(
        `SELECT p.id FROM people p WHERE p.account_id = ? AND p.deleted_at IS NULL
         ORDER BY p.name COLLATE NOCASE, p.created_at`,
      )
      .pluck()
      .all(accountId) as string[];
    return ids.map((id) => mustExist(people.get(id), 'Person', id));
  })();
}

function competitorOfAccount(db: Db, id: string, accountId: string, path: string): void {
  const row = db.prepare('SELECT account_id AS accountId FROM competitors WHERE id = ?').get(id) as
    { accountId: string } | undefined;
  if (mustExist(row, 'Competitor', id).accountId !== accountId)
    invalid(path, 'other_account', 'That competitor is of another account');
}

/** Assessments whose every change is kept (append-only history) and stamped with when it was made. */
const TRACKED = ['role', 'influence', 'stance', 'access', 'progress'] as const;

/** Creates the person (or a placeholder) and, when asked, places them on a map, in one transaction. */
export function createPerson(db: Db, input: ParsedInputOf<'people.create'>): Person {
  const id = input.id ?? newId();
  const now = nowIso();
  db.transaction(() => {
    getAccount(db, input.accountId);
    if (input.orgUnitId) orgUnitOfAccount(db, input.orgUnitId, input.accountId, 'orgUnitId');
    const row: Record<string, unknown> = {
      id,
      account_id: input.accountId,
      name: input.name ?? '',
      title: input.title ?? '',
      created_at: now,
      updated_at: now,
    };
    for (const [key, column] of Object.entries(CREATE_COLUMNS) as [keyof typeof CREATE_COLUMNS, string][]) {
      const value = input[key];
      if (value !== undefined) row[column] = typeof value === 'boolean' ? Number(value) : value;
    }
    for (const field of TRACKED)
      if (input[field as keyof typeof input] !== undefined) row[`${field}_assessed_at`] = now;
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO people (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
      row,
    );
    if (input.placeOn) {
      const map = db.prepare('SELECT account_id AS accountId FROM maps WHERE id = ?').get(input.placeOn.mapId) as
        { accountId: string } | undefined;
      if (mustExist(map, 'Map', input.placeOn.mapId).accountId !== input.accountId) {
        invalid('placeOn.mapId', 'other_account', 'The map belongs to another account');
      }
      db.prepare(`INSERT INTO map_items (id, map_id, person_id, x, y) VALUES (?, ?, ?, ?, ?)`).run(
        input.placeOn.itemId ?? newId(),
        input.placeOn.mapId,
        id,
        input.placeOn.position.x,
        input.placeOn.position.y,
      );
    }
  })();
  return getPerson(db, id);
}

const COLUMN_OF: Record<keyof PersonPatch, string> = {
  name: 'name',
  title: 'title',
  isPlaceholder: 'is_placeholder',
  role: 'role',
  influence: 'influence',
  stance: 'stance',
  access: 'access',
  progress: 'progress',
  layer: 'layer',
  roleConfidence: 'role_confidence',
  influenceConfidence: 'influence_confidence',
  stanceConfidence: 'stance_confidence',
  accessConfidence: 'access_confidence',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  imHandle: 'im_handle',
  address: 'address',
  birthday: 'birthday',
  interests: 'interests',
  familyNotes: 'family_notes',
  privateNotes: 'private_notes',
  orgUnitId: 'org_unit_id',
  competitorId: 'competitor_id',
};

/** Fields people.create may set besides name and title. */
const CREATE_FIELDS = [
  'isPlaceholder',
  'role',
  'influence',
  'stance',
  'access',
  'progress',
  'layer',
  'orgUnitId',
] as const;
const CREATE_COLUMNS = Object.fromEntries(CREATE_FIELDS.map((field) => [field, COLUMN_OF[field]])) as Record<
  (typeof CREATE_FIELDS)[number],
  string
>;

/**
 * Writes a patch onto one person inside the caller's transaction: each changed tracked field gets
 * a new assessed-at stamp and a history row carrying `reason` and the edit's `changeId`. Returns
 * whether anything was written.
 */
export function applyPersonPatch(
  db: Db,
  before: Person,
  patch: PersonPatch,
  reason: string,
  path = 'patch',
  changeId: string | null = null,
  learnedAt: string | null = null,
): boolean {
  const name = patch.name ?? before.name;
  if (!(patch.isPlaceholder ?? before.isPlaceholder) && name === '') {
    invalid(`${path}.name`, 'required', 'A name is needed; only a placeholder may have none');
  }
  if (patch.orgUnitId) orgUnitOfAccount(db, patch.orgUnitId, before.accountId, `${path}.orgUnitId`);
  if (patch.competitorId) competitorOfAccount(db, patch.competitorId, before.accountId, `${path}.competitorId`);
  const now = nowIso();
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const [key, value] of Object.entries(patch) as [keyof PersonPatch, unknown][]) {
    if (value === undefined) continue;
    assignments.push(`${COLUMN_OF[key]} = ?`);
    values.push(typeof value === 'boolean' ? Number(value) : value);
  }
  const history = db.prepare(
    `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, reason, change_id, learned_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const field of TRACKED) {
    const next = patch[field];
    if (next === undefined || next === before[field]) continue;
    // The assessment is as old as what it was learned from, which may be older than the edit.
    assignments.push(`${field}_assessed_at = ?`);
    values.push(learnedAt ?? now);
    history.run(before.id, field, String(before[field]), String(next), now, reason, changeId, learnedAt);
  }
  if (assignments.length === 0) return false;
  db.prepare(`UPDATE people SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, before.id);
  return true;
}

/**
 * Naming a placeholder is an update like any other ({ name, isPlaceholder: false }): the id, lines,
 * map places and history stay.
 */
export function updatePerson(
  db: Db,
  { id, patch, reason, changeId, learnedOn, utcOffset }: ParsedInputOf<'people.update'>,
): Person & { before: Person } {
  return db.transaction(() => {
    const before = getPerson(db, id);
    const change = freshChangeId(db, changeId);
    const learnedAt = learnedAtOf(learnedOn, utcOffset);
    const after = applyPersonPatch(db, before, patch, reason ?? '', 'patch', change, learnedAt)
      ? getPerson(db, id)
      : before;
    return { ...after, before };
  })();
}

/**
 * The instant an edit learned on `learnedOn` is dated in the history (null: now); a day after
 * the user's today or too long ago is refused at `path`.
 */
export function learnedAtOf(learnedOn: string | undefined, utcOffset = 0, path = 'learnedOn'): string | null {
  if (learnedOn === undefined) return null;
  const now = new Date();
  const { min, max } = learnedOnBounds(now, utcOffset);
  if (learnedOn < min || learnedOn > max) {
    invalid(path, 'date_out_of_range', `The day it was learned must lie between ${min} and ${max}`, { min, max });
  }
  return learnedInstant(learnedOn, now, utcOffset);
}

/**
 * Deleting keeps the rows (and so their lines, map places, interactions and history) out of
 * sight, so that undo can bring the people back whole. All or none: one unknown id changes nothing.
 */
export function deletePeople(db: Db, ids: string[]): void {
  const hide = db.prepare('UPDATE people SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const now = nowIso();
  db.transaction(() => {
    for (const id of new Set(ids)) {
      if (hide.run(now, id).changes === 0) throw new ApiError('not_found', `Person ${id} does not exist`);
    }
  })();
}

export function restorePeople(db: Db, ids: string[]): Person[] {
  const show = db.prepare('UPDATE people SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  return db.transaction(() =>
    [...new Set(ids)].map((id) => {
      if (show.run(id).changes === 0) throw new ApiError('not_found', `No deleted person ${id}`);
      return getPerson(db, id);
    }),
  )();
}
