import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ContactStatus } from '../../../shared/api/methods/interactions';
import type { Tier } from '../../../shared/domain/enums';
import { CARE_CADENCE_DAYS, effectiveCadenceDays } from '../../../shared/domain/cadence';
import { isSaneInstant } from '../../../shared/domain/calendarDate';
import { contactDue, type TimeZone } from '../../../shared/domain/contactDue';
import type { Db } from '../db/connection';
import { byLocale } from './byLocale';
import { getAccount } from './accounts';
import { allRows, mustExist, nowIso } from './common';

interface PersonContactRow {
  personId: string;
  name: string;
  accountId: string;
  cadenceDays: number | null;
  lastContactAt: string | null;
  bankBalance: number;
  interactionCount: number;
}

/**
 * Living people with their latest interaction, count and bank balance, from the totals the
 * schema's triggers keep (contact_totals: one row per person and privacy, the private one hidden
 * in the public scope, so the sums are what the scope may see). A contact dated outside the
 * calendar's span is no last contact there already.
 */
const PERSON_CONTACT_SQL = `
  SELECT p.id AS personId, p.name, p.account_id AS accountId, p.cadence_days AS cadenceDays,
    MAX(t.last_contact_at) AS lastContactAt,
    COALESCE(SUM(t.bank_balance), 0) AS bankBalance,
    COALESCE(SUM(t.interaction_count), 0) AS interactionCount
  FROM people p
  LEFT JOIN contact_totals t ON t.person_id = p.id
  WHERE p.deleted_at IS NULL AND %WHERE%
  GROUP BY p.id`;

function toStatus(row: PersonContactRow, tier: Tier, now: string, timeZone: TimeZone): ContactStatus {
  const cadenceDays = effectiveCadenceDays(tier, row.cadenceDays);
  const lastContactAt = isSaneInstant(row.lastContactAt) ? row.lastContactAt : null;
  return {
    personId: row.personId,
    lastContactAt,
    cadenceDays,
    cadenceIsOverride: row.cadenceDays !== null,
    bankBalance: row.bankBalance,
    interactionCount: row.interactionCount,
    ...contactDue({ lastContactAt, cadenceDays, now, timeZone }),
  };
}

const mostOverdueFirst = (a: ContactStatus, b: ContactStatus): number =>
  b.daysOverdue - a.daysOverdue || byLocale(a.personId, b.personId);

/** Every named person of the account, most overdue first (never contacted count as due today). */
export function contactStatus(db: Db, input: ParsedInputOf<'interactions.contactStatus'>) {
  const account = getAccount(db, input.accountId);
  const now = input.asOf ?? nowIso();
  const rows = allRows<PersonContactRow>(
    db,
    PERSON_CONTACT_SQL.replace('%WHERE%', 'p.account_id = ? AND p.is_placeholder = 0'),
    account.id,
  );
  const people = rows.map((row) => toStatus(row, account.tier, now, input.timeZone)).sort(mostOverdueFirst);
  return { tier: account.tier, tierCadenceDays: CARE_CADENCE_DAYS[account.tier], people };
}

/**
 * The key people of an account (named, living) with their names, in contactStatus's order: the
 * home screen's agenda asks only about them, so the broad layer is never read.
 */
export function keyContactStatus(
  db: Db,
  account: { accountId: string; tier: Tier },
  timeZone: TimeZone,
): (ContactStatus & { name: string })[] {
  const now = nowIso();
  const rows = allRows<PersonContactRow>(
    db,
    PERSON_CONTACT_SQL.replace('%WHERE%', "p.account_id = ? AND p.is_placeholder = 0 AND p.layer = 'key'"),
    account.accountId,
  );
  return rows.map((row) => ({ ...toStatus(row, account.tier, now, timeZone), name: row.name })).sort(mostOverdueFirst);
}

export function personStatus(db: Db, input: ParsedInputOf<'interactions.personStatus'>) {
  const [row] = allRows<PersonContactRow>(db, PERSON_CONTACT_SQL.replace('%WHERE%', 'p.id = ?'), input.personId);
  const found = mustExist(row, 'Person', input.personId);
  const account = getAccount(db, found.accountId);
  return {
    accountId: account.id,
    tier: account.tier,
    tierCadenceDays: CARE_CADENCE_DAYS[account.tier],
    status: toStatus(found, account.tier, input.asOf ?? nowIso(), input.timeZone),
  };
}

/** A person's own care cadence (people.cadence_days); null goes back to the tier's. */
export function setCadence(db: Db, input: ParsedInputOf<'interactions.setCadence'>) {
  return db.transaction(() => {
    const row = db
      .prepare('SELECT cadence_days AS cadenceDays FROM people WHERE id = ? AND deleted_at IS NULL')
      .get(input.personId) as { cadenceDays: number | null } | undefined;
    const previous = mustExist(row, 'Person', input.personId).cadenceDays;
    db.prepare('UPDATE people SET cadence_days = ?, updated_at = ? WHERE id = ?').run(
      input.cadenceDays,
      nowIso(),
      input.personId,
    );
    return { personId: input.personId, cadenceDays: input.cadenceDays, previous };
  })();
}
