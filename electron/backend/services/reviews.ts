import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Review } from '../../../shared/api/methods/plan';
import type { Db } from '../db/connection';
import { mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';

const REVIEW_COLUMNS = `r.id, r.account_id AS accountId, r.held_on AS heldOn, r.evaluated, r.decided, r.created_at AS createdAt`;

export function getReview(db: Db, id: string): Review {
  return mustExist(
    db.prepare(`SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?`).get(id) as Review | undefined,
    'Review',
    id,
  );
}

/** The account's review checkpoints, latest first. */
export function listReviews(db: Db, accountId: string): Review[] {
  getAccount(db, accountId);
  return db
    .prepare(
      `SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.account_id = ? ORDER BY r.held_on DESC, r.created_at DESC`,
    )
    .all(accountId) as Review[];
}

function insertReview(db: Db, review: Review): void {
  db.prepare(
    `INSERT INTO reviews (id, account_id, held_on, evaluated, decided, created_at)
     VALUES (@id, @accountId, @heldOn, @evaluated, @decided, @createdAt)`,
  ).run(review);
}

export function createReview(db: Db, input: ParsedInputOf<'reviews.create'>): Review {
  const review: Review = {
    id: input.id ?? newId(),
    accountId: input.accountId,
    heldOn: input.heldOn,
    evaluated: input.evaluated ?? '',
    decided: input.decided ?? '',
    createdAt: nowIso(),
  };
  db.transaction(() => {
    getAccount(db, review.accountId);
    insertReview(db, review);
  })();
  return getReview(db, review.id);
}

export function updateReview(db: Db, { id, patch }: ParsedInputOf<'reviews.update'>): Review {
  return db.transaction(() => {
    const next = { ...getReview(db, id), ...patch };
    db.prepare('UPDATE reviews SET held_on = ?, evaluated = ?, decided = ? WHERE id = ?').run(
      next.heldOn,
      next.evaluated,
      next.decided,
      id,
    );
    return getReview(db, id);
  })();
}

export function deleteReview(db: Db, id: string): Review {
  return db.transaction(() => {
    const review = getReview(db, id);
    db.prepare('DELETE FROM reviews WHERE id = ?').run(id);
    return review;
  })();
}

export function restoreReview(db: Db, review: Review): Review {
  return db.transaction(() => {
    getAccount(db, review.accountId);
    insertReview(db, review);
    return getReview(db, review.id);
  })();
}
