import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Action, ActionPatch } from '../../../shared/api/methods/plan';
import { horizonEnd, todayIso } from '../../../shared/domain/horizon';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { goalOfAccount } from './goals';
import { personOfAccount } from './people';
import { memberForAccount } from './team';

export const ACTION_COLUMNS = `a.id, a.account_id AS accountId, a.goal_id AS goalId, a.title,
  a.owner_member_id AS ownerMemberId, a.due_date AS dueDate, a.horizon, a.status, a.outcome,
  a.source_insight AS sourceInsight, a.created_at AS createdAt, a.updated_at AS updatedAt`;

/** Open work first (doing, then to do), each by due date (undated last); then done and dropped. */
export const ACTION_ORDER = `CASE a.status WHEN 'doing' THEN 0 WHEN 'todo' THEN 1 WHEN 'done' THEN 2 ELSE 3 END,
  a.due_date IS NULL, a.due_date, a.created_at`;

/** Actions matching a condition on `a`, each with the living people it concerns. */
export function actionsWhere(db: Db, where: string, ...params: unknown[]): Action[] {
  const rows = db
    .prepare(`SELECT ${ACTION_COLUMNS} FROM actions a WHERE ${where} ORDER BY ${ACTION_ORDER}`)
    .all(...params) as Omit<Action, 'personIds'>[];
  if (rows.length === 0) return [];
  const people = db.prepare(
    `SELECT ap.person_id AS personId FROM action_people ap JOIN people p ON p.id = ap.person_id
     WHERE ap.action_id = ? AND p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE`,
  );
  return rows.map((row) => ({
    ...row,
    personIds: (people.all(row.id) as { personId: string }[]).map((r) => r.personId),
  }));
}

export function getAction(db: Db, id: string): Action {
  return mustExist(actionsWhere(db, 'a.id = ?', id)[0], 'Action', id);
}

export function listActions(db: Db, accountId: string): Action[] {
  getAccount(db, accountId);
  return actionsWhere(db, 'a.account_id = ?', accountId);
}

/** Checks every reference of an action against its account. */
function checkReferences(
  db: Db,
  accountId: string,
  refs: { goalId?: string | null; ownerMemberId?: string | null; personIds?: string[] },
  prefix: string,
): void {
  if (refs.goalId) goalOfAccount(db, refs.goalId, accountId, `${prefix}goalId`);
  if (refs.ownerMemberId) memberForAccount(db, refs.ownerMemberId, accountId, `${prefix}ownerMemberId`);
  refs.personIds?.forEach((personId, index) => personOfAccount(db, personId, accountId, `${prefix}personIds.${index}`));
}

function setPeople(db: Db, actionId: string, personIds: string[]): void {
  db.prepare('DELETE FROM action_people WHERE action_id = ?').run(actionId);
  const insert = db.prepare('INSERT INTO action_people (action_id, person_id) VALUES (?, ?)');
  for (const personId of new Set(personIds)) insert.run(actionId, personId);
}

function insertAction(db: Db, action: Action): void {
  db.prepare(
    `INSERT INTO actions (id, account_id, goal_id, title, owner_member_id, due_date, horizon, status, outcome,
       source_insight, created_at, updated_at)
     VALUES (@id, @accountId, @goalId, @title, @ownerMemberId, @dueDate, @horizon, @status, @outcome,
       @sourceInsight, @createdAt, @updatedAt)`,
  ).run({ ...action, personIds: undefined });
  setPeople(db, action.id, action.personIds);
}

/** Creates an action, prefilled or not; a horizon without a due date is due at the horizon's end. */
export function createAction(db: Db, input: ParsedInputOf<'actions.create'>): Action {
  const now = nowIso();
  const horizon = input.horizon ?? null;
  const action: Action = {
    id: input.id ?? newId(),
    accountId: input.accountId,
    goalId: input.goalId ?? null,
    title: input.title,
    ownerMemberId: input.ownerMemberId ?? null,
    dueDate: input.dueDate !== undefined ? input.dueDate : horizon ? horizonEnd(horizon, todayIso()) : null,
    horizon,
    status: input.status ?? 'todo',
    outcome: input.outcome ?? '',
    sourceInsight: input.sourceInsight ?? null,
    personIds: input.personIds ?? [],
    createdAt: now,
    updatedAt: now,
  };
  db.transaction(() => {
    getAccount(db, action.accountId);
    checkReferences(db, action.accountId, action, '');
    insertAction(db, action);
  })();
  return getAction(db, action.id);
}

const COLUMN_OF: Record<Exclude<keyof ActionPatch, 'personIds'>, string> = {
  title: 'title',
  goalId: 'goal_id',
  ownerMemberId: 'owner_member_id',
  dueDate: 'due_date',
  horizon: 'horizon',
  status: 'status',
  outcome: 'outcome',
};

export function updateAction(db: Db, { id, patch }: ParsedInputOf<'actions.update'>): Action {
  return db.transaction(() => {
    const before = getAction(db, id);
    checkReferences(db, before.accountId, patch, 'patch.');
    const { personIds, ...fields } = patch;
    const entries = Object.entries(fields).filter(([, value]) => value !== undefined) as [
      keyof typeof COLUMN_OF,
      unknown,
    ][];
    if (entries.length === 0 && personIds === undefined) return before;
    if (personIds !== undefined) setPeople(db, id, personIds);
    db.prepare(
      `UPDATE actions SET ${[...entries.map(([key]) => `${COLUMN_OF[key]} = ?`), 'updated_at = ?'].join(', ')} WHERE id = ?`,
    ).run(...entries.map(([, value]) => value), nowIso(), id);
    return getAction(db, id);
  })();
}

/** Deletes the action with its people; returns it whole for actions.restore. */
export function deleteAction(db: Db, id: string): Action {
  return db.transaction(() => {
    const action = getAction(db, id);
    db.prepare('DELETE FROM actions WHERE id = ?').run(id);
    return action;
  })();
}

export function restoreAction(db: Db, action: Action): Action {
  return db.transaction(() => {
    getAccount(db, action.accountId);
    checkReferences(db, action.accountId, action, '');
    if (db.prepare('SELECT 1 FROM actions WHERE id = ?').get(action.id))
      invalid('id', 'exists_already', 'That action exists already');
    insertAction(db, action);
    return getAction(db, action.id);
  })();
}
