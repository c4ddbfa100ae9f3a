import type { Page, Response, TestInfo } from '@playwright/test';
import { expect, test } from '../fixtures';

/**
 * The Content-Security-Policy without 'unsafe-inline' styles: every screen a user goes through
 * draws without one refused style or script, and Mantine's own style elements (admitted by the
 * page's nonce) are in force. Screenshots of each screen are left in the test's output folder.
 */
interface Violation {
  directive: string;
  blocked: string;
  /** Where in our bundle the refused style or script came from. */
  source: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

async function recordViolations(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.cspViolations?.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        }),
      true,
    );
  });
  // Chromium also says so on the console, which covers anything the listener could miss.
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) console.push(message.text());
  });
  return console;
}

async function expectNoViolations(page: Page, consoleLines: string[], screen: string, info: TestInfo): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${screen}.png`) });
  const violations = await page.evaluate(() => window.cspViolations ?? []);
  expect({ screen, violations, consoleLines }).toEqual({ screen, violations: [], consoleLines: [] });
}

test('every main screen draws under the strict policy, with no refused style or script', async ({
  app,
  page,
}, info) => {
  const consoleLines = await recordViolations(page);
  const response = await page.goto(app.url);
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).toMatch(/style-src 'self' 'nonce-[\w-]{20,}';/);

  // Home: the portfolio matrix and the agenda.
  await page.getByTestId('open-sample').click();
  // Writing the sample (30 people, eight weeks of activity) is the heaviest call; on a loaded
  // two-core machine it outlasts the default wait.
  await expect(page.getByTestId('account-title')).toContainText('(sample)', { timeout: 30_000 });
  await page.goBack();
  await expect(page.getByTestId('account-card')).toBeVisible();
  // Mantine's CSS variables come from a <style> element the policy admits only by its nonce.
  const primary = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--mantine-color-blue-6').trim(),
  );
  expect(primary).not.toBe('');
  await expectNoViolations(page, consoleLines, 'home', info);

  // An account's map.
  await page.getByTestId('account-card').click();
  await expect.poll(() => page.getByTestId('person-card').count()).toBeGreaterThanOrEqual(25);
  await expectNoViolations(page, consoleLines, 'map', info);
  // The picture of the map is drawn as SVG and rasterised on a canvas, under the same policy.
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Export as PNG image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a picture of the map' });
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('picture-save').click();
  expect((await downloading).suggestedFilename()).toMatch(/\.png$/);
  await expect(dialog).toBeHidden();
  await expectNoViolations(page, consoleLines, 'map-exported', info);

  // The people table, then a person's page with its details and the history chart.
  await page.getByTestId('section-people').click();
  await expect(page.getByTestId('people-count')).toHaveText('30 of 30 people');
  await expectNoViolations(page, consoleLines, 'people', info);
  await page.locator('[data-testid="people-row"][data-person="Andrew Cole"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('person-details').getByTestId('details-name')).toHaveValue('Andrew Cole');
  await expectNoViolations(page, consoleLines, 'person', info);
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByTestId('history-chart')).toBeVisible();
  await expectNoViolations(page, consoleLines, 'person-history', info);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-page').getByRole('dialog')).toBeHidden();

  // The rest of the account: timeline, action plan, analysis sheet.
  const sections = {
    timeline: page.getByTestId('account-timeline').getByTestId('interaction').first(),
    plan: page.getByTestId('action-plan').getByTestId('goal-row').first(),
    analysis: page.getByTestId('analysis-cell-customer-relationship_activity'),
  };
  for (const [section, shown] of Object.entries(sections)) {
    await page.getByTestId(`section-${section}`).click();
    await expect(shown).toBeVisible();
    await expectNoViolations(page, consoleLines, section, info);
  }

  // Settings.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByTestId('language-select')).toBeVisible();
  await expectNoViolations(page, consoleLines, 'settings', info);
});

test('each load of the page has a nonce of its own', async ({ app, page }) => {
  const nonceOf = async (load: () => Promise<Response | null>): Promise<string> => {
    const response = await load();
    const policy = response?.headers()['content-security-policy'] ?? '';
    const fromPolicy = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    // The page hands the renderer the same nonce its policy names.
    expect(
      await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce),
    ).toBe(fromPolicy);
    return fromPolicy;
  };
  const first = await nonceOf(() => page.goto(app.url));
  const second = await nonceOf(() => page.reload());
  expect(first).not.toBe('');
  expect(second).not.toBe(first);
});
