import { describe, expect, it } from 'vitest';
import { rawRequest, tempDbPath } from '../helpers/tempDb';
import {
  groupAlive,
  portAcceptsConnections,
  signalGroup,
  startCli,
  waitForBanner,
  withTimeout,
} from '../helpers/webCli';
import { join, openEvents, viewerCall } from '../helpers/room';

/** Share to the room as `npm run web -- --share-host ADDRESS` runs it: a real process, real ports. */
describe('the room in web mode', () => {
  it('shares on --share-host, beside the API on 127.0.0.1, and a workshop of three follows each edit live', async () => {
    const cli = startCli(['--db', tempDbPath(), '--port', '0', '--no-open', '--share-host', '127.0.0.1']);
    try {
      const [, portText, token] = await waitForBanner(cli.stdout, cli.exited);
      const apiPort = Number(portText);
      const api = async <T>(method: string, input: unknown): Promise<T> => {
        const response = await rawRequest(apiPort, {
          method: 'POST',
          path: `/api/${method}`,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
        const payload = JSON.parse(response.body) as { ok: boolean; result: T };
        if (!payload.ok) throw new Error(`${method}: ${response.body}`);
        return payload.result;
      };
      const account = await api<{ id: string }>('accounts.create', { name: 'Acme' });
      const [map] = await api<{ id: string }[]>('maps.list', { accountId: account.id });
      const person = await api<{ id: string }>('people.create', {
        accountId: account.id,
        name: 'Ann',
        placeOn: { mapId: map?.id, position: { x: 0, y: 0 } },
      });
      const share = await api<{ url: string; code: string }>('shares.start', { mapId: map?.id });
      const roomPort = Number(new URL(share.url).port);
      expect(share.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/room\/$/);
      expect(roomPort).not.toBe(apiPort);
      // The API's token opens nothing in the room, and the room's routes are not the API's.
      const withToken = await viewerCall(share.url, '', 'app.info', {});
      expect(withToken.status).toBe(401);

      const viewers = await Promise.all(
        ['Lin', 'Mei', 'Sam'].map(async (name) => {
          const cookie = await join(share.url, share.code, name);
          return { cookie, stream: await openEvents(share.url, cookie) };
        }),
      );
      // The host edits, one change after another; each viewer hears of each.
      const writeMs: number[] = [];
      const lagMs: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const marks = viewers.map(({ stream }) => stream.events.length);
        const sent = performance.now();
        await api('people.update', { id: person.id, patch: { title: `Title ${i}` } });
        writeMs.push(performance.now() - sent);
        const heard = await Promise.all(
          viewers.map(({ stream }, v) => stream.next((event) => event.event === 'changed', marks[v])),
        );
        lagMs.push(...heard.map((event) => event.at - sent));
      }
      const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
      const at = (list: number[], share: number) => sorted(list)[Math.floor((list.length - 1) * share)] ?? NaN;
      console.info(
        `[room] write answered: median ${at(writeMs, 0.5).toFixed(1)} ms, max ${Math.max(...writeMs).toFixed(1)} ms; ` +
          `viewer heard it: median ${at(lagMs, 0.5).toFixed(1)} ms, p95 ${at(lagMs, 0.95).toFixed(1)} ms, max ${Math.max(...lagMs).toFixed(1)} ms`,
      );
      expect(at(lagMs, 0.95)).toBeLessThan(200);
      const view = await viewerCall(share.url, viewers[0]?.cookie ?? '', 'people.get', { id: person.id });
      expect(view.json().result).toMatchObject({ title: 'Title 39' });

      signalGroup(cli.child, 'SIGTERM');
      await withTimeout(cli.exited, 15_000, 'exit after SIGTERM');
      await Promise.all(viewers.map(({ stream }) => stream.ended));
      expect(viewers[0]?.stream.events.at(-1)?.event).toBe('stopped');
      expect(await portAcceptsConnections(roomPort)).toBe(false);
    } finally {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    }
  }, 90_000);

  it('exits with code 2 and says why for a --share-host this computer does not have', async () => {
    const cli = startCli(['--db', tempDbPath(), '--port', '0', '--no-open', '--share-host', '203.0.113.9']);
    const exit = await withTimeout(cli.exited, 30_000, 'exit').finally(() => {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    });
    expect(exit.code).toBe(2);
    expect(cli.stderr()).toContain('--share-host');
    expect(cli.stdout()).not.toMatch(/Powermap web:/);
  }, 40_000);
});
