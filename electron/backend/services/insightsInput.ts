/**
 * Builds the pure rules' input for an account, or one map of it, straight from the tables (the
 * interactions and commitments services are other features'; their tables are the contract).
 * A date outside the calendar's span (an older version let year 0000 or 9999 through) is no date
 * to the rules: such a contact or change did not happen when it says, such a promise has no due day.
 */
import type { Account, Person } from '../../../shared/api/entities';
import { isSaneDate, isSaneInstant } from '../../../shared/domain/calendarDate';
import type { InsightCommitment, InsightHistoryEntry, InsightInput } from '../../../shared/domain/insights';
import type { Db } from '../db/connection';
import { getAccount } from './accounts';
import { allRows, invalid } from './common';
import { getMap } from './maps';
import { viewMap } from './mapView';
import { listPeople } from './people';
import { listRelations } from './relations';
import { LEARNED_AT } from './history';

export interface InsightScope {
  account: Account;
  input: InsightInput;
}

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
export function peopleAndLines(
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

export function gatherInsightInput(db: Db, accountId: string, mapId?: string): InsightScope {
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
    account,
    input: {
      tier: account.tier,
      people,
      relations,
      team,
      interactions: [...byInteraction.values()],
      commitments: mapId ? commitments.filter((c) => c.personIds.length > 0) : commitments,
      history,
    },
  };
}
