import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addPerson, card, createAccount, expect, test } from '../fixtures';

/** axe-core's WCAG 2.1 AA rules on the open palette: nothing critical or serious. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="spotlight"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const option = (page: Page, action: string) => page.locator(`[data-testid="command-option"][data-action="${action}"]`);

test('">" in search lists the commands; Enter runs one where the user was, and one not possible here cannot run', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  const addButton = page.getByTestId('add-person');
  await addButton.focus();
  await addButton.press('Control+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await expect(page.getByTestId('spotlight-hint')).toHaveText('Type > to run a command');

  await input.press('>');
  const palette = page.getByRole('listbox', { name: 'Commands' });
  await expect(palette.getByRole('option', { name: 'Undo, Ctrl+Z' })).toBeVisible();
  // The palette's own opener is not one of its commands.
  await expect(option(page, 'app.search')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/command-palette.png' });
  await expectAccessible(page);

  // Not possible here: listed, dimmed with the reason, and Enter runs nothing.
  await input.fill('>back to today');
  const back = option(page, 'history.backToToday');
  await expect(back).toHaveAttribute('aria-disabled', 'true');
  await expect(back).toContainText('While looking back in time or presenting');
  await expect(page.getByTestId('command-option')).toHaveCount(1);
  await input.press('Enter');
  await expect(input).toBeFocused();
  await back.click({ force: true });
  await expect(input).toBeVisible();

  // Filtered as one types; Enter runs the first, and its effect shows where the user was.
  await input.fill('>add a pe');
  await expect(page.getByTestId('command-option').first()).toHaveAttribute('data-action', 'map.addPerson');
  await expect(option(page, 'map.addPerson')).toHaveAttribute('aria-selected', 'true');
  await expect(option(page, 'map.addPerson').locator('kbd')).toHaveText('N');
  await input.press('Enter');
  await expect(input).toHaveCount(0);
  await expect(page.getByTestId('person-card')).toHaveCount(1);
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toBeFocused();

  // Without ">" the box searches as before.
  await page.getByTestId('person-inspector').getByLabel('Name').press('Control+k');
  await expect(input).toBeFocused();
  await input.fill('Northwind');
  await expect(page.getByTestId('spotlight-result').filter({ hasText: 'Northwind' }).first()).toBeVisible();
  await expect(page.getByTestId('command-option')).toHaveCount(0);

  // Delete runs from the palette as the key does: the selected card goes, with Undo in the notice.
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await card(page, 'New person').click();
  const onCard = card(page, 'New person');
  await onCard.press('Control+k');
  await expect(input).toBeFocused();
  await input.fill('>delete the sel');
  await expect(option(page, 'map.delete')).not.toHaveAttribute('aria-disabled', 'true');
  await input.press('Enter');
  await expect(page.getByTestId('person-card')).toHaveCount(0);
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Deleted 1 person' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('person-card')).toHaveCount(1);
});

test('the palette speaks Chinese: labels, reasons and the hint, and runs a command by keyboard', async ({
  app,
  browser,
}) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('示例');

  const shortcuts = page.getByTestId('open-shortcuts');
  await shortcuts.focus();
  await expect(shortcuts).toBeFocused();
  await shortcuts.press('Control+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await expect(page.getByTestId('spotlight-hint')).toHaveText('输入 > 可执行命令');

  await input.press('>');
  await expect(page.getByRole('listbox', { name: '命令' })).toBeVisible();
  await expect(option(page, 'app.undo')).toContainText('撤销');
  await expect(option(page, 'app.undo').locator('kbd')).toHaveText('Ctrl+Z');
  await expect(option(page, 'map.copy')).toHaveAttribute('aria-disabled', 'true');
  await expect(option(page, 'map.copy')).toContainText('请先在地图上选中卡片');
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/command-palette-zh.png' });

  // Arrows choose, Enter runs: back to the account list.
  await input.fill('>客户列表');
  await expect(page.getByTestId('command-option')).toHaveCount(1);
  await expect(option(page, 'app.goHome')).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowUp');
  await input.press('Enter');
  await expect(input).toHaveCount(0);
  await expect(page.getByTestId('account-card').first()).toBeVisible();
  await expect(page.getByTestId('account-title')).toHaveCount(0);
  await context.close();
});

test('on macOS the palette and the tooltips write ⌘, and ⌘K opens it', async ({ app, browser }) => {
  const context = await browser.newContext();
  // The platform the app reads to choose ⌘ or Ctrl, as a Mac reports it.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' }));
  const page = await context.newPage();
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo');

  await page.getByRole('button', { name: 'Undo' }).first().hover();
  // Another tooltip (of the control that has focus) may show beside it.
  await expect(page.getByRole('tooltip').filter({ hasText: /^Undo/ })).toHaveText('Undo (⌘Z)');

  const shortcuts = page.getByTestId('open-shortcuts');
  await shortcuts.focus();
  await shortcuts.press('Meta+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await input.press('>');
  await expect(option(page, 'app.undo').locator('kbd')).toHaveText('⌘Z');
  await expect(option(page, 'app.redo').locator('kbd')).toHaveText('⇧⌘Z');
  await expect(page.getByTestId('spotlight').locator('kbd', { hasText: 'Ctrl' })).toHaveCount(0);
  await context.close();
});
