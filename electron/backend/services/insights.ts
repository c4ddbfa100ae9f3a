/** Insights, status lights and paths to power of an account or one of its maps (the warnings of docs/method.md). */
import type { InsightView, MapStatusView, PathToPowerView } from '../../../shared/api/methods/insights';
import { insightKey } from '../../../shared/domain/insights';
import type { Stance } from '../../../shared/domain/enums';
import { mapStatus } from '../../../shared/domain/mapStatus';
import { pathToPower } from '../../../shared/domain/pathToPower';
import type { Db } from '../db/connection';
import { allRows, invalid } from './common';
import { keptInsights } from './insightsCache';
import { peopleAndLines } from './insightsInput';
import { getMap } from './maps';
import { isInForce, listStates } from './insightsStates';
import { getThresholds } from './insightsThresholds';
import { getAccount, listAccounts } from './accounts';

const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The insights and light of the scope. Kept between calls and brought up to date with what was
 * written since (insightsCache.ts); `now` given, they are for exactly that moment.
 */
export function listInsights(
  db: Db,
  accountId: string,
  mapId?: string,
  now?: Date,
): { insights: InsightView[]; status: MapStatusView } {
  return db.transaction(() => {
    const thresholds = getThresholds(db);
    // What a fresh gather checks first, so a kept answer is refused just as it would be.
    getAccount(db, accountId);
    if (mapId && getMap(db, mapId).accountId !== accountId)
      invalid('mapId', 'other_account', 'That map belongs to another account');
    const { insights, status, judgedAt } = keptInsights(db, accountId, mapId, thresholds, now);
    const states = listStates(db, accountId);
    const day = today(judgedAt);
    return {
      insights: insights.map((insight) => {
        const record = states.get(insightKey(insight));
        return { ...insight, state: record && isInForce(record, day) ? record : null };
      }),
      status,
    };
  })();
}

/**
 * The light reads only the key players and the coverage lines to them. A map's light needs the
 * map's people first (a deal may make someone a key player); the account's asks SQL for them.
 */
export function accountStatus(db: Db, accountId: string, mapId?: string): MapStatusView {
  return db.transaction(() => {
    const { coverMinStrength } = getThresholds(db);
    if (mapId) {
      const { people, relations } = peopleAndLines(db, accountId, mapId);
      return mapStatus(people, relations, coverMinStrength);
    }
    getAccount(db, accountId);
    const keyPlayers = allRows<{ id: string; role: string; stance: Stance; isPlaceholder: number }>(
      db,
      `SELECT id, role, stance, is_placeholder AS isPlaceholder FROM people
       WHERE account_id = ? AND deleted_at IS NULL AND role IN ('decision_maker', 'approver')`,
      accountId,
    ).map((p) => ({ ...p, isPlaceholder: p.isPlaceholder === 1 }));
    const covers = allRows<{ fromMemberId: string; toPersonId: string; strength: number }>(
      db,
      `SELECT r.from_member_id AS fromMemberId, r.to_person_id AS toPersonId, r.strength FROM relations r
       JOIN people p ON p.id = r.to_person_id
       WHERE r.account_id = ? AND r.kind = 'covers' AND r.from_member_id IS NOT NULL AND p.deleted_at IS NULL
         AND p.role IN ('decision_maker', 'approver')`,
      accountId,
    ).map((c) => ({ ...c, kind: 'covers' }));
    return mapStatus(keyPlayers, covers, coverMinStrength);
  })();
}

/** Every account's light in two queries, for the home screen. */
export function allStatuses(db: Db): { accountId: string; status: MapStatusView }[] {
  return db.transaction(() => {
    const { coverMinStrength } = getThresholds(db);
    const people = allRows<{ accountId: string; id: string; role: string; stance: Stance; isPlaceholder: number }>(
      db,
      `SELECT account_id AS accountId, id, role, stance, is_placeholder AS isPlaceholder FROM people
       WHERE deleted_at IS NULL AND role IN ('decision_maker', 'approver')`,
    );
    const covers = allRows<{ accountId: string; fromMemberId: string; toPersonId: string; strength: number }>(
      db,
      `SELECT account_id AS accountId, from_member_id AS fromMemberId, to_person_id AS toPersonId, strength
       FROM relations WHERE kind = 'covers'`,
    );
    return listAccounts(db).map((account) => ({
      accountId: account.id,
      status: mapStatus(
        people.filter((p) => p.accountId === account.id).map((p) => ({ ...p, isPlaceholder: p.isPlaceholder === 1 })),
        covers.filter((c) => c.accountId === account.id).map((c) => ({ ...c, kind: 'covers' })),
        coverMinStrength,
      ),
    }));
  })();
}

export function findPathToPower(db: Db, accountId: string, targetId: string, mapId?: string): PathToPowerView {
  return db.transaction(() => {
    const { people, relations } = peopleAndLines(db, accountId, mapId);
    if (!people.some((person) => person.id === targetId))
      invalid(
        'targetId',
        'not_in_scope',
        mapId ? 'That person is not on this map' : 'That person is not of this account',
      );
    return pathToPower(targetId, people, relations);
  })();
}
