import { createAccount, expect, test } from '../fixtures';

test('a new user creates, renames and deletes an account, with confirmation', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByText('No accounts yet')).toBeVisible();

  await createAccount(page, 'Northwind Manufacturing');
  await createAccount(page, 'Contoso Pharma');

  const northwind = page.getByTestId('account-card').filter({ hasText: 'Northwind' });
  await northwind.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByLabel('Account name').fill('Northwind Group');
  await page.getByRole('dialog').getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId('account-card').filter({ hasText: 'Northwind Group' })).toBeVisible();

  // Cancelling the confirmation keeps the account.
  const contoso = page.getByTestId('account-card').filter({ hasText: 'Contoso' });
  await contoso.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByText('Delete “Contoso Pharma”?')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(contoso).toBeVisible();

  await contoso.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete account' }).click();
  await expect(contoso).toHaveCount(0);

  // What is left survives a restart of the server.
  const url = await app.restart();
  await page.goto(url);
  await expect(page.getByTestId('account-card')).toHaveCount(1);
  await expect(page.getByTestId('account-card')).toContainText('Northwind Group');
});

test('a page opened without the token says so instead of showing data', async ({ app, page }) => {
  await page.goto(app.url.replace(/#token=.*$/, ''));
  await expect(page.getByTestId('backend-unavailable')).toContainText('not authorised');
});

test("the browser's Back and Forward move between screens and never leave the app", async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('add-person')).toBeVisible();

  await page.goBack();
  await expect(page.getByTestId('account-card')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('add-person')).toBeVisible();

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByTestId('open-my-plan').click();
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('add-person')).toBeVisible();
  // A reload keeps the screen one was on.
  await page.reload();
  await expect(page.getByTestId('add-person')).toBeVisible();
});
