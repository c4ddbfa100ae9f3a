import { z } from 'zod';
import {
  Id,
  Influence,
  IsoDate,
  LongText,
  MapInfo,
  Name,
  Opportunity,
  OpportunityOverride,
  OpportunityStatus,
  Role,
  Stance,
} from '../entities';
import { customIssue } from '../issues';
import { read, write } from './common';

const Amount = z.number().finite().min(0).max(1e15);

const OpportunityFields = {
  name: Name,
  status: OpportunityStatus,
  amount: Amount.nullable(),
  closeDate: IsoDate.nullable(),
  notes: LongText,
};

const OpportunityCreate = z
  .object({
    id: Id.optional(),
    accountId: Id,
    ...OpportunityFields,
    status: OpportunityStatus.optional(),
    amount: Amount.nullable().optional(),
    closeDate: IsoDate.nullable().optional(),
    notes: LongText.optional(),
    /** Also create a map for the opportunity, in the same transaction. */
    createMap: z.boolean().optional(),
    /** With createMap: the new map's id (default: new), name (default: the opportunity's name)… */
    mapId: Id.optional(),
    mapName: Name.optional(),
    /** …and a map of the account whose people, team and units it starts with (notes are not copied). */
    copyItemsFromMapId: Id.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    for (const key of ['mapId', 'mapName', 'copyItemsFromMapId'] as const) {
      if (input[key] !== undefined && !input.createMap) {
        ctx.addIssue({ path: [key], ...customIssue('needs_create_map', `${key} needs createMap: true`) });
      }
    }
  });

export const opportunityMethods = {
  'opportunities.list': read(z.object({ accountId: Id }).strict(), z.array(Opportunity), ['accounts', 'opportunities']),
  'opportunities.create': write(OpportunityCreate, z.object({ opportunity: Opportunity, map: MapInfo.nullable() }), [
    'map_items',
    'maps',
    'opportunities',
  ]),
  'opportunities.update': write(
    z.object({ id: Id, patch: z.object(OpportunityFields).partial().strict() }).strict(),
    Opportunity,
    ['opportunities'],
  ),
  /**
   * Deletes the opportunity with its maps and assessments (not undoable: confirm first). Refused
   * when its maps are all the account has. Returns it and the ids of the maps that went with it.
   */
  'opportunities.delete': write(
    z.object({ id: Id }).strict(),
    z.object({ opportunity: Opportunity, deletedMapIds: z.array(Id) }),
    ['map_items', 'maps', 'opportunities', 'opportunity_assessments', 'person_history'],
  ),
  /**
   * Overrides a person's role, influence or stance for this opportunity; null clears a field's
   * override. Returns the override before and after (undo: assess with `before`).
   */
  'opportunities.assess': write(
    z
      .object({
        opportunityId: Id,
        personId: Id,
        patch: z
          .object({ role: Role.nullable(), influence: Influence.nullable(), stance: Stance.nullable() })
          .partial()
          .strict(),
        /** Names this edit in the history, as for people.update. */
        changeId: Id.optional(),
      })
      .strict(),
    z.object({ before: OpportunityOverride, after: OpportunityOverride }),
    ['opportunity_assessments', 'person_history'],
  ),
} as const;
