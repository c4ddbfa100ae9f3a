import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { z } from 'zod';
import { TeamStore, MEMBER_NAME } from './store';

export interface TeamServerOptions {
  dataDir: string;
  port: number;
  host: string;
  /** PEM files: the server then speaks wss:// and https://. */
  tls?: { cert: string; key: string };
  /** How often connections are checked against the member list (a removal from another shell). */
  revokeCheckMs?: number;
}

export interface TeamServer {
  url: string;
  close(): Promise<void>;
}

/** One Yjs document per shared account. */
export const documentNameOf = (accountId: string) => `account:${accountId}`;
const ACCOUNT_DOCUMENT = /^account:([0-9a-f-]{36})$/i;
const ACCOUNT_ROUTE = /^\/api\/accounts\/([0-9a-f-]{36})\/members$/i;
/** The origin of what the store hands a document on load: it is stored already. */
const FROM_STORE = Symbol('from the store');

const ShareBody = z.object({ members: z.array(z.string().trim().regex(MEMBER_NAME)).max(200) }).strict();

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/**
 * The team's sync server: Hocuspocus (Yjs over WebSocket) for each account's document, each
 * update stored as it arrives; a member opens only the accounts shared with them. A small JSON
 * API beside it, for the same members: who they are, who else is in the team, which accounts
 * they can open, and sharing an account with members.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const store = new TeamStore(options.dataDir);
  const hocuspocus = new Hocuspocus({
    quiet: true,
    async onAuthenticate({ token, documentName }) {
      const member = store.memberOf(token);
      const accountId = ACCOUNT_DOCUMENT.exec(documentName)?.[1];
      if (!member || !accountId || !store.canOpen(member, accountId)) throw new Error('forbidden');
      return { member, accountId };
    },
    async onLoadDocument({ document, documentName }) {
      const stored = store.loadDocument(documentName);
      if (stored) Y.applyUpdate(document, stored, FROM_STORE);
    },
    async onChange({ documentName, update, transactionOrigin }) {
      if (transactionOrigin !== FROM_STORE) store.appendUpdate(documentName, update);
    },
  });

  const api = (request: http.IncomingMessage, response: http.ServerResponse) => {
    answer(store, request)
      .then((body) => send(response, 200, body))
      .catch((error: unknown) => {
        if (error instanceof Refusal) send(response, error.status, { error: error.code, ...error.details });
        else send(response, 500, { error: 'internal' });
      });
  };
  const server = options.tls
    ? https.createServer({ cert: fs.readFileSync(options.tls.cert), key: fs.readFileSync(options.tls.key) }, api)
    : http.createServer(api);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  let closing = false;
  server.on('upgrade', (request, socket, head) => {
    // Members reconnect at once: while it closes, the server takes no one new.
    if (closing) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (websocket) => hocuspocus.handleConnection(websocket, request));
  });

  // A member removed from another shell loses every open connection within a moment.
  const revoke = setInterval(() => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const { member, accountId } = connection.context as { member?: string; accountId?: string };
        if (!member || !accountId || !store.canOpen(member, accountId)) connection.close();
      }
    }
  }, options.revokeCheckMs ?? 1000);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${options.tls ? 'wss' : 'ws'}://${host}:${port}`,
    async close() {
      closing = true;
      clearInterval(revoke);
      hocuspocus.closeConnections();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      store.close();
    },
  };
}

async function answer(store: TeamStore, request: http.IncomingMessage): Promise<unknown> {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const member = store.memberOf(token);
  if (!member) throw new Refusal(401, 'not_a_member');
  const url = new URL(request.url ?? '/', 'http://team');
  if (request.method === 'GET' && url.pathname === '/api/me') return { name: member };
  if (request.method === 'GET' && url.pathname === '/api/members') return { members: store.members() };
  if (request.method === 'GET' && url.pathname === '/api/accounts') return { accounts: store.accountsOf(member) };
  const accountId = ACCOUNT_ROUTE.exec(url.pathname)?.[1]?.toLowerCase();
  if (request.method === 'PUT' && accountId) {
    const body = ShareBody.safeParse(await readJson(request));
    if (!body.success) throw new Refusal(400, 'invalid_input');
    const current = store.accountMembers(accountId);
    // The first to share an account owns the share with the others; after that only its members change it.
    if (current.length > 0 && !current.includes(member)) throw new Refusal(403, 'no_access');
    const unknown = body.data.members.filter((name) => !store.isMember(name));
    if (unknown.length > 0) throw new Refusal(400, 'unknown_member', { names: unknown });
    const members = [...new Set([member, ...body.data.members])];
    store.setAccountMembers(accountId, members);
    return { accountId, members: store.accountMembers(accountId) };
  }
  throw new Refusal(404, 'not_found');
}

const BODY_LIMIT = 64 * 1024;

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new Refusal(413, 'too_large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'invalid_input');
  }
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
