/**
 * Real SQLite files in throw-away folders, and the real backend on top of them. Nothing of ours
 * is mocked: tests open the same `openDatabase`, `startBackend` and `startWebServer` the app runs.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { ApiErrorPayload } from '../../shared/api/errors';
import type { Scope } from '../../shared/domain/privacy';
import { startBackend, type Backend } from '../../electron/backend/backend';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import type { Dispatch } from '../../electron/backend/dispatch';
import { startWebServer, type WebServer } from '../../electron/backend/http/server';

export interface TempDir {
  path: string;
  cleanup(): void;
}

/** A fresh folder under the OS temp folder; `cleanup` removes it with everything inside. */
export function makeTempDir(prefix = 'powermap-test-'): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A temp folder removed when the running test finishes (call it inside a test). */
export function useTempDir(prefix?: string): string {
  const dir = makeTempDir(prefix);
  onTestFinished(() => dir.cleanup());
  return dir.path;
}

/** A database file path in a temp folder of this test; the file does not exist yet. */
export function tempDbPath(): string {
  return path.join(useTempDir(), 'powermap.sqlite');
}

const closeQuietly = (db: Db): void => {
  if (db.open) db.close();
};

/** Opens a real Powermap file (WAL, foreign keys, migrations) that is closed and removed after the test. */
export function openTempDatabase(): { db: Db; file: string } {
  const dir = makeTempDir();
  const file = path.join(dir.path, 'powermap.sqlite');
  const db = openDatabase(file);
  onTestFinished(() => {
    closeQuietly(db);
    dir.cleanup();
  });
  return { db, file };
}

export interface TempBackend {
  backend: Backend;
  file: string;
  dir: string;
  /** What the dispatcher logged (slow calls, internal errors), instead of the console. */
  logs: string[];
  /** Closes this backend and starts a new one on the same file, as a restart of the app would. */
  reopen(): Backend;
}

export const TEST_VERSION = '9.9.9-test';

/** The whole backend on a temp file, closed and removed after the test. */
export function startTempBackend(): TempBackend {
  const dir = makeTempDir();
  const file = path.join(dir.path, 'powermap.sqlite');
  const logs: string[] = [];
  const start = (): Backend =>
    startBackend(file, { version: TEST_VERSION, log: (message) => logs.push(message), autoBackups: false });
  const temp: TempBackend = {
    backend: start(),
    file,
    dir: dir.path,
    logs,
    reopen() {
      temp.backend.close();
      temp.backend = start();
      return temp.backend;
    },
  };
  onTestFinished(() => {
    closeQuietly(temp.backend.db);
    dir.cleanup();
  });
  return temp;
}

/** Calls through the dispatcher and returns the result; a failed call fails the test with its error. */
export function callOk<M extends MethodName>(
  dispatch: Dispatch,
  method: M,
  input: InputOf<M>,
  scope: Scope = 'owner',
): OutputOf<M> {
  const outcome = dispatch(method, input, scope);
  if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
  return outcome.result as OutputOf<M>;
}

/** Calls through the dispatcher expecting a refusal, and returns the error payload. */
export function callError(
  dispatch: Dispatch,
  method: unknown,
  input: unknown,
  scope: Scope = 'owner',
): ApiErrorPayload {
  const outcome = dispatch(method, input, scope);
  if (outcome.ok)
    throw new Error(`${String(method)} succeeded but was expected to fail: ${JSON.stringify(outcome.result)}`);
  return outcome.error;
}

/** Every table of the file, read straight from sqlite_master. */
export function tableNames(db: Db): string[] {
  return (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((row) => row.name);
}

/** Every row of every table, in rowid order: two equal snapshots mean nothing was written. */
export function snapshotTables(db: Db): Record<string, unknown[]> {
  // Virtual tables and their shadow tables (the search index) are derived from plain ones.
  const plain = new Set(
    (db.pragma('table_list') as { schema: string; name: string; type: string }[])
      .filter((table) => table.schema === 'main' && table.type === 'table')
      // The notes of what was written, for the kept insights: bookkeeping that grows with every write.
      .filter((table) => table.name !== 'insights_touched')
      .map((table) => table.name),
  );
  return Object.fromEntries(
    tableNames(db)
      .filter((name) => plain.has(name))
      .map((name) => [name, db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).all()]),
  );
}

export const countRows = (db: Db, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;

export interface RawRequest {
  method?: string;
  /** Sent exactly as given, so tests can send paths a browser would normalise away. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with full control over the request line and headers (Host included). */
export function rawRequest(port: number, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

export const INDEX_HTML = '<!doctype html><title>Powermap test shell</title>';

export interface TempWebServer {
  server: WebServer;
  backend: Backend;
  dir: string;
  staticRoot: string;
  /** POST /api/<method> the way the renderer's HTTP transport does, with the right token. */
  call(method: string, input: unknown): Promise<{ status: number; payload: unknown }>;
  close(): Promise<void>;
}

/**
 * Web mode on port 0 with a temp database and a temp static root holding an index.html. Not tied
 * to one test: call `close` yourself (usually in afterAll).
 */
export async function startTempWebServer(): Promise<TempWebServer> {
  const dir = makeTempDir();
  const staticRoot = path.join(dir.path, 'www');
  fs.mkdirSync(staticRoot);
  fs.writeFileSync(path.join(staticRoot, 'index.html'), INDEX_HTML);
  const backend = startBackend(path.join(dir.path, 'powermap.sqlite'), {
    version: TEST_VERSION,
    log: () => undefined,
    autoBackups: false,
  });
  const server = await startWebServer({ dispatch: backend.dispatch, staticRoot, port: 0 });
  return {
    server,
    backend,
    dir: dir.path,
    staticRoot,
    async call(method, input) {
      const response = await rawRequest(server.port, {
        method: 'POST',
        path: `/api/${method}`,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      });
      return { status: response.status, payload: JSON.parse(response.body) as unknown };
    },
    async close() {
      await server.close();
      closeQuietly(backend.db);
      dir.cleanup();
    },
  };
}

export interface SeededAccount {
  accountId: string;
  mapId: string;
  /** Ann reports to Bob; Cid stands apart. */
  people: { ann: string; bob: string; cid: string };
  items: { ann: string; bob: string; cid: string };
  relationId: string;
}

/** One account through the real dispatcher: three people placed on its map and one line. */
export function seedAccount(dispatch: Dispatch, name = 'Acme'): SeededAccount {
  const account = callOk(dispatch, 'accounts.create', { name });
  const [map] = callOk(dispatch, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has no map');
  const place = (person: string, x: number, y: number) => {
    const itemId = crypto.randomUUID();
    const created = callOk(dispatch, 'people.create', {
      accountId: account.id,
      name: person,
      placeOn: { mapId: map.id, itemId, position: { x, y } },
    });
    return { personId: created.id, itemId };
  };
  const ann = place('Ann', 0, 0);
  const bob = place('Bob', 200, 0);
  const cid = place('Cid', 400, 100);
  const relation = callOk(dispatch, 'relations.create', {
    accountId: account.id,
    kind: 'reports_to',
    fromPersonId: ann.personId,
    toPersonId: bob.personId,
  });
  return {
    accountId: account.id,
    mapId: map.id,
    people: { ann: ann.personId, bob: bob.personId, cid: cid.personId },
    items: { ann: ann.itemId, bob: bob.itemId, cid: cid.itemId },
    relationId: relation.id,
  };
}
