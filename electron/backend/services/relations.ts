import type { Relation } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { mustExist, newId, nowIso } from './common';
import { getPerson } from './people';

export const RELATION_COLUMNS = `r.id, r.account_id AS accountId, r.kind, r.from_person_id AS fromPersonId,
  r.from_member_id AS fromMemberId, r.to_person_id AS toPersonId, r.to_member_id AS toMemberId,
  r.strength, r.label`;

export function getRelation(db: Db, id: string): Relation {
  const row = db.prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id = ?`).get(id);
  return mustExist(row as Relation | undefined, 'Relation', id);
}

export function createRelation(db: Db, input: ParsedInputOf<'relations.create'>): Relation {
  if (input.kind === 'covers') {
    throw new ApiError('invalid_input', 'A covers line runs from one of our team to one of theirs', [
      { path: 'kind', message: 'covers needs a team member' },
    ]);
  }
  if (input.fromPersonId === input.toPersonId) {
    throw new ApiError('invalid_input', 'A line needs two different people', [
      { path: 'toPersonId', message: 'same person at both ends' },
    ]);
  }
  for (const personId of [input.fromPersonId, input.toPersonId]) {
    if (getPerson(db, personId).accountId !== input.accountId) {
      throw new ApiError('invalid_input', 'Both people must belong to the account', [
        { path: 'accountId', message: 'person of another account' },
      ]);
    }
  }
  const id = input.id ?? newId();
  const now = nowIso();
  db.prepare(
    `INSERT INTO relations (id, account_id, kind, from_person_id, to_person_id, strength, label, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.accountId,
    input.kind,
    input.fromPersonId,
    input.toPersonId,
    input.strength ?? 1,
    input.label ?? '',
    now,
    now,
  );
  return getRelation(db, id);
}

export function updateRelation(db: Db, { id, patch }: ParsedInputOf<'relations.update'>): Relation {
  const before = getRelation(db, id);
  const next = { ...before, ...patch };
  if (next.kind === 'covers' && before.kind !== 'covers') {
    throw new ApiError('invalid_input', 'Only a line from our team can be a covers line', [
      { path: 'patch.kind', message: 'covers needs a team member' },
    ]);
  }
  db.prepare(`UPDATE relations SET kind = ?, strength = ?, label = ?, updated_at = ? WHERE id = ?`).run(
    next.kind,
    next.strength,
    next.label,
    nowIso(),
    id,
  );
  return getRelation(db, id);
}

/** Returns the line as it was, so the caller can offer to bring it back. */
export function deleteRelation(db: Db, id: string): Relation {
  const before = getRelation(db, id);
  db.prepare('DELETE FROM relations WHERE id = ?').run(id);
  return before;
}
