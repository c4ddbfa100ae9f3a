import type { MapItem, Relation } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { SelectionRemoval } from '../../../shared/api/methods/mapEdits';
import type { NoteColor } from '../../../shared/domain/enums';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../db/connection';
import { invalid, mustExist, nowIso } from './common';
import { getMap } from './maps';
import { insertItem, itemsWhere } from './mapItems';
import { getNote } from './notes';
import { personOfAccount } from './people';
import { checkPlaceable } from './placeable';
import { getRelation, insertRelationRow } from './relations';

/**
 * Deletes one selection from a map in one transaction: people are hidden (their lines and places
 * with them, so a restore brings them back whole), lines and notes are deleted, and the other
 * items only leave this map. Returns everything as it was, for maps.restoreSelection.
 */
export function deleteSelection(db: Db, input: ParsedInputOf<'maps.deleteSelection'>): SelectionRemoval {
  return db.transaction(() => {
    const map = getMap(db, input.mapId);
    const personIds = [...new Set(input.personIds)];
    personIds.forEach((id, index) => personOfAccount(db, id, map.accountId, `personIds.${index}`));
    const relations = [...new Set(input.relationIds)].map((id, index) => {
      const relation = getRelation(db, id);
      if (relation.accountId !== map.accountId)
        invalid(`relationIds.${index}`, 'other_account', 'That line belongs to another account');
      return relation;
    });
    const notes = [...new Set(input.noteIds)].map((id, index) => {
      const note = getNote(db, id);
      if (note.accountId !== map.accountId)
        invalid(`noteIds.${index}`, 'other_account', 'That note belongs to another account');
      const [item] = itemsWhere(db, 'i.note_id = ?', id);
      // The store only ever writes a colour of the palette.
      return { note: { ...note, color: note.color as NoteColor }, item: item ?? null };
    });
    const items = [...new Set(input.itemIds)].map((id) => {
      const [item] = itemsWhere(db, 'i.id = ? AND i.map_id = ?', id, map.id);
      if (!item) throw new ApiError('not_found', `Map item ${id} is not on map ${map.id}`);
      return item;
    });
    const hiddenLines = countLinesHiddenWith(db, personIds, new Set(relations.map((r) => r.id)));

    const deleteRelation = db.prepare('DELETE FROM relations WHERE id = ?');
    for (const relation of relations) deleteRelation.run(relation.id);
    const hide = db.prepare('UPDATE people SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
    const now = nowIso();
    for (const id of personIds) hide.run(now, id);
    const deleteNote = db.prepare('DELETE FROM map_notes WHERE id = ?');
    for (const { note } of notes) deleteNote.run(note.id);
    const deleteItem = db.prepare('DELETE FROM map_items WHERE id = ?');
    for (const item of items) deleteItem.run(item.id);
    return { mapId: map.id, personIds, relations, notes, items, hiddenLines };
  })();
}

/** Lines still in sight that go out of sight with these people (one end among them). */
function countLinesHiddenWith(db: Db, personIds: string[], deleted: Set<string>): number {
  if (personIds.length === 0) return 0;
  const gone = new Set(personIds);
  const lines = db
    .prepare(
      `SELECT r.id, r.from_person_id AS fromPersonId, r.to_person_id AS toPersonId FROM relations r
       LEFT JOIN people fp ON fp.id = r.from_person_id
       LEFT JOIN people tp ON tp.id = r.to_person_id
       WHERE fp.deleted_at IS NULL AND tp.deleted_at IS NULL
         AND (r.from_person_id IN (SELECT value FROM json_each(?)) OR r.to_person_id IN (SELECT value FROM json_each(?)))`,
    )
    .all(JSON.stringify(personIds), JSON.stringify(personIds)) as Pick<
    Relation,
    'id' | 'fromPersonId' | 'toPersonId'
  >[];
  return lines.filter(
    (line) => !deleted.has(line.id) && (gone.has(line.fromPersonId ?? '') || gone.has(line.toPersonId ?? '')),
  ).length;
}

/** Undoes maps.deleteSelection from what it returned, all or nothing. */
export function restoreSelection(db: Db, removal: ParsedInputOf<'maps.restoreSelection'>): void {
  db.transaction(() => {
    const map = getMap(db, removal.mapId);
    const show = db.prepare(
      'UPDATE people SET deleted_at = NULL WHERE id = ? AND account_id = ? AND deleted_at IS NOT NULL',
    );
    removal.personIds.forEach((id, index) => {
      if (show.run(id, map.accountId).changes === 0)
        invalid(`personIds.${index}`, 'not_in_account', 'No such deleted person in the account');
    });
    const insertNote = db.prepare(
      `INSERT INTO map_notes (id, account_id, kind, text, color, created_at, updated_at)
       VALUES (@id, @accountId, @kind, @text, @color, @createdAt, @updatedAt)`,
    );
    removal.notes.forEach(({ note, item }, index) => {
      if (note.accountId !== map.accountId)
        invalid(`notes.${index}.note.accountId`, 'other_account', 'The note belongs to another account');
      insertNote.run(note);
      if (item) restoreItem(db, item, `notes.${index}.item`, map.accountId);
    });
    removal.items.forEach((item, index) => {
      if (item.mapId !== map.id) invalid(`items.${index}.mapId`, 'does_not_belong', 'The item is of another map');
      restoreItem(db, item, `items.${index}`, map.accountId);
    });
    const now = nowIso();
    removal.relations.forEach((relation, index) => {
      if (relation.accountId !== map.accountId)
        invalid(`relations.${index}.accountId`, 'other_account', 'The line belongs to another account');
      for (const end of [relation.fromPersonId, relation.toPersonId])
        if (end)
          mustExist(
            db.prepare('SELECT 1 FROM people WHERE id = ? AND account_id = ?').get(end, map.accountId),
            'Person',
            end,
          );
      insertRelationRow(db, relation, now);
    });
  })();
}

function restoreItem(db: Db, item: MapItem, path: string, accountId: string): void {
  const map = getMap(db, item.mapId);
  if (map.accountId !== accountId) invalid(`${path}.mapId`, 'other_account', 'The map belongs to another account');
  const { personId, memberId, orgUnitId, noteId } = item;
  // A hidden person's place stays on the map; only other entities' places come back here.
  checkPlaceable(db, map, { personId, memberId, orgUnitId, noteId }, path);
  insertItem(db, item);
}
