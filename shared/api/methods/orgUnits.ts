import { z } from 'zod';
import { Id, MapItem, Name, OrgUnit } from '../entities';
import { MAX_BATCH, Position, read, write, withBefore } from './common';

/** Everything deleting an org unit changed; orgUnits.restore puts it back. */
export const OrgUnitRemoval = z
  .object({
    unit: OrgUnit.strict(),
    /** People who were in the unit (now in none). */
    personIds: z.array(Id).max(MAX_BATCH),
    /** Units that were directly under it (now under its parent). */
    childUnitIds: z.array(Id).max(MAX_BATCH),
    /** Its places on maps (containers), now gone. */
    items: z.array(MapItem.strict()).max(MAX_BATCH),
  })
  .strict();
export type OrgUnitRemoval = z.infer<typeof OrgUnitRemoval>;

const SortOrder = z.int().min(-1_000_000).max(1_000_000);

export const orgUnitMethods = {
  'orgUnits.list': read(z.object({ accountId: Id }).strict(), z.array(OrgUnit), ['accounts', 'org_units']),
  'orgUnits.create': write(
    z
      .object({
        id: Id.optional(),
        accountId: Id,
        name: Name,
        parentId: Id.nullable().optional(),
        sortOrder: SortOrder.optional(),
        /** Also places the new unit on a map, in the same transaction (orgUnits.delete undoes both). */
        placeOn: z.object({ mapId: Id, itemId: Id.optional(), position: Position }).strict().optional(),
      })
      .strict(),
    OrgUnit,
    ['org_units'],
  ),
  'orgUnits.update': write(
    z
      .object({
        id: Id,
        patch: z.object({ name: Name, parentId: Id.nullable(), sortOrder: SortOrder }).partial().strict(),
      })
      .strict(),
    withBefore(OrgUnit),
    ['org_units'],
  ),
  'orgUnits.delete': write(z.object({ id: Id }).strict(), OrgUnitRemoval, [
    'map_items',
    'org_units',
    'people',
    'search_docs',
  ]),
  'orgUnits.restore': write(OrgUnitRemoval, OrgUnit, ['map_items', 'org_units', 'people', 'search_docs']),
} as const;
