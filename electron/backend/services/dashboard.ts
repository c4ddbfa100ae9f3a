import type {
  AgendaAction,
  AgendaCommitment,
  AgendaContact,
  Dashboard,
  PortfolioEntry,
} from '../../../shared/api/methods/dashboard';
import { isSaneDate } from '../../../shared/domain/calendarDate';
import type { Progress, PersonLayer, Stance, Tier } from '../../../shared/domain/enums';
import { valueAsOf, type Change, type TrackedField } from '../../../shared/domain/history';
import { isFalling, quadrantOf, relationshipStrength } from '../../../shared/domain/portfolio';
import type { Db } from '../db/connection';
import { byLocale } from './byLocale';
import { bool } from './common';
import { keyContactStatus } from './interactionsContactStatus';
import { LEARNED_AT } from './history';

interface AccountRow {
  accountId: string;
  name: string;
  isSample: number;
  tier: Tier;
  potential: number;
}
interface PersonRow {
  id: string;
  createdAt: string;
  accountId: string;
  influence: number;
  stance: Stance;
  access: number;
  progress: Progress;
  layer: PersonLayer;
  isPlaceholder: number;
}

/**
 * The people as they stood at `start`: those created since are left out and each tracked value
 * is rolled back through its account-level changes (deal-specific ones belong to the deal).
 */
function peopleAt(db: Db, people: readonly PersonRow[], start: string): PersonRow[] {
  const changes = new Map<string, Change[]>();
  const rows = db
    .prepare(
      `SELECT h.person_id AS personId, h.field, h.old_value AS oldValue, h.new_value AS newValue,
         ${LEARNED_AT} AS changedAt
       FROM person_history h WHERE h.kind = 'change' AND h.opportunity_id IS NULL AND ${LEARNED_AT} >= ?`,
    )
    .all(start) as (Change & { personId: string })[];
  for (const row of rows) {
    const list = changes.get(row.personId);
    if (list) list.push(row);
    else changes.set(row.personId, [row]);
  }
  const at = (person: PersonRow, field: TrackedField): string =>
    valueAsOf(
      String(person[field as keyof PersonRow]),
      (changes.get(person.id) ?? []).filter((change) => change.field === field),
      start,
    );
  return people
    .filter((person) => person.createdAt < start)
    .map((person) => ({
      ...person,
      influence: Number(at(person, 'influence')),
      stance: at(person, 'stance') as Stance,
      access: Number(at(person, 'access')),
      progress: at(person, 'progress') as Progress,
    }));
}

/**
 * Each account's standing now and at the window's start. Strength weighs only the named key
 * people (shared/domain/portfolio.ts), so only they are read and rolled back; the rest are counted.
 */
function portfolio(db: Db, windowStart: string): PortfolioEntry[] {
  const accounts = db
    .prepare(
      `SELECT id AS accountId, name, is_sample AS isSample, tier, potential FROM accounts
       ORDER BY name COLLATE NOCASE`,
    )
    .all() as AccountRow[];
  const counts = new Map(
    db
      .prepare(`SELECT account_id, count(*) FROM people WHERE deleted_at IS NULL GROUP BY account_id`)
      .raw(true)
      .all() as [string, number][],
  );
  // In the order of the people_account_name index, which the sums below were always added in.
  const people = db
    .prepare(
      `SELECT id, created_at AS createdAt, account_id AS accountId, influence, stance, access, progress, layer,
              is_placeholder AS isPlaceholder
       FROM people WHERE deleted_at IS NULL AND layer = 'key' AND is_placeholder = 0
       ORDER BY account_id, name COLLATE NOCASE, created_at`,
    )
    .all() as PersonRow[];
  // Node 20 has no Map.groupBy.
  const byAccount = (list: readonly PersonRow[]) => {
    const grouped = new Map<string, PersonRow[]>();
    for (const person of list) {
      const group = grouped.get(person.accountId);
      if (group) group.push(person);
      else grouped.set(person.accountId, [person]);
    }
    return grouped;
  };
  const now = byAccount(people);
  const before = byAccount(peopleAt(db, people, windowStart));
  const strengthOf = (rows: readonly PersonRow[] = []) =>
    relationshipStrength(rows.map((person) => ({ ...person, isPlaceholder: bool(person.isPlaceholder) })));
  return accounts.map((account) => {
    const strength = strengthOf(now.get(account.accountId));
    const strengthBefore = strengthOf(before.get(account.accountId));
    return {
      ...account,
      isSample: bool(account.isSample),
      peopleCount: counts.get(account.accountId) ?? 0,
      strength,
      strengthBefore,
      falling: isFalling(strengthBefore, strength),
      quadrant: quadrantOf(account.potential, strength),
    };
  });
}

