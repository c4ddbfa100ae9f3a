import type { Page } from '@playwright/test';
import { addPerson, card, createAccount, expect, test, undoByKey, redoByKey } from '../fixtures';

const switchTo = (page: Page, view: 'Map' | 'Coverage') =>
  page.getByTestId('view-switch').getByText(view, { exact: true }).click();
const row = (page: Page, name: string) => page.getByTestId('coverage-row').filter({ hasText: name });
const cellOf = (page: Page, member: string, person: string) =>
  page.getByRole('button', { name: `${member} covers ${person}:` });

async function addNewMember(page: Page, name: string, title: string, role?: string): Promise<void> {
  await page.getByTestId('add-team-member').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('New member', { exact: true }).click();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Title').fill(title);
  if (role) {
    await dialog.getByLabel('Role on this account').click();
    await page.getByRole('option', { name: role }).click();
  }
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('the coverage matrix: add a team member, set who covers whom, undo, and it is all still there after a restart', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind Manufacturing');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CFO');
  const inspector = page.getByTestId('person-inspector');
  await inspector.getByLabel('Decision role').click();
  await page.getByRole('option', { name: 'Decision maker' }).click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Decision maker');
  await addPerson(page, 'Li Na', 'Procurement manager');

  // No one of ours on the account yet: the matrix says so, and offers to add someone.
  await switchTo(page, 'Coverage');
  await expect(page.getByTestId('coverage-empty')).toContainText('No one from our team on this account yet');
  await addNewMember(page, 'Chen Mei', 'Account director');
  const head = page.getByTestId('coverage-member');
  await expect(head).toHaveCount(1);
  await expect(head).toContainText('Chen Mei');
  await expect(head).toContainText('Account manager');

  // A decision maker nobody covers is marked red; Li Na (unknown role) is not.
  await expect(row(page, 'Wang Jianguo').getByTestId('uncovered-marker')).toBeVisible();
  await expect(row(page, 'Li Na').getByTestId('uncovered-marker')).toHaveCount(0);
  await expect(page.getByTestId('coverage-uncovered-count')).toContainText(
    '1 decision maker or approver nobody covers',
  );

  // A click steps none → weak → strong; the marker goes once someone covers Wang.
  const wangCell = cellOf(page, 'Chen Mei', 'Wang Jianguo');
  await expect(wangCell).toHaveAttribute('data-strength', '0');
  await wangCell.click();
  await expect(wangCell).toHaveAttribute('data-strength', '1');
  await expect(row(page, 'Wang Jianguo').getByTestId('uncovered-marker')).toHaveCount(0);
  await wangCell.click();
  await expect(wangCell).toHaveAttribute('data-strength', '2');
  await expect(wangCell).toHaveText('Strong');
  await expect(row(page, 'Wang Jianguo').getByTestId('coverage-best')).toHaveText('Strong');

  // Each change is one undoable edit.
  await undoByKey(page);
  await expect(wangCell).toHaveAttribute('data-strength', '1');
  await undoByKey(page);
  await expect(wangCell).toHaveAttribute('data-strength', '0');
  await expect(row(page, 'Wang Jianguo').getByTestId('uncovered-marker')).toBeVisible();
  await redoByKey(page);
  await redoByKey(page);
  await expect(wangCell).toHaveAttribute('data-strength', '2');
  await expect(row(page, 'Wang Jianguo').getByTestId('uncovered-marker')).toHaveCount(0);

  // The keyboard: arrow keys move between cells, 0 / 1 / 2 set the strength.
  const liCell = cellOf(page, 'Chen Mei', 'Li Na');
  await wangCell.focus();
  await page.keyboard.press('ArrowDown');
  await expect(liCell).toBeFocused();
  await page.keyboard.press('1');
  await expect(liCell).toHaveAttribute('data-strength', '1');
  await page.keyboard.press('Enter');
  await expect(liCell).toHaveAttribute('data-strength', '2');
  // The cell shows a change at once; wait for the store to have it before stopping the server.
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/relations.setCoverage') &&
      (response.request().postDataJSON() as { strength?: number } | null)?.strength === 0,
  );
  await page.keyboard.press('0');
  await expect(liCell).toHaveAttribute('data-strength', '0');
  await saved;

  // Everything is in the store.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await switchTo(page, 'Coverage');
  await expect(page.getByTestId('coverage-member')).toContainText('Chen Mei');
  await expect(cellOf(page, 'Chen Mei', 'Wang Jianguo')).toHaveAttribute('data-strength', '2');
  await expect(cellOf(page, 'Chen Mei', 'Li Na')).toHaveAttribute('data-strength', '0');
  await expect(row(page, 'Wang Jianguo').getByTestId('uncovered-marker')).toHaveCount(0);
  await expect(page.getByText('Every decision maker and approver is covered')).toBeVisible();
});

test('adding a team member is undoable, and an existing member can join another account', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Fabrikam');
  await createAccount(page, 'Contoso');
  await page.getByTestId('account-card').filter({ hasText: 'Fabrikam' }).click();
  await switchTo(page, 'Coverage');
  await expect(page.getByTestId('coverage-empty')).toContainText('No one on this map yet');
  await switchTo(page, 'Map');
  await addPerson(page, 'Zhao Lei', 'CIO');
  await switchTo(page, 'Coverage');

  await addNewMember(page, 'Chen Mei', 'Account director', 'Technical lead');
  await expect(page.getByTestId('coverage-member')).toContainText('Technical lead');
  await page.getByTestId('add-team-member').focus();
  await undoByKey(page);
  await expect(page.getByTestId('coverage-member')).toHaveCount(0);
  await expect(page.getByTestId('coverage-empty')).toBeVisible();
  await redoByKey(page);
  await expect(page.getByTestId('coverage-member')).toContainText('Chen Mei');

  // Chen Mei is one of our team now: Contoso can pick her from the list.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByTestId('account-card').filter({ hasText: 'Contoso' }).click();
  await addPerson(page, 'Sun Li');
  await switchTo(page, 'Coverage');
  await page.getByTestId('add-team-member').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Team member').click();
  await page.getByRole('option', { name: /Chen Mei/ }).click();
  await dialog.getByLabel('Role on this account').click();
  await page.getByRole('option', { name: 'Executive sponsor' }).click();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByTestId('coverage-member')).toContainText('Executive sponsor');
  await cellOf(page, 'Chen Mei', 'Sun Li').click();
  await expect(cellOf(page, 'Chen Mei', 'Sun Li')).toHaveAttribute('data-strength', '1');
  // Undo takes back the cell, then her place on Contoso's team; she stays on Fabrikam's.
  await undoByKey(page);
  await undoByKey(page);
  await expect(page.getByTestId('coverage-member')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByTestId('account-card').filter({ hasText: 'Fabrikam' }).click();
  await switchTo(page, 'Coverage');
  await expect(page.getByTestId('coverage-member')).toContainText('Chen Mei');
});
