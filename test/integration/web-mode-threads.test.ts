import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { rawRequest, useTempDir } from '../helpers/tempDb';
import { groupAlive, signalGroup, startCli, waitForBanner, withTimeout } from '../helpers/webCli';

describe('web mode runs the backend off the server’s thread', () => {
  it('answers app.info and a write over HTTP while slow reads of a big account are still running', async () => {
    const db = path.join(useTempDir('powermap-web-threads-'), 'big.sqlite');
    const seed = openDatabase(db);
    const account = generateAccount(seed, { people: 2_000, seed: 5, name: 'Big account' });
    seed.close();

    const cli = startCli(['--db', db, '--port', '0', '--no-open']);
    try {
      const [, portText, token] = await waitForBanner(cli.stdout, cli.exited, 60_000);
      const port = Number(portText);
      const finished: string[] = [];
      const post = (label: string, method: string, input: unknown) =>
        rawRequest(port, {
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        }).then((response) => {
          finished.push(label);
          return response;
        });

      const slow = Array.from({ length: 8 }, (_, i) =>
        post(`slow ${i}`, 'insights.list', { accountId: account.accountId, mapId: account.mapId }),
      );
      const cheap = post('cheap', 'app.info', {});
      const write = post('write', 'people.update', { id: account.personIds[3], patch: { title: 'Chief of staff' } });
      const responses = await Promise.all([...slow, cheap, write]);

      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
      const lastSlow = Math.max(...finished.flatMap((label, index) => (label.startsWith('slow') ? [index] : [])));
      expect(finished.indexOf('cheap')).toBeLessThan(lastSlow);
      expect(finished.indexOf('write')).toBeLessThan(lastSlow);

      signalGroup(cli.child, 'SIGTERM');
      await withTimeout(cli.exited, 15_000, 'exit after SIGTERM');
    } finally {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    }
  }, 180_000);
});
