import type { Page } from '@playwright/test';
import { addPerson, card, createAccount, expect, test } from '../fixtures';

const row = (page: Page, name: string) => page.locator(`[data-testid="people-row"][data-person="${name}"]`);
const uncovered = (page: Page) =>
  page.getByRole('dialog').locator('[data-testid="insight"][data-rule="uncovered_key_person"]');

/** Opens the insights drawer from its button, and closes it again once `look` has looked. */
async function inInsights(page: Page, look: () => Promise<void>) {
  await page.getByTestId('insights-button').click();
  await expect(page.getByRole('dialog').getByTestId('status-badge')).toBeVisible();
  await look();
  await page.getByRole('dialog').press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function searchFor(page: Page, text: string) {
  await page.getByTestId('section-nav').getByTestId('section-map').focus();
  await page.getByTestId('section-nav').getByTestId('section-map').press('Control+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await input.fill(text);
  return page.getByTestId('spotlight-result').filter({ hasText: text });
}

test('an edit on one screen shows on every other screen that reads the same people, without a reload', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CFO');
  // The people table, the search and the insights have each read Wang as a CFO with no role.
  await inInsights(page, () => expect(uncovered(page)).toHaveCount(0));
  await page.getByTestId('section-people').click();
  await expect(row(page, 'Wang Jianguo')).toContainText('CFO');
  const found = await searchFor(page, 'Wang Jianguo');
  await expect(found.first()).toContainText('CFO');
  await page.getByTestId('spotlight-input').press('Escape');
  await expect(page.getByTestId('spotlight-input')).toHaveCount(0);

  // On the map, Wang becomes the CEO.
  await page.getByTestId('section-map').click();
  await card(page, 'Wang Jianguo').click();
  const title = page.getByTestId('person-inspector').getByLabel('Title');
  await title.fill('CEO');
  await title.press('Enter');
  await expect(card(page, 'Wang Jianguo')).toContainText('CEO');

  // The people table and the same search show it, though both had read him before.
  await page.getByTestId('section-people').click();
  await expect(row(page, 'Wang Jianguo')).toContainText('CEO');
  await expect(row(page, 'Wang Jianguo')).not.toContainText('CFO');
  const again = await searchFor(page, 'Wang Jianguo');
  await expect(again.first()).toContainText('CEO');
  await page.getByTestId('spotlight-input').press('Escape');

  // In the table, Wang becomes the decision maker: back on the map, the insights have followed.
  await row(page, 'Wang Jianguo').getByTestId('cell-role').click();
  await page.getByRole('option', { name: 'Decision maker' }).click();
  await expect(row(page, 'Wang Jianguo')).toContainText('Decision maker');
  await page.getByTestId('section-map').click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Decision maker');
  await inInsights(page, () => expect(uncovered(page)).toContainText('Nobody on our team covers Wang Jianguo'));

  // Undo, from the map, takes the role back on the map, in the insights, and in the table.
  await card(page, 'Wang Jianguo').click();
  await card(page, 'Wang Jianguo').press('Control+z');
  await expect(card(page, 'Wang Jianguo')).not.toContainText('Decision maker');
  await inInsights(page, () => expect(uncovered(page)).toHaveCount(0));
  await page.getByTestId('section-people').click();
  await expect(row(page, 'Wang Jianguo')).not.toContainText('Decision maker');
});
