import type { PowermapBridge } from '../../../shared/api/bridge';
import type { Transport } from '../../../shared/api/client';
import { ApiError } from '../../../shared/api/errors';
import type { CallResultPayload } from '../../../shared/api/wire';
import { isRoomPage } from './roomPage';
import { roomTransport } from './roomTransport';

declare global {
  interface Window {
    powermap?: PowermapBridge;
  }
}

const TOKEN_KEY = 'powermap.token';

function unwrap(payload: CallResultPayload): unknown {
  if (payload.ok) return payload.result;
  throw ApiError.fromPayload(payload.error);
}

/**
 * Web mode's token arrives in the address (#token=…). It is moved to session storage and wiped
 * from the address bar, so it is not on show when the screen is shared.
 */
export function takeWebToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): Transport {
  return async (method, input, scope) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          'X-Powermap-Scope': scope,
        },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError('network', 'The backend cannot be reached');
    }
    const payload = (await response.json().catch(() => null)) as CallResultPayload | null;
    if (!payload) throw new ApiError('internal', `Unreadable answer (HTTP ${response.status})`);
    return unwrap(payload);
  };
}

function ipcTransport(bridge: PowermapBridge): Transport {
  return async (method, input, scope) => unwrap(await bridge.call(method, input, scope));
}

/** The renderer does not care which one it gets. A viewer in the room reaches the room's server only. */
export function pickTransport(): Transport {
  if (isRoomPage()) return roomTransport;
  return window.powermap ? ipcTransport(window.powermap) : httpTransport(takeWebToken());
}
