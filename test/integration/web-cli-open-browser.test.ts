import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInBrowser } from '../../electron/backend/http/open-browser';
import { installFakeOpener, refreshTarget } from '../helpers/fakeOpener';
import { rawRequest, tempDbPath, useTempDir } from '../helpers/tempDb';
import { groupAlive, signalGroup, startCli, waitForBanner, withTimeout } from '../helpers/webCli';

/** `npm run web` opening the browser, with a stand-in opener that records its argv. */
const fakeOpener = () => installFakeOpener(useTempDir('powermap-opener-'));
const mode = (file: string): number => fs.statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('web mode opening the browser', () => {
  it('hands the opener a private launch page instead of the token, and removes it once the browser has used the token', async () => {
    const opener = fakeOpener();
    const cli = startCli(['--db', tempDbPath(), '--port', '0'], opener.env);
    try {
      const [bannerLine, portText, token] = await waitForBanner(cli.stdout, cli.exited);
      if (!token) throw new Error('no token in the banner');
      const url = bannerLine.slice('Powermap web: '.length);
      await expect.poll(opener.recordedArgv, { timeout: 15_000, interval: 50 }).not.toBeNull();
      const argv = opener.recordedArgv() ?? [];

      expect(argv.join(' ')).not.toContain(token);
      expect(argv).toHaveLength(2);
      const launchFile = argv[1] ?? '';
      expect(path.isAbsolute(launchFile)).toBe(true);
      expect(mode(launchFile)).toBe(0o600);
      expect(mode(path.dirname(launchFile))).toBe(0o700);
      expect(fs.readdirSync(path.dirname(launchFile))).toEqual([path.basename(launchFile)]);
      expect(refreshTarget(fs.readFileSync(launchFile, 'utf8'))).toBe(url);

      // A call without the token is no use of the page; the browser's first call with it is.
      const port = Number(portText);
      const call = (headers: Record<string, string>) =>
        rawRequest(port, {
          method: 'POST',
          path: '/api/app.info',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: '{}',
        });
      expect((await call({})).status).toBe(401);
      expect(fs.existsSync(launchFile)).toBe(true);
      expect((await call({ Authorization: `Bearer ${token}` })).status).toBe(200);
      await expect.poll(() => fs.existsSync(path.dirname(launchFile)), { timeout: 5_000 }).toBe(false);

      // Nothing the server wrote carries the token, apart from the one line it prints for scripts.
      expect(cli.stderr()).not.toContain(token);
      expect(cli.stdout().split(token).length - 1).toBe(1);
    } finally {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    }
  }, 60_000);

  it('removes an unused launch page when web mode stops', async () => {
    const opener = fakeOpener();
    const cli = startCli(['--db', tempDbPath(), '--port', '0'], opener.env);
    try {
      await waitForBanner(cli.stdout, cli.exited);
      await expect.poll(opener.recordedArgv, { timeout: 15_000, interval: 50 }).not.toBeNull();
      const launchFile = opener.recordedArgv()?.[1] ?? '';
      expect(fs.existsSync(launchFile)).toBe(true);

      signalGroup(cli.child, 'SIGTERM');
      await withTimeout(cli.exited, 15_000, 'exit after SIGTERM');
      await expect.poll(() => groupAlive(cli.child), { timeout: 10_000, interval: 100 }).toBe(false);
      expect(fs.existsSync(path.dirname(launchFile))).toBe(false);
    } finally {
      if (groupAlive(cli.child)) signalGroup(cli.child, 'SIGKILL');
    }
  }, 60_000);

  it('removes a launch page the browser never used after the wait', async () => {
    const opener = fakeOpener();
    const originalPath = process.env.PATH;
    process.env.PATH = opener.env.PATH;
    try {
      const launch = openInBrowser('http://127.0.0.1:9/#token=never-used', { removeAfterMs: 300 });
      expect(fs.existsSync(launch.file)).toBe(true);
      await expect.poll(() => fs.existsSync(path.dirname(launch.file)), { timeout: 5_000 }).toBe(false);
    } finally {
      process.env.PATH = originalPath;
    }
  });
});
