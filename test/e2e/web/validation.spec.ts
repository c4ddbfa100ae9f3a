import { addPerson, createAccount, expect, test } from '../fixtures';

test('an account without a name is asked for one, in English and in Chinese, and nothing is created', async ({
  app,
  page,
  browser,
}) => {
  await page.goto(app.url);
  await page.getByTestId('new-account').click();
  await page.getByLabel('Account name').fill('   ');
  await page.getByRole('button', { name: 'Create' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Give the account a name')).toBeVisible();
  await expect(dialog).not.toContainText(/too small|expected string|>=/i);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('account-card')).toHaveCount(0);
  await expect(page.getByText('No accounts yet')).toBeVisible();

  const chinese = await browser.newContext({ locale: 'zh-CN' });
  const zhPage = await chinese.newPage();
  await zhPage.goto(app.url);
  await zhPage.getByTestId('new-account').click();
  await zhPage.getByLabel('客户名称').fill('');
  await zhPage.getByRole('button', { name: '创建' }).click();
  await expect(zhPage.getByRole('dialog').getByText('请给客户起个名字')).toBeVisible();
  await expect(zhPage.getByRole('dialog')).not.toContainText(/数值过小|string/);
  await chinese.close();
});

test('a name longer than a name stops at 200 characters', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('new-account').click();
  await page.getByLabel('Account name').fill('N'.repeat(10_000));
  await expect(page.getByLabel('Account name')).toHaveValue('N'.repeat(200));
});

test('a due date the calendar does not have, or outside 1900–2200, is refused and saves nothing', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await page.getByTestId('section-plan').click();
  const sheet = page.getByTestId('action-plan');
  await sheet.getByTestId('new-action').click();
  await page.getByTestId('action-title').fill('Visit the plant');

  const due = page.getByTestId('action-due');
  await due.fill('2099-13-45');
  await due.press('Tab');
  const form = page.getByRole('dialog');
  await expect(form.getByText(/^Due date is not a real date/)).toBeVisible();
  // What was typed stays to be corrected, instead of becoming 14 February 2100.
  await expect(due).toHaveValue('2099-13-45');
  await page.getByTestId('action-save').click();
  await expect(form).toBeVisible();

  await due.fill('1899-01-01');
  await due.press('Tab');
  await expect(form.getByText('Due date must lie between Jan 1, 1900 and Dec 31, 2200')).toBeVisible();
  await page.getByTestId('action-save').click();
  await expect(form).toBeVisible();
  await expect(sheet.getByTestId('action-row')).toHaveCount(0);

  await due.fill('2027-02-23');
  await due.press('Tab');
  await expect(due).toHaveValue('Feb 23, 2027');
  await expect(form.getByText(/not a real date|must lie between/)).toHaveCount(0);
  await page.getByTestId('action-save').click();
  await expect(form).toBeHidden();
  await expect(sheet.getByTestId('action-row')).toHaveCount(1);
  await expect(sheet.getByTestId('action-row')).toContainText('Feb 23, 2027');
});

test('a contact dated in year 0000 keeps its form open until the date is a real one', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Wei');

  await page.keyboard.press('Control+i');
  const form = page.getByTestId('interaction-form');
  await form.getByTestId('interaction-theirs').click();
  await page.getByRole('option', { name: 'Wang Wei', exact: true }).click();
  await form.getByTestId('interaction-date').fill('0000-01-01');
  await form.getByTestId('interaction-summary').fill('Plant visit');
  await form.getByTestId('interaction-summary').press('Control+Enter');
  await expect(form.getByText('Date must lie between Jan 1, 1900 and Dec 31, 2200')).toBeVisible();
  await expect(form).toBeVisible();

  await form.getByTestId('interaction-date').fill('2026-03-02');
  await form.getByTestId('interaction-summary').press('Control+Enter');
  await expect(form).toBeHidden();
});
