import type { MapInfo } from '../../../shared/api/entities';
import type { Db } from '../db/connection';
import { conflict } from './common';
import { noteOfAccount } from './notes';
import { orgUnitOfAccount } from './orgUnits';
import { personOfAccount } from './people';
import { memberForAccount } from './team';

/** What a map item shows: exactly one of the four is set. */
export interface EntityRef {
  personId: string | null;
  memberId: string | null;
  orgUnitId: string | null;
  noteId: string | null;
}

const COLUMN: Record<keyof EntityRef, string> = {
  personId: 'person_id',
  memberId: 'member_id',
  orgUnitId: 'org_unit_id',
  noteId: 'note_id',
};
const WHAT: Record<keyof EntityRef, string> = {
  personId: 'person',
  memberId: 'team member',
  orgUnitId: 'org unit',
  noteId: 'note',
};

/**
 * Refuses an entity that cannot go on the map: unknown or deleted, of another account, already on
 * this map (conflict), or a note already placed on some map (a note lives on one map).
 */
export function checkPlaceable(db: Db, map: MapInfo, ref: EntityRef, path: string): void {
  const [key, id] = (Object.entries(ref) as [keyof EntityRef, string | null][]).find(([, value]) => value) ?? [];
  if (!key || !id) return;
  if (key === 'personId') personOfAccount(db, id, map.accountId, `${path}.personId`);
  if (key === 'memberId') memberForAccount(db, id, map.accountId, `${path}.memberId`);
  if (key === 'orgUnitId') orgUnitOfAccount(db, id, map.accountId, `${path}.orgUnitId`);
  if (key === 'noteId') {
    noteOfAccount(db, id, map.accountId, `${path}.noteId`);
    if (db.prepare('SELECT 1 FROM map_items WHERE note_id = ?').get(id)) {
      conflict(`Note ${id} is already placed on a map; a note lives on one map`);
    }
  }
  if (db.prepare(`SELECT 1 FROM map_items WHERE map_id = ? AND ${COLUMN[key]} = ?`).get(map.id, id)) {
    conflict(`This ${WHAT[key]} (${id}) is already on the map`);
  }
}
