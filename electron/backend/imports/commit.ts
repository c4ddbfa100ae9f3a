import type { ParsedInputOf, PersonPatch } from '../../../shared/api/contract';
import type { DuplicateAction, ImportUndo, OnDuplicate } from '../../../shared/api/methods/imports';
import type { PersonValues } from '../../../shared/api/methods/people';
import { layoutOrgChart, ORG_CHART_CARD, ORG_CHART_GAP } from '../../../shared/domain/orgChartLayout';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId, nowIso } from '../services/common';
import { insertIndexedInBulk } from '../services/bulkIndex';
import { freshChangeId } from '../services/historyReasons';
import { applyPersonPatch, getPerson } from '../services/people';
import { setPersonTags } from '../services/tags';
import { nameKey } from './names';
import type { PlannedRow } from './plan';
import type { PreparedImport } from './preview';

export interface ImportOutcome {
  created: number;
  updated: number;
  skipped: number;
  undo: ImportUndo;
}

type Action = DuplicateAction | 'create';

/** What happens to each row: a row without a name is skipped, a duplicate as the caller chose (skip by default). */
function actions(
  prepared: PreparedImport,
  onDuplicate: OnDuplicate | undefined,
): Map<number, { action: Action; personId?: string }> {
  const all: DuplicateAction = typeof onDuplicate === 'string' ? onDuplicate : (onDuplicate?.all ?? 'skip');
  const perRow = new Map(
    typeof onDuplicate === 'object' ? onDuplicate.rows.map((choice) => [choice.row, choice.action]) : [],
  );
  const duplicateOf = new Map(prepared.plan.duplicates.map((duplicate) => [duplicate.row, duplicate.personId]));
  const result = new Map<number, { action: Action; personId?: string }>();
  for (const row of prepared.plan.rows) {
    if (!row.name) {
      result.set(row.row, { action: 'skip' });
      continue;
    }
    const personId = duplicateOf.get(row.row);
    result.set(row.row, personId ? { action: perRow.get(row.row) ?? all, personId } : { action: 'create' });
  }
  return result;
}

/** The account's units by name, creating those the file names and the account lacks. */
function orgUnitsFor(db: Db, accountId: string, rows: PlannedRow[], created: string[]): Map<string, string> {
  const units = new Map<string, string>();
  for (const unit of db
    .prepare('SELECT id, name FROM org_units WHERE account_id = ? ORDER BY sort_order, rowid')
    .all(accountId) as {
    id: string;
    name: string;
  }[]) {
    if (!units.has(nameKey(unit.name))) units.set(nameKey(unit.name), unit.id);
  }
  let order = (
    db.prepare('SELECT COALESCE(MAX(sort_order), -1) AS most FROM org_units WHERE account_id = ?').get(accountId) as {
      most: number;
    }
  ).most;
  const insert = db.prepare(
    'INSERT INTO org_units (id, account_id, parent_id, name, sort_order) VALUES (?, ?, NULL, ?, ?)',
  );
  for (const row of rows) {
    if (!row.department || units.has(nameKey(row.department))) continue;
    const id = newId();
    insert.run(id, accountId, row.department, ++order);
    units.set(nameKey(row.department), id);
    created.push(id);
  }
  return units;
}

const TRACKED = ['role', 'influence', 'stance'] as const;

/** The fields a row brings to someone who is in the account already: what the file has, nothing it lacks. */
function patchFrom(row: PlannedRow, orgUnitId: string | null, privateNotes: string): PersonPatch {
  const patch: PersonPatch = {};
  if (row.title) patch.title = row.title;
  if (row.email) patch.email = row.email;
  if (row.phone) patch.phone = row.phone;
  if (row.mobile) patch.mobile = row.mobile;
  if (row.role) patch.role = row.role;
  if (row.influence !== null) patch.influence = row.influence;
  if (row.stance) patch.stance = row.stance;
  if (row.layer) patch.layer = row.layer;
  if (orgUnitId) patch.orgUnitId = orgUnitId;
  if (row.notes && !privateNotes.includes(row.notes))
    patch.privateNotes = privateNotes ? `${privateNotes}\n\n${row.notes}` : row.notes;
  return patch;
}

/**
 * Writes a prepared import in one transaction: org units for new departments, new people (their
 * notes as private notes), updates of duplicates the caller chose to update, reporting lines, and
 * the new people's cards on the map in an org-chart layout below what the map shows.
 */
