import type { ParsedInputOf } from '../../../shared/api/contract';
import type { AnalysisCell } from '../../../shared/api/methods/plan';
import type { Db } from '../db/connection';
import { invalid, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { competitorOfAccount } from './competitors';

const CELL_COLUMNS = `c.account_id AS accountId, c.party, c.competitor_id AS competitorId, c.dimension, c.text,
  c.updated_at AS updatedAt`;

export function cellsWhere(db: Db, where: string, ...params: unknown[]): AnalysisCell[] {
  return db
    .prepare(`SELECT ${CELL_COLUMNS} FROM analysis_cells c WHERE ${where} ORDER BY c.rowid`)
    .all(...params) as AnalysisCell[];
}

export function insertCell(db: Db, cell: AnalysisCell): void {
  db.prepare(
    `INSERT INTO analysis_cells (id, account_id, party, competitor_id, dimension, text, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), cell.accountId, cell.party, cell.competitorId, cell.dimension, cell.text, cell.updatedAt);
}

/** The filled cells of the account's analysis sheet (an empty cell has no row). */
export function getAnalysis(db: Db, accountId: string): AnalysisCell[] {
  getAccount(db, accountId);
  return cellsWhere(db, "c.account_id = ? AND c.text <> ''", accountId);
}

/** Writes one cell (clearing it removes the row); returns the cell and the text it held before. */
export function setAnalysisCell(db: Db, input: ParsedInputOf<'analysis.set'>): { cell: AnalysisCell; before: string } {
  const { accountId, party, competitorId, dimension, text } = input;
  return db.transaction(() => {
    getAccount(db, accountId);
    if ((party === 'competitor') !== (competitorId !== null)) {
      invalid(
        'competitorId',
        'competitor_cell',
        'A competitor’s cell names the competitor; the customer’s and ours do not',
      );
    }
    if (competitorId) competitorOfAccount(db, competitorId, accountId, 'competitorId');
    const where = 'c.account_id = ? AND c.party = ? AND c.competitor_id IS ? AND c.dimension = ?';
    const previous = cellsWhere(db, where, accountId, party, competitorId, dimension)[0];
    const cell: AnalysisCell = { accountId, party, competitorId, dimension, text, updatedAt: nowIso() };
    db.prepare(
      'DELETE FROM analysis_cells WHERE account_id = ? AND party = ? AND competitor_id IS ? AND dimension = ?',
    ).run(accountId, party, competitorId, dimension);
    if (text !== '') insertCell(db, cell);
    return { cell, before: previous?.text ?? '' };
  })();
}
