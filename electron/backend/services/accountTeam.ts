import type { AccountTeamEntry } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { memberForAccount } from './team';

const ENTRY_COLUMNS = 'at.account_id AS accountId, at.member_id AS memberId, at.role';

function findEntry(db: Db, accountId: string, memberId: string): AccountTeamEntry | null {
  const row = db
    .prepare(`SELECT ${ENTRY_COLUMNS} FROM account_team at WHERE at.account_id = ? AND at.member_id = ?`)
    .get(accountId, memberId);
  return (row as AccountTeamEntry | undefined) ?? null;
}

/** The account's team, in the order of the roles (account manager first), then by name. */
export function listAccountTeam(db: Db, accountId: string): AccountTeamEntry[] {
  getAccount(db, accountId);
  return db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM account_team at JOIN team_members m ON m.id = at.member_id
       WHERE at.account_id = ?
       ORDER BY CASE at.role WHEN 'account_manager' THEN 0 WHEN 'executive_sponsor' THEN 1
         WHEN 'technical_lead' THEN 2 WHEN 'service' THEN 3 ELSE 4 END, m.name COLLATE NOCASE`,
    )
    .all(accountId) as AccountTeamEntry[];
}

export function setAccountTeam(
  db: Db,
  { accountId, memberId, role }: ParsedInputOf<'accountTeam.set'>,
): { entry: AccountTeamEntry; previous: AccountTeamEntry | null } {
  return db.transaction(() => {
    getAccount(db, accountId);
    memberForAccount(db, memberId, accountId, 'memberId');
    const previous = findEntry(db, accountId, memberId);
    db.prepare(
      `INSERT INTO account_team (account_id, member_id, role) VALUES (?, ?, ?)
       ON CONFLICT (account_id, member_id) DO UPDATE SET role = excluded.role`,
    ).run(accountId, memberId, role);
    return { entry: { accountId, memberId, role }, previous };
  })();
}

/** Takes the member off the account's team; their covers lines stay. */
export function removeAccountTeam(
  db: Db,
  { accountId, memberId }: ParsedInputOf<'accountTeam.remove'>,
): AccountTeamEntry {
  return db.transaction(() => {
    const entry = findEntry(db, accountId, memberId);
    if (!entry) throw new ApiError('not_found', `Member ${memberId} is not on the team of account ${accountId}`);
    db.prepare('DELETE FROM account_team WHERE account_id = ? AND member_id = ?').run(accountId, memberId);
    return entry;
  })();
}
