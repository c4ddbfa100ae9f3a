import type { Locator } from '@playwright/test';
import {
  addPerson,
  card,
  connect,
  createAccount,
  dragNextTo,
  expect,
  test,
  clickEmptyCanvas,
  pressOnPage,
  undoByKey,
  redoByKey,
} from '../fixtures';

const positionOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  return { x: Math.round(box?.x ?? NaN), y: Math.round(box?.y ?? NaN) };
};

test('the first slice: people on a map, edited, dragged, connected, deleted with undo, and still there after a restart', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind Manufacturing');
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('account-title')).toHaveText('Northwind Manufacturing');
  await expect(page.getByText('This map is empty')).toBeVisible();

  await addPerson(page, 'Wang Jianguo', 'CFO');
  await addPerson(page, 'Li Na', 'Procurement manager');
  await expect(page.getByText('This map is empty')).toHaveCount(0);

  // Edit in the inspector; the card shows the role top-left and the stance bottom-right.
  await card(page, 'Wang Jianguo').click();
  const inspector = page.getByTestId('person-inspector');
  await expect(inspector.getByLabel('Name')).toHaveValue('Wang Jianguo');
  await inspector.getByLabel('Decision role').click();
  await page.getByRole('option', { name: 'Decision maker' }).click();
  await inspector.getByLabel('Stance toward us').click();
  await page.getByRole('option', { name: 'Champion (exclusive)' }).click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Decision maker');
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');

  // Undo and redo the stance edit with the keyboard.
  await clickEmptyCanvas(page);
  await undoByKey(page);
  await expect(card(page, 'Wang Jianguo')).toContainText('Neutral');
  await redoByKey(page);
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');

  // Drag Li Na below Wang and draw the reports-to line from Wang down to her.
  const liStart = await positionOf(card(page, 'Li Na'));
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 220);
  const liMoved = await positionOf(card(page, 'Li Na'));
  expect(liMoved).not.toEqual(liStart);
  expect(liMoved.y - (await positionOf(card(page, 'Wang Jianguo'))).y).toBeGreaterThan(150);
  await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.locator('.react-flow__edge').click({ force: true });
  await expect(page.getByTestId('relation-inspector')).toContainText('Li Na reports to Wang Jianguo');

  // Delete Li Na; her line goes with her; undo brings both back.
  await card(page, 'Li Na').click();
  await page.getByRole('button', { name: 'Delete person' }).click();
  await expect(card(page, 'Li Na')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(card(page, 'Li Na')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // The Delete key deletes a selected person too, and Ctrl+Z brings them back.
  await card(page, 'Li Na').click();
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Li Na');
  await pressOnPage(page, 'Delete');
  await expect(card(page, 'Li Na')).toHaveCount(0);
  await undoByKey(page);
  await expect(card(page, 'Li Na')).toHaveCount(1);

  // Everything is in the store: a server restart and a fresh page show the same map.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(card(page, 'Wang Jianguo')).toContainText('CFO');
  await expect(card(page, 'Wang Jianguo')).toContainText('Decision maker');
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');
  await expect(card(page, 'Li Na')).toContainText('Procurement manager');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const wang = await positionOf(card(page, 'Wang Jianguo'));
  const li = await positionOf(card(page, 'Li Na'));
  expect(li.y - wang.y).toBeGreaterThan(100);
});

test('a reload keeps the page working and the data in place', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Fabrikam');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Zhao Lei');
  // A reload stays on the account's screen.
  await page.reload();
  await expect(card(page, 'Zhao Lei')).toBeVisible();
});

test('a person cannot be left without a name', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Fabrikam');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Zhao Lei');
  const name = page.getByTestId('person-inspector').getByLabel('Name');
  await name.fill('');
  await name.press('Enter');
  await expect(page.getByTestId('person-inspector')).toContainText(
    'Give the person a name; only a placeholder may have none',
  );
  // A reload stays on the account's screen.
  await page.reload();
  await expect(card(page, 'Zhao Lei')).toBeVisible();
});
