import type { OrgUnit } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { OrgUnitRemoval } from '../../../shared/api/methods/orgUnits';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId } from './common';
import { getAccount } from './accounts';
import { insertItem, itemsWhere, placeItems } from './mapItems';

const UNIT_COLUMNS = `u.id, u.account_id AS accountId, u.parent_id AS parentId, u.name, u.sort_order AS sortOrder`;

export function getOrgUnit(db: Db, id: string): OrgUnit {
  const row = db.prepare(`SELECT ${UNIT_COLUMNS} FROM org_units u WHERE u.id = ?`).get(id);
  return mustExist(row as OrgUnit | undefined, 'Org unit', id);
}

/** A unit of the account; one of another account is refused at `path`. */
export function orgUnitOfAccount(db: Db, id: string, accountId: string, path: string): OrgUnit {
  const unit = getOrgUnit(db, id);
  if (unit.accountId !== accountId) invalid(path, 'other_account', 'That org unit belongs to another account');
  return unit;
}

export function listOrgUnits(db: Db, accountId: string): OrgUnit[] {
  getAccount(db, accountId);
  return db
    .prepare(`SELECT ${UNIT_COLUMNS} FROM org_units u WHERE u.account_id = ? ORDER BY u.sort_order, u.name, u.rowid`)
    .all(accountId) as OrgUnit[];
}

export function createOrgUnit(db: Db, input: ParsedInputOf<'orgUnits.create'>): OrgUnit {
  const id = input.id ?? newId();
  db.transaction(() => {
    getAccount(db, input.accountId);
    if (input.parentId) orgUnitOfAccount(db, input.parentId, input.accountId, 'parentId');
    db.prepare(`INSERT INTO org_units (id, account_id, parent_id, name, sort_order) VALUES (?, ?, ?, ?, ?)`).run(
      id,
      input.accountId,
      input.parentId ?? null,
      input.name,
      input.sortOrder ?? 0,
    );
    if (input.placeOn) {
      const { mapId, itemId, position } = input.placeOn;
      placeItems(db, { mapId, items: [{ id: itemId, orgUnitId: id, ...position }] });
    }
  })();
  return getOrgUnit(db, id);
}

/** True when `candidate` is `unitId` itself or sits somewhere below it. */
function isSelfOrBelow(db: Db, candidate: string, unitId: string): boolean {
  const row = db
    .prepare(
      `WITH RECURSIVE up(id) AS (
         SELECT ? UNION SELECT u.parent_id FROM org_units u JOIN up ON u.id = up.id WHERE u.parent_id IS NOT NULL
       ) SELECT 1 AS hit FROM up WHERE id = ? LIMIT 1`,
    )
    .get(candidate, unitId);
  return row !== undefined;
}

/** Renames or moves a unit; returns it as it is now and, as `before`, as it was. */
export function updateOrgUnit(db: Db, { id, patch }: ParsedInputOf<'orgUnits.update'>): OrgUnit & { before: OrgUnit } {
  return db.transaction(() => {
    const before = getOrgUnit(db, id);
    if (patch.parentId) {
      orgUnitOfAccount(db, patch.parentId, before.accountId, 'patch.parentId');
      if (isSelfOrBelow(db, patch.parentId, id)) {
        invalid('patch.parentId', 'unit_loop', 'A unit cannot sit inside itself or one of its own sub-units');
      }
    }
    const next = { ...before, ...patch };
    db.prepare('UPDATE org_units SET name = ?, parent_id = ?, sort_order = ? WHERE id = ?').run(
      next.name,
      next.parentId,
      next.sortOrder,
      id,
    );
    return { ...getOrgUnit(db, id), before };
  })();
}

/**
 * Deletes a unit: its people stay (in no unit), its sub-units move up to its parent, its map
 * containers go. Returns all of that so orgUnits.restore can put it back.
 */
export function deleteOrgUnit(db: Db, id: string): OrgUnitRemoval {
  return db.transaction(() => {
    const unit = getOrgUnit(db, id);
    const ids = (sql: string) => (db.prepare(sql).all(id) as { id: string }[]).map((row) => row.id);
    const removal: OrgUnitRemoval = {
      unit,
      personIds: ids('SELECT id FROM people WHERE org_unit_id = ? ORDER BY rowid'),
      childUnitIds: ids('SELECT id FROM org_units WHERE parent_id = ? ORDER BY rowid'),
      items: itemsWhere(db, 'i.org_unit_id = ?', id),
    };
    db.prepare('UPDATE org_units SET parent_id = ? WHERE parent_id = ?').run(unit.parentId, id);
    db.prepare('UPDATE people SET org_unit_id = NULL WHERE org_unit_id = ?').run(id);
    db.prepare('DELETE FROM org_units WHERE id = ?').run(id);
    return removal;
  })();
}

/** Undoes orgUnits.delete from what it returned, in one transaction. */
export function restoreOrgUnit(db: Db, removal: OrgUnitRemoval): OrgUnit {
  const { unit } = removal;
  return db.transaction(() => {
    getAccount(db, unit.accountId);
    if (unit.parentId) orgUnitOfAccount(db, unit.parentId, unit.accountId, 'unit.parentId');
    db.prepare(`INSERT INTO org_units (id, account_id, parent_id, name, sort_order) VALUES (?, ?, ?, ?, ?)`).run(
      unit.id,
      unit.accountId,
      unit.parentId,
      unit.name,
      unit.sortOrder,
    );
    const adopt = db.prepare('UPDATE org_units SET parent_id = ? WHERE id = ? AND account_id = ?');
    removal.childUnitIds.forEach((childId, index) => {
      if (adopt.run(unit.id, childId, unit.accountId).changes === 0) {
        invalid(`childUnitIds.${index}`, 'not_in_account', 'No such sub-unit in the account');
      }
    });
    const join = db.prepare('UPDATE people SET org_unit_id = ? WHERE id = ? AND account_id = ?');
    removal.personIds.forEach((personId, index) => {
      if (join.run(unit.id, personId, unit.accountId).changes === 0) {
        invalid(`personIds.${index}`, 'not_in_account', 'No such person in the account');
      }
    });
    removal.items.forEach((item, index) => {
      if (item.orgUnitId !== unit.id || item.personId || item.memberId || item.noteId) {
        invalid(`items.${index}`, 'does_not_belong', 'Only the unit’s own containers can be restored with it');
      }
      const map = db.prepare('SELECT account_id AS accountId FROM maps WHERE id = ?').get(item.mapId) as
        { accountId: string } | undefined;
      if (mustExist(map, 'Map', item.mapId).accountId !== unit.accountId) {
        invalid(`items.${index}.mapId`, 'other_account', 'The map belongs to another account');
      }
      insertItem(db, item);
    });
    return getOrgUnit(db, unit.id);
  })();
}