export function commitImport(db: Db, prepared: PreparedImport, input: ParsedInputOf<'imports.commit'>): ImportOutcome {
  const { accountId, mapId } = input;
  if (mapId) {
    const map = db.prepare('SELECT account_id AS accountId FROM maps WHERE id = ?').get(mapId) as
      { accountId: string } | undefined;
    if (mustExist(map, 'Map', mapId).accountId !== accountId)
      invalid('mapId', 'other_account', 'The map belongs to another account');
  }
  const chosen = actions(prepared, input.onDuplicate);
  return db.transaction((): ImportOutcome => {
    const now = nowIso();
    const undo: ImportUndo = { peopleIds: [], orgUnitIds: [], relationIds: [], before: [], tagsBefore: [] };
    const writing = prepared.plan.rows.filter((row) => chosen.get(row.row)!.action !== 'skip');
    const units = orgUnitsFor(db, accountId, writing, undo.orgUnitIds);
    const personOfRow = new Map<number, string>();
    let updated = 0;
    const newPeople: NewPerson[] = [];
    const change = freshChangeId(db, undefined);
    const tagsOf = new Map<string, string[]>();
    const unitOfCreated = new Map<string, string | null>();
    for (const row of prepared.plan.rows) {
      const { action, personId } = chosen.get(row.row)!;
      if (action === 'skip') {
        if (personId) personOfRow.set(row.row, personId);
        continue;
      }
      const orgUnitId = row.department ? (units.get(nameKey(row.department)) ?? null) : null;
      if (action === 'update' && personId) {
        const before = getPerson(db, personId);
        const patch = patchFrom(row, orgUnitId, before.privateNotes);
        const values: PersonValues = {
          id: personId,
          patch: Object.fromEntries(
            Object.keys(patch).map((key) => [key, before[key as keyof PersonPatch]]),
          ) as PersonPatch,
        };
        if (applyPersonPatch(db, before, patch, '', `rows.${row.row}`, change)) {
          undo.before.push(values);
          updated++;
        }
        if (row.tags.length > 0) tagsOf.set(personId, row.tags);
        personOfRow.set(row.row, personId);
        continue;
      }
      const id = newId();
      newPeople.push({
        id,
        orgUnitId,
        name: row.name,
        title: row.title,
        email: row.email,
        phone: row.phone,
        mobile: row.mobile,
        role: row.role,
        influence: row.influence,
        stance: row.stance,
        layer: row.layer,
        notes: row.notes,
        ...Object.fromEntries(TRACKED.map((field) => [`${field}At`, row[field] === null ? null : now])),
      });
      undo.peopleIds.push(id);
      unitOfCreated.set(id, orgUnitId);
      personOfRow.set(row.row, id);
      if (row.tags.length > 0) tagsOf.set(id, row.tags);
    }
    insertPeople(db, accountId, now, newPeople);
    const createdIds = new Set(undo.peopleIds);
    for (const [personId, names] of tagsOf) {
      const { before } = setPersonTags(db, personId, [
        ...new Set([...(createdIds.has(personId) ? [] : tagNames(db, personId)), ...names]),
      ]);
      if (!createdIds.has(personId)) undo.tagsBefore.push({ personId, names: before });
    }
    const lines = reportingLines(
      db,
      prepared.plan.rows,
      personOfRow,
      new Set(writing.map((row) => row.row)),
      createdIds,
      accountId,
      now,
      undo.relationIds,
    );
    if (mapId) placeOnMap(db, mapId, undo.peopleIds, unitOfCreated, lines, orgUnitOrder(db, accountId));
    return {
      created: undo.peopleIds.length,
      updated,
      skipped: prepared.plan.rows.length - undo.peopleIds.length - updated,
      undo,
    };
  })();
}

type NewPerson = Pick<
  PlannedRow,
  'name' | 'title' | 'email' | 'phone' | 'mobile' | 'role' | 'influence' | 'stance' | 'layer' | 'notes'
> & { id: string; orgUnitId: string | null };

/**
 * All new people in one statement, indexed for search in one go: row by row, each insert would
 * copy the pages it touches into a statement journal and hand the index one document at a time.
 */
