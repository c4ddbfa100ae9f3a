import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawRequest, tempDbPath } from '../helpers/tempDb';
import {
  groupAlive,
  portAcceptsConnections,
  repoRoot,
  signalGroup,
  startCli,
  waitForBanner,
  withTimeout,
} from '../helpers/webCli';

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

  it('refuses another program’s database at start, naming the file, and leaves it untouched', async () => {
    const file = path.join(path.dirname(tempDbPath()), 'inventory.sqlite');
    const other = new Database(file);
    other.exec(`CREATE TABLE stock (sku TEXT PRIMARY KEY, count INTEGER); INSERT INTO stock VALUES ('A-1', 4);`);
    other.close();
    const before = fs.readFileSync(file);
    const cli = startCli(['--db', file, '--port', '0', '--no-open']);
    const exit = await withTimeout(cli.exited, 30_000, 'exit').finally(() => {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    });
    expect(exit.code).toBe(1);
    expect(cli.stderr()).toContain(`The database file ${file} belongs to another program`);
    expect(cli.stdout()).not.toMatch(/Powermap web:/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['inventory.sqlite']);
  }, 40_000);
});
