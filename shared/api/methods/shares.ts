import { z } from 'zod';
import { Coordinate, Id, MapItem, MapNote, Timestamp } from '../entities';
import { Empty, Ok, Position, read, write } from './common';

/**
 * Share to the room: a read-only viewer server on the host's LAN address, joined with a code.
 * These methods are answered by the app's own process (where the transports live), never by the
 * backend's threads; they are the owner's alone.
 */

/** What the people in the room may send the host. */
export const ROOM_NOTE_KINDS = ['note', 'suggestion'] as const;
export const RoomNoteKind = z.enum(ROOM_NOTE_KINDS);
export type RoomNoteKind = z.infer<typeof RoomNoteKind>;

/** A viewer's name as they type it on the join page. */
export const ViewerName = z.string().trim().min(1).max(40);
/** What a viewer writes in a note or a suggestion. */
export const RoomNoteText = z.string().trim().min(1).max(1000);

export const Viewer = z.object({
  id: Id,
  name: z.string(),
  joinedAt: Timestamp,
  /** Whether their page is following now (its event stream is open). */
  connected: z.boolean(),
});
export type Viewer = z.infer<typeof Viewer>;

/** A note or suggestion from the room, waiting in the host's inbox. */
export const InboxNote = z.object({
  id: Id,
  author: z.string(),
  kind: RoomNoteKind,
  text: z.string(),
  personId: Id.nullable(),
  receivedAt: Timestamp,
});
export type InboxNote = z.infer<typeof InboxNote>;

export const ShareStatus = z.object({
  sharing: z.boolean(),
  mapId: Id.nullable(),
  accountId: Id.nullable(),
  url: z.string().nullable(),
  code: z.string().nullable(),
  expiresAt: Timestamp.nullable(),
  viewers: z.array(Viewer),
  /** It outlives a stop, until the host has placed or dismissed each note. */
  inbox: z.array(InboxNote),
});
export type ShareStatus = z.infer<typeof ShareStatus>;

export const ShareStarted = z.object({ url: z.string(), code: z.string().regex(/^\d{6}$/), expiresAt: Timestamp });

export const sharesMethods = {
  /** Starts sharing a map (or replaces the running share: its code and every session end). */
  'shares.start': write(
    z
      .object({
        mapId: Id,
        /** One of this computer's addresses (default: its first LAN address). */
        host: z.union([z.ipv4(), z.ipv6()]).optional(),
      })
      .strict(),
    ShareStarted,
    ['room_share'],
  ),
  'shares.status': read(Empty, ShareStatus, ['room_share']),
  /** Ends the share: the server closes, every viewer's connection with it. */
  'shares.stop': write(Empty, Ok, ['room_share']),
  /** The host's viewport, for the viewers who follow the presenter. */
  'shares.present': write(
    z.object({ x: Coordinate, y: Coordinate, zoom: z.number().finite().positive().max(100) }).strict(),
    Ok,
    [],
  ),
  /** Puts a note from the inbox on the shared map (as notes.create does) and takes it out of the inbox. */
  'shares.placeNote': write(
    z.object({ noteId: Id, position: Position.optional() }).strict(),
    z.object({ note: MapNote, item: MapItem }),
    ['map_items', 'map_notes', 'search_docs', 'room_share'],
  ),
  'shares.dismissNote': write(z.object({ noteId: Id }).strict(), Ok, ['room_share']),
} as const;

export type SharesMethod = keyof typeof sharesMethods;

/**
 * The room's own routes, beside the contract: what a viewer's page sends and receives on the
 * room's server (`http://ADDRESS:PORT/room/`). Reads go to `POST /room/api/<method>` and answer
 * as web mode's `/api/` does; the session is a cookie the browser keeps (HttpOnly).
 */
export const ROOM_ROUTES = {
  page: '/room/',
  join: '/room/join',
  api: '/room/api/',
  events: '/room/events',
  notes: '/room/notes',
} as const;

/** `POST /room/join`. */
export const RoomJoin = z.object({ code: z.string().max(100), name: ViewerName }).strict();
export const RoomJoined = z.object({
  mapId: Id,
  accountId: Id,
  mapName: z.string(),
  accountName: z.string(),
  viewerId: Id,
});
export type RoomJoined = z.infer<typeof RoomJoined>;

/** `POST /room/notes` (201 `{ id }`). */
export const RoomNote = z
  .object({ kind: RoomNoteKind, text: RoomNoteText, personId: Id.nullable().optional() })
  .strict();
export type RoomNote = z.infer<typeof RoomNote>;

/** The events of `GET /room/events`, each with its data (JSON). */
export const RoomEvents = {
  /** The host wrote these tables: reload the reads that read them (shared/api/refresh.ts). */
  changed: z.object({ tables: z.array(z.string()) }),
  /** Where the host looks, for a viewer who follows the presenter. */
  viewport: sharesMethods['shares.present'].input,
  /** The share ended: the stream closes after it. */
  stopped: z.object({}),
} as const;
export type RoomEventName = keyof typeof RoomEvents;
