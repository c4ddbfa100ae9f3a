import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { installFakeOpener } from '../../helpers/fakeOpener';
import { expect, test, WebApp } from '../fixtures';

/**
 * `npm run web` without --no-open: the system's opener is a stand-in that records its argv, and
 * Chromium then opens the page it was handed, as the user's browser would.
 */
test.skip(process.platform === 'win32', 'the stand-in opener is a shell script');

test('the launch page handed to the browser opens the app with its token', async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-e2e-'));
  const opener = installFakeOpener(dir);
  const app = new WebApp(path.join(dir, 'powermap.sqlite'), opener);
  try {
    await app.start();
    const token = new URL(app.url).hash.slice('#token='.length);
    await expect.poll(opener.recordedArgv).not.toBeNull();
    const argv = opener.recordedArgv() ?? [];
    expect(argv.join(' ')).not.toContain(token);
    const launchFile = argv[1] ?? '';

    await page.goto(pathToFileURL(launchFile).href);
    await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
    expect(page.url()).toBe(new URL('/', app.url).href);
    // The app reached the backend with the token, so the page holding it is gone.
    await expect(page.getByText('No accounts yet')).toBeVisible();
    await expect.poll(() => fs.existsSync(path.dirname(launchFile))).toBe(false);
  } finally {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
