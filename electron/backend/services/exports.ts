import type { MapView } from '../../../shared/api/entities';
import type { AccountExport } from '../../../shared/api/methods/exports';
import { withoutPrivate } from '../../../shared/domain/privacy';
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
 * One account as a JSON document. The privacy rule is applied here, in the backend, so no caller
 * can forget it: without `includePrivate`, people lose their private fields and private
 * interactions are left out, with their participants (a commitment made in one keeps its text but
 * not the link).
 */
export function exportAccount(db: Db, accountId: string, includePrivate: boolean): AccountExport {
  return db.transaction(() => {
    const account = getAccount(db, accountId);
    const people = listPeople(db, accountId);
    const privateFilter = includePrivate ? '' : 'AND i.is_private = 0';
    const interactions = rows(
      db,
      `SELECT i.id, i.occurred_at AS occurredAt, i.scenario, i.channel, i.summary, i.notes, i.is_private AS isPrivate,
         i.bank_effect AS bankEffect, i.created_at AS createdAt, i.updated_at AS updatedAt,
         (SELECT json_group_array(person_id) FROM interaction_participants WHERE interaction_id = i.id AND person_id IS NOT NULL) AS personIds,
         (SELECT json_group_array(member_id) FROM interaction_participants WHERE interaction_id = i.id AND member_id IS NOT NULL) AS memberIds
       FROM interactions i WHERE i.account_id = ? ${privateFilter} ORDER BY i.occurred_at`,
      accountId,
    ).map((row): Row => ({
      ...row,
      isPrivate: row.isPrivate === 1,
      personIds: JSON.parse(String(row.personIds)) as string[],
      memberIds: JSON.parse(String(row.memberIds)) as string[],
    }));
    const exported = new Set(interactions.map((row) => row.id));
    const commitments = rows(
      db,
      `SELECT id, interaction_id AS interactionId, description, by_person_id AS byPersonId, by_member_id AS byMemberId,
         to_person_id AS toPersonId, to_member_id AS toMemberId, due_date AS dueDate, state, closed_at AS closedAt,
         created_at AS createdAt, updated_at AS updatedAt
       FROM commitments WHERE account_id = ? ORDER BY created_at`,
      accountId,
    ).map((row) => ({
      ...row,
      interactionId: row.interactionId !== null && exported.has(row.interactionId as string) ? row.interactionId : null,
    }));
    return {
      format: 'powermap.account/1' as const,
      exportedAt: nowIso(),
      includesPrivate: includePrivate,
      account,
      opportunities: listOpportunities(db, accountId),
      orgUnits: listOrgUnits(db, accountId),
      people: includePrivate ? people : people.map(withoutPrivate),
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

/** The map for a picture or a wall screen: private fields blank (so no private marker) unless included. */
export function exportMapView(
  db: Db,
  input: { mapId: string; includePrivate: boolean; date?: string; utcOffset?: number },
): MapView {
  const view = input.date ? mapAsOf(db, input.mapId, input.date, input.utcOffset) : viewMap(db, input.mapId);
  return input.includePrivate ? view : { ...view, people: view.people.map(withoutPrivate) };
}
