import type { MapInfo, MapItem, MapView, Relation } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { bool, mustExist } from './common';
import { getAccount } from './accounts';
import { PERSON_COLUMNS, toPerson } from './people';
import { RELATION_COLUMNS } from './relations';

const MAP_COLUMNS = `m.id, m.account_id AS accountId, m.opportunity_id AS opportunityId, m.name,
  m.created_at AS createdAt, m.updated_at AS updatedAt`;

export function listMaps(db: Db, accountId: string): MapInfo[] {
  getAccount(db, accountId);
  return db
    .prepare(`SELECT ${MAP_COLUMNS} FROM maps m WHERE m.account_id = ? ORDER BY m.sort_order, m.created_at`)
    .all(accountId) as MapInfo[];
}

export function getMap(db: Db, id: string): MapInfo {
  const row = db.prepare(`SELECT ${MAP_COLUMNS} FROM maps m WHERE m.id = ?`).get(id);
  return mustExist(row as MapInfo | undefined, 'Map', id);
}

/** Everything one map draws, read in one transaction so the picture is consistent. */
export function viewMap(db: Db, mapId: string): MapView {
  return db.transaction(() => {
    const map = getMap(db, mapId);
    const people = (
      db
        .prepare(
          `SELECT ${PERSON_COLUMNS} FROM map_items i JOIN people p ON p.id = i.person_id
           WHERE i.map_id = ? AND p.deleted_at IS NULL`,
        )
        .all(mapId) as Parameters<typeof toPerson>[0][]
    ).map(toPerson);
    const items = (
      db
        .prepare(
          `SELECT i.id, i.map_id AS mapId, i.person_id AS personId, i.x, i.y, i.width, i.height, i.collapsed
           FROM map_items i JOIN people p ON p.id = i.person_id
           WHERE i.map_id = ? AND p.deleted_at IS NULL ORDER BY i.z, i.rowid`,
        )
        .all(mapId) as (Omit<MapItem, 'collapsed'> & { collapsed: number })[]
    ).map((row) => ({ ...row, collapsed: bool(row.collapsed) }));
    // Lines whose both ends are on this map and alive.
    const relations = db
      .prepare(
        `SELECT ${RELATION_COLUMNS} FROM relations r
         JOIN map_items fi ON fi.map_id = @mapId AND fi.person_id = r.from_person_id
         JOIN map_items ti ON ti.map_id = @mapId AND ti.person_id = r.to_person_id
         JOIN people fp ON fp.id = r.from_person_id AND fp.deleted_at IS NULL
         JOIN people tp ON tp.id = r.to_person_id AND tp.deleted_at IS NULL`,
      )
      .all({ mapId }) as Relation[];
    return { map, account: getAccount(db, map.accountId), items, people, relations };
  })();
}

/** A drag of many cards is one write: all positions land, or none does. */
export function moveMapItems(db: Db, { mapId, moves }: ParsedInputOf<'maps.moveItems'>): void {
  getMap(db, mapId);
  const move = db.prepare('UPDATE map_items SET x = ?, y = ? WHERE id = ? AND map_id = ?');
  db.transaction(() => {
    for (const { itemId, x, y } of moves) {
      if (move.run(x, y, itemId, mapId).changes === 0) {
        throw new ApiError('not_found', `Map item ${itemId} is not on map ${mapId}`);
      }
    }
  })();
}
