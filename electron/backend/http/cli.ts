/**
 * `npm run web`: the renderer and the real backend in a browser, for people without the desktop
 * app and for our end-to-end tests. Usage: web [--db FILE] [--port N] [--no-open] [--passphrase-file FILE]
 * [--share-host ADDRESS]
 * An encrypted database is unlocked with the passphrase in --passphrase-file (a file only its
 * owner can read, so the passphrase is on no command line), or in the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startThreadedBackend, type ThreadedBackend } from '../threads/threadedBackend';
import { defaultDatabasePath } from '../paths';
import { openInBrowser, type BrowserLaunch } from './open-browser';
import { ownAddresses } from '../room/address';
import { withRoom } from '../room/withRoom';
import { startWebServer } from './server';
import { webThreadEntry } from './threadEntry';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const USAGE =
  'Usage: npm run web -- [--db FILE] [--port N] [--no-open] [--passphrase-file FILE] [--share-host ADDRESS]';

interface CommandLine {
  db: string;
  port: number;
  open: boolean;
  passphraseFile: string | null;
  /** The interface "Share to the room" listens on (default: the first LAN address). */
  shareHost: string | undefined;
}

function parseCommandLine(argv: string[]): CommandLine {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'passphrase-file': { type: 'string' },
      'share-host': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, not ${values.port}`);
  return {
    db: path.resolve(values.db ?? defaultDatabasePath()),
    port,
    open: !values['no-open'],
    passphraseFile: values['passphrase-file'] ? path.resolve(values['passphrase-file']) : null,
    shareHost: shareHostOf(values['share-host']),
  };
}

/** The address to share to the room on: one of this computer's own, never every interface at once. */
function shareHostOf(address: string | undefined): string | undefined {
  if (address !== undefined && !ownAddresses().includes(address)) {
    throw new Error(`--share-host must be an address of this computer (${ownAddresses().join(', ')}), not ${address}`);
  }
  return address;
}

/** The passphrase from its file: only the owner may be able to read that file. */
function readPassphrase(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new Error(`the passphrase file ${file} does not exist`);
  }
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
    throw new Error(`the passphrase file ${file} can be read by others; run: chmod 600 ${file}`);
  }
  // One trailing line break is what an editor or `echo` adds; it is not part of the passphrase.
  return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
}

async function unlockAtStart(backend: ThreadedBackend, options: CommandLine): Promise<void> {
  if ((await backend.status()).mode !== 'locked') {
    if (options.passphraseFile)
      console.error('powermap web: the database is not encrypted; --passphrase-file is not needed.');
    return;
  }
  if (!options.passphraseFile) {
    console.error(`powermap web: the database file ${backend.file()} is encrypted; unlock it in the page.`);
    return;
  }
  const answer = await backend.call('security.unlock', { passphrase: readPassphrase(options.passphraseFile) });
  if (!answer.ok) {
    throw new Error(
      `the passphrase in ${options.passphraseFile} does not unlock ${backend.file()} (${answer.error.message})`,
    );
  }
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCommandLine>;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`powermap web: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  // The backend runs on threads of its own, so a slow call never holds up the server or a cheap call.
  const backend = await startThreadedBackend(options.db, { version, entry: webThreadEntry(repoRoot) });
  await unlockAtStart(backend, options);
  const status = await backend.status();
  if (status.mode === 'damaged') {
    console.error(
      `powermap web: the database file ${status.path} is damaged (${status.damage}); Powermap will not write to it. Open the page to restore a backup.`,
    );
  } else if (status.mode === 'readOnly') {
    console.error(`powermap web: the database file ${status.path} is read-only; nothing can be saved to it.`);
  }
  let launch: BrowserLaunch | undefined;
  const staticRoot = path.join(repoRoot, 'out', 'renderer');
  // The room (Share to the room) lives here, beside the transports; the API stays on 127.0.0.1.
  const room = withRoom(backend.call, { staticRoot, host: options.shareHost });
  const server = await startWebServer({
    dispatch: room.dispatch,
    staticRoot,
    port: options.port,
    // The browser has read the launch page and holds the token: the page has served its purpose.
    onAuthorizedCall: () => launch?.remove(),
  });
  console.log(`Powermap web: ${server.url}`);
  if (options.open) launch = openInBrowser(server.url);
  const stop = (): void => {
    void server
      .close()
      .then(() => room.close())
      .then(() => backend.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`powermap web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
