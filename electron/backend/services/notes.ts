import type { MapItem, MapNote } from '../../../shared/api/entities';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Db } from '../db/connection';
import { invalid, mustExist, newId, nowIso } from './common';
import { getMap } from './maps';
import { insertItem, itemsWhere } from './mapItems';

export const NOTE_COLUMNS = `n.id, n.account_id AS accountId, n.kind, n.text, n.color,
  n.created_at AS createdAt, n.updated_at AS updatedAt`;

export function getNote(db: Db, id: string): MapNote {
  const row = db.prepare(`SELECT ${NOTE_COLUMNS} FROM map_notes n WHERE n.id = ?`).get(id);
  return mustExist(row as MapNote | undefined, 'Note', id);
}

export function noteOfAccount(db: Db, id: string, accountId: string, path: string): MapNote {
  const note = getNote(db, id);
  if (note.accountId !== accountId) invalid(path, 'other_account', 'That note belongs to another account');
  return note;
}

/** A note is born on one map, with its place, in one transaction. */
export function createNote(db: Db, input: ParsedInputOf<'notes.create'>): { note: MapNote; item: MapItem } {
  const id = input.id ?? newId();
  const now = nowIso();
  return db.transaction(() => {
    const map = getMap(db, input.mapId);
    if (map.accountId !== input.accountId) invalid('mapId', 'other_account', 'The map belongs to another account');
    db.prepare(
      `INSERT INTO map_notes (id, account_id, kind, text, color, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.accountId, input.kind, input.text, input.color ?? 'yellow', now, now);
    const item: MapItem = {
      id: input.itemId ?? newId(),
      mapId: map.id,
      personId: null,
      memberId: null,
      orgUnitId: null,
      noteId: id,
      x: input.position.x,
      y: input.position.y,
      width: input.width ?? null,
      height: input.height ?? null,
      collapsed: false,
    };
    insertItem(db, item);
    return { note: getNote(db, id), item };
  })();
}

/** Returns the note as it is now and, as `before`, as it was. */
export function updateNote(db: Db, { id, patch }: ParsedInputOf<'notes.update'>): MapNote & { before: MapNote } {
  return db.transaction(() => {
    const before = getNote(db, id);
    const next = { ...before, ...patch };
    db.prepare('UPDATE map_notes SET kind = ?, text = ?, color = ?, updated_at = ? WHERE id = ?').run(
      next.kind,
      next.text,
      next.color,
      nowIso(),
      id,
    );
    return { ...getNote(db, id), before };
  })();
}

/** Deletes the note and its place; returns both, so notes.create with the same ids brings it back. */
export function deleteNote(db: Db, id: string): { note: MapNote; item: MapItem | null } {
  return db.transaction(() => {
    const note = getNote(db, id);
    const [item] = itemsWhere(db, 'i.note_id = ?', id);
    db.prepare('DELETE FROM map_notes WHERE id = ?').run(id);
    return { note, item: item ?? null };
  })();
}
