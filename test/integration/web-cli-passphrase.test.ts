/**
 * `npm run web -- --passphrase-file FILE`: an encrypted database unlocked at start from a file
 * only its owner can read, so the passphrase is on no command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/backend';
import { callOk, rawRequest, seedAccount, TEST_VERSION, tempDbPath } from '../helpers/tempDb';
import { groupAlive, signalGroup, startCli, waitForBanner, withTimeout } from '../helpers/webCli';

function encryptedFile(passphrase: string): string {
  const file = tempDbPath();
  const backend = startBackend(file, { version: TEST_VERSION, log: () => undefined, autoBackups: false });
  seedAccount(backend.dispatch, 'Initech');
  const { recoveryKey } = callOk(backend.dispatch, 'security.prepare', {});
  callOk(backend.dispatch, 'security.enable', { passphrase, recoveryKey });
  backend.close();
  return file;
}

function passphraseFile(dir: string, content: string, mode: number): string {
  const file = path.join(dir, 'passphrase.txt');
  fs.writeFileSync(file, content, { mode });
  fs.chmodSync(file, mode);
  return file;
}

async function exitOf(args: string[]) {
  const cli = startCli(args);
  const exit = await withTimeout(cli.exited, 30_000, 'exit').finally(() => {
    if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
  });
  return { code: exit.code, stderr: cli.stderr(), stdout: cli.stdout() };
}

describe('web mode with an encrypted database', () => {
  it('unlocks at start with the passphrase from a 0600 file', async () => {
    const db = encryptedFile('passphrase in a file');
    const secret = passphraseFile(path.dirname(db), 'passphrase in a file\n', 0o600);
    const cli = startCli(['--db', db, '--port', '0', '--no-open', '--passphrase-file', secret]);
    try {
      const [, port, token] = await waitForBanner(cli.stdout, cli.exited);
      const response = await rawRequest(Number(port), {
        method: 'POST',
        path: '/api/accounts.list',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      expect(response.status).toBe(200);
      expect(response.body).toContain('Initech');
    } finally {
      signalGroup(cli.child, 'SIGTERM');
      await withTimeout(cli.exited, 15_000, 'exit');
    }
  }, 60_000);

  it('refuses a passphrase file others can read, and a wrong passphrase, naming the files', async () => {
    const db = encryptedFile('passphrase in a file');
    const open = passphraseFile(path.dirname(db), 'passphrase in a file', 0o644);
    const readable = await exitOf(['--db', db, '--port', '0', '--no-open', '--passphrase-file', open]);
    expect(readable.code).toBe(1);
    expect(readable.stderr).toContain(`the passphrase file ${open} can be read by others; run: chmod 600 ${open}`);
    expect(readable.stdout).not.toMatch(/Powermap web:/);

    const wrong = passphraseFile(path.dirname(db), 'not the passphrase', 0o600);
    const refused = await exitOf(['--db', db, '--port', '0', '--no-open', '--passphrase-file', wrong]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`the passphrase in ${wrong} does not unlock ${db}`);
  }, 90_000);
});
