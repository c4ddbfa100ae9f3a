import { expect, test } from '../fixtures';

test('a birthday picked in Chinese reads as Chinese dates read, its calendar headed 1975年6月', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('section-people').click();
  const row = page.locator('[data-testid="people-row"][data-person="杨帆"]');
  await row.focus();
  await row.press('Enter');
  const details = page.getByTestId('person-details');
  await expect(details.getByTestId('details-name')).toHaveValue('杨帆');

  await details.getByTestId('details-birthday').click();
  // The picker's dropdown, the one popover open.
  const calendar = page.locator('.mantine-Popover-dropdown');
  await expect(calendar).toContainText('1970年 – 1979年');
  await calendar.getByRole('button', { name: '1975年', exact: true }).click();
  await calendar.getByRole('button', { name: '6月', exact: true }).click();
  await expect(calendar.getByRole('button', { name: '1975年6月', exact: true })).toBeVisible();
  await expect(calendar.getByRole('columnheader')).toHaveText(['一', '二', '三', '四', '五', '六', '日']);
  await page.screenshot({ path: '.scratch/birthday-zh.png' });
  await calendar.getByRole('button', { name: '1975年6月14日' }).click();
  await expect(details.getByTestId('details-birthday')).toHaveText('1975年6月14日');
  await context.close();
});

test('a birthday picked in English reads as a date, not as a format token', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('section-people').click();
  const row = page.locator('[data-testid="people-row"][data-person="Andrew Cole"]');
  await row.focus();
  await row.press('Enter');
  const details = page.getByTestId('person-details');
  await details.getByTestId('details-birthday').click();
  const calendar = page.locator('.mantine-Popover-dropdown');
  await expect(calendar).toContainText('1970 – 1979');
  await calendar.getByRole('button', { name: '1975', exact: true }).click();
  await calendar.getByRole('button', { name: 'Jun', exact: true }).click();
  await expect(calendar.getByRole('button', { name: 'June 1975', exact: true })).toBeVisible();
  await calendar.getByRole('button', { name: 'June 14, 1975' }).click();
  await expect(details.getByTestId('details-birthday')).toHaveText('Jun 14, 1975');
});
