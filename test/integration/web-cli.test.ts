import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rawRequest, tempDbPath } from '../helpers/tempDb';

/**
 * `npm run web` as a user starts it: a real process, a real port, a real file. The CLI runs in its
 * own process group because npx does not pass SIGTERM on to the command it runs (it exits and
 * leaves tsx and the server behind); the group is signalled as a terminal or a supervisor would.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BANNER = /^Powermap web: http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)$/;
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function startCli(args: string[]): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  const child = spawn(NPX, ['tsx', 'electron/backend/http/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

function waitForBanner(stdout: () => string, exited: Promise<unknown>, timeoutMs = 30_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let done = false;
    void exited.then(() => {
      if (!done) reject(new Error(`the CLI exited before printing its address:\n${stdout()}`));
      done = true;
    });
    const poll = (): void => {
      if (done) return;
      const line = stdout()
        .split(/\r?\n/)
        .map((l) => l.trim())
        .map((l) => BANNER.exec(l))
        .find((match) => match !== null);
      if (line) {
        done = true;
        resolve(line);
      } else if (Date.now() - started > timeoutMs) {
        done = true;
        reject(new Error(`no address after ${timeoutMs} ms:\n${stdout()}`));
      } else setTimeout(poll, 50);
    };
    poll();
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)),
  ]);
}

/** Signals every process of the CLI's group (npx, sh, tsx and the server). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined || process.platform === 'win32') return child.exitCode === null;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the web mode CLI', () => {
  it('prints its address, answers a call with the printed token on the chosen file, and stops on SIGTERM', async () => {
    const db = tempDbPath();
    const cli = startCli(['--db', db, '--port', '0', '--no-open']);
    try {
      const [, portText, token] = await waitForBanner(cli.stdout, cli.exited);
      const port = Number(portText);
      expect(port).toBeGreaterThan(0);

      const response = await rawRequest(port, {
        method: 'POST',
        path: '/api/app.info',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      expect(response.status).toBe(200);
      const payload = JSON.parse(response.body) as { ok: boolean; result: { version: string; databasePath: string } };
      expect(payload.ok).toBe(true);
      const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(payload.result).toEqual({ version, databasePath: db });
      expect(fs.existsSync(db)).toBe(true);

      const unauthorised = await rawRequest(port, {
        method: 'POST',
        path: '/api/app.info',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(unauthorised.status).toBe(401);

      signalGroup(cli.child, 'SIGTERM');
      await withTimeout(cli.exited, 15_000, 'exit after SIGTERM');
      // The server itself is gone, not only the npx wrapper: no process left, the port is free.
      await expect.poll(() => groupAlive(cli.child), { timeout: 10_000, interval: 100 }).toBe(false);
      expect(await portAcceptsConnections(port)).toBe(false);
      // It closed the database on the way out: the write-ahead log was checkpointed and removed.
      expect(fs.existsSync(`${db}-wal`)).toBe(false);
    } finally {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    }
  }, 60_000);

  it.each([['abc'], ['70000'], ['-1'], ['1.5']])(
    'exits with code 2 and says why for --port %s',
    async (port) => {
      const db = tempDbPath();
      const cli = startCli(['--db', db, '--port', port, '--no-open']);
      const exit = await withTimeout(cli.exited, 30_000, 'exit').finally(() => {
        if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
      });
      expect(exit.code).toBe(2);
      expect(cli.stderr()).toContain('--port');
      expect(cli.stdout()).not.toMatch(/Powermap web:/);
      expect(fs.existsSync(db)).toBe(false);
    },
    40_000,
  );
});
