import type { Relation } from '../../../shared/api/entities';
import { lineProblems, type ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { allRows, conflict, invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { personOfAccount } from './people';
import { memberForAccount } from './team';

export const RELATION_COLUMNS = `r.id, r.account_id AS accountId, r.kind, r.from_person_id AS fromPersonId,
  r.from_member_id AS fromMemberId, r.to_person_id AS toPersonId, r.to_member_id AS toMemberId,
  r.strength, r.label`;

export function getRelation(db: Db, id: string): Relation {
  const row = db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id = ?`).get(id);
  return mustExist(row as Relation | undefined, 'Relation', id);
}

/** Every line of the account whose ends are alive (a deleted person's lines wait for a restore). */
export function listRelations(db: Db, accountId: string): Relation[] {
  getAccount(db, accountId);
  return allRows<Relation>(
    db,
    `SELECT ${RELATION_COLUMNS} FROM relations r
     LEFT JOIN people fp ON fp.id = r.from_person_id
     LEFT JOIN people tp ON tp.id = r.to_person_id
     WHERE r.account_id = ? AND fp.deleted_at IS NULL AND tp.deleted_at IS NULL
     ORDER BY r.rowid`,
    accountId,
  );
}

/** Writes a line exactly as given (undo of a delete); the caller has checked it. */
export function insertRelationRow(db: Db, relation: Relation, now: string): void {
  db.prepare(
    `INSERT INTO relations (id, account_id, kind, from_person_id, from_member_id, to_person_id, to_member_id,
       strength, label, created_at, updated_at)
     VALUES (@id, @accountId, @kind, @fromPersonId, @fromMemberId, @toPersonId, @toMemberId, @strength, @label,
       @now, @now)`,
  ).run({ ...relation, now });
}

type Ends = Pick<Relation, 'id' | 'kind' | 'fromPersonId' | 'fromMemberId' | 'toPersonId'>;

/** Refuses a second line of the same kind between the same two ends (either way for ally and rival). */
export function refuseDuplicate(db: Db, line: Ends): void {
  const symmetric = line.kind === 'ally' || line.kind === 'rival';
  const twin = db
    .prepare(
      `SELECT 1 FROM relations WHERE kind = @kind AND id <> @id AND (
         (to_person_id = @toPersonId AND (from_person_id = @fromPersonId OR from_member_id = @fromMemberId))
         OR (@symmetric = 1 AND from_person_id = @toPersonId AND to_person_id = @fromPersonId))
       LIMIT 1`,
    )
    .get({ ...line, symmetric: Number(symmetric) });
  if (twin) conflict(`There is already a ${line.kind} line between these two`);
}

/** Refuses a reporting line that would close a loop (someone ending up reporting to themselves). */
export function refuseReportingLoop(db: Db, line: Ends, path: string): void {
  if (line.kind !== 'reports_to' || !line.fromPersonId || !line.toPersonId) return;
  const loop = db
    .prepare(
      `WITH RECURSIVE up(id) AS (
         SELECT @manager UNION
         SELECT r.to_person_id FROM relations r JOIN up ON r.from_person_id = up.id
         WHERE r.kind = 'reports_to' AND r.id <> @id
       ) SELECT 1 FROM up WHERE id = @report LIMIT 1`,
    )
    .get({ manager: line.toPersonId, report: line.fromPersonId, id: line.id });
  if (loop)
    invalid(
      path,
      'reporting_loop',
      'This reporting line would make a loop: the manager already reports to this person',
    );
}

export function createRelation(db: Db, input: ParsedInputOf<'relations.create'>): Relation {
  const problems = lineProblems(input);
  if (problems.length > 0) throw new ApiError('invalid_input', problems[0]?.message ?? 'Invalid line', problems);
  if (input.fromPersonId && input.fromPersonId === input.toPersonId) {
    invalid('toPersonId', 'same_person', 'A line needs two different people');
  }
  const id = input.id ?? newId();
  db.transaction(() => {
    getAccount(db, input.accountId);
    if (input.fromPersonId) personOfAccount(db, input.fromPersonId, input.accountId, 'fromPersonId');
    if (input.fromMemberId) memberForAccount(db, input.fromMemberId, input.accountId, 'fromMemberId');
    personOfAccount(db, input.toPersonId, input.accountId, 'toPersonId');
    const line: Relation = {
      id,
      accountId: input.accountId,
      kind: input.kind,
      fromPersonId: input.fromPersonId ?? null,
      fromMemberId: input.fromMemberId ?? null,
      toPersonId: input.toPersonId,
      toMemberId: null,
      strength: input.strength ?? 1,
      label: input.label ?? '',
    };
    refuseDuplicate(db, line);
    refuseReportingLoop(db, line, 'toPersonId');
    insertRelationRow(db, line, nowIso());
  })();
  return getRelation(db, id);
}

/**
 * Kind, strength and label change; the ends do not (a covers line stays one, and no other line
 * becomes one). Returns the line as it is now and, as `before`, as it was.
 */
export function updateRelation(
  db: Db,
  { id, patch }: ParsedInputOf<'relations.update'>,
): Relation & { before: Relation } {
  return db.transaction(() => {
    const before = getRelation(db, id);
    const next = { ...before, ...patch };
    const problems = lineProblems(next, 'patch.');
    if (problems.length > 0) throw new ApiError('invalid_input', problems[0]?.message ?? 'Invalid line', problems);
    if (next.kind !== before.kind) {
      refuseDuplicate(db, next);
      refuseReportingLoop(db, next, 'patch.kind');
    }
    db.prepare(`UPDATE relations SET kind = ?, strength = ?, label = ?, updated_at = ? WHERE id = ?`).run(
      next.kind,
      next.strength,
      next.label,
      nowIso(),
      id,
    );
    return { ...getRelation(db, id), before };
  })();
}

/** Returns the line as it was, so the caller can offer to bring it back. */
export function deleteRelation(db: Db, id: string): Relation {
  const before = getRelation(db, id);
  db.prepare('DELETE FROM relations WHERE id = ?').run(id);
  return before;
}

/**
 * The coverage matrix's cell: the one covers line from a member of our team to one of their
 * people, created (with `id` when given) or given the new strength.
 */
export function setCoverage(
  db: Db,
  input: ParsedInputOf<'relations.setCoverage'>,
): { relation: Relation; previous: Relation | null } {
  return db.transaction(() => {
    getAccount(db, input.accountId);
    memberForAccount(db, input.memberId, input.accountId, 'memberId');
    personOfAccount(db, input.personId, input.accountId, 'personId');
    const existing = db
      .prepare(`SELECT id FROM relations WHERE kind = 'covers' AND from_member_id = ? AND to_person_id = ? LIMIT 1`)
      .get(input.memberId, input.personId) as { id: string } | undefined;
    if (existing) {
      const previous = getRelation(db, existing.id);
      if (previous.strength !== input.strength) {
        db.prepare('UPDATE relations SET strength = ?, updated_at = ? WHERE id = ?').run(
          input.strength,
          nowIso(),
          existing.id,
        );
      }
      return { relation: getRelation(db, existing.id), previous };
    }
    const relation: Relation = {
      id: input.id ?? newId(),
      accountId: input.accountId,
      kind: 'covers',
      fromPersonId: null,
      fromMemberId: input.memberId,
      toPersonId: input.personId,
      toMemberId: null,
      strength: input.strength,
      label: '',
    };
    insertRelationRow(db, relation, nowIso());
    return { relation: getRelation(db, relation.id), previous: null };
  })();
}
