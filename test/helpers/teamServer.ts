import { spawn, execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { repoRoot } from './webCli';

const TSX = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const CLI = 'team-server/cli.ts';
const BANNER = /^Powermap team server: (wss?:\/\/\S+)$/m;

/** `npm run team-server -- ARGS` that does its work and exits (adding or removing a member). */
export async function teamCli(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [TSX, CLI, ...args], { cwd: repoRoot });
  return stdout;
}

export async function addMember(dataDir: string, name: string): Promise<string> {
  const printed = await teamCli(['--data', dataDir, '--add-member', name]);
  const token = /^Invite token for .+: (\S+)$/m.exec(printed)?.[1];
  if (!token) throw new Error(`no invite token in: ${printed}`);
  return token;
}

/** The team server as IT starts it, in its own process group (so a stop reaches tsx's child too). */
export async function startTeamServerProcess(
  dataDir: string,
  port = 0,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [TSX, CLI, '--data', dataDir, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 30 s:\n${out}\n${err}`)), 30_000);
    const check = () => {
      const match = BANNER.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', check);
    void exited.then(() => reject(new Error(`the team server exited:\n${out}\n${err}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

export interface Member {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Settles when the server has sent the document (or refused the member). */
  outcome: Promise<'synced' | 'refused'>;
  closed: Promise<void>;
  /** Closes the client for good. */
  leave(): void;
}

/** A member's client for one account's document, as the app's sync will open it. */
export function openAccount(url: string, accountId: string, token: string): Member {
  const doc = new Y.Doc();
  let settle: (outcome: 'synced' | 'refused') => void = () => undefined;
  let close: () => void = () => undefined;
  const outcome = new Promise<'synced' | 'refused'>((resolve) => (settle = resolve));
  const closed = new Promise<void>((resolve) => (close = resolve));
  // Node 20 has no WebSocket of its own.
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: `account:${accountId}`,
    document: doc,
    token,
    onSynced: () => settle('synced'),
    onAuthenticationFailed: () => settle('refused'),
    onClose: () => close(),
  });
  // A provider handed its own socket connects once attached to it.
  provider.attach();
  const leave = () => {
    provider.destroy();
    websocketProvider.destroy();
  };
  return { doc, provider, outcome, closed, leave };
}

/** The team server's JSON API, as a member calls it. */
export async function teamApi(url: string, token: string, method: 'GET' | 'PUT', route: string, body?: unknown) {
  const response = await fetch(`${url.replace(/^ws/, 'http')}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Waits, a bounded number of times, until `check` holds. */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
