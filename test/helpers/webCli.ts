import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run web` as a user starts it: a real process, a real port, a real file. The CLI runs in its
 * own process group because npx does not pass SIGTERM on to the command it runs (it exits and
 * leaves tsx and the server behind); the group is signalled as a terminal or a supervisor would.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BANNER = /^Powermap web: http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+)$/;
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  const child = spawn(NPX, ['tsx', 'electron/backend/http/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
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

export function waitForBanner(
  stdout: () => string,
  exited: Promise<unknown>,
  timeoutMs = 30_000,
): Promise<RegExpExecArray> {
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

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)),
  ]);
}

/** Signals every process of the CLI's group (npx, sh, tsx and the server). */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined || process.platform === 'win32') return child.exitCode === null;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
