import type { Db } from '../db/connection';

/**
 * Runs one statement that adds many searchable rows (10,000 imported people) with the full-text
 * index held back, then indexes the documents it added in one go. FTS5 writes out its in-memory
 * segment every time a trigger hands it a document, which made a big import take seconds.
 *
 * `insert` must only add rows: a document it added and then changed would be taken out of an
 * index it was never put into. It runs inside the caller's transaction, so a failure leaves
 * neither the rows nor the pause behind.
 */
export function insertIndexedInBulk(db: Db, insert: () => void): void {
  if (!db.inTransaction) throw new Error('insertIndexedInBulk runs inside a transaction');
  const { low, high } = db
    .prepare('SELECT coalesce(min(docid), 0) AS low, coalesce(max(docid), 0) AS high FROM search_docs')
    .get() as { low: number; high: number };
  db.prepare('INSERT INTO search_paused (paused) VALUES (1)').run();
  insert();
  db.prepare('DELETE FROM search_paused').run();
  // Names are numbered down from zero and everything else up, so what was added lies outside the old range.
  db.prepare(
    `INSERT INTO search_fts (rowid, title, body, private_text)
     SELECT docid, title, body, private_text FROM search_docs WHERE docid < ? OR docid > ? ORDER BY docid`,
  ).run(low, high);
}
