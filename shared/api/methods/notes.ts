import { z } from 'zod';
import { NOTE_COLORS } from '../../domain/enums';
import { Id, MapItem, MapNote, NoteKind, NoteText } from '../entities';
import { write, withBefore, Position, Size } from './common';

const NoteColor = z.enum(NOTE_COLORS);

export const noteMethods = {
  /** A note is created on one map; it lives on that map only. */
  'notes.create': write(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        mapId: Id,
        itemId: Id.optional(),
        kind: NoteKind,
        text: NoteText,
        color: NoteColor.optional(),
        position: Position,
        width: Size.nullable().optional(),
        height: Size.nullable().optional(),
      })
      .strict(),
    z.object({ note: MapNote, item: MapItem }),
    ['map_items', 'map_notes', 'search_docs'],
  ),
  'notes.update': write(
    z
      .object({ id: Id, patch: z.object({ text: NoteText, color: NoteColor, kind: NoteKind }).partial().strict() })
      .strict(),
    withBefore(MapNote),
    ['map_notes', 'search_docs'],
  ),
  /** Returns the note and its map place (null if it had none): notes.create with the same ids undoes it. */
  'notes.delete': write(z.object({ id: Id }).strict(), z.object({ note: MapNote, item: MapItem.nullable() }), [
    'map_items',
    'map_notes',
    'search_docs',
  ]),
} as const;
