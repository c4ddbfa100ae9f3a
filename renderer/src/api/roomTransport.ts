import type { Transport } from '../../../shared/api/client';
import { ApiError, type ApiErrorPayload } from '../../../shared/api/errors';
import type { RoomNoteKind } from '../../../shared/api/methods/shares';
import type { CallResultPayload } from '../../../shared/api/wire';
import { ROOM_PATH } from './roomPage';

/** What joining answers: the map the room shows. */
export interface JoinedRoom {
  mapId: string;
  accountId: string;
  mapName: string;
  accountName: string;
  viewerId: string;
}

/** A refusal from the room, with how long a locked-out device waits. */
export class RoomError extends ApiError {
  constructor(
    payload: ApiErrorPayload,
    readonly retryAfterSeconds: number | null,
  ) {
    super(payload.code, payload.message);
  }
}

/**
 * Everything goes to the room server that served this page, with its session cookie (HttpOnly,
 * so this code never holds it). The room answers in the public scope whatever scope is asked.
 */
async function post(path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${ROOM_PATH}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', 'The room cannot be reached');
  }
  const payload = (await response.json().catch(() => null)) as CallResultPayload | null;
  if (!payload) throw new ApiError('internal', `Unreadable answer (HTTP ${response.status})`);
  if (payload.ok) return payload.result;
  throw new RoomError(payload.error, payload.error.retryAfterSeconds ?? null);
}

export const roomTransport: Transport = (method, input) => post(`/api/${encodeURIComponent(method)}`, input);

export const joinRoom = (code: string, name: string): Promise<JoinedRoom> =>
  post('/join', { code, name }) as Promise<JoinedRoom>;

export const sendRoomNote = (note: { kind: RoomNoteKind; text: string; personId?: string }): Promise<unknown> =>
  post('/notes', note);
