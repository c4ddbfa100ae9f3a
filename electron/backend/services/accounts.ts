import type { Account, AccountSummary } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { bool, mustExist, newId, nowIso } from './common';

const ACCOUNT_COLUMNS = `a.id, a.name, a.tier, a.stage, a.relationship_type AS relationshipType, a.potential,
  a.org_step AS orgStep, a.notes, a.is_sample AS isSample, a.created_at AS createdAt, a.updated_at AS updatedAt`;

type Row<T> = Omit<T, 'isSample'> & { isSample: number };
const toAccount = <T extends Account>(row: Row<T>): T => ({ ...row, isSample: bool(row.isSample) }) as T;

export function listAccounts(db: Db): AccountSummary[] {
  return (
    db
      .prepare(
        `SELECT ${ACCOUNT_COLUMNS},
        (SELECT count(*) FROM people p WHERE p.account_id = a.id AND p.deleted_at IS NULL) AS peopleCount
       FROM accounts a ORDER BY a.name COLLATE NOCASE, a.created_at`,
      )
      .all() as Row<AccountSummary>[]
  ).map(toAccount);
}

export function getAccount(db: Db, id: string): Account {
  const row = db.prepare(`SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = ?`).get(id) as
    Row<Account> | undefined;
  return toAccount(mustExist(row, 'Account', id));
}

export const DEFAULT_MAP_NAME = 'Power map';

/** An account always opens onto a map, so it is born with one. */
export function createAccount(db: Db, input: ParsedInputOf<'accounts.create'>): Account {
  const id = input.id ?? newId();
  const now = nowIso();
  db.transaction(() => {
    db.prepare(`INSERT INTO accounts (id, name, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(
      id,
      input.name,
      input.tier ?? 'standard',
      now,
      now,
    );
    db.prepare(`INSERT INTO maps (id, account_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`).run(
      newId(),
      id,
      input.firstMapName ?? DEFAULT_MAP_NAME,
      now,
      now,
    );
  })();
  return getAccount(db, id);
}

const PATCHABLE: Record<keyof ParsedInputOf<'accounts.update'>['patch'], string> = {
  name: 'name',
  tier: 'tier',
  stage: 'stage',
  relationshipType: 'relationship_type',
  potential: 'potential',
  orgStep: 'org_step',
  notes: 'notes',
};

export function updateAccount(db: Db, { id, patch }: ParsedInputOf<'accounts.update'>): Account {
  getAccount(db, id);
  const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
  if (entries.length > 0) {
    const assignments = entries.map(([key]) => `${PATCHABLE[key as keyof typeof PATCHABLE]} = ?`);
    db.prepare(`UPDATE accounts SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...entries.map(([, value]) => value),
      nowIso(),
      id,
    );
  }
  return getAccount(db, id);
}

/** Everything that belongs to the account goes with it (foreign keys cascade). */
export function deleteAccount(db: Db, id: string): void {
  getAccount(db, id);
  db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
}
