import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addPerson, card, createAccount, expect, test, withStoppedApp } from '../fixtures';

test('Ctrl+K finds Chinese and English text as one types, and Enter opens the person', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('示例');

  await page.keyboard.press('Control+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await input.fill('采购');
  const results = page.getByTestId('spotlight-result');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toHaveText('采购');
  await page.screenshot({ path: 'test-results/search-zh.png' });

  await input.fill('ERP');
  await expect(results.filter({ hasText: 'ERP' }).first()).toBeVisible();
  await input.fill('没有这个词语啊');
  await expect(page.getByTestId('spotlight-results')).toContainText('没有找到');

  // A name typed in full comes first; Enter opens their page.
  // The sample's head of procurement (采购部部长).
  const name = '宋国平';
  await input.fill(name);
  await expect(results.first()).toContainText(name);
  await input.press('Enter');
  await expect(input).toHaveCount(0);
  await expect(page.getByRole('dialog').filter({ hasText: name }).first()).toBeVisible();
  await context.close();
});

async function exportAccountFile(page: Page): Promise<string> {
  await page.getByTestId('export-menu').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-account').click();
  return fs.readFileSync(await (await downloading).path()).toString('utf8');
}

// Pictures of the map follow the same rule; their own test is in export.spec.ts.
test('the account file leaves private notes out unless included, and presenting hides their marker', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'General manager');
  const url = await withStoppedApp(app, (db) => {
    db.prepare(`UPDATE people SET private_notes = 'SECRET-7731 wants to leave' WHERE name = 'Wang Jianguo'`).run();
  });
  await page.goto(url);
  await page.getByTestId('account-card').click();
  const lock = card(page, 'Wang Jianguo').getByLabel('Has private notes');
  await expect(lock).toBeVisible();

  const without = await exportAccountFile(page);
  expect(JSON.parse(without)).toMatchObject({ includesPrivate: false, tables: { accounts: [{ name: 'Northwind' }] } });
  expect(without.includes('Wang Jianguo') && !without.includes('SECRET-7731')).toBe(true);

  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-include-private').click();
  await page.keyboard.press('Escape');
  const withPrivate = await exportAccountFile(page);
  expect(JSON.parse(withPrivate)).toMatchObject({ includesPrivate: true });
  expect(withPrivate.includes('SECRET-7731'), 'the note when explicitly included').toBe(true);

  // Presentation mode hides the marker on screen and cannot edit.
  await page.getByTestId('presentation-mode').click();
  await expect(page.getByTestId('time-travel-banner')).toContainText('Presenting');
  await expect(lock).toHaveCount(0);
  await expect(page.getByTestId('add-person')).toHaveCount(0);
  // On a wall screen the map takes the whole window: no section list, no inspector.
  await expect(page.getByTestId('section-nav')).not.toBeInViewport();
  await expect(page.getByTestId('person-inspector')).not.toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(lock).toBeVisible();
  await expect(page.getByTestId('section-nav')).toBeInViewport();
});
