/**
 * Each account's living people as full records, kept per connection between calls, so that a
 * map or the people table of a big account does not turn 2,000 rows of 37 columns into objects
 * again after every edit: that conversion, not the search, is most of what those reads cost.
 *
 * What changed is learned from the notes the schema's triggers write for the kept insights
 * (insights_touched, migration 010): every row written to `people`, whichever connection wrote
 * it, notes that person. The next read re-reads just the people noted since the last one; more
 * than `MAX_TOUCHED`, or a connection so far behind that its last note was trimmed, reads afresh.
 *
 * Kept per connection, the records are what that connection may see: on the public connection
 * the private fields are already blank, as its views return them. A read inside a transaction
 * the caller opened (a write's) neither uses nor fills the kept records: what it sees may still
 * be rolled back. The records are frozen: callers share them.
 */
import type { Person } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { allRows } from './common';
import { PERSON_COLUMNS, personFromRow, type PersonRow } from './personRows';

/** More people noted than this since the last read: reading the account afresh is quicker. */
const MAX_TOUCHED = 200;

interface Kept {
  /** The last note of insights_touched taken into account. */
  lastSeq: number;
  /** Per account: its living people by id. */
  accounts: Map<string, Map<string, Person>>;
}

const kept = new WeakMap<Db, Kept>();

const frozen = (row: PersonRow): Person => Object.freeze(personFromRow(row));

/** The living people of an account, read now. */
function readAccount(db: Db, accountId: string): Map<string, Person> {
  const rows = allRows<PersonRow>(
    db,
    `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.account_id = ? AND p.deleted_at IS NULL`,
    accountId,
  );
  return new Map(rows.map((row) => [row.id, frozen(row)]));
}

/** Brings the kept accounts up to what the notes since the last read say was written. */
function catchUp(db: Db): Kept {
  const state = kept.get(db);
  // The note last seen is gone: the notes were trimmed past it, or a write that made it was undone.
  if (!state || (state.lastSeq > 0 && !db.prepare('SELECT 1 FROM insights_touched WHERE seq = ?').get(state.lastSeq))) {
    const latest = db.prepare('SELECT max(seq) FROM insights_touched').pluck().get() as number | null;
    const fresh: Kept = { lastSeq: latest ?? 0, accounts: new Map() };
    kept.set(db, fresh);
    return fresh;
  }
  const notes = db
    .prepare(`SELECT seq, account_id, person_id, what FROM insights_touched WHERE seq > ? ORDER BY seq`)
    .raw(true)
    .all(state.lastSeq) as [number, string | null, string | null, string][];
  if (notes.length === 0) return state;
  state.lastSeq = notes[notes.length - 1]![0];
  for (const [accountId, people] of state.accounts) {
    const touched = new Set<string>();
    for (const [, noteAccount, personId, what] of notes) {
      // Every write to a person's row notes them as 'person'; the other notes are of other tables.
      if (what === 'person' && personId !== null && (noteAccount === null || noteAccount === accountId))
        touched.add(personId);
    }
    if (touched.size === 0) continue;
    if (touched.size > MAX_TOUCHED) {
      state.accounts.delete(accountId);
      continue;
    }
    const rows = allRows<PersonRow>(
      db,
      `SELECT ${PERSON_COLUMNS} FROM people p
       WHERE p.id IN (SELECT value FROM json_each(?)) AND p.account_id = ? AND p.deleted_at IS NULL`,
      JSON.stringify([...touched]),
      accountId,
    );
    for (const id of touched) people.delete(id);
    for (const row of rows) people.set(row.id, frozen(row));
  }
  return state;
}

/**
 * The living people of the account by id, kept or read now. `outerTransaction`: whether the
 * caller was already inside a transaction when its read began (then nothing kept is used).
 */
export function keptPeopleOf(db: Db, accountId: string, outerTransaction: boolean): ReadonlyMap<string, Person> {
  if (outerTransaction) return readAccount(db, accountId);
  const state = catchUp(db);
  let people = state.accounts.get(accountId);
  if (!people) {
    people = readAccount(db, accountId);
    state.accounts.set(accountId, people);
  }
  return people;
}
