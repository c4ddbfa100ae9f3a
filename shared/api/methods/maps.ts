import { z } from 'zod';
import { Coordinate, Id, MapInfo, MapItem, MapView, Name } from '../entities';
import { customIssue } from '../issues';
import type { Table } from '../tables';
import { MAX_BATCH, Ok, read, write, Size } from './common';

/** What a map's view is drawn from: the map, its items and everything its cards and lines show. */
export const MAP_VIEW_TABLES: readonly Table[] = [
  'accounts',
  'competitors',
  /** What was written since, for the people records kept between reads (services/keptPeople.ts). */
  'insights_touched',
  'map_items',
  'map_notes',
  'maps',
  'opportunities',
  'opportunity_assessments',
  'org_units',
  'people',
  'person_tags',
  'relations',
  'tags',
  'team_members',
];

const ENTITY_KEYS = ['personId', 'memberId', 'orgUnitId', 'noteId'] as const;

/**
 * One entity to place: exactly one of personId / memberId / orgUnitId / noteId (the others absent
 * or null). A MapItem that maps.removeItems or maps.delete returned is accepted as it is, so undo
 * can send it straight back (its mapId, when given, must be the map of the call).
 */
export const PlaceItem = z
  .object({
    id: Id.optional(),
    mapId: Id.optional(),
    personId: Id.nullable().optional(),
    memberId: Id.nullable().optional(),
    orgUnitId: Id.nullable().optional(),
    noteId: Id.nullable().optional(),
    x: Coordinate,
    y: Coordinate,
    width: Size.nullable().optional(),
    height: Size.nullable().optional(),
    collapsed: z.boolean().optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (ENTITY_KEYS.filter((key) => item[key]).length !== 1) {
      ctx.addIssue({
        path: ['personId'],
        ...customIssue('place_exactly_one', 'Place exactly one of personId, memberId, orgUnitId or noteId'),
      });
    }
  });

const ItemUpdate = z
  .object({
    itemId: Id,
    x: Coordinate.optional(),
    y: Coordinate.optional(),
    /** null goes back to the natural size. */
    width: Size.nullable().optional(),
    height: Size.nullable().optional(),
    collapsed: z.boolean().optional(),
  })
  .strict();

export const mapMethods = {
  'maps.list': read(z.object({ accountId: Id }).strict(), z.array(MapInfo), ['accounts', 'maps']),
  'maps.view': read(z.object({ mapId: Id }).strict(), MapView, MAP_VIEW_TABLES),
  'maps.create': write(
    z.object({ id: Id.optional(), accountId: Id, name: Name, opportunityId: Id.nullable().optional() }).strict(),
    MapInfo,
    ['maps'],
  ),
  'maps.rename': write(z.object({ id: Id, name: Name }).strict(), MapInfo, ['maps']),
  /**
   * Deletes a map and its layout (never the people, members, units or notes on it). Refused for
   * the account's last map. Returns the map and its items: maps.create + maps.placeItems undo it.
   */
  'maps.delete': write(z.object({ id: Id }).strict(), z.object({ map: MapInfo, items: z.array(MapItem) }), [
    'map_items',
    'maps',
  ]),
  'maps.moveItems': write(
    z
      .object({
        mapId: Id,
        moves: z
          .array(z.object({ itemId: Id, x: Coordinate, y: Coordinate }).strict())
          .min(1)
          .max(MAX_BATCH),
      })
      .strict(),
    Ok,
    ['map_items'],
  ),
  /**
   * Places entities of the map's account on it, all or none. An entity already on this map is
   * refused (conflict), as is a note already placed on any map. Returns the new items.
   */
  'maps.placeItems': write(
    z.object({ mapId: Id, items: z.array(PlaceItem).min(1).max(MAX_BATCH) }).strict(),
    z.array(MapItem),
    ['map_items'],
  ),
  /** "Remove from this map": deletes the items only, never what they show. Returns them, for undo. */
  'maps.removeItems': write(
    z.object({ mapId: Id, itemIds: z.array(Id).min(1).max(MAX_BATCH) }).strict(),
    z.array(MapItem),
    ['map_items'],
  ),
  /** Position, size and collapsed state of many items in one transaction; returns them before and after. */
  'maps.updateItems': write(
    z.object({ mapId: Id, updates: z.array(ItemUpdate).min(1).max(MAX_BATCH) }).strict(),
    z.object({ before: z.array(MapItem), after: z.array(MapItem) }),
    ['map_items'],
  ),
} as const;
