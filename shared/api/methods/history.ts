import { z } from 'zod';
import { Id, IsoDate, MapView, Reason, Timestamp } from '../entities';
import { read, write } from './common';
import { MAP_VIEW_TABLES } from './maps';

export const TrackedField = z.enum(['role', 'influence', 'stance', 'access', 'progress']);

/** A change of a value, or a review that found it still right (old and new value the same). */
export const HistoryKind = z.enum(['change', 'review']);

export const HistoryEntry = z.object({
  seq: z.int(),
  kind: HistoryKind,
  field: TrackedField,
  oldValue: z.string().nullable(),
  newValue: z.string(),
  /** When it was written. */
  changedAt: Timestamp,
  /** When what it records was learned, if earlier than written; time travel reads this first. */
  learnedAt: Timestamp.nullable(),
  reason: z.string(),
  /** The edit that wrote this entry (one edit may write several), when it was made with one. */
  changeId: Id.nullable(),
  /** Set when the change is one deal's own value (its map), with the deal's name. */
  opportunityId: Id.nullable(),
  opportunityName: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Minutes east of UTC where the user is (+480 in Beijing), so "a day" is the user's day. */
export const UtcOffset = z.int().min(-840).max(840).optional();

export const Mover = z.object({
  personId: Id,
  name: z.string(),
  title: z.string(),
  moves: z.array(
    z.object({
      field: TrackedField,
      from: z.string(),
      to: z.string(),
      direction: z.enum(['up', 'down', 'changed']),
      /** The reasons given for this field's changes in between, oldest first, blank ones left out. */
      reasons: z.array(z.string()),
    }),
  ),
});
export type Mover = z.infer<typeof Mover>;

/** Why an assessment changed, written after the change: not blank. */
export const ChangeReason = Reason.min(1);

export const historyMethods = {
  /** Every change and review of a person's tracked values, oldest learned first, deal-specific ones tagged. */
  'history.person': read(
    z.object({ personId: Id }).strict(),
    z.object({
      createdAt: Timestamp,
      /** Today's account-level values, as the log writes them (strings). */
      current: z.record(TrackedField, z.string()),
      entries: z.array(HistoryEntry),
    }),
    ['opportunities', 'people', 'person_history'],
  ),
  /** The map with each person's values as they stood at the end of `date`; people added later left out. */
  'history.mapAsOf': read(z.object({ mapId: Id, date: IsoDate, utcOffset: UtcOffset }).strict(), MapView, [
    ...MAP_VIEW_TABLES,
    'person_history',
  ]),
  /** Who on the map moved between the end of `from` and the end of `to`, field by field. */
  'history.compare': read(
    z.object({ mapId: Id, from: IsoDate, to: IsoDate, utcOffset: UtcOffset }).strict(),
    z.object({ movers: z.array(Mover), added: z.array(Id) }),
    [...MAP_VIEW_TABLES, 'person_history'],
  ),
  /**
   * Gives every history entry one edit wrote (the `changeId` that edit was sent with) this reason,
   * or takes the reason back (null) — how "Add a reason…" after a change, and its undo, work. An
   * unknown change, or one that wrote nothing, changes nothing. Returns the reason it had before.
   */
  'history.setReason': write(
    z.object({ changeId: Id, reason: ChangeReason.nullable() }).strict(),
    z.object({ previous: z.string(), entries: z.int() }),
    ['person_history'],
  ),
} as const;
