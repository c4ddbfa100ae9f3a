import type { Locator, Page } from '@playwright/test';
import { addPerson, card, createAccount, expect, test, undoByKey, redoByKey } from '../fixtures';

const chip = (page: Page, name: string) => page.getByTestId('grid-person').filter({ hasText: name });
const cell = (page: Page, influence: number, stance: string) =>
  page.locator(`[data-testid="grid-cell"][data-influence="${influence}"][data-stance="${stance}"]`);
const switchTo = (page: Page, view: 'Map' | 'Influence × stance') =>
  page.getByTestId('view-switch').getByText(view, { exact: true }).click();

async function expectAt(target: Locator, influence: number, stance: string): Promise<void> {
  await expect(target).toHaveAttribute('data-influence', String(influence));
  await expect(target).toHaveAttribute('data-stance', stance);
}

/** Drags a chip with the mouse, as a user does, and drops it on the middle of a cell. */
async function dragTo(page: Page, target: Locator, into: Locator): Promise<void> {
  const from = await target.boundingBox();
  const to = await into.boundingBox();
  if (!from || !to) throw new Error('not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
}

// Three new people start in one cell; a cell of a taller window shows all three chips (a shorter
// one shows what fits and counts the rest as "+N", as the crowded-cell test below checks).
test.use({ viewport: { width: 1400, height: 1100 } });

test('the influence × stance grid: drag and arrow keys change people, the map shows it, undo restores, the store keeps it', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind Manufacturing');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CFO');
  await addPerson(page, 'Li Na', 'Procurement manager');
  await addPerson(page, 'Zhao Lei', 'IT director');

  await switchTo(page, 'Influence × stance');
  await expect(page.getByTestId('grid-person')).toHaveCount(3);
  // A new person starts at influence 3, neutral: the middle of the grid.
  await expectAt(chip(page, 'Wang Jianguo'), 3, 'neutral');
  await expect(cell(page, 5, 'opposed')).toBeVisible();

  // Drag Wang to the top-right cell: influence 5, champion.
  await dragTo(page, chip(page, 'Wang Jianguo'), cell(page, 5, 'champion'));
  await expectAt(chip(page, 'Wang Jianguo'), 5, 'champion');
  const details = page.getByTestId('grid-details');
  await expect(details).toContainText('Wang Jianguo');
  await expect(details).toContainText('Influence 5/5');
  await expect(details).toContainText('Champion (exclusive)');
  // The chip lies inside the cell it was dropped on.
  const box = await chip(page, 'Wang Jianguo').boundingBox();
  const target = await cell(page, 5, 'champion').boundingBox();
  expect(box && target && box.x >= target.x && box.x + box.width <= target.x + target.width).toBe(true);

  // The map shows the same person changed: the stance label on the card and five influence pips.
  await switchTo(page, 'Map');
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');
  await expect(card(page, 'Wang Jianguo').locator('[title="Influence 5/5"]')).toHaveCount(1);

  // Undo with Ctrl+Z, from the grid: Wang goes back to the middle, on the map too.
  await switchTo(page, 'Influence × stance');
  await chip(page, 'Wang Jianguo').click();
  await undoByKey(page);
  await expectAt(chip(page, 'Wang Jianguo'), 3, 'neutral');
  await switchTo(page, 'Map');
  await expect(card(page, 'Wang Jianguo')).toContainText('Neutral');
  await expect(card(page, 'Wang Jianguo').locator('[title="Influence 3/5"]')).toHaveCount(1);
  await switchTo(page, 'Influence × stance');
  await chip(page, 'Wang Jianguo').click();
  await redoByKey(page);
  await expectAt(chip(page, 'Wang Jianguo'), 5, 'champion');

  // The keyboard: a focused chip moves with the arrow keys (↑ ↓ influence, ← → stance).
  await chip(page, 'Li Na').focus();
  await page.keyboard.press('ArrowUp');
  await expectAt(chip(page, 'Li Na'), 4, 'neutral');
  await expect(chip(page, 'Li Na')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectAt(chip(page, 'Li Na'), 4, 'opposed');
  await page.keyboard.press('ArrowLeft'); // the edge of the grid: nothing changes
  await page.keyboard.press('ArrowDown');
  await expectAt(chip(page, 'Li Na'), 3, 'opposed');
  await expect(chip(page, 'Li Na')).toBeFocused();
  await expect(details).toContainText('Li Na');
  await expect(details).toContainText('Opposed');
  // Each key press is one edit: one undo takes back the last step only.
  await undoByKey(page);
  await expectAt(chip(page, 'Li Na'), 4, 'opposed');

  // Everything is in the store: after a server restart the grid shows the same places.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');
  await switchTo(page, 'Influence × stance');
  await expectAt(chip(page, 'Wang Jianguo'), 5, 'champion');
  await expectAt(chip(page, 'Li Na'), 4, 'opposed');
  await expectAt(chip(page, 'Zhao Lei'), 3, 'neutral');
});

test('the grid has an empty state, and a crowded cell shows "+N" with the rest', async ({ app, page }) => {
  await page.setViewportSize({ width: 1200, height: 700 });
  await page.goto(app.url);
  await createAccount(page, 'Fabrikam');
  await page.getByTestId('account-card').click();
  await switchTo(page, 'Influence × stance');
  await expect(page.getByTestId('grid-empty')).toContainText('No one on this map yet');

  await switchTo(page, 'Map');
  const names = ['Ann', 'Ben', 'Cai', 'Dov', 'Eli', 'Fay'];
  for (const name of names) await addPerson(page, name);
  await switchTo(page, 'Influence × stance');
  await expect(page.getByTestId('grid-empty')).toHaveCount(0);
  const more = page.getByTestId('grid-more');
  await expect(more).toHaveCount(1);
  const shown = await page.getByTestId('grid-person').count();
  await expect(more).toHaveText(`+${names.length - shown}`);
  // Picking a hidden person from the list brings them into view, selected and focused.
  await more.click();
  const hiddenName = names[names.length - 1] ?? '';
  await page.getByRole('dialog').getByText(hiddenName, { exact: true }).click();
  await expect(chip(page, hiddenName)).toBeFocused();
  await expect(page.getByTestId('grid-details')).toContainText(hiddenName);
});
