import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, HTTP_STATUS } from '../../../shared/api/errors';
import { ROOM_ROUTES } from '../../../shared/api/methods/shares';
import { contentSecurityPolicy, pageWithNonce } from '../http/content-security-policy';
import { contentTypeOf, fileUnderRoot, isAppPage } from '../http/static-files';
import { urlHost } from './address';

/** Where the viewer's page lives on the room's server; its files are beside it. */
export const ROOM_PREFIX = '/room';
export const ROOM_COOKIE = 'powermap_room';
/** A viewer sends a name, a code or a note: nothing bigger than this is read. */
export const MAX_ROOM_BODY_BYTES = 8 * 1024;

/** An answer of the room to one request. */
export interface Reply {
  status: number;
  body: unknown;
  /** A new session: its token is set as the room's cookie. */
  session?: string;
}

/** What the room answers; the server only checks where a request comes from and what it carries. */
export interface RoomRoutes {
  join(body: unknown, client: string): Promise<Reply>;
  call(session: string | undefined, method: string, body: unknown): Promise<Reply>;
  note(session: string | undefined, body: unknown): Promise<Reply>;
  /** Opens the event stream on `res`, or answers why not. */
  events(session: string | undefined, res: http.ServerResponse): Reply | null;
}

export interface RoomServer {
  /** The viewer's address, `http://ADDRESS:PORT/room/`. */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The room's own server, on the address the host shares on, only while sharing. It serves the
 * renderer's page and files, the join, the viewer's reads and their notes, and nothing else: the
 * token-protected API of web mode is another server, on 127.0.0.1 only.
 */
export async function startRoomServer(options: {
  host: string;
  staticRoot: string;
  routes: RoomRoutes;
}): Promise<RoomServer> {
  let ownHost = '';
  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy());
    res.setHeader('Cache-Control', 'no-store');
    // A name that resolves to this address (DNS rebinding) is not this server.
    if (req.headers.host !== ownHost) return sendError(res, new ApiError('forbidden', 'Unknown host'));
    const urlPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (urlPath === ROOM_ROUTES.events && req.method === 'GET') {
        const refusal = options.routes.events(sessionOf(req), res);
        if (refusal) send(res, refusal);
        return;
      }
      return serveRoomFile(options.staticRoot, urlPath, res);
    }
    if (req.method !== 'POST') return sendError(res, new ApiError('forbidden', 'Method not allowed'));
    if (req.headers.origin !== undefined && req.headers.origin !== `http://${ownHost}`) {
      return sendError(res, new ApiError('forbidden', 'Requests from another origin are refused'));
    }
    // JSON only: a form of another site cannot post it without the browser asking first.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, new ApiError('invalid_input', 'Send JSON (Content-Type: application/json)'));
    }
    const route = routeOf(urlPath);
    if (!route) return sendError(res, new ApiError('not_found', 'No such route'));
    readSmallBody(req).then(
      async (text) => {
        let body: unknown;
        try {
          body = text.length === 0 ? {} : JSON.parse(text);
        } catch {
          return sendError(res, new ApiError('invalid_input', 'The body is not valid JSON'));
        }
        const session = sessionOf(req);
        const client = req.socket.remoteAddress ?? 'unknown';
        const reply =
          route.kind === 'join'
            ? await options.routes.join(body, client)
            : route.kind === 'notes'
              ? await options.routes.note(session, body)
              : await options.routes.call(session, route.method, body);
        send(res, reply);
      },
      () => sendError(res, new ApiError('invalid_input', 'The request body is too large')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  ownHost = `${urlHost(options.host)}:${port}`;
  return {
    url: `http://${ownHost}${ROOM_PREFIX}/`,
    host: options.host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type Route = { kind: 'join' } | { kind: 'notes' } | { kind: 'call'; method: string };

function routeOf(urlPath: string): Route | null {
  if (urlPath === ROOM_ROUTES.join) return { kind: 'join' };
  if (urlPath === ROOM_ROUTES.notes) return { kind: 'notes' };
  const api = ROOM_ROUTES.api;
  if (!urlPath.startsWith(api)) return null;
  try {
    return { kind: 'call', method: decodeURIComponent(urlPath.slice(api.length)) };
  } catch {
    return null;
  }
}

function sessionOf(req: http.IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === ROOM_COOKIE) return value.join('=');
  }
  return undefined;
}

/** The page at /room/ (with a fresh nonce), the renderer's files beside it; nothing else. */
function serveRoomFile(root: string, urlPath: string, res: http.ServerResponse): void {
  const inRoom = urlPath === ROOM_PREFIX || urlPath.startsWith(`${ROOM_PREFIX}/`);
  const relative = inRoom ? urlPath.slice(ROOM_PREFIX.length) || '/' : urlPath;
  const file = relative === '/' ? path.join(path.resolve(root), 'index.html') : fileUnderRoot(root, relative);
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(file ? 'The Powermap renderer has not been built. Run: npm run build:renderer' : 'Not found');
    return;
  }
  if (isAppPage(root, file)) {
    const page = pageWithNonce(fs.readFileSync(file, 'utf8'));
    res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': page.policy });
    res.end(page.html);
    return;
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(file) });
  fs.createReadStream(file).pipe(res);
}

function readSmallBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still receives our answer.
      if (size <= MAX_ROOM_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_ROOM_BODY_BYTES) reject(new Error('too large'));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, reply: Reply): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (reply.session !== undefined) {
    headers['Set-Cookie'] = `${ROOM_COOKIE}=${reply.session}; HttpOnly; SameSite=Strict; Path=${ROOM_PREFIX}`;
  }
  res.writeHead(reply.status, headers);
  res.end(JSON.stringify(reply.body));
}

function sendError(res: http.ServerResponse, error: ApiError): void {
  send(res, { status: HTTP_STATUS[error.code], body: { ok: false, error: error.toPayload() } });
}
