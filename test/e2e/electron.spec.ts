import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test, expect, _electron } from '@playwright/test';

/**
 * The desktop app end to end: the real main process, preload, IPC and SQLite file. It needs what
 * `npm start` produces (out/, .native-electron/) and Electron's binary; where one is missing the
 * test is skipped with the reason, rather than failing on a machine that cannot have them.
 */
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Where Electron's executable is, found the way node_modules/electron/index.js finds it but
 * without requiring that file: when the binary is missing it tries to download it.
 */
function findElectron(): { executablePath: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      missing: `Electron's binary was never downloaded (${path.relative(root, pathFile)} is missing; run "npx install-electron" online)`,
    };
  }
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const executablePath = path.join(distDir, relative);
  if (!fs.existsSync(executablePath)) return { missing: `Electron's binary is missing at ${executablePath}` };
  return { executablePath };
}

function missingPrerequisite(): string | undefined {
  const electron = findElectron();
  if ('missing' in electron) return electron.missing;
  if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js')))
    return 'the app is not built (out/main/index.js is missing; run "npx electron-vite build")';
  if (!fs.existsSync(path.join(root, '.native-electron', 'better_sqlite3.node'))) {
    return 'better-sqlite3 is not built for Electron (.native-electron/better_sqlite3.node is missing; run "node build/native-for-electron.mjs")';
  }
  return undefined;
}

const missing = missingPrerequisite();
test.skip(missing !== undefined, `Desktop app cannot start: ${missing}`);

test('creates an account in the desktop app', async () => {
  const electron = findElectron();
  if (!('executablePath' in electron)) throw new Error(electron.missing);

  // A private user-data folder, so the test never touches the real database (paths.ts reads these).
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-e2e-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    XDG_CONFIG_HOME: home,
    APPDATA: home,
  };
  if (process.platform === 'darwin') env.HOME = home;
  // Chromium refuses to start its sandbox as root (containers, CI); only then is it switched off.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];

  const app = await _electron.launch({ executablePath: electron.executablePath, args, cwd: root, env });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: /^(Accounts|客户)$/ })).toBeVisible({ timeout: 20_000 });

    // The page comes from the app's own scheme, not file://.
    expect(page.url()).toBe('app://powermap/index.html');
    // The page reaches the backend through the preload bridge, and has no Node of its own.
    expect(await page.evaluate(() => typeof window.powermap)).toBe('object');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    const refused = await page.evaluate(() => window.powermap?.call('no.such.method' as never, {}, 'owner'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown_method' } });

    const name = `Northwind ${Date.now()}`;
    await page.getByTestId('new-account').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: /^(Create|创建)$/ }).click();
    await expect(page.getByTestId('account-card').filter({ hasText: name })).toBeVisible();

    const userData =
      process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support', 'Powermap')
        : path.join(home, 'Powermap');
    expect(fs.existsSync(path.join(userData, 'powermap.sqlite'))).toBe(true);
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