function insertPeople(db: Db, accountId: string, now: string, people: NewPerson[]): void {
  if (people.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO people (id, account_id, org_unit_id, name, title, email, phone, mobile, role, influence, stance, layer,
       private_notes, role_assessed_at, influence_assessed_at, stance_assessed_at, created_at, updated_at)
     SELECT p.value ->> 'id', @accountId, p.value ->> 'orgUnitId', p.value ->> 'name', p.value ->> 'title',
       p.value ->> 'email', p.value ->> 'phone', p.value ->> 'mobile', COALESCE(p.value ->> 'role', 'unknown'),
       COALESCE(p.value ->> 'influence', 3), COALESCE(p.value ->> 'stance', 'neutral'),
       COALESCE(p.value ->> 'layer', 'key'), p.value ->> 'notes', p.value ->> 'roleAt', p.value ->> 'influenceAt',
       p.value ->> 'stanceAt', @now, @now
     FROM json_each(@people) AS p ORDER BY p.key`,
  );
  insertIndexedInBulk(db, () => insert.run({ accountId, now, people: JSON.stringify(people) }));
}

function tagNames(db: Db, personId: string): string[] {
  return (
    db
      .prepare('SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ?')
      .all(personId) as {
      name: string;
    }[]
  ).map((row) => row.name);
}

function orgUnitOrder(db: Db, accountId: string): string[] {
  return (
    db.prepare('SELECT id FROM org_units WHERE account_id = ? ORDER BY sort_order, rowid').all(accountId) as {
      id: string;
    }[]
  ).map((row) => row.id);
}

/** Reports-to lines for every written row whose manager is known; a line there already or one that would loop is left out. */
function reportingLines(
  db: Db,
  rows: PlannedRow[],
  personOfRow: Map<number, string>,
  written: ReadonlySet<number>,
  created: ReadonlySet<string>,
  accountId: string,
  now: string,
  relationIds: string[],
): { reportId: string; managerId: string }[] {
  const exists = db.prepare(
    "SELECT 1 FROM relations WHERE kind = 'reports_to' AND from_person_id = ? AND to_person_id = ? LIMIT 1",
  );
  const loops = db.prepare(
    `WITH RECURSIVE up(id) AS (
       SELECT ? UNION SELECT r.to_person_id FROM relations r JOIN up ON r.from_person_id = up.id WHERE r.kind = 'reports_to'
     ) SELECT 1 FROM up WHERE id = ? LIMIT 1`,
  );
  const lines: { id: string; reportId: string; managerId: string }[] = [];
  for (const row of rows) {
    const reportId = personOfRow.get(row.row);
    const ref = row.managerRef;
    if (!reportId || !ref) continue;
    // A skipped duplicate keeps the lines it has: only people this import writes get new ones.
    if (!written.has(row.row)) continue;
    const managerId = 'row' in ref ? personOfRow.get(ref.row) : ref.personId;
    if (!managerId || managerId === reportId) continue;
    // Someone created just now has no lines yet; only a person already there may have this one.
    if (!created.has(reportId) && exists.get(reportId, managerId)) continue;
    // Only a line from someone already in the account can close a loop; new people have no reports yet.
    if (!created.has(reportId) && loops.get(managerId, reportId)) continue;
    const id = newId();
    relationIds.push(id);
    lines.push({ id, reportId, managerId });
  }
  db.prepare(
    `INSERT INTO relations (id, account_id, kind, from_person_id, to_person_id, strength, label, created_at, updated_at)
     SELECT l.value ->> 'id', ?, 'reports_to', l.value ->> 'reportId', l.value ->> 'managerId', 1, '', ?, ?
     FROM json_each(?) AS l ORDER BY l.key`,
  ).run(accountId, now, now, JSON.stringify(lines));
  return lines;
}

/** New people's cards below everything on the map, as an org chart of their own reporting lines. */
function placeOnMap(
  db: Db,
  mapId: string,
  peopleIds: string[],
  unitOf: ReadonlyMap<string, string | null>,
  lines: { reportId: string; managerId: string }[],
  unitOrder: string[],
): void {
  if (peopleIds.length === 0) return;
  const people = peopleIds.map((id) => ({ id, orgUnitId: unitOf.get(id) ?? null }));
  const positions = layoutOrgChart({ people, reportsTo: lines, orgUnitOrder: unitOrder });
  const bounds = db
    .prepare('SELECT MIN(x) AS left, MAX(y + COALESCE(height, ?)) AS bottom FROM map_items WHERE map_id = ?')
    .get(ORG_CHART_CARD.height, mapId) as { left: number | null; bottom: number | null };
  const origin = { x: bounds.left ?? 0, y: bounds.bottom === null ? 0 : bounds.bottom + 2 * ORG_CHART_GAP.y };
  const items = peopleIds.map((personId) => {
    const at = positions.get(personId)!;
    return { id: newId(), personId, x: origin.x + at.x, y: origin.y + at.y };
  });
  db.prepare(
    `INSERT INTO map_items (id, map_id, person_id, x, y)
     SELECT i.value ->> 'id', ?, i.value ->> 'personId', i.value ->> 'x', i.value ->> 'y' FROM json_each(?) AS i ORDER BY i.key`,
  ).run(mapId, JSON.stringify(items));
}

/** Takes an import back in one transaction: its lines, people and units go, updated people get their values and tags back. */
export function revertImport(db: Db, input: ParsedInputOf<'imports.revert'>): void {
  db.transaction(() => {
    const removeLine = db.prepare('DELETE FROM relations WHERE id = ? AND account_id = ?');
    for (const id of input.relationIds) removeLine.run(id, input.accountId);
    const removePerson = db.prepare('DELETE FROM people WHERE id = ? AND account_id = ?');
    for (const id of input.peopleIds) removePerson.run(id, input.accountId);
    input.before.forEach((values, index) => {
      const person = getPerson(db, values.id);
      if (person.accountId !== input.accountId)
        invalid(`before.${index}.id`, 'other_account', 'That person belongs to another account');
      applyPersonPatch(db, person, values.patch, '', `before.${index}.patch`);
    });
    for (const { personId, names } of input.tagsBefore) setPersonTags(db, personId, names);
    // Last: a unit the import made goes once nobody (an updated person given their unit back) is in it.
    const removeUnit = db.prepare(
      'DELETE FROM org_units WHERE id = ? AND account_id = ? AND NOT EXISTS (SELECT 1 FROM people WHERE org_unit_id = org_units.id)',
    );
    for (const id of input.orgUnitIds) removeUnit.run(id, input.accountId);
  })();
}
