import { z } from 'zod';
import { Coordinate, Id, line, MapItem, MapNote, Person, Relation } from '../entities';
import { customProblem } from '../issues';
import { NOTE_COLORS } from '../../domain/enums';
import { MAX_BATCH, write } from './common';
import { PlaceItem } from './maps';

const Ids = z.array(Id).max(MAX_BATCH).default([]);

/**
 * What one Delete on the canvas takes away: people (hidden with their lines, so a restore brings
 * them back whole), lines, notes, and items taken off this map only (team members, departments).
 */
const Selection = z
  .object({ mapId: Id, personIds: Ids, relationIds: Ids, noteIds: Ids, itemIds: Ids })
  .strict()
  .refine(
    (selection) =>
      selection.personIds.length + selection.relationIds.length + selection.noteIds.length + selection.itemIds.length >
      0,
    { ...customProblem('nothing_to_change'), path: ['personIds'] },
  );

/** Everything a deleted selection changed, as it was before: maps.restoreSelection puts it back. */
export const SelectionRemoval = z
  .object({
    mapId: Id,
    /** People hidden (their rows, lines, places and history stay, out of sight). */
    personIds: z.array(Id).max(MAX_BATCH),
    relations: z.array(Relation.strict()).max(MAX_BATCH),
    notes: z
      .array(
        z
          .object({ note: MapNote.extend({ color: z.enum(NOTE_COLORS) }).strict(), item: MapItem.strict().nullable() })
          .strict(),
      )
      .max(MAX_BATCH),
    items: z.array(MapItem.strict()).max(MAX_BATCH),
    /** Lines that went out of sight with the people (not counted in `relations`). */
    hiddenLines: z.int().min(0).max(1_000_000),
  })
  .strict();
export type SelectionRemoval = z.infer<typeof SelectionRemoval>;

/** A person already on the map, pasted again: a copy with the same assessments, at x, y. */
const PasteCopy = z.object({ id: Id, itemId: Id, personId: Id, x: Coordinate, y: Coordinate }).strict();

export const mapEditMethods = {
  /** One Delete of any mix of people, lines, notes and map items, all or nothing. */
  'maps.deleteSelection': write(Selection, SelectionRemoval, [
    'map_items',
    'map_notes',
    'people',
    'relations',
    'search_docs',
  ]),
  /** Undoes maps.deleteSelection from what it returned, in one transaction. */
  'maps.restoreSelection': write(SelectionRemoval, z.object({ ok: z.literal(true) }), [
    'map_items',
    'map_notes',
    'people',
    'relations',
    'search_docs',
  ]),
  /**
   * One paste (or duplicate), all or nothing: entities missing from the map are placed, people
   * already on it are copied from the store (named "<name> <copySuffix>"). maps.deleteSelection of
   * the returned people and items undoes it.
   */
  'maps.paste': write(
    z
      .object({
        mapId: Id,
        place: z.array(PlaceItem).max(MAX_BATCH).default([]),
        copies: z.array(PasteCopy).max(MAX_BATCH).default([]),
        copySuffix: line(40).default(''),
      })
      .strict()
      .refine((input) => input.place.length + input.copies.length > 0, {
        ...customProblem('nothing_to_change'),
        path: ['place'],
      }),
    z.object({ items: z.array(MapItem), people: z.array(Person) }),
    ['map_items', 'people', 'search_docs'],
  ),
} as const;
