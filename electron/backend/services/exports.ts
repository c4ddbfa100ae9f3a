import type { MapView } from '../../../shared/api/entities';
import type { AccountExport } from '../../../shared/api/methods/exports';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { nowIso } from './common';
import { mapAsOf } from './history';
import { viewMap } from './mapView';
import { listOpportunities } from './opportunities';
import { listOrgUnits } from './orgUnits';
import { listPeople } from './people';
import { listRelations } from './relations';

type Row = Record<string, unknown>;

const rows = (db: Db, sql: string, ...params: unknown[]): Row[] => db.prepare(sql).all(...params) as Row[];

/**
 * One account as a JSON document, read from `db` as it is: on the public connection (an export
 * without private content) people come without their private fields and private interactions
 * are not there, nor anything made in them. `includesPrivate` says which it was.
 */
export function exportAccount(db: Db, accountId: string, includesPrivate: boolean): AccountExport {
  return db.transaction(() => {
    const account = getAccount(db, accountId);
    const people = listPeople(db, accountId);
    const interactions = rows(
      db,
      `SELECT i.id, i.occurred_at AS occurredAt, i.scenario, i.channel, i.summary, i.notes, i.is_private AS isPrivate,
         i.bank_effect AS bankEffect, i.created_at AS createdAt, i.updated_at AS updatedAt,
         (SELECT json_group_array(person_id) FROM interaction_participants WHERE interaction_id = i.id AND person_id IS NOT NULL) AS personIds,
         (SELECT json_group_array(member_id) FROM interaction_participants WHERE interaction_id = i.id AND member_id IS NOT NULL) AS memberIds
       FROM interactions i WHERE i.account_id = ? ORDER BY i.occurred_at`,
      accountId,
    ).map((row): Row => ({
      ...row,
      isPrivate: row.isPrivate === 1,
      personIds: JSON.parse(String(row.personIds)) as string[],
      memberIds: JSON.parse(String(row.memberIds)) as string[],
    }));
    const commitments = rows(
      db,
      `SELECT id, interaction_id AS interactionId, description, by_person_id AS byPersonId, by_member_id AS byMemberId,
         to_person_id AS toPersonId, to_member_id AS toMemberId, due_date AS dueDate, state, closed_at AS closedAt,
         created_at AS createdAt, updated_at AS updatedAt
       FROM commitments WHERE account_id = ? ORDER BY created_at`,
      accountId,
    );
    return {
      format: 'powermap.account/1' as const,
      exportedAt: nowIso(),
      includesPrivate,
      account,
      opportunities: listOpportunities(db, accountId),
      orgUnits: listOrgUnits(db, accountId),
      people,
      relations: listRelations(db, accountId),
      interactions,
      commitments,
      goals: rows(
        db,
        `SELECT id, person_id AS personId, title, horizon, target_stance AS targetStance, target_access AS targetAccess,
           target_progress AS targetProgress, due_date AS dueDate, status, note, created_at AS createdAt,
           updated_at AS updatedAt
         FROM goals WHERE account_id = ? ORDER BY created_at`,
        accountId,
      ),
      actions: rows(
        db,
        `SELECT a.id, a.goal_id AS goalId, a.title, a.owner_member_id AS ownerMemberId, a.due_date AS dueDate,
           a.horizon, a.status, a.outcome, a.source_insight AS sourceInsight, a.created_at AS createdAt,
           a.updated_at AS updatedAt,
           (SELECT json_group_array(person_id) FROM action_people WHERE action_id = a.id) AS personIds
         FROM actions a WHERE a.account_id = ? ORDER BY a.created_at`,
        accountId,
      ).map((row) => ({ ...row, personIds: JSON.parse(String(row.personIds)) as string[] })),
      reviews: rows(
        db,
        `SELECT id, held_on AS heldOn, evaluated, decided, created_at AS createdAt FROM reviews
         WHERE account_id = ? ORDER BY held_on`,
        accountId,
      ),
    };
  })();
}

/** The map for a picture, today's or as of `date`; read from the public connection, it has no private marker. */
export function exportMapView(db: Db, input: { mapId: string; date?: string; utcOffset?: number }): MapView {
  return input.date ? mapAsOf(db, input.mapId, input.date, input.utcOffset) : viewMap(db, input.mapId);
}
