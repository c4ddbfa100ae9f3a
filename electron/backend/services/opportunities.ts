import type { MapInfo, Opportunity } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { conflict, invalid, mustExist, newId, nowIso } from './common';
import { getAccount } from './accounts';
import { getMap, insertMap } from './maps';
import { insertItem, itemsWhere } from './mapItems';

const OPPORTUNITY_COLUMNS = `o.id, o.account_id AS accountId, o.name, o.status, o.amount, o.close_date AS closeDate,
  o.notes, o.created_at AS createdAt, o.updated_at AS updatedAt`;

export function getOpportunity(db: Db, id: string): Opportunity {
  const row = db.prepare(`SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o WHERE o.id = ?`).get(id);
  return mustExist(row as Opportunity | undefined, 'Opportunity', id);
}

export function listOpportunities(db: Db, accountId: string): Opportunity[] {
  getAccount(db, accountId);
  return db
    .prepare(`SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o WHERE o.account_id = ? ORDER BY o.created_at, o.rowid`)
    .all(accountId) as Opportunity[];
}

/** Copies a map's layout (people alive, team, units; not notes, which live on one map) to another map. */
export function copyItems(db: Db, fromMapId: string, toMapId: string): void {
  const items = itemsWhere(
    db,
    `i.map_id = ? AND i.note_id IS NULL
     AND (i.person_id IS NULL OR EXISTS (SELECT 1 FROM people p WHERE p.id = i.person_id AND p.deleted_at IS NULL))`,
    fromMapId,
  );
  for (const item of items) insertItem(db, { ...item, id: newId(), mapId: toMapId });
}

export function createOpportunity(
  db: Db,
  input: ParsedInputOf<'opportunities.create'>,
): { opportunity: Opportunity; map: MapInfo | null } {
  const id = input.id ?? newId();
  const now = nowIso();
  return db.transaction(() => {
    getAccount(db, input.accountId);
    db.prepare(
      `INSERT INTO opportunities (id, account_id, name, status, amount, close_date, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.accountId,
      input.name,
      input.status ?? 'open',
      input.amount ?? null,
      input.closeDate ?? null,
      input.notes ?? '',
      now,
      now,
    );
    let map: MapInfo | null = null;
    if (input.createMap) {
      const mapId = input.mapId ?? newId();
      insertMap(db, { id: mapId, accountId: input.accountId, name: input.mapName ?? input.name, opportunityId: id });
      if (input.copyItemsFromMapId) {
        if (getMap(db, input.copyItemsFromMapId).accountId !== input.accountId) {
          invalid('copyItemsFromMapId', 'other_account', 'The map belongs to another account');
        }
        copyItems(db, input.copyItemsFromMapId, mapId);
      }
      map = getMap(db, mapId);
    }
    return { opportunity: getOpportunity(db, id), map };
  })();
}

const COLUMN_OF = {
  name: 'name',
  status: 'status',
  amount: 'amount',
  closeDate: 'close_date',
  notes: 'notes',
} as const;

export function updateOpportunity(db: Db, { id, patch }: ParsedInputOf<'opportunities.update'>): Opportunity {
  return db.transaction(() => {
    getOpportunity(db, id);
    const entries = (Object.entries(patch) as [keyof typeof COLUMN_OF, unknown][]).filter(([, v]) => v !== undefined);
    if (entries.length > 0) {
      db.prepare(
        `UPDATE opportunities SET ${entries.map(([key]) => `${COLUMN_OF[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
      ).run(...entries.map(([, value]) => value), nowIso(), id);
    }
    return getOpportunity(db, id);
  })();
}

/**
 * Deletes the opportunity; its maps, overrides and the history of those overrides go with it
 * (the schema cascades). Refused when its maps are every map the account has.
 */
export function deleteOpportunity(db: Db, id: string): { opportunity: Opportunity; deletedMapIds: string[] } {
  return db.transaction(() => {
    const opportunity = getOpportunity(db, id);
    const deletedMapIds = (
      db.prepare('SELECT id FROM maps WHERE opportunity_id = ? ORDER BY rowid').all(id) as { id: string }[]
    ).map((row) => row.id);
    const { others } = db
      .prepare('SELECT count(*) AS others FROM maps WHERE account_id = ? AND opportunity_id IS NOT ?')
      .get(opportunity.accountId, id) as { others: number };
    if (deletedMapIds.length > 0 && others === 0) {
      conflict('The opportunity’s maps are the only maps of the account; an account keeps at least one map');
    }
    db.prepare('DELETE FROM opportunities WHERE id = ?').run(id);
    return { opportunity, deletedMapIds };
  })();
}
