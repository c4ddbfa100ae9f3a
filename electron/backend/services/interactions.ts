import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Commitment, Interaction } from '../../../shared/api/methods/interactions';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { allRows, bool, invalid, mustExist, newId, nowIso } from './common';
import { commitmentsWhere, insertCommitment } from './commitments';
import { personOfAccount } from './people';
import { memberForAccount } from './team';
import { INTERACTIONS_PAGE_SIZE } from '../../../shared/api/methods/interactions';

const INTERACTION_COLUMNS = `i.id, i.account_id AS accountId, i.occurred_at AS occurredAt, i.scenario, i.channel,
  i.summary, i.notes, i.is_private AS isPrivate, i.bank_effect AS bankEffect,
  i.created_at AS createdAt, i.updated_at AS updatedAt`;

type InteractionRow = Omit<Interaction, 'isPrivate' | 'personIds' | 'memberIds' | 'commitments'> & {
  isPrivate: number;
};

/** Stored as UTC ISO strings, so that text order is time order. */
const toUtc = (instant: string): string => new Date(instant).toISOString();

const NEWEST_FIRST = 'ORDER BY i.occurred_at DESC, i.created_at DESC';

/** Interactions matching `where`, newest first, each with its participants and commitments. */
function interactionsWhere(db: Db, where: string, ...params: unknown[]): Interaction[] {
  return withParts(
    db,
    allRows<InteractionRow>(
      db,
      `SELECT ${INTERACTION_COLUMNS} FROM interactions i WHERE ${where} ${NEWEST_FIRST}`,
      ...params,
    ),
  );
}

/** The rows as interactions, with who took part and the commitments made in each, in their order. */
function withParts(db: Db, rows: InteractionRow[]): Interaction[] {
  if (rows.length === 0) return [];
  const byId = new Map<string, Interaction>(
    rows.map((row) => [
      row.id,
      { ...row, isPrivate: bool(row.isPrivate), personIds: [], memberIds: [], commitments: [] as Commitment[] },
    ]),
  );
  // One query per kind for the whole list, not one per interaction.
  const ids = [...byId.keys()];
  const placeholders = ids.map(() => '?').join(', ');
  const participants = allRows<{ interactionId: string; personId: string | null; memberId: string | null }>(
    db,
    `SELECT ip.interaction_id AS interactionId, ip.person_id AS personId, ip.member_id AS memberId
     FROM interaction_participants ip WHERE ip.interaction_id IN (${placeholders}) ORDER BY ip.rowid`,
    ...ids,
  );
  for (const p of participants) {
    const interaction = byId.get(p.interactionId);
    if (!interaction) continue;
    if (p.personId) interaction.personIds.push(p.personId);
    if (p.memberId) interaction.memberIds.push(p.memberId);
  }
  for (const commitment of commitmentsWhere(db, `c.interaction_id IN (${placeholders})`, ...ids)) {
    byId.get(commitment.interactionId ?? '')?.commitments.push(commitment);
  }
  return [...byId.values()];
}

export function getInteraction(db: Db, id: string): Interaction {
  return mustExist(interactionsWhere(db, 'i.id = ?', id)[0], 'Interaction', id);
}

export function listInteractions(db: Db, accountId: string): Interaction[] {
  getAccount(db, accountId);
  return interactionsWhere(db, 'i.account_id = ?', accountId);
}

/** Where a page of the timeline starts: after this contact, in newest-first order. */
type PageInput = ParsedInputOf<'interactions.page'>;

/**
 * One page of the account's timeline, newest first, ordered by (occurred_at, id) so that a page
 * starts right after the last one's final contact (keyset paging: the index walks straight there,
 * however far down the timeline is). `total` counts every contact the filters keep.
 */
export function pageInteractions(db: Db, input: PageInput) {
  getAccount(db, input.accountId);
  const conditions = ['i.account_id = ?'];
  const params: unknown[] = [input.accountId];
  if (input.personId) {
    conditions.push('i.id IN (SELECT interaction_id FROM interaction_participants WHERE person_id = ?)');
    params.push(input.personId);
  }
  if (input.scenario) {
    conditions.push('i.scenario = ?');
    params.push(input.scenario);
  }
  const filtered = conditions.join(' AND ');
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM interactions i WHERE ${filtered}`).get(...params) as { n: number }
  ).n;
  const after = input.after ? ' AND (i.occurred_at, i.id) < (?, ?)' : '';
  const limit = input.limit ?? INTERACTIONS_PAGE_SIZE;
  const rows = allRows<InteractionRow>(
    db,
    `SELECT ${INTERACTION_COLUMNS} FROM interactions i WHERE ${filtered}${after}
     ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?`,
    ...params,
    ...(input.after ? [toUtc(input.after.occurredAt), input.after.id] : []),
    limit + 1,
  );
  const more = rows.length > limit;
  const items = withParts(db, more ? rows.slice(0, limit) : rows);
  const last = items.at(-1);
  return { items, total, next: more && last ? { occurredAt: last.occurredAt, id: last.id } : null };
}

export function listInteractionsForPerson(db: Db, personId: string): Interaction[] {
  mustExist(db.prepare('SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL').get(personId), 'Person', personId);
  return interactionsWhere(
    db,
    'i.id IN (SELECT interaction_id FROM interaction_participants WHERE person_id = ?)',
    personId,
  );
}

/** Replaces who took part: their people of this account and members of our team, each once. */
function setParticipants(
  db: Db,
  interaction: Pick<Interaction, 'id' | 'accountId'>,
  people: string[],
  members: string[],
) {
  const personIds = [...new Set(people)];
  const memberIds = [...new Set(members)];
  if (personIds.length === 0) {
    invalid('personIds', 'too_few', 'An interaction needs at least one of their people', { min: 1 });
  }
  personIds.forEach((id, i) => personOfAccount(db, id, interaction.accountId, `personIds.${i}`));
  memberIds.forEach((id, i) => memberForAccount(db, id, interaction.accountId, `memberIds.${i}`));
  db.prepare('DELETE FROM interaction_participants WHERE interaction_id = ?').run(interaction.id);
  const insert = db.prepare(
    'INSERT INTO interaction_participants (interaction_id, person_id, member_id) VALUES (?, ?, ?)',
  );
  for (const id of personIds) insert.run(interaction.id, id, null);
  for (const id of memberIds) insert.run(interaction.id, null, id);
}

type Fields = Omit<Interaction, 'id' | 'accountId' | 'personIds' | 'memberIds' | 'commitments'>;

function insertInteraction(db: Db, id: string, accountId: string, fields: Fields): void {
  db.prepare(
    `INSERT INTO interactions (id, account_id, occurred_at, scenario, channel, summary, notes, is_private,
       bank_effect, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    accountId,
    toUtc(fields.occurredAt),
    fields.scenario,
    fields.channel,
    fields.summary,
    fields.notes,
    Number(fields.isPrivate),
    fields.bankEffect,
    fields.createdAt,
    fields.updatedAt,
  );
}

