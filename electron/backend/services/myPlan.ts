import type { Action, Goal, MyPlan, MyPlanRow } from '../../../shared/api/methods/plan';
import type { Person } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { actionsWhere } from './actions';
import { GOAL_COLUMNS, GOAL_ORDER } from './goals';
import { getPerson } from './people';
import { membersWhere } from './team';

type PersonRow = Pick<
  Person,
  'id' | 'name' | 'title' | 'accountId' | 'role' | 'influence' | 'stance' | 'access' | 'progress'
> & {
  accountName: string;
};

const OPEN_ACTION = "a.status IN ('todo','doing')";

/**
 * The personal action-plan sheet of the method (docs/method.md, "Planning"), across every account: the relationships that have a
 * goal or an open action of mine, where each stands, its targets and what comes next. Without a
 * team member marked as me, every owner's actions count (a one-person team rarely marks itself).
 */
export function myPlan(db: Db): MyPlan {
  const me = membersWhere(db, 'team_members m WHERE m.is_me = 1')[0] ?? null;
  const mine = me ? ' AND a.owner_member_id = ?' : '';
  const mineParams = me ? [me.id] : [];
  const people = db
    .prepare(
      `SELECT p.id, p.name, p.title, p.account_id AS accountId, acc.name AS accountName, p.role, p.influence,
         p.stance, p.access, p.progress
       FROM people p JOIN accounts acc ON acc.id = p.account_id
       WHERE p.deleted_at IS NULL AND (
         EXISTS (SELECT 1 FROM goals g WHERE g.person_id = p.id AND g.status = 'open')
         OR EXISTS (SELECT 1 FROM action_people ap JOIN actions a ON a.id = ap.action_id
                    WHERE ap.person_id = p.id AND ${OPEN_ACTION}${mine}))`,
    )
    .all(...mineParams) as PersonRow[];
  const goalsOf = db.prepare(
    `SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.person_id = ? AND g.status = 'open' ORDER BY ${GOAL_ORDER}`,
  );
  const rows: MyPlanRow[] = people.map((person) => ({
    personId: person.id,
    name: person.name,
    title: person.title,
    accountId: person.accountId,
    accountName: person.accountName,
    role: person.role,
    influence: person.influence,
    stance: person.stance,
    access: person.access,
    progress: person.progress,
    goals: goalsOf.all(person.id) as Goal[],
    actions: actionsWhere(
      db,
      `${OPEN_ACTION}${mine} AND EXISTS (SELECT 1 FROM action_people ap WHERE ap.action_id = a.id AND ap.person_id = ?)`,
      ...mineParams,
      person.id,
    ),
  }));
  return { me, rows: rows.sort(byUrgency) };
}

/** The first date anything about the row is due, or null. */
function nextDue(row: MyPlanRow): string | null {
  const dates = [...row.goals, ...row.actions].map((item) => item.dueDate).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.sort()[0]! : null;
}

/** Soonest due first (undated last), then the most influential, then by name. */
function byUrgency(a: MyPlanRow, b: MyPlanRow): number {
  const da = nextDue(a);
  const dbDue = nextDue(b);
  if (da !== dbDue) {
    if (da === null) return 1;
    if (dbDue === null) return -1;
    return da < dbDue ? -1 : 1;
  }
  return b.influence - a.influence || a.name.localeCompare(b.name);
}

/** A person's relationship goals (open first) and every action that concerns them or serves those goals. */
export function personPlan(db: Db, personId: string): { person: Person; goals: Goal[]; actions: Action[] } {
  const person = getPerson(db, personId);
  const goals = db
    .prepare(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.person_id = ? ORDER BY ${GOAL_ORDER}`)
    .all(personId) as Goal[];
  const actions = actionsWhere(
    db,
    `EXISTS (SELECT 1 FROM action_people ap WHERE ap.action_id = a.id AND ap.person_id = ?)
     OR a.goal_id IN (SELECT id FROM goals WHERE person_id = ?)`,
    personId,
    personId,
  );
  return { person, goals, actions };
}
