import { addPerson, card, createAccount, expect, test } from '../fixtures';

test('people are tagged in the inspector and the map filters by tag', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo');
  await addPerson(page, 'Li Na');

  await card(page, 'Wang Jianguo').click();
  const tags = page.getByTestId('person-inspector').getByLabel('Tags');
  await tags.fill('Steering committee');
  await tags.press('Enter');
  await expect(page.getByTestId('person-inspector')).toContainText('Steering committee');

  await page.getByTestId('filter-button').click();
  // The inspector has a Tags field too; the filter's own appears once the map has fetched the new tag.
  const tagFilter = page.getByTestId('filter-menu').getByRole('combobox', { name: 'Tags' });
  await tagFilter.click({ force: true });
  await page.getByRole('option', { name: 'Steering committee' }).click();
  // The map follows the filter while the menu is still open.
  await expect(card(page, 'Li Na')).toHaveAttribute('data-dimmed', 'true');
  await expect(card(page, 'Wang Jianguo')).not.toHaveAttribute('data-dimmed', 'true');

  // The tag is stored.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await card(page, 'Wang Jianguo').click();
  await expect(page.getByTestId('person-inspector')).toContainText('Steering committee');
});
