import { z } from 'zod';
import { Account, Id, IsoDate, MapView, Opportunity, OrgUnit, Person, Relation, Timestamp } from '../entities';
import { read } from './common';

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
  'exports.account': read(z.object({ accountId: Id, includePrivate: z.boolean() }).strict(), AccountExport),
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
  ),
} as const;
