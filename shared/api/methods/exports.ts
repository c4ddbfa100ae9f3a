import { z } from 'zod';
import { Account, Id, IsoDate, MapView, Opportunity, OrgUnit, Person, Relation, Timestamp } from '../entities';
import { LANGUAGES } from '../../domain/enums';
import { MAX_BATCH, read } from './common';

/** Rows of the domains this export carries whole; their shapes belong to their own domains. */
const Row = z.record(z.string(), z.unknown());

export const AccountExport = z.object({
  format: z.literal('powermap.account/1'),
  exportedAt: Timestamp,
  /** Whether private notes, personal details and private interactions are in it. */
  includesPrivate: z.boolean(),
  account: Account,
  opportunities: z.array(Opportunity),
  orgUnits: z.array(OrgUnit),
  people: z.array(Person),
  relations: z.array(Relation),
  interactions: z.array(Row),
  commitments: z.array(Row),
  goals: z.array(Row),
  actions: z.array(Row),
  reviews: z.array(Row),
});
export type AccountExport = z.infer<typeof AccountExport>;

export const exportsMethods = {
  /**
   * The whole account as JSON. Private notes, personal details and private interactions are left
   * out unless `includePrivate` is true (the user ticked "include private notes").
   */
  'exports.account': read(z.object({ accountId: Id, includePrivate: z.boolean() }).strict(), AccountExport, [
    'accounts',
    'action_people',
    'actions',
    'commitments',
    'goals',
    'interaction_participants',
    'interactions',
    'opportunities',
    'org_units',
    'people',
    'relations',
    'reviews',
  ]),
  /**
   * What a picture of the map or a presentation may show: the map's view (as of `date`, when
   * given) with private fields blank and so no private marker, unless `includePrivate` is true.
   */
  'exports.mapView': read(
    z
      .object({
        mapId: Id,
        includePrivate: z.boolean(),
        date: IsoDate.optional(),
        utcOffset: z.int().min(-840).max(840).optional(),
      })
      .strict(),
    MapView,
    [
      'accounts',
      'competitors',
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
    ],
  ),
  /**
   * People of one account as a vCard 4.0 file (all of them without `personIds`). Personal details
   * (birthday, interests, family, private notes) are in it only with `includePrivate`, and only
   * for the owner. `language` words the labels inside the card's note.
   */
  'exports.vcard': read(
    z
      .object({
        accountId: Id,
        personIds: z.array(Id).max(MAX_BATCH).optional(),
        includePrivate: z.boolean(),
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
    z.object({ text: z.string(), count: z.int().nonnegative() }),
    ['accounts', 'org_units', 'people', 'person_tags', 'tags'],
  ),
} as const;
