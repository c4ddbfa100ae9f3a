import type { MapItem } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { allRows, bool, conflict, invalid, newId } from './common';
import { getMap } from './maps';
import { checkPlaceable, type EntityRef } from './placeable';

export const ITEM_COLUMNS = `i.id, i.map_id AS mapId, i.person_id AS personId, i.member_id AS memberId,
  i.org_unit_id AS orgUnitId, i.note_id AS noteId, i.x, i.y, i.width, i.height, i.collapsed`;

type ItemRow = Omit<MapItem, 'collapsed'> & { collapsed: number };
export const toMapItem = (row: ItemRow): MapItem => ({ ...row, collapsed: bool(row.collapsed) });

/** Writes one item as given (ids included); the caller has checked what it shows. */
export function insertItem(db: Db, item: MapItem): void {
  db.prepare(
    `INSERT INTO map_items (id, map_id, person_id, member_id, org_unit_id, note_id, x, y, width, height, collapsed)
     VALUES (@id, @mapId, @personId, @memberId, @orgUnitId, @noteId, @x, @y, @width, @height, @collapsed)`,
  ).run({ ...item, collapsed: Number(item.collapsed) });
}

export function itemsWhere(db: Db, where: string, ...params: unknown[]): MapItem[] {
  const sql = `SELECT ${ITEM_COLUMNS} FROM map_items i WHERE ${where} ORDER BY i.z, i.rowid`;
  // allRows' objects are its own: converted in place rather than copied.
  return allRows<ItemRow>(db, sql, ...params).map((row) => {
    const item = row as unknown as MapItem;
    item.collapsed = bool(row.collapsed);
    return item;
  });
}

function itemOnMap(db: Db, itemId: string, mapId: string): MapItem {
  const [item] = itemsWhere(db, 'i.id = ? AND i.map_id = ?', itemId, mapId);
  if (!item) throw new ApiError('not_found', `Map item ${itemId} is not on map ${mapId}`);
  return item;
}

/**
 * Places entities on a map, all or none. Placing an entity that is already on the map is refused
 * as a conflict rather than ignored, so that undoing a placement can never remove an item the
 * user had placed before.
 */
export function placeItems(db: Db, { mapId, items }: ParsedInputOf<'maps.placeItems'>): MapItem[] {
  return db.transaction(() => {
    const map = getMap(db, mapId);
    return items.map((input, index) => {
      if (input.mapId !== undefined && input.mapId !== mapId) {
        invalid(`items.${index}.mapId`, 'does_not_belong', 'The item names another map than the one it is placed on');
      }
      const ref: EntityRef = {
        personId: input.personId ?? null,
        memberId: input.memberId ?? null,
        orgUnitId: input.orgUnitId ?? null,
        noteId: input.noteId ?? null,
      };
      checkPlaceable(db, map, ref, `items.${index}`);
      const item: MapItem = {
        id: input.id ?? newId(),
        mapId,
        ...ref,
        x: input.x,
        y: input.y,
        width: input.width ?? null,
        height: input.height ?? null,
        collapsed: input.collapsed ?? false,
      };
      if (db.prepare('SELECT 1 FROM map_items WHERE id = ?').get(item.id)) {
        conflict(`Map item ${item.id} already exists`);
      }
      insertItem(db, item);
      return item;
    });
  })();
}

/** "Remove from this map": only the items go, never the people, members, units or notes they show. */
export function removeItems(db: Db, { mapId, itemIds }: ParsedInputOf<'maps.removeItems'>): MapItem[] {
  return db.transaction(() => {
    getMap(db, mapId);
    const remove = db.prepare('DELETE FROM map_items WHERE id = ?');
    return [...new Set(itemIds)].map((itemId) => {
      const item = itemOnMap(db, itemId, mapId);
      remove.run(itemId);
      return item;
    });
  })();
}

/** Many items moved, resized, collapsed or expanded in one write; returns them before and after. */
export function updateItems(
  db: Db,
  { mapId, updates }: ParsedInputOf<'maps.updateItems'>,
): { before: MapItem[]; after: MapItem[] } {
  return db.transaction(() => {
    getMap(db, mapId);
    const seen = new Set<string>();
    const write = db.prepare(
      'UPDATE map_items SET x = @x, y = @y, width = @width, height = @height, collapsed = @collapsed WHERE id = @id',
    );
    const before: MapItem[] = [];
    const after: MapItem[] = [];
    updates.forEach((update, index) => {
      if (seen.has(update.itemId))
        invalid(`updates.${index}.itemId`, 'duplicate', 'An item appears twice in one update');
      seen.add(update.itemId);
      const old = itemOnMap(db, update.itemId, mapId);
      const next: MapItem = {
        ...old,
        x: update.x ?? old.x,
        y: update.y ?? old.y,
        width: update.width === undefined ? old.width : update.width,
        height: update.height === undefined ? old.height : update.height,
        collapsed: update.collapsed ?? old.collapsed,
      };
      write.run({ ...next, collapsed: Number(next.collapsed) });
      before.push(old);
      after.push(next);
    });
    return { before, after };
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
