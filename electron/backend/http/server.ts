import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError, HTTP_STATUS } from '../../../shared/api/errors';
import type { CallResult } from '../dispatch';
import { contentSecurityPolicy } from './content-security-policy';
import { serveStatic } from './static-files';

export const API_PREFIX = '/api/';
/** The caller's privacy scope (`owner` unless it says `public`), as the renderer's transport sends it. */
export const SCOPE_HEADER = 'x-powermap-scope';
/** Large enough for a whole workspace file sent in one import call (at most 100 MB, escaped in JSON). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

export interface WebServerOptions {
  /** The backend's dispatch: in web mode answered by its threads, in tests often in place. */
  dispatch: (method: unknown, input: unknown, scope?: unknown) => CallResult | Promise<CallResult>;
  staticRoot: string;
  port: number;
  token?: string;
  /** Called on every call that carried the right token: proof that the page reached the token. */
  onAuthorizedCall?: () => void;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Web mode: the contract over HTTP on 127.0.0.1. Every API call needs the per-run token; a call
 * from another origin (or through a rebound host name) is refused before it is read.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // The page itself is sent with a policy holding its own nonce (static-files.ts).
    res.setHeader('Content-Security-Policy', contentSecurityPolicy());
    if (!isOwnHost(req.headers.host, origin)) return sendError(res, new ApiError('forbidden', 'Unknown host'));
    const url = req.url ?? '/';
    if (!url.startsWith(API_PREFIX)) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, new ApiError('forbidden', 'Method not allowed'));
      return serveStatic(options.staticRoot, url, res);
    }
    // The host was checked above, so the page's own origin is the one the browser addressed.
    if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) {
      return sendError(res, new ApiError('forbidden', 'Requests from another origin are refused'));
    }
    if (!hasToken(req.headers.authorization, token)) {
      return sendError(res, new ApiError('unauthorized', 'Missing or wrong token'));
    }
    options.onAuthorizedCall?.();
    if (req.method !== 'POST') return sendError(res, new ApiError('forbidden', 'Use POST'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, new ApiError('invalid_input', 'Send JSON (Content-Type: application/json)'));
    }
    readBody(req).then(
      async (body) => {
        let input: unknown;
        try {
          input = body.length === 0 ? {} : JSON.parse(body);
        } catch {
          return sendError(res, new ApiError('invalid_input', 'The body is not valid JSON'));
        }
        const outcome = await options.dispatch(methodOf(url), input, req.headers[SCOPE_HEADER] ?? 'owner');
        if (outcome.ok) return sendJson(res, 200, outcome);
        return sendJson(res, HTTP_STATUS[outcome.error.code], outcome);
      },
      () => sendError(res, new ApiError('invalid_input', 'The request body is too large')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The method named by the path; a name that is not valid percent-encoding is no method at all. */
function methodOf(url: string): string {
  const raw = url.slice(API_PREFIX.length).split('?')[0] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isOwnHost(host: string | undefined, origin: string): boolean {
  const port = origin.slice(origin.lastIndexOf(':') + 1);
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function hasToken(header: string | undefined, token: string): boolean {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still receives our answer.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new Error('too large'));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function sendError(res: http.ServerResponse, error: ApiError): void {
  sendJson(res, HTTP_STATUS[error.code], { ok: false, error: error.toPayload() });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