/** Records a contact with who took part and the commitments made in it, in one transaction. */
export function createInteraction(db: Db, input: ParsedInputOf<'interactions.create'>): Interaction {
  const id = input.id ?? newId();
  const now = nowIso();
  return db.transaction(() => {
    getAccount(db, input.accountId);
    insertInteraction(db, id, input.accountId, {
      occurredAt: input.occurredAt,
      scenario: input.scenario ?? 'work_daily',
      channel: input.channel ?? 'meeting',
      summary: input.summary ?? '',
      notes: input.notes ?? '',
      isPrivate: input.isPrivate ?? false,
      bankEffect: input.bankEffect ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    setParticipants(db, { id, accountId: input.accountId }, input.personIds, input.memberIds ?? []);
    (input.commitments ?? []).forEach((draft, i) =>
      insertCommitment(db, input.accountId, id, draft, `commitments.${i}`),
    );
    return getInteraction(db, id);
  })();
}

/**
 * Changes an interaction. A given `commitments` list is the whole new list: rows with a known id
 * are updated (their state kept unless given), new rows are added, missing ones are deleted.
 */
export function updateInteraction(db: Db, { id, patch }: ParsedInputOf<'interactions.update'>): Interaction {
  return db.transaction(() => {
    const current = getInteraction(db, id);
    const next = { ...current, ...patch };
    db.prepare(
      `UPDATE interactions SET occurred_at = ?, scenario = ?, channel = ?, summary = ?, notes = ?, is_private = ?,
         bank_effect = ?, updated_at = ? WHERE id = ?`,
    ).run(
      toUtc(next.occurredAt),
      next.scenario,
      next.channel,
      next.summary,
      next.notes,
      Number(next.isPrivate),
      next.bankEffect,
      nowIso(),
      id,
    );
    if (patch.personIds || patch.memberIds) setParticipants(db, current, next.personIds, next.memberIds);
    if (patch.commitments) {
      const existing = new Map(current.commitments.map((c) => [c.id, c]));
      const keep = new Set(patch.commitments.flatMap((c) => (c.id ? [c.id] : [])));
      for (const old of current.commitments) {
        if (!keep.has(old.id)) db.prepare('DELETE FROM commitments WHERE id = ?').run(old.id);
      }
      patch.commitments.forEach((draft, i) => {
        const old = draft.id ? existing.get(draft.id) : undefined;
        if (draft.id && !old) {
          const elsewhere = db.prepare('SELECT 1 FROM commitments WHERE id = ?').get(draft.id);
          if (elsewhere)
            invalid(`patch.commitments.${i}.id`, 'does_not_belong', 'That commitment belongs to another interaction');
        }
        if (old) db.prepare('DELETE FROM commitments WHERE id = ?').run(old.id);
        insertCommitment(
          db,
          current.accountId,
          id,
          { ...draft, state: draft.state ?? old?.state, closedAt: draft.closedAt ?? old?.closedAt },
          `patch.commitments.${i}`,
          old ? { createdAt: old.createdAt, updatedAt: nowIso() } : undefined,
        );
      });
    }
    return getInteraction(db, id);
  })();
}

/** Deletes the interaction and the commitments made in it; returns all of it for interactions.restore. */
export function deleteInteraction(db: Db, id: string): Interaction {
  return db.transaction(() => {
    const interaction = getInteraction(db, id);
    db.prepare('DELETE FROM commitments WHERE interaction_id = ?').run(id);
    db.prepare('DELETE FROM interactions WHERE id = ?').run(id);
    return interaction;
  })();
}

/** Puts back a deleted interaction exactly: same ids, times, participants and commitment states. */
export function restoreInteraction(db: Db, { interaction }: ParsedInputOf<'interactions.restore'>): Interaction {
  return db.transaction(() => {
    getAccount(db, interaction.accountId);
    if (db.prepare('SELECT 1 FROM interactions WHERE id = ?').get(interaction.id)) {
      invalid('interaction.id', 'exists_already', 'That interaction exists already');
    }
    insertInteraction(db, interaction.id, interaction.accountId, interaction);
    setParticipants(db, interaction, interaction.personIds, interaction.memberIds);
    interaction.commitments.forEach((c, i) => {
      if (c.accountId !== interaction.accountId)
        invalid(`interaction.commitments.${i}`, 'other_account', 'Of another account');
      insertCommitment(db, interaction.accountId, interaction.id, c, `interaction.commitments.${i}`, c);
    });
    return getInteraction(db, interaction.id);
  })();
}