/**
 * Open actions whose due date has passed, the most overdue first. A due date outside the
 * calendar's span (an older version let 0000 or 1899 through) is no due date: nothing to chase.
 */
function overdueActions(db: Db, today: string): AgendaAction[] {
  const rows = db
    .prepare(
      `SELECT x.id, x.account_id AS accountId, a.name AS accountName, x.title, x.due_date AS dueDate,
              m.name AS ownerName
       FROM actions x JOIN accounts a ON a.id = x.account_id
       LEFT JOIN team_members m ON m.id = x.owner_member_id
       WHERE x.status IN ('todo', 'doing') AND x.due_date IS NOT NULL AND x.due_date < ?
       ORDER BY x.due_date, x.title`,
    )
    .all(today) as AgendaAction[];
  return rows.filter((row) => isSaneDate(row.dueDate));
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Promises not yet kept or broken (承诺要兑现): overdue first, then by due date, undated last.
 * A due date outside the calendar's span counts as none.
 */
function openCommitments(db: Db, today: string): AgendaCommitment[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.account_id AS accountId, a.name AS accountName, c.description, c.due_date AS dueDate,
              coalesce(bp.name, bm.name, '') AS byName, coalesce(tp.name, tm.name) AS toName
       FROM commitments c JOIN accounts a ON a.id = c.account_id
       LEFT JOIN people bp ON bp.id = c.by_person_id
       LEFT JOIN team_members bm ON bm.id = c.by_member_id
       LEFT JOIN people tp ON tp.id = c.to_person_id
       LEFT JOIN team_members tm ON tm.id = c.to_member_id
       WHERE c.state = 'open' AND (bp.id IS NULL OR bp.deleted_at IS NULL)`,
    )
    .all() as AgendaCommitment[];
  // Many promises share a due date: each is judged once. The rows are this call's own, so they
  // are completed in place.
  const sane = new Map<string, boolean>();
  for (const row of rows) {
    const due = row.dueDate;
    let isSane = due === null ? false : sane.get(due);
    if (isSane === undefined) {
      isSane = isSaneDate(due);
      sane.set(due!, isSane);
    }
    row.dueDate = isSane ? due : null;
    row.overdue = row.dueDate !== null && row.dueDate < today;
  }
  return rows.sort(
    (a, b) =>
      Number(a.dueDate === null) - Number(b.dueDate === null) ||
      byText(a.dueDate ?? '', b.dueDate ?? '') ||
      byText(a.description, b.description),
  );
}

/** Key people past their next contact date (under the care cadence), across accounts, longest overdue first. */
function contactsDue(db: Db, accounts: readonly PortfolioEntry[], timeZone: string): AgendaContact[] {
  return accounts
    .flatMap((account) =>
      keyContactStatus(db, account, timeZone).flatMap((status) =>
        status.overdue
          ? [
              {
                accountId: account.accountId,
                accountName: account.name,
                personId: status.personId,
                personName: status.name,
                nextDueDate: status.nextDueDate,
                daysOverdue: status.daysOverdue,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || byLocale(a.personName, b.personName));
}

/** How far back "health is falling" looks. */
export const HEALTH_WINDOW_DAYS = 30;

export function getDashboard(db: Db, today: string, timeZone: string): Dashboard {
  return db.transaction(() => {
    const windowStart = new Date(Date.now() - HEALTH_WINDOW_DAYS * 86_400_000).toISOString();
    const accounts = portfolio(db, windowStart);
    return {
      portfolio: accounts,
      overdueActions: overdueActions(db, today),
      openCommitments: openCommitments(db, today),
      contactsDue: contactsDue(db, accounts, timeZone),
    };
  })();
}
