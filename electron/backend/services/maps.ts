import type { MapInfo, MapItem } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { conflict, invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { itemsWhere } from './mapItems';

const MAP_COLUMNS = `m.id, m.account_id AS accountId, m.opportunity_id AS opportunityId, m.name,
  m.created_at AS createdAt, m.updated_at AS updatedAt`;

export function listMaps(db: Db, accountId: string): MapInfo[] {
  getAccount(db, accountId);
  return db
    .prepare(`SELECT ${MAP_COLUMNS} FROM maps m WHERE m.account_id = ? ORDER BY m.sort_order, m.created_at, m.rowid`)
    .all(accountId) as MapInfo[];
}

export function getMap(db: Db, id: string): MapInfo {
  const row = db.prepare(`SELECT ${MAP_COLUMNS} FROM maps m WHERE m.id = ?`).get(id);
  return mustExist(row as MapInfo | undefined, 'Map', id);
}

/** Inserts a map row; the caller has checked the account and the opportunity. */
export function insertMap(db: Db, map: { id: string; accountId: string; name: string; opportunityId: string | null }) {
  const now = nowIso();
  const { next } = db
    .prepare('SELECT coalesce(max(sort_order), -1) + 1 AS next FROM maps WHERE account_id = ?')
    .get(map.accountId) as { next: number };
  db.prepare(
    `INSERT INTO maps (id, account_id, opportunity_id, name, sort_order, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(map.id, map.accountId, map.opportunityId, map.name, next, now, now);
}

export function createMap(db: Db, input: ParsedInputOf<'maps.create'>): MapInfo {
  const id = input.id ?? newId();
  db.transaction(() => {
    getAccount(db, input.accountId);
    if (input.opportunityId) {
      const opportunity = db
        .prepare('SELECT account_id AS accountId FROM opportunities WHERE id = ?')
        .get(input.opportunityId) as { accountId: string } | undefined;
      if (mustExist(opportunity, 'Opportunity', input.opportunityId).accountId !== input.accountId) {
        invalid('opportunityId', 'other_account', 'The opportunity belongs to another account');
      }
    }
    insertMap(db, { id, accountId: input.accountId, name: input.name, opportunityId: input.opportunityId ?? null });
  })();
  return getMap(db, id);
}

export function renameMap(db: Db, { id, name }: ParsedInputOf<'maps.rename'>): MapInfo {
  getMap(db, id);
  db.prepare('UPDATE maps SET name = ?, updated_at = ? WHERE id = ?').run(name, nowIso(), id);
  return getMap(db, id);
}

/** Deletes the map and its layout only; an account keeps at least one map. */
export function deleteMap(db: Db, id: string): { map: MapInfo; items: MapItem[] } {
  return db.transaction(() => {
    const map = getMap(db, id);
    const { n } = db.prepare('SELECT count(*) AS n FROM maps WHERE account_id = ?').get(map.accountId) as { n: number };
    if (n <= 1) conflict('This is the last map of the account; an account keeps at least one map');
    const items = itemsWhere(db, 'i.map_id = ?', id);
    db.prepare('DELETE FROM maps WHERE id = ?').run(id);
    return { map, items };
  })();
}
