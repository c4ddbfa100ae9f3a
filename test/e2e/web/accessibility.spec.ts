import type { Locator, Page } from '@playwright/test';
import { Findings } from '../axeFindings';
import { callApi, expect, pressOnPage, test, type WebApp } from '../fixtures';

/**
 * axe-core's WCAG 2.1 AA rules on every screen and main dialog, in both languages and both colour
 * schemes: nothing critical or serious anywhere. Each finding is listed once, with the first stop
 * it was seen at, the element and axe's own sentence for what is wrong.
 */

/** A word that finds people of the sample account in its language. */
const SEARCH = { en: 'Thomas', 'zh-CN': '王' } as const;

/** Opens a dialog with `open`, audits the page with it up, and closes it with Escape inside it. */
async function auditDialog(page: Page, where: string, findings: Findings, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog').first();
  await expect(dialog).toBeVisible();
  // Until its opening transition ends, axe reads the dialog's text blended with what is behind it.
  await expect(dialog).toHaveCSS('opacity', '1');
  await findings.audit(page, where, '[role="dialog"]');
  await dialog.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const section = (page: Page, name: string): Locator => page.getByTestId(`section-${name}`);

async function visitHome(app: WebApp, page: Page, findings: Findings): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByTestId('open-sample')).toBeVisible();
  await findings.audit(page, 'home (no accounts)');
  await auditDialog(page, 'new account', findings, () => page.getByTestId('new-account').click());
  await auditDialog(page, 'settings', findings, () => page.getByTestId('open-settings').click());
  await page.getByTestId('open-settings').click();
  for (const tab of ['security', 'backups']) {
    await page.getByTestId(`settings-tab-${tab}`).click();
    await expect(page.getByTestId(`settings-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await findings.audit(page, `settings, ${tab}`);
  }
  await page.getByRole('dialog').press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function visitMap(page: Page, findings: Findings): Promise<void> {
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();
  await findings.audit(page, 'map');

  const views = page.getByTestId('view-switch').locator('label');
  await views.nth(1).click();
  await expect(page.getByTestId('grid-cell').first()).toBeVisible();
  await findings.audit(page, 'influence × stance grid');
  await page.getByTestId('grid-person').first().click();
  await expect(page.getByTestId('grid-details')).toBeVisible();
  await findings.audit(page, 'grid with a person selected');
  await views.nth(2).click();
  await expect(page.getByTestId('coverage-row').first()).toBeVisible();
  await findings.audit(page, 'coverage matrix');
  await auditDialog(page, 'add team member', findings, () => page.getByTestId('add-team-member').click());
  await views.nth(0).click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();

  await page.getByTestId('person-card').first().click();
  await expect(page.getByTestId('person-inspector')).toBeVisible();
  await findings.audit(page, 'map with a person selected');
  await pressOnPage(page, 'f');
  const focusBar = page.getByTestId('focus-bar');
  await expect(focusBar).toBeVisible();
  await findings.audit(page, 'map focused on a person');
  await focusBar.getByRole('radio', { checked: true }).press('Escape');
  await expect(focusBar).toBeHidden();
  await page.getByTestId('open-person-page').click();
  const personPage = page.getByTestId('person-page').getByRole('dialog');
  await expect(personPage).toBeVisible();
  await findings.audit(page, 'person page', '[role="dialog"]');
  for (const tab of ['goal', 'timeline', 'history']) {
    const button = page.getByTestId(`person-tab-${tab}`);
    await button.click();
    await expect(button).toHaveAttribute('aria-selected', 'true');
    await findings.audit(page, `person page, ${tab}`, '[role="dialog"]');
  }
  await personPage.press('Escape');
  await expect(personPage).toBeHidden();
}

async function visitMapDialogs(page: Page, findings: Findings, search: string): Promise<void> {
  await auditDialog(page, 'shortcut sheet', findings, () => page.getByTestId('open-shortcuts').click());
  await auditDialog(page, 'insights', findings, () => page.getByTestId('insights-button').click());
  await auditDialog(page, 'account review', findings, () => page.getByTestId('review-button').click());
  await auditDialog(page, 'import wizard', findings, () => page.getByTestId('import-open').click());
  await auditDialog(page, 'export a picture', findings, async () => {
    await page.getByTestId('export-menu').click();
    await page.getByRole('menuitem').first().click();
  });
  await auditDialog(page, 'quick contact', findings, () => page.getByTestId('add-person').press('Control+i'));
  await auditDialog(page, 'search', findings, async () => {
    await page.getByTestId('add-person').press('Control+k');
    await page.getByTestId('spotlight-input').fill(search);
    await expect(page.getByTestId('spotlight-result').first()).toBeVisible();
  });
}

async function visitHistoryAndPresentation(page: Page, findings: Findings): Promise<void> {
  await page.getByTestId('time-travel').click();
  await expect(page.getByTestId('month-ago')).toBeVisible();
  await findings.audit(page, 'time travel');
  await page.getByTestId('month-ago').click();
  const banner = page.getByTestId('time-travel-banner');
  await expect(banner).toBeVisible();
  await findings.audit(page, 'the map a month ago');
  await banner.getByTestId('back-to-today').click();
  await expect(banner).toHaveCount(0);

  await page.getByTestId('presentation-mode').click();
  await expect(banner).toBeVisible();
  await findings.audit(page, 'presentation');
  await banner.getByTestId('back-to-today').click();
  await expect(banner).toHaveCount(0);
}

async function visitSections(page: Page, findings: Findings): Promise<void> {
  for (const name of ['people', 'timeline', 'plan', 'analysis', 'profile']) {
    await section(page, name).click();
    await expect(section(page, name)).toHaveAttribute('aria-current', 'page');
    await findings.audit(page, name === 'timeline' ? 'contacts and commitments' : name);
  }
  await section(page, 'people').click();
  await expect(page.getByTestId('people-row').first()).toBeVisible();
  await auditDialog(page, 'vCard export', findings, async () => {
    await page.getByTestId('people-export-menu').click();
    await page.getByTestId('people-export-vcard').click();
  });
  await section(page, 'plan').click();
  await auditDialog(page, 'new goal', findings, () => page.getByTestId('new-goal').click());
  await auditDialog(page, 'new action', findings, () => page.getByTestId('new-action').first().click());
}

async function visitDashboard(page: Page, findings: Findings): Promise<void> {
  await page.getByTestId('back-home').click();
  await expect(page.getByTestId('portfolio-matrix')).toBeVisible();
  await findings.audit(page, 'home with the dashboard and portfolio matrix');
  await auditDialog(page, 'export the workspace', findings, async () => {
    await page.getByTestId('workspace-menu').click();
    await page.getByTestId('export-workspace-all').click();
  });
  await page.getByTestId('open-my-plan').click();
  await expect(page.getByTestId('my-plan-table')).toBeVisible();
  await findings.audit(page, 'my plan');
}

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen and main dialog passes axe-core's WCAG 2.1 AA checks in ${language}, ${colorScheme}`, async ({
      app,
      page,
    }) => {
      // axe reads the whole sample map on each of some forty stops.
      test.setTimeout(600_000);
      await callApi(app, 'settings.update', { language });
      // The colour scheme is "same as the system" until picked in Settings.
      await page.emulateMedia({ colorScheme });
      const findings = new Findings();
      await visitHome(app, page, findings);
      await visitMap(page, findings);
      await visitMapDialogs(page, findings, SEARCH[language]);
      await visitHistoryAndPresentation(page, findings);
      await visitSections(page, findings);
      await visitDashboard(page, findings);
      expect(findings.list(), findings.list().join('\n')).toEqual([]);
    });
  }
}
