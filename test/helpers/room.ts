/**
 * Share to the room as the app runs it: the backend on its own threads over a temp file, the
 * room in front of its dispatch (withRoom), and viewers that speak real HTTP to the room's server
 * on 127.0.0.1 (loopback stands in for the LAN). Nothing of ours is mocked.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import { startThreadedBackend, type ThreadedBackend } from '../../electron/backend/threads/threadedBackend';
import { withRoom, type RoomOptions } from '../../electron/backend/room/withRoom';
import type { CallResult } from '../../electron/backend/dispatch';
import { INDEX_HTML, TEST_VERSION, useTempDir } from './tempDb';

export interface HostSide {
  backend: ThreadedBackend;
  /** The host process's dispatch, the room in front of the backend. */
  dispatch: (method: unknown, input: unknown, scope?: unknown) => Promise<CallResult>;
  /** An owner call that must succeed. */
  ok<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  staticRoot: string;
  file: string;
}

/** The backend on threads and the room in front of it, closed after the test. */
export async function startHost(options: Partial<RoomOptions> = {}, file?: string): Promise<HostSide> {
  const dir = useTempDir('powermap-room-');
  const staticRoot = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticRoot, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticRoot, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log("room");');
  const dbFile = file ?? path.join(dir, 'powermap.sqlite');
  const backend = await startThreadedBackend(dbFile, {
    version: TEST_VERSION,
    autoBackups: false,
    log: () => undefined,
  });
  const room = withRoom(backend.call, { staticRoot, host: '127.0.0.1', log: () => undefined, ...options });
  onTestFinished(async () => {
    await room.close();
    await backend.close();
  });
  const ok = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const outcome = await room.dispatch(method, input, 'owner');
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return outcome.result as OutputOf<M>;
  };
  return { backend, dispatch: room.dispatch, ok, staticRoot, file: dbFile };
}

/** An account with one map and two people on it, made by the owner. */
export async function seedAccount(host: HostSide, name = 'Acme') {
  const account = await host.ok('accounts.create', { name });
  const [map] = await host.ok('maps.list', { accountId: account.id });
  if (!map) throw new Error('the new account has no map');
  const ann = await host.ok('people.create', {
    accountId: account.id,
    name: 'Ann',
    placeOn: { mapId: map.id, position: { x: 0, y: 0 } },
  });
  const bob = await host.ok('people.create', {
    accountId: account.id,
    name: 'Bob',
    placeOn: { mapId: map.id, position: { x: 200, y: 0 } },
  });
  return { accountId: account.id, mapId: map.id, ann, bob };
}

export interface RoomResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json(): { ok: boolean; result?: unknown; error?: { code: string; message: string; retryAfterSeconds?: number } };
}

/** One request to the room's server, the way a browser on the room's page sends it. */
export function roomRequest(
  url: string,
  request: {
    method?: string;
    path: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
    /** The client's own address (another 127.x.y.z stands in for another device in the room). */
    from?: string;
  },
): Promise<RoomResponse> {
  const base = new URL(url);
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method ?? (body === undefined ? 'GET' : 'POST'),
        path: request.path,
        agent: false,
        ...(request.from ? { localAddress: request.from } : {}),
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json', Origin: base.origin }),
          ...(request.cookie ? { Cookie: request.cookie } : {}),
          ...request.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** The cookie a join answered with, as the browser sends it back. */
export function cookieOf(response: RoomResponse): string {
  const [cookie] = response.headers['set-cookie'] ?? [];
  if (!cookie) throw new Error(`no session cookie in: ${response.status} ${response.body}`);
  return cookie.split(';')[0] ?? '';
}

/** Joins the room with the code and returns the session's cookie. */
export async function join(url: string, code: string, name = 'Viewer'): Promise<string> {
  const response = await roomRequest(url, { path: '/room/join', body: { code, name } });
  if (response.status !== 200) throw new Error(`join failed: ${response.status} ${response.body}`);
  return cookieOf(response);
}

/** A viewer's call of one method; its answer as the room sent it. */
export const viewerCall = (url: string, cookie: string, method: string, input: unknown) =>
  roomRequest(url, { path: `/room/api/${method}`, cookie, body: input });

export interface RoomEvent {
  event: string;
  data: unknown;
  at: number;
}

export interface EventStream {
  status: number;
  /** Everything received, byte for byte (comments included). */
  raw(): string;
  events: RoomEvent[];
  /** Resolves with the first event from the `from`-th received on (0: every one) that `match` accepts. */
  next(match: (event: RoomEvent) => boolean, from?: number): Promise<RoomEvent>;
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>;
  close(): void;
}

/** GET /room/events with the cookie, read as a browser's EventSource would. */
export function openEvents(url: string, cookie: string): Promise<EventStream> {
  const base = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: base.hostname, port: base.port, path: '/room/events', headers: { Cookie: cookie }, agent: false },
      (res) => {
        let raw = '';
        let buffer = '';
        const events: RoomEvent[] = [];
        const waiting: { match: (event: RoomEvent) => boolean; resolve: (event: RoomEvent) => void }[] = [];
        let endStream = (): void => undefined;
        const ended = new Promise<void>((done) => (endStream = done));
        res.on('data', (chunk: Buffer) => {
          const text = chunk.toString('utf8');
          raw += text;
          buffer += text;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const lines = block.split('\n').filter((line) => !line.startsWith(':'));
            if (lines.length === 0) continue;
            const name = lines.find((line) => line.startsWith('event: '))?.slice(7) ?? 'message';
            const data = lines.find((line) => line.startsWith('data: '))?.slice(6) ?? 'null';
            const event = { event: name, data: JSON.parse(data) as unknown, at: performance.now() };
            events.push(event);
            for (const waiter of waiting.filter((w) => w.match(event))) {
              waiting.splice(waiting.indexOf(waiter), 1);
              waiter.resolve(event);
            }
          }
        });
        res.on('end', () => endStream());
        res.on('close', () => endStream());
        resolve({
          status: res.statusCode ?? 0,
          raw: () => raw,
          events,
          next: (match, from = 0) => {
            const seen = events.slice(from).find(match);
            if (seen) return Promise.resolve(seen);
            return new Promise((done) => waiting.push({ match, resolve: done }));
          },
          ended,
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
  });
}
