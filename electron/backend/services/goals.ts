import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Goal, GoalPatch, GoalRemoval } from '../../../shared/api/methods/plan';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { personOfAccount } from './people';

export const GOAL_COLUMNS = `g.id, g.account_id AS accountId, g.person_id AS personId, g.title, g.horizon,
  g.target_stance AS targetStance, g.target_access AS targetAccess, g.target_progress AS targetProgress,
  g.due_date AS dueDate, g.status, g.note, g.created_at AS createdAt, g.updated_at AS updatedAt`;

/** Open goals first, then by due date (undated last), then as created. */
export const GOAL_ORDER = `CASE g.status WHEN 'open' THEN 0 ELSE 1 END, g.due_date IS NULL, g.due_date, g.created_at`;

export function getGoal(db: Db, id: string): Goal {
  return mustExist(
    db.prepare(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = ?`).get(id) as Goal | undefined,
    'Goal',
    id,
  );
}

/** A goal of the account; one of another account is refused at `path`. */
export function goalOfAccount(db: Db, id: string, accountId: string, path: string): Goal {
  const goal = getGoal(db, id);
  if (goal.accountId !== accountId) invalid(path, 'other_account', 'That goal belongs to another account');
  return goal;
}

/** The account's goals, or only one person's relationship goals. */
export function listGoals(db: Db, { accountId, personId }: ParsedInputOf<'goals.list'>): Goal[] {
  getAccount(db, accountId);
  if (personId) {
    return db
      .prepare(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.account_id = ? AND g.person_id = ? ORDER BY ${GOAL_ORDER}`)
      .all(accountId, personId) as Goal[];
  }
  return db
    .prepare(
      `SELECT ${GOAL_COLUMNS} FROM goals g LEFT JOIN people p ON p.id = g.person_id
       WHERE g.account_id = ? AND (g.person_id IS NULL OR p.deleted_at IS NULL) ORDER BY ${GOAL_ORDER}`,
    )
    .all(accountId) as Goal[];
}

/** A goal must say something: a title, or (for a person) at least one target. */
function checkSaysSomething(
  goal: Pick<Goal, 'title' | 'personId' | 'targetStance' | 'targetAccess' | 'targetProgress'>,
  path: string,
) {
  const hasTarget = goal.targetStance !== null || goal.targetAccess !== null || goal.targetProgress !== null;
  if (goal.title.trim() === '' && !(goal.personId && hasTarget)) {
    if (goal.personId) invalid(path, 'title_or_target', 'A relationship goal needs a title or a target');
    invalid(path, 'required', 'An account goal needs a title');
  }
}

function insertGoal(db: Db, goal: Goal): void {
  db.prepare(
    `INSERT INTO goals (id, account_id, person_id, title, horizon, target_stance, target_access, target_progress,
       due_date, status, note, created_at, updated_at)
     VALUES (@id, @accountId, @personId, @title, @horizon, @targetStance, @targetAccess, @targetProgress,
       @dueDate, @status, @note, @createdAt, @updatedAt)`,
  ).run(goal);
}

export function createGoal(db: Db, input: ParsedInputOf<'goals.create'>): Goal {
  const now = nowIso();
  const goal: Goal = {
    id: input.id ?? newId(),
    accountId: input.accountId,
    personId: input.personId ?? null,
    title: input.title ?? '',
    horizon: input.horizon ?? null,
    targetStance: input.targetStance ?? null,
    targetAccess: input.targetAccess ?? null,
    targetProgress: input.targetProgress ?? null,
    dueDate: input.dueDate ?? null,
    status: input.status ?? 'open',
    note: input.note ?? '',
    createdAt: now,
    updatedAt: now,
  };
  db.transaction(() => {
    getAccount(db, goal.accountId);
    if (goal.personId) personOfAccount(db, goal.personId, goal.accountId, 'personId');
    checkSaysSomething(goal, 'title');
    insertGoal(db, goal);
  })();
  return getGoal(db, goal.id);
}

const COLUMN_OF: Record<keyof GoalPatch, string> = {
  title: 'title',
  horizon: 'horizon',
  targetStance: 'target_stance',
  targetAccess: 'target_access',
  targetProgress: 'target_progress',
  dueDate: 'due_date',
  status: 'status',
  note: 'note',
};

export function updateGoal(db: Db, { id, patch }: ParsedInputOf<'goals.update'>): Goal {
  return db.transaction(() => {
    const before = getGoal(db, id);
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined) as [keyof GoalPatch, unknown][];
    if (entries.length === 0) return before;
    checkSaysSomething({ ...before, ...patch }, 'patch.title');
    db.prepare(
      `UPDATE goals SET ${entries.map(([key]) => `${COLUMN_OF[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    ).run(...entries.map(([, value]) => value), nowIso(), id);
    return getGoal(db, id);
  })();
}

/** Deletes the goal; its actions stay and serve no goal. Returns what goals.restore needs. */
export function deleteGoal(db: Db, id: string): GoalRemoval {
  return db.transaction(() => {
    const goal = getGoal(db, id);
    const actionIds = (
      db.prepare('SELECT id FROM actions WHERE goal_id = ? ORDER BY rowid').all(id) as { id: string }[]
    ).map((row) => row.id);
    db.prepare('DELETE FROM goals WHERE id = ?').run(id);
    return { goal, actionIds };
  })();
}

export function restoreGoal(db: Db, { goal, actionIds }: GoalRemoval): Goal {
  return db.transaction(() => {
    getAccount(db, goal.accountId);
    if (goal.personId) personOfAccount(db, goal.personId, goal.accountId, 'goal.personId');
    insertGoal(db, goal);
    const serve = db.prepare('UPDATE actions SET goal_id = ? WHERE id = ? AND account_id = ? AND goal_id IS NULL');
    actionIds.forEach((actionId, index) => {
      if (serve.run(goal.id, actionId, goal.accountId).changes === 0) {
        invalid(`actionIds.${index}`, 'not_in_account', 'No such action without a goal in the account');
      }
    });
    return getGoal(db, goal.id);
  })();
}
