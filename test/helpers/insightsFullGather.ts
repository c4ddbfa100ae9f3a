/**
 * The reference the fast gather is held to: the rules' whole input for an account, or one map of
 * it, every contact, promise and change as stored, read through the plain services (the way the
 * backend built it before it learnt to read only what the rules use). Tests compare the rules'
 * answers on this with the backend's on every edit they make.
 */
import type { Person } from '../../shared/api/entities';
import { isSaneDate, isSaneInstant } from '../../shared/domain/calendarDate';
import type { InsightCommitment, InsightHistoryEntry, InsightInput } from '../../shared/domain/insights';
import type { Db } from '../../electron/backend/db/connection';
import { getAccount } from '../../electron/backend/services/accounts';
import { allRows, invalid } from '../../electron/backend/services/common';
import { getMap } from '../../electron/backend/services/maps';
import { viewMap } from '../../electron/backend/services/mapView';
import { listPeople } from '../../electron/backend/services/people';
import { listRelations } from '../../electron/backend/services/relations';
import { LEARNED_AT } from '../../electron/backend/services/history';

/** The people in scope: the account's, or those on the map with that map's deal values. */
function peopleInScope(
  db: Db,
  accountId: string,
  mapId: string | undefined,
): { people: Person[]; opportunityId: string | null } {
  if (!mapId) return { people: listPeople(db, accountId), opportunityId: null };
  const map = getMap(db, mapId);
  if (map.accountId !== accountId) invalid('mapId', 'other_account', 'That map belongs to another account');
  return { people: viewMap(db, mapId).people, opportunityId: map.opportunityId };
}

/**
 * The people in scope and the lines among them: all the status light and the path to power need,
 * without the contacts, promises and history the other rules read.
 */
function peopleAndLines(
  db: Db,
  accountId: string,
  mapId?: string,
): Pick<InsightInput, 'people' | 'relations'> & { opportunityId: string | null } {
  const { people, opportunityId } = peopleInScope(db, accountId, mapId);
  const ids = new Set(people.map((person) => person.id));
  const inScope = (id: string | null): boolean => id !== null && ids.has(id);
  // Coverage counts wherever the colleague stands; lines between their people need both ends here.
  const relations = listRelations(db, accountId).filter(
    (r) => inScope(r.toPersonId) && (r.fromMemberId !== null || inScope(r.fromPersonId)),
  );
  return { people, relations, opportunityId };
}

export function gatherFullInsightInput(db: Db, accountId: string, mapId?: string): InsightInput {
  const account = getAccount(db, accountId);
  const { people, relations, opportunityId } = peopleAndLines(db, accountId, mapId);
  const ids = new Set(people.map((person) => person.id));

  const team = allRows<{ id: string; name: string }>(
    db,
    `SELECT m.id, m.name FROM account_team t JOIN team_members m ON m.id = t.member_id WHERE t.account_id = ?`,
    accountId,
  );

  const byInteraction = new Map<string, { at: string; personIds: string[] }>();
  for (const row of allRows<{ id: string; at: string; personId: string }>(
    db,
    `SELECT i.id, i.occurred_at AS at, ip.person_id AS personId FROM interactions i
     JOIN interaction_participants ip ON ip.interaction_id = i.id
     WHERE i.account_id = ? AND ip.person_id IS NOT NULL`,
    accountId,
  )) {
    if (!ids.has(row.personId) || !isSaneInstant(row.at)) continue;
    const entry = byInteraction.get(row.id) ?? { at: row.at, personIds: [] };
    entry.personIds.push(row.personId);
    byInteraction.set(row.id, entry);
  }

  const commitments: InsightCommitment[] = allRows<{
    id: string;
    description: string;
    due: string | null;
    state: InsightCommitment['state'];
    byPerson: string | null;
    toPerson: string | null;
  }>(
    db,
    `SELECT id, description, due_date AS due, state, by_person_id AS byPerson, to_person_id AS toPerson
     FROM commitments WHERE account_id = ? ORDER BY due_date, created_at`,
    accountId,
  ).map(({ byPerson, toPerson, due, ...rest }) => ({
    ...rest,
    due: isSaneDate(due) ? due : null,
    personIds: [byPerson, toPerson].filter((id): id is string => id !== null && ids.has(id)),
  }));

  // On a deal map the deal's own stance history counts as well as the account's.
  const history = allRows<InsightHistoryEntry>(
    db,
    `SELECT h.person_id AS personId, h.field, h.old_value AS old, h.new_value AS new, ${LEARNED_AT} AS at
     FROM person_history h JOIN people p ON p.id = h.person_id
     WHERE h.kind = 'change' AND p.account_id = ? AND (h.opportunity_id IS NULL OR h.opportunity_id = ?)
     ORDER BY ${LEARNED_AT}, h.seq`,
    accountId,
    opportunityId,
  ).filter((entry) => ids.has(entry.personId) && isSaneInstant(entry.at));

  return {
    tier: account.tier,
    people,
    relations,
    team,
    interactions: [...byInteraction.values()],
    commitments: mapId ? commitments.filter((c) => c.personIds.length > 0) : commitments,
    history,
  };
}
