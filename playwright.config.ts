import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers here; Debian's Chromium is used where it exists.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = process.env.POWERMAP_CHROMIUM ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export default defineConfig({
  testDir: 'test/e2e',
  // Each test is a whole user journey; on a busy two-core machine the longest take over a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
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
