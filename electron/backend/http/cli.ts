/**
 * `npm run web`: the renderer and the real backend in a browser, for people without the desktop
 * app and for our end-to-end tests. Usage: web [--db FILE] [--port N] [--no-open]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBackend } from '../backend';
import { defaultDatabasePath } from '../paths';
import { openInBrowser, type BrowserLaunch } from './open-browser';
import { startWebServer } from './server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function parseCommandLine(argv: string[]): { db: string; port: number; open: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, not ${values.port}`);
  return { db: path.resolve(values.db ?? defaultDatabasePath()), port, open: !values['no-open'] };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCommandLine>;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(
      `powermap web: ${(error as Error).message}\nUsage: npm run web -- [--db FILE] [--port N] [--no-open]`,
    );
    process.exit(2);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const backend = startBackend(options.db, { version });
  const status = backend.status();
  if (status.mode === 'damaged') {
    console.error(
      `powermap web: the database file ${status.path} is damaged (${status.damage}); Powermap will not write to it. Open the page to restore a backup.`,
    );
  } else if (status.mode === 'readOnly') {
    console.error(`powermap web: the database file ${status.path} is read-only; nothing can be saved to it.`);
  }
  let launch: BrowserLaunch | undefined;
  const server = await startWebServer({
    dispatch: backend.dispatch,
    staticRoot: path.join(repoRoot, 'out', 'renderer'),
    port: options.port,
    // The browser has read the launch page and holds the token: the page has served its purpose.
    onAuthorizedCall: () => launch?.remove(),
  });
  console.log(`Powermap web: ${server.url}`);
  if (options.open) launch = openInBrowser(server.url);
  const stop = (): void => {
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`powermap web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
