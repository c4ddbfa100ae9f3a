import type { Person } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { AssessmentStamps } from '../../../shared/api/methods/people';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { newId, nowIso } from './common';
import { freshChangeId } from './historyReasons';
import { getPerson, learnedAtOf } from './people';

/**
 * The judgements a review finds still right: those with a confidence, which go stale. Progress is
 * a step the relationship climbs, dated when it last moved, so that "stuck at one step" stays true.
 */
const REVIEWED = ['role', 'influence', 'stance', 'access'] as const;

const stampsOf = (person: Person): AssessmentStamps => ({
  roleAssessedAt: person.roleAssessedAt,
  influenceAssessedAt: person.influenceAssessedAt,
  stanceAssessedAt: person.stanceAssessedAt,
  accessAssessedAt: person.accessAssessedAt,
});

/**
 * "Still right": one review entry per judgement, dated when it was learned, and each judgement's
 * date moved up to the review's. A review never makes a date older: one learned before the last
 * change leaves that change's date. The person's own fields are not edited, so updated_at stays.
 */
export function confirmAssessment(
  db: Db,
  { personId, changeId, learnedOn, utcOffset }: ParsedInputOf<'people.confirmAssessment'>,
): { person: Person; changeId: string; before: AssessmentStamps } {
  return db.transaction(() => {
    const person = getPerson(db, personId);
    const change = freshChangeId(db, changeId) ?? newId();
    const learnedAt = learnedAtOf(learnedOn, utcOffset);
    const now = nowIso();
    const reviewedAt = learnedAt ?? now;
    const entry = db.prepare(
      `INSERT INTO person_history (person_id, kind, field, old_value, new_value, changed_at, change_id, learned_at)
       VALUES (?, 'review', ?, ?, ?, ?, ?, ?)`,
    );
    for (const field of REVIEWED) {
      const value = String(person[field]);
      entry.run(personId, field, value, value, now, change, learnedAt);
    }
    db.prepare(
      `UPDATE people SET ${REVIEWED.map((field) => `${field}_assessed_at = max(coalesce(${field}_assessed_at, ''), @at)`).join(', ')} WHERE id = @id`,
    ).run({ at: reviewedAt, id: personId });
    return { person: getPerson(db, personId), changeId: change, before: stampsOf(person) };
  })();
}

/** Takes one review back whole: its entries leave the history and the dates are what they were. */
export function undoConfirmAssessment(
  db: Db,
  { personId, changeId, before }: ParsedInputOf<'people.undoConfirmAssessment'>,
): Person {
  return db.transaction(() => {
    getPerson(db, personId);
    const { changes } = db
      .prepare(`DELETE FROM person_history WHERE person_id = ? AND change_id = ? AND kind = 'review'`)
      .run(personId, changeId);
    if (changes === 0) throw new ApiError('not_found', `No review ${changeId} of person ${personId} is in the history`);
    db.prepare(
      `UPDATE people SET role_assessed_at = @roleAssessedAt, influence_assessed_at = @influenceAssessedAt,
         stance_assessed_at = @stanceAssessedAt, access_assessed_at = @accessAssessedAt WHERE id = @id`,
    ).run({ ...before, id: personId });
    return getPerson(db, personId);
  })();
}
