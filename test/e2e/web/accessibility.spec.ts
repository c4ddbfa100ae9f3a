import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { callApi, expect, test, type WebApp } from '../fixtures';

/**
 * axe-core's WCAG 2.1 AA rules on every screen and main dialog, in both languages and both colour
 * schemes: nothing critical or serious anywhere.
 */

type Problems = string[];

async function audit(page: Page, where: string, problems: Problems): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
    const nodes = violation.nodes
      .slice(0, 4)
      .map((node) => `${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
    problems.push(`${where} · ${violation.id} (${violation.nodes.length}): ${nodes.join(' | ')}`);
  }
}

/** Opens a dialog with `open`, audits the page with it up, and closes it with Escape on `focusIn`. */
async function auditDialog(page: Page, where: string, problems: Problems, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog').first();
  await expect(dialog).toBeVisible();
  await audit(page, where, problems);
  await dialog.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

const section = (page: Page, name: string): Locator => page.getByTestId(`section-${name}`);

async function visitEverything(app: WebApp, page: Page, problems: Problems): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByTestId('open-sample')).toBeVisible();
  await audit(page, 'home (empty)', problems);
  await auditDialog(page, 'new account', problems, () => page.getByTestId('new-account').click());
  await auditDialog(page, 'settings', problems, () => page.getByTestId('open-settings').click());

  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();
  await audit(page, 'map', problems);

  const views = page.getByTestId('view-switch').locator('label');
  await views.nth(1).click();
  await expect(page.getByTestId('grid-cell').first()).toBeVisible();
  await audit(page, 'grid', problems);
  await views.nth(2).click();
  await expect(page.getByTestId('coverage-row').first()).toBeVisible();
  await audit(page, 'coverage', problems);
  await auditDialog(page, 'add team member', problems, () => page.getByTestId('add-team-member').click());
  await views.nth(0).click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();

  await page.getByTestId('person-card').first().click();
  await expect(page.getByTestId('person-inspector')).toBeVisible();
  await audit(page, 'map with a person selected', problems);
  await page.getByTestId('open-person-page').click();
  await expect(page.getByTestId('person-page').getByRole('dialog')).toBeVisible();
  await audit(page, 'person page', problems);
  for (const tab of ['timeline', 'history']) {
    const button = page.getByTestId(`person-tab-${tab}`);
    if ((await button.count()) === 0) continue;
    await button.click();
    await audit(page, `person page, ${tab}`, problems);
  }
  await page.getByTestId('person-page').getByRole('dialog').press('Escape');
  await expect(page.getByTestId('person-page').getByRole('dialog')).toBeHidden();

  await auditDialog(page, 'shortcut sheet', problems, () => page.getByTestId('open-shortcuts').click());
  await auditDialog(page, 'insights', problems, () => page.getByTestId('insights-button').click());
  await auditDialog(page, 'account review', problems, () => page.getByTestId('review-button').click());
  await auditDialog(page, 'import', problems, () => page.getByTestId('import-open').click());
  await auditDialog(page, 'map picture', problems, async () => {
    await page.getByTestId('export-menu').click();
    await page.getByRole('menuitem').first().click();
  });
  await auditDialog(page, 'quick contact', problems, () => page.getByTestId('add-person').press('Control+i'));
  await auditDialog(page, 'search', problems, async () => {
    await page.getByTestId('add-person').press('Control+k');
    const input = page.getByTestId('spotlight-input');
    await input.fill('a');
    await expect(page.getByTestId('spotlight-result').first()).toBeVisible();
  });

  for (const name of ['people', 'timeline', 'plan', 'analysis', 'profile']) {
    await section(page, name).click();
    await expect(section(page, name)).toHaveAttribute('aria-current', 'page');
    await audit(page, name, problems);
  }
  await section(page, 'plan').click();
  await auditDialog(page, 'new goal', problems, () => page.getByTestId('new-goal').click());
  await auditDialog(page, 'new action', problems, () => page.getByTestId('new-action').first().click());

  await page.getByTestId('back-home').click();
  await expect(page.getByTestId('account-card').first()).toBeVisible();
  await audit(page, 'home with the dashboard', problems);
  await page.getByTestId('open-my-plan').click();
  await expect(page.getByTestId('my-plan-table')).toBeVisible();
  await audit(page, 'my plan', problems);
}

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen and main dialog passes axe-core's WCAG 2.1 AA checks in ${language}, ${colorScheme}`, async ({
      app,
      page,
    }) => {
      // axe reads the whole sample map on each of some thirty stops.
      test.setTimeout(600_000);
      await callApi(app, 'settings.update', { language });
      await page.emulateMedia({ colorScheme });
      const problems: Problems = [];
      await visitEverything(app, page, problems);
      expect(problems).toEqual([]);
    });
  }
}
