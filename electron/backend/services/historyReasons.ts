import type { ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { invalid } from './common';

/**
 * The change id an edit was sent with, checked unused: it must name that one edit, or a reason
 * given later would land on an older edit's entries too. Call inside the edit's transaction.
 */
export function freshChangeId(db: Db, changeId: string | undefined, path = 'changeId'): string | null {
  if (changeId === undefined) return null;
  if (db.prepare('SELECT 1 FROM person_history WHERE change_id = ? LIMIT 1').get(changeId)) {
    invalid(path, 'change_id_used', 'An earlier edit already used this change id');
  }
  return changeId;
}

/** Gives every entry of one change the reason (null: none), all or nothing; returns the one it had. */
export function setChangeReason(
  db: Db,
  { changeId, reason }: ParsedInputOf<'history.setReason'>,
): { previous: string; entries: number } {
  return db.transaction(() => {
    // One reason is written for the whole change, so any row tells what the change had.
    const first = db
      .prepare('SELECT reason FROM person_history WHERE change_id = ? ORDER BY seq LIMIT 1')
      .get(changeId) as { reason: string } | undefined;
    if (!first) throw new ApiError('not_found', `No change ${changeId} is in the history`);
    const { changes } = db
      .prepare('UPDATE person_history SET reason = ? WHERE change_id = ?')
      .run(reason ?? '', changeId);
    return { previous: first.reason, entries: changes };
  })();
}
