import type { Relation } from '../../../shared/api/entities';
import { lineProblems, type ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { invalid, newId, nowIso } from './common';
import { getPerson, personOfAccount } from './people';
import { getRelation, insertRelationRow, refuseDuplicate, refuseReportingLoop, RELATION_COLUMNS } from './relations';

/** A person's manager changes in one step: their reports-to lines go, the new one comes. */
export function setReportsTo(
  db: Db,
  { personId, managerId, id }: ParsedInputOf<'relations.setReportsTo'>,
): { removed: Relation[]; created: Relation | null } {
  return db.transaction(() => {
    const person = getPerson(db, personId);
    const removed = db
      .prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.kind = 'reports_to' AND r.from_person_id = ?`)
      .all(personId) as Relation[];
    const remove = db.prepare('DELETE FROM relations WHERE id = ?');
    for (const line of removed) remove.run(line.id);
    if (!managerId) return { removed, created: null };
    if (managerId === personId) invalid('managerId', 'same_person', 'A line needs two different people');
    personOfAccount(db, managerId, person.accountId, 'managerId');
    const line: Relation = {
      id: id ?? newId(),
      accountId: person.accountId,
      kind: 'reports_to',
      fromPersonId: personId,
      fromMemberId: null,
      toPersonId: managerId,
      toMemberId: null,
      strength: 1,
      label: '',
    };
    refuseDuplicate(db, line);
    refuseReportingLoop(db, line, 'managerId');
    insertRelationRow(db, line, nowIso());
    return { removed, created: getRelation(db, line.id) };
  })();
}

/** Undo and redo of a change of lines: the removed ones go, the given ones come back as they were. */
export function replaceRelations(db: Db, { remove, add }: ParsedInputOf<'relations.replace'>): void {
  db.transaction(() => {
    const drop = db.prepare('DELETE FROM relations WHERE id = ?');
    remove.forEach((id, index) => {
      if (drop.run(id).changes === 0) invalid(`remove.${index}`, 'not_in_account', 'No such line');
    });
    const now = nowIso();
    add.forEach((line, index) => {
      const problems = lineProblems(line, `add.${index}.`);
      if (problems.length > 0) throw new ApiError('invalid_input', problems[0]?.message ?? 'Invalid line', problems);
      if (line.fromPersonId) personOfAccount(db, line.fromPersonId, line.accountId, `add.${index}.fromPersonId`);
      if (line.toPersonId) personOfAccount(db, line.toPersonId, line.accountId, `add.${index}.toPersonId`);
      refuseDuplicate(db, line);
      refuseReportingLoop(db, line, `add.${index}.kind`);
      insertRelationRow(db, line, now);
    });
  })();
}
