import { addPerson, card, createAccount, expect, test } from '../fixtures';

test('an account has several maps; a person can sit on several; removing from a map is not deleting', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CFO');
  await addPerson(page, 'Li Na', 'CIO');

  // A deal map starts with the people of the current map.
  await page.getByTestId('new-map-menu').click();
  await page.getByRole('menuitem', { name: 'New opportunity map…' }).click();
  await page.getByLabel('Opportunity name').fill('ERP renewal 2027');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('map-tab').filter({ hasText: 'ERP renewal 2027' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('deal-banner')).toContainText('ERP renewal 2027');
  await expect(card(page, 'Wang Jianguo')).toBeVisible();

  // On the deal map, the stance is judged for the deal and marked as such.
  await card(page, 'Wang Jianguo').click();
  const inspector = page.getByTestId('person-inspector');
  await inspector.getByRole('combobox', { name: 'Stance toward us' }).click();
  await page.getByRole('option', { name: 'Opposed' }).click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Opposed');
  await expect(inspector.getByTestId('overridden')).toHaveCount(1);

  // Remove Li Na from the deal map only.
  await card(page, 'Li Na').click();
  await page.getByRole('button', { name: 'Remove from this map' }).click();
  await expect(card(page, 'Li Na')).toHaveCount(0);

  // The account's own map still shows both, and Wang's account-level stance is untouched.
  await page.getByTestId('map-tab').filter({ hasText: 'Power map' }).click();
  await expect(card(page, 'Li Na')).toBeVisible();
  await expect(card(page, 'Wang Jianguo')).toContainText('Neutral');

  // A plain second map, renamed, then deleted and brought back with undo.
  await page.getByTestId('new-map-menu').click();
  await page.getByRole('menuitem', { name: 'New map…' }).click();
  await page.getByLabel('Map name').fill('Workshop');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('map-tab')).toHaveCount(3);
  await expect(page.getByText('This map is empty')).toBeVisible();
  await page.getByTestId('map-menu').click();
  await page.getByRole('menuitem', { name: 'Delete map' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete map' }).click();
  await expect(page.getByTestId('map-tab')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(page.getByTestId('map-tab')).toHaveCount(3);

  // All of it is stored.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('map-tab')).toHaveCount(3);
  await page.getByTestId('map-tab').filter({ hasText: 'ERP renewal 2027' }).click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Opposed');
  await expect(card(page, 'Li Na')).toHaveCount(0);
});

test('a placeholder holds a role until the person is named', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await page.getByTestId('add-menu').click();
  await page.getByRole('menuitem', { name: 'Placeholder for a role' }).hover();
  await page.getByRole('menuitem', { name: 'Approver' }).click();
  const placeholder = page.getByTestId('person-card').filter({ hasText: 'Not yet identified' });
  await expect(placeholder).toContainText('Approver');
  await placeholder.click();
  // A role is nobody to call yet: its page runs no care cadence.
  await page.getByTestId('open-person-page').click();
  await page.getByTestId('person-tab-timeline').click();
  await expect(page.getByTestId('placeholder-no-cadence')).toBeVisible();
  await expect(page.getByTestId('person-next-due')).toHaveCount(0);
  await page.keyboard.press('Escape');
  const name = page.getByTestId('person-inspector').getByLabel('Name');
  await name.fill('Zhou Min');
  await name.press('Enter');
  await expect(card(page, 'Zhou Min')).toContainText('Approver');
  await expect(page.getByTestId('person-card').filter({ hasText: 'Not yet identified' })).toHaveCount(0);
});
