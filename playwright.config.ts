import { defineConfig } from '@playwright/test';
import { findChromium, systemHost } from './build/chromium';

// The browser build/ensure-chromium.ts found or installed before the run (npm run test:e2e).
const chromium = findChromium(systemHost());
if (chromium && 'problem' in chromium) throw new Error(chromium.problem);
const executablePath = chromium?.path;

// How much slower than usual the machine is told to be (the stress run sets it): every wait is on
// what the app shows, so only how long a wait may last grows, never what it waits for.
const slowdown = Math.max(1, Number(process.env.POWERMAP_E2E_SLOWDOWN) || 1);

export default defineConfig({
  testDir: 'test/e2e',
  // Each test is a whole user journey; on a busy two-core machine the longest take over a minute.
  timeout: 120_000 * slowdown,
  expect: { timeout: 10_000 * slowdown },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    viewport: { width: 1400, height: 850 },
    locale: 'en-US',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'web', testMatch: /web\/.*\.spec\.ts$/, use: { browserName: 'chromium' } },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
