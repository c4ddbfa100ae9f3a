import { addPerson, card, connect, createAccount, dragNextTo, expect, test, type WebApp } from '../fixtures';
import type { Page } from '@playwright/test';

/** A manager and a report joined by a reports-to line, the manager on top. */
async function openTwoPeople(page: Page, app: WebApp): Promise<void> {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CIO');
  await addPerson(page, 'Li Na', 'IT manager');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 240);
  await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
}

const cardNamed = (page: Page, name: RegExp) =>
  page.locator('.react-flow__node').and(page.getByRole('group', { name }));
const translateX = async (page: Page, name: RegExp) =>
  Number(/translate\((-?[\d.]+)px/.exec((await cardNamed(page, name).getAttribute('style')) ?? '')?.[1]);

test('the canvas is one Tab stop after its tools; arrows follow the lines, L names them, Enter opens, Escape keeps focus', async ({
  app,
  page,
}) => {
  await openTwoPeople(page, app);
  const wang = cardNamed(page, /^Wang Jianguo, CIO, /);
  const liNa = cardNamed(page, /^Li Na, IT manager, /);

  // From the last tool, one Tab reaches the top card; one more leaves the canvas.
  const snap = page.getByRole('button', { name: 'Snap to grid' });
  await snap.focus();
  await expect(snap).toBeFocused();
  await snap.press('Tab');
  await expect(wang).toBeFocused();
  await expect(page.locator('.react-flow__node[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[tabindex="0"]')).toHaveCount(0);
  await wang.press('Shift+Tab');
  await expect(snap).toBeFocused();

  // The focused card wears a ring of its own.
  await snap.press('Tab');
  await expect(wang).toBeFocused();
  await expect(wang).toHaveCSS('outline-style', 'solid');
  await expect(wang).toHaveCSS('outline-width', '3px');
  await page.screenshot({ path: '.scratch/canvas-focus-light.png' });

  // Down the reports-to line to the report, and back up to the manager.
  await wang.press('ArrowDown');
  await expect(liNa).toBeFocused();
  await liNa.press('ArrowUp');
  await expect(wang).toBeFocused();
  await wang.press('End');
  await expect(liNa).toBeFocused();
  await liNa.press('Home');
  await expect(wang).toBeFocused();

  // L steps onto the card's line, named as the inspector says it; Escape goes back to the card.
  await wang.press('l');
  const line = page.getByRole('group', { name: 'Li Na reports to Wang Jianguo' });
  await expect(line).toBeFocused();
  await expect(line).toHaveAttribute('aria-roledescription', 'line');
  await expect(page.getByTestId('canvas-announcement')).toHaveText('Line 1 of 1: Li Na reports to Wang Jianguo');
  await page.screenshot({ path: '.scratch/canvas-line-focus-light.png' });
  await line.press('Escape');
  await expect(wang).toBeFocused();

  // Enter opens the card as a click does; Escape clears the selection and focus stays.
  await wang.press('Enter');
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Wang Jianguo');
  await expect(wang).toBeFocused();
  await wang.press('Escape');
  await expect(page.getByTestId('person-inspector')).toHaveCount(0);
  await expect(wang).toBeFocused();
  // The way back in is the card last focused.
  await wang.press('ArrowDown');
  await snap.focus();
  await snap.press('Tab');
  await expect(liNa).toBeFocused();
});

test('Alt+arrow moves the selected card a grid step, each press one undo step, and says so', async ({ app, page }) => {
  await openTwoPeople(page, app);
  const wang = cardNamed(page, /^Wang Jianguo, CIO, /);
  await wang.focus();
  await expect(wang).toBeFocused();
  await wang.press('Enter');
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Wang Jianguo');
  const start = await translateX(page, /^Wang Jianguo, /);

  await wang.press('Alt+ArrowRight');
  await expect(page.getByTestId('canvas-announcement')).toHaveText('Moved Wang Jianguo right');
  await expect.poll(() => translateX(page, /^Wang Jianguo, /)).toBe(start + 20);
  await wang.press('Alt+ArrowRight');
  await expect.poll(() => translateX(page, /^Wang Jianguo, /)).toBe(start + 40);

  await wang.press('Control+z');
  await expect.poll(() => translateX(page, /^Wang Jianguo, /)).toBe(start + 20);
  await wang.press('Control+z');
  await expect.poll(() => translateX(page, /^Wang Jianguo, /)).toBe(start);
  await expect(wang).toBeFocused();
  // Alt+← moves the card, not the browser back a screen.
  await wang.press('Alt+ArrowLeft');
  await expect.poll(() => translateX(page, /^Wang Jianguo, /)).toBe(start - 20);
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Wang Jianguo');
});

test('cards, lines and the canvas controls are named in Chinese for a Chinese user, and the focus shows in dark', async ({
  app,
  page,
}) => {
  await openTwoPeople(page, app);
  await page.getByTestId('back-home').click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('language-select').click();
  await page.getByRole('option', { name: '简体中文' }).click();
  await page.keyboard.press('Escape');
  // The app follows the system's scheme until told otherwise.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByTestId('account-card').click();

  const wang = cardNamed(page, /^Wang Jianguo，CIO，/);
  await expect(wang).toHaveAccessibleName(/^Wang Jianguo，CIO，未知，影响力 \d\/5，/);
  await expect(page.getByRole('group', { name: 'Li Na 向 Wang Jianguo 汇报' })).toHaveCount(1);
  await expect(wang).toHaveAttribute('aria-roledescription', '卡片');
  await expect(page.getByRole('group', { name: 'Li Na 向 Wang Jianguo 汇报' })).toHaveAttribute(
    'aria-roledescription',
    '连线',
  );
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
  await expect(page.getByRole('button', { name: '缩放到全部可见' })).toBeVisible();

  const snap = page.getByRole('button', { name: '对齐网格' });
  await snap.focus();
  await expect(snap).toBeFocused();
  await snap.press('Tab');
  await expect(wang).toBeFocused();
  await wang.press('l');
  await expect(page.getByTestId('canvas-announcement')).toHaveText('第 1 条连线，共 1 条：Li Na 向 Wang Jianguo 汇报');
  await page.getByRole('group', { name: 'Li Na 向 Wang Jianguo 汇报' }).press('Escape');
  await expect(wang).toBeFocused();
  await page.screenshot({ path: '.scratch/canvas-focus-dark.png' });
});

test('Enter on a focused note opens it for writing, and Escape keeps what was written and goes back to the note', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await page.getByTestId('add-menu').click();
  await page.getByRole('menuitem', { name: 'Sticky note' }).click();
  const note = cardNamed(page, /^Sticky note: /);
  await note.focus();
  await expect(note).toBeFocused();
  await note.press('Enter');
  const text = page.getByLabel('Note text');
  await expect(text).toBeFocused();
  await text.fill('Ask Jason about the budget');
  await text.press('Escape');
  await expect(cardNamed(page, /^Sticky note: Ask Jason about the budget$/)).toBeFocused();
});
