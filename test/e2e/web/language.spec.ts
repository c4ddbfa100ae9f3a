import { createAccount, expect, test } from '../fixtures';

test('the language follows the browser by default', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await expect(page.getByTestId('new-account')).toHaveText('新建客户');
  await context.close();
});

test('the language setting switches every string live and is remembered', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('language-select').click();
  await page.getByRole('option', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('语言');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('account-card')).toContainText('一般客户');

  await page.reload();
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('add-person')).toHaveAccessibleName('添加人员');
});
