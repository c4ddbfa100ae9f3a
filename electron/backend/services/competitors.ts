import type { Competitor } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { CompetitorRemoval } from '../../../shared/api/methods/plan';
import type { Db } from '../db/connection';
import { conflict, invalid, mustExist, newId } from './common';
import { getAccount } from './accounts';
import { cellsWhere, insertCell } from './analysis';

const COMPETITOR_COLUMNS = 'c.id, c.account_id AS accountId, c.name';

export function getCompetitor(db: Db, id: string): Competitor {
  return mustExist(
    db.prepare(`SELECT ${COMPETITOR_COLUMNS} FROM competitors c WHERE c.id = ?`).get(id) as Competitor | undefined,
    'Competitor',
    id,
  );
}

export function competitorOfAccount(db: Db, id: string, accountId: string, path: string): Competitor {
  const competitor = getCompetitor(db, id);
  if (competitor.accountId !== accountId) invalid(path, 'other_account', 'That competitor is of another account');
  return competitor;
}

export function listCompetitors(db: Db, accountId: string): Competitor[] {
  getAccount(db, accountId);
  return db
    .prepare(`SELECT ${COMPETITOR_COLUMNS} FROM competitors c WHERE c.account_id = ? ORDER BY c.rowid`)
    .all(accountId) as Competitor[];
}

/** Names are unique in an account, whatever their case. */
function checkNameFree(db: Db, accountId: string, name: string, exceptId: string | null): void {
  const clash = db
    .prepare('SELECT id FROM competitors WHERE account_id = ? AND lower(name) = lower(?) AND id IS NOT ?')
    .get(accountId, name, exceptId);
  if (clash) conflict(`The account already has a competitor named ${name}`);
}

function insertCompetitor(db: Db, competitor: Competitor): void {
  db.prepare('INSERT INTO competitors (id, account_id, name) VALUES (@id, @accountId, @name)').run(competitor);
}

export function createCompetitor(db: Db, input: ParsedInputOf<'competitors.create'>): Competitor {
  const competitor = { id: input.id ?? newId(), accountId: input.accountId, name: input.name };
  db.transaction(() => {
    getAccount(db, competitor.accountId);
    checkNameFree(db, competitor.accountId, competitor.name, null);
    insertCompetitor(db, competitor);
  })();
  return getCompetitor(db, competitor.id);
}

export function renameCompetitor(db: Db, { id, name }: ParsedInputOf<'competitors.rename'>): Competitor {
  return db.transaction(() => {
    const before = getCompetitor(db, id);
    checkNameFree(db, before.accountId, name, id);
    db.prepare('UPDATE competitors SET name = ? WHERE id = ?').run(name, id);
    return getCompetitor(db, id);
  })();
}

/** Deletes a competitor: people no longer lean to it and its analysis column goes; all returned for restore. */
export function deleteCompetitor(db: Db, id: string): CompetitorRemoval {
  return db.transaction(() => {
    const competitor = getCompetitor(db, id);
    const personIds = (
      db.prepare('SELECT id FROM people WHERE competitor_id = ? ORDER BY rowid').all(id) as { id: string }[]
    ).map((row) => row.id);
    const cells = cellsWhere(db, 'c.competitor_id = ?', id);
    db.prepare('DELETE FROM competitors WHERE id = ?').run(id);
    return { competitor, personIds, cells };
  })();
}

export function restoreCompetitor(db: Db, { competitor, personIds, cells }: CompetitorRemoval): Competitor {
  return db.transaction(() => {
    getAccount(db, competitor.accountId);
    checkNameFree(db, competitor.accountId, competitor.name, null);
    insertCompetitor(db, competitor);
    const lean = db.prepare('UPDATE people SET competitor_id = ? WHERE id = ? AND account_id = ?');
    personIds.forEach((personId, index) => {
      if (lean.run(competitor.id, personId, competitor.accountId).changes === 0) {
        invalid(`personIds.${index}`, 'not_in_account', 'No such person in the account');
      }
    });
    cells.forEach((cell, index) => {
      if (
        cell.party !== 'competitor' ||
        cell.competitorId !== competitor.id ||
        cell.accountId !== competitor.accountId
      ) {
        invalid(`cells.${index}`, 'does_not_belong', 'Only the competitor’s own cells can be restored with it');
      }
      insertCell(db, cell);
    });
    return getCompetitor(db, competitor.id);
  })();
}
