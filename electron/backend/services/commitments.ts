import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Commitment, CommitmentDraft, Party } from '../../../shared/api/methods/interactions';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { allRows, invalid, mustExist, newId, nowIso } from './common';
import { personOfAccount } from './people';
import { memberForAccount } from './team';

const COMMITMENT_COLUMNS = `c.id, c.account_id AS accountId, c.interaction_id AS interactionId, c.description,
  c.by_person_id AS byPersonId, c.by_member_id AS byMemberId, c.to_person_id AS toPersonId,
  c.to_member_id AS toMemberId, c.due_date AS dueDate, c.state, c.closed_at AS closedAt,
  c.created_at AS createdAt, c.updated_at AS updatedAt`;

/** Earliest due first; those without a due date last. */
const COMMITMENT_ORDER = `ORDER BY c.due_date IS NULL, c.due_date, c.created_at`;

interface CommitmentRow extends Omit<Commitment, 'by' | 'to'> {
  byPersonId: string | null;
  byMemberId: string | null;
  toPersonId: string | null;
  toMemberId: string | null;
}

const party = (personId: string | null, memberId: string | null): Party | null =>
  personId ? { kind: 'person', id: personId } : memberId ? { kind: 'member', id: memberId } : null;

function toCommitment({ byPersonId, byMemberId, toPersonId, toMemberId, ...rest }: CommitmentRow): Commitment {
  const by = party(byPersonId, byMemberId);
  if (!by) throw new Error(`commitment ${rest.id} has nobody who made it`);
  return { ...rest, by, to: party(toPersonId, toMemberId) };
}

export function commitmentsWhere(db: Db, where: string, ...params: unknown[]): Commitment[] {
  return allRows<CommitmentRow>(
    db,
    `SELECT ${COMMITMENT_COLUMNS} FROM commitments c WHERE ${where} ${COMMITMENT_ORDER}`,
    ...params,
  ).map(toCommitment);
}

export function getCommitment(db: Db, id: string): Commitment {
  return mustExist(commitmentsWhere(db, 'c.id = ?', id)[0], 'Commitment', id);
}

/** One side of a commitment must be of this account: their living person or a member who may work on it. */
function checkParty(db: Db, accountId: string, side: Party, path: string): void {
  if (side.kind === 'person') personOfAccount(db, side.id, accountId, path);
  else memberForAccount(db, side.id, accountId, path);
}

const columnsOf = (side: Party | null) => ({
  person: side?.kind === 'person' ? side.id : null,
  member: side?.kind === 'member' ? side.id : null,
});

/** Inserts one commitment (inside the caller's transaction); closedAt follows the state. */
export function insertCommitment(
  db: Db,
  accountId: string,
  interactionId: string | null,
  draft: ParsedInputOf<'commitments.create'> | (CommitmentDraft & { id?: string }),
  path: string,
  times?: { createdAt: string; updatedAt: string },
): string {
  const id = draft.id ?? newId();
  const now = nowIso();
  checkParty(db, accountId, draft.by, `${path}.by`);
  if (draft.to) checkParty(db, accountId, draft.to, `${path}.to`);
  const state = draft.state ?? 'open';
  const closedAt = state === 'open' ? null : (draft.closedAt ?? now);
  const by = columnsOf(draft.by);
  const to = columnsOf(draft.to ?? null);
  db.prepare(
    `INSERT INTO commitments (id, account_id, interaction_id, description, by_person_id, by_member_id,
       to_person_id, to_member_id, due_date, state, closed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    accountId,
    interactionId,
    draft.description.trim(),
    by.person,
    by.member,
    to.person,
    to.member,
    draft.dueDate ?? null,
    state,
    closedAt,
    times?.createdAt ?? now,
    times?.updatedAt ?? now,
  );
  return id;
}

export function createCommitment(db: Db, input: ParsedInputOf<'commitments.create'>): Commitment {
  return db.transaction(() => {
    getAccount(db, input.accountId);
    if (input.interactionId) {
      const row = db
        .prepare('SELECT account_id AS accountId FROM interactions WHERE id = ?')
        .get(input.interactionId) as { accountId: string } | undefined;
      if (mustExist(row, 'Interaction', input.interactionId).accountId !== input.accountId) {
        invalid('interactionId', 'other_account', 'That interaction belongs to another account');
      }
    }
    const id = insertCommitment(db, input.accountId, input.interactionId ?? null, input, 'commitment');
    return getCommitment(db, id);
  })();
}

export function updateCommitment(db: Db, { id, patch }: ParsedInputOf<'commitments.update'>): Commitment {
  return db.transaction(() => {
    const current = getCommitment(db, id);
    const next = { ...current, ...patch };
    if (patch.by) checkParty(db, current.accountId, patch.by, 'patch.by');
    if (patch.to) checkParty(db, current.accountId, patch.to, 'patch.to');
    const by = columnsOf(next.by);
    const to = columnsOf(next.to);
    db.prepare(
      `UPDATE commitments SET description = ?, by_person_id = ?, by_member_id = ?, to_person_id = ?,
         to_member_id = ?, due_date = ?, updated_at = ? WHERE id = ?`,
    ).run(next.description, by.person, by.member, to.person, to.member, next.dueDate, nowIso(), id);
    return getCommitment(db, id);
  })();
}

/** Keeping or breaking closes a commitment (承诺要兑现、问题要闭环); reopening clears when it closed. */
export function setCommitmentState(db: Db, input: ParsedInputOf<'commitments.setState'>): Commitment {
  return db.transaction(() => {
    getCommitment(db, input.id);
    const now = nowIso();
    const closedAt = input.state === 'open' ? null : (input.closedAt ?? now);
    db.prepare('UPDATE commitments SET state = ?, closed_at = ?, updated_at = ? WHERE id = ?').run(
      input.state,
      closedAt,
      now,
      input.id,
    );
    return getCommitment(db, input.id);
  })();
}

export function deleteCommitment(db: Db, id: string): Commitment {
  return db.transaction(() => {
    const commitment = getCommitment(db, id);
    db.prepare('DELETE FROM commitments WHERE id = ?').run(id);
    return commitment;
  })();
}

/** An account's commitments, or those one person made or received; open ones only on request. */
export function listCommitments(db: Db, input: ParsedInputOf<'commitments.list'>): Commitment[] {
  getAccount(db, input.accountId);
  const conditions = ['c.account_id = ?'];
  const params: unknown[] = [input.accountId];
  if (input.personId) {
    conditions.push('(c.by_person_id = ? OR c.to_person_id = ?)');
    params.push(input.personId, input.personId);
  }
  if (input.openOnly) conditions.push(`c.state = 'open'`);
  return commitmentsWhere(db, conditions.join(' AND '), ...params);
}
