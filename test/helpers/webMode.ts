/**
 * Web mode as a real child process, the way `npm run web -- --db FILE --port 0 --no-open` starts
 * it, for the end-to-end fixtures and the crash campaign. No test framework is imported here.
 *
 * Node runs the CLI with tsx's loader (`node --import tsx`) rather than through tsx's own CLI:
 * that CLI starts the server as a second process and only relays the signals it can catch, so a
 * SIGKILL would end the wrapper and leave the server running. Here the child is the server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** The one line web mode prints once its database is open and it listens. */
export const READY_LINE = /^Powermap web: ((http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+))$/m;
const START_TIMEOUT_MS = 30_000;
/** What is kept of the process's output for error messages. */
const OUTPUT_LIMIT = 64 * 1024;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface WebModeProcess {
  /** The address web mode printed, token included, as a user opens it. */
  url: string;
  /** `http://127.0.0.1:PORT`, where `POST /api/<method>` is answered. */
  origin: string;
  token: string;
  child: ChildProcess;
  exited: Promise<Exit>;
  /** The tail of what the process printed on stdout and stderr. */
  output(): string;
  /** Sends the signal and resolves once the process has gone (at once if it already has). */
  kill(signal: NodeJS.Signals): Promise<Exit>;
}

/** With `opener`, web mode opens a browser the way it does for a user, with these variables (a PATH holding a stand-in opener). */
export async function startWebMode(databasePath: string, opener?: { env: NodeJS.ProcessEnv }): Promise<WebModeProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/backend/http/cli.ts',
      '--db',
      databasePath,
      '--port',
      '0',
      // Share to the room listens on loopback in tests, never on the machine's LAN address.
      '--share-host',
      '127.0.0.1',
      ...(opener ? [] : ['--no-open']),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: opener?.env ?? process.env },
  );
  let output = '';
  let exit: Exit | null = null;
  // Both streams are read for the whole life of the process, so its logging never blocks on a full pipe.
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // Should the test process end first (a timeout, an interrupted run), it takes web mode with it.
  const killWithUs = (): void => void child.kill('SIGKILL');
  process.once('exit', killWithUs);
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      process.off('exit', killWithUs);
      exit = { code, signal };
      resolve(exit);
    }),
  );
  const kill = (signal: NodeJS.Signals): Promise<Exit> => {
    if (exit === null) child.kill(signal);
    return exited;
  };

  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.stdout.off('data', onData);
      void kill('SIGKILL');
      reject(new Error(`web mode did not print its address within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (): void => {
      const match = READY_LINE.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(match);
    };
    child.stdout.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited (${signal ?? code}) before printing its address:\n${output}`));
    });
  });
  const [, url, origin, token] = ready;
  if (!url || !origin || !token) throw new Error(`unreadable address line:\n${output}`);
  return { url, origin, token, child, exited, output: () => output, kill };
}
