import type { Page } from '@playwright/test';
import { createAccount, expect, test, undoByKey } from '../fixtures';
import { STANCES } from '../../../shared/domain/enums';

const rows = (page: Page) => page.getByTestId('people-row');
const row = (page: Page, name: string) => page.locator(`[data-testid="people-row"][data-person="${name}"]`);

async function stancesShown(page: Page): Promise<number[]> {
  const codes = await rows(page)
    .locator('[data-stance]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stance')));
  return codes.map((code) => STANCES.indexOf(code as (typeof STANCES)[number]));
}

const isSorted = (values: number[], direction: 1 | -1) =>
  values.every((value, i) => i === 0 || (value - (values[i - 1] as number)) * direction >= 0);

async function openSamplePeople(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('open-sample').click();
  await page.getByTestId('section-people').click();
  await expect(page.getByTestId('people-count')).toHaveText('30 of 30 people');
}

test('the people table sorts, filters, and edits in place and in bulk with undo', async ({ app, page }) => {
  await openSamplePeople(page, app.url);

  // Sort by stance: one click orders one way, the next the other.
  await page.getByTestId('sort-stance').click();
  const first = await stancesShown(page);
  expect(isSorted(first, 1) || isSorted(first, -1)).toBe(true);
  expect(new Set(first).size).toBeGreaterThan(1);
  await page.getByTestId('sort-stance').click();
  const second = await stancesShown(page);
  expect(second[0]).not.toBe(first[0]);
  expect(isSorted(second, isSorted(first, 1) ? -1 : 1)).toBe(true);
  await page.getByTestId('sort-name').click();
  await expect(rows(page).first()).toHaveAttribute('data-person', /CFO|Amy/);

  // Filter: the search narrows to one department's words, the stance filter to one stance.
  await page.getByTestId('people-search').fill('finance');
  await expect(page.getByTestId('people-count')).not.toHaveText('30 of 30 people');
  for (const text of await rows(page).allInnerTexts()) expect(text.toLowerCase()).toContain('finance');
  await page.getByRole('combobox', { name: 'Stance' }).click();
  await page.getByRole('option', { name: 'Neutral' }).click();
  await page.getByRole('combobox', { name: 'Stance' }).press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect.poll(async () => new Set(await stancesShown(page))).toEqual(new Set([STANCES.indexOf('neutral')]));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('30 of 30 people');

  // Inline edit of a stance, kept with the person.
  await row(page, 'Amy Sutton').getByTestId('cell-stance').click();
  await page.getByRole('option', { name: 'Champion (exclusive)' }).click();
  await expect(row(page, 'Amy Sutton').locator('[data-stance]')).toHaveAttribute('data-stance', 'champion');

  // Bulk edit: three people (a click and a shift-click) get the same layer, in one undo step.
  const three = ['Amy Sutton', 'Andrew Cole', 'Ben Carroll'];
  const layers = async () => Promise.all(three.map((name) => row(page, name).getByTestId('cell-layer').innerText()));
  const layersBefore = await layers();
  expect(new Set(layersBefore).size).toBe(2);
  await row(page, 'Amy Sutton').getByTestId('select-row').click();
  await row(page, 'Ben Carroll')
    .getByTestId('select-row')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
  await page.getByTestId('bulk-layer').click();
  await page.getByRole('option', { name: 'Key', exact: true }).click();
  await expect.poll(layers).toEqual(['Key', 'Key', 'Key']);
  await row(page, 'Andrew Cole').focus();
  await undoByKey(page);
  await expect.poll(layers).toEqual(layersBefore);
  await expect(row(page, 'Amy Sutton').locator('[data-stance]')).toHaveAttribute('data-stance', 'champion');

  // What was edited is stored.
  // A reload stays on the account's screen.
  await page.reload();
  await page.getByTestId('section-people').click();
  await expect(row(page, 'Amy Sutton').locator('[data-stance]')).toHaveAttribute('data-stance', 'champion');
  await expect.poll(layers).toEqual(layersBefore);
});

test('the person page edits contact details, Markdown private notes and a stance with its reason', async ({
  app,
  page,
}) => {
  await openSamplePeople(page, app.url);

  // Enter on a row opens the person page.
  await row(page, 'Andrew Cole').focus();
  await page.keyboard.press('Enter');
  const details = page.getByTestId('person-details');
  await expect(details.getByTestId('details-name')).toHaveValue('Andrew Cole');

  // Contact details and private notes with a list and a link.
  await details.getByTestId('details-mobile').fill('+86 139 1234 5678');
  await details.getByTestId('details-mobile').press('Enter');
  await details.getByTestId('details-email').fill('not an address');
  await details.getByTestId('details-email').press('Enter');
  await expect(details).toContainText('This does not look like an email address');
  await details.getByTestId('details-email').fill('andrew.cole@example.com');
  await details.getByTestId('details-email').press('Enter');
  await expect(details).not.toContainText('This does not look like an email address');
  // Escape in a field gives back the saved value and leaves the page open.
  await details.getByTestId('details-email').fill('typo@');
  await details.getByTestId('details-email').press('Escape');
  await expect(details.getByTestId('details-email')).toHaveValue('andrew.cole@example.com');
  await expect(details.getByTestId('details-name')).toBeVisible();
  const notes = details.getByTestId('private-notes-input');
  await notes.fill(
    'Met at the supplier summit.\n\n- prefers tea to coffee\n- plays golf on Saturdays\n\nSee the [annual report](https://example.com/report).',
  );
  await expect(details.getByTestId('notes-state')).toHaveText('Unsaved changes');
  const preview = details.getByTestId('private-notes-preview');
  await expect(preview.locator('li')).toHaveCount(2);
  await expect(preview.getByRole('link', { name: 'annual report' })).toHaveAttribute(
    'href',
    'https://example.com/report',
  );
  await expect(preview.getByRole('link', { name: 'annual report' })).toHaveAttribute('target', '_blank');
  await details.getByTestId('details-phone').click();
  await expect(details.getByTestId('notes-state')).toHaveText('Saved');

  // A stance change on the page waits for its optional reason.
  await details.getByTestId('details-stance').click();
  await page.getByRole('option', { name: 'Champion (exclusive)' }).click();
  await expect(details.getByTestId('pending-change')).toContainText('Supportive → Champion');
  await details.getByTestId('change-reason').fill('Backed us at the steering committee');
  await details.getByTestId('change-reason').press('Enter');
  await expect(details.getByTestId('pending-change')).toHaveCount(0);
  await expect(details.getByTestId('details-stance')).toHaveValue('Champion (exclusive)');

  // Everything is stored.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await page.getByTestId('section-people').click();
  await expect(row(page, 'Andrew Cole').locator('[data-stance]')).toHaveAttribute('data-stance', 'champion');
  // Double-clicking a cell that has no editor opens the person too.
  await row(page, 'Andrew Cole').getByText('Confirmed').dblclick();
  await expect(details.getByTestId('details-mobile')).toHaveValue('+86 139 1234 5678');
  await expect(details.getByTestId('details-email')).toHaveValue('andrew.cole@example.com');
  await expect(details.getByTestId('private-notes-preview').locator('li')).toHaveCount(2);
});

test('an account without people says so and adds the first person from the table', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await page.getByTestId('section-people').click();
  await expect(page.getByTestId('people-empty')).toContainText('No people in this account yet');

  await page.getByTestId('people-empty-state').getByTestId('people-add').click();
  await page.getByTestId('people-add-name').fill('Wang Jianguo');
  await page.getByTestId('people-add-name').press('Enter');
  await expect(page.getByTestId('person-details').getByTestId('details-name')).toHaveValue('Wang Jianguo');
  await page.keyboard.press('Escape');
  await expect(row(page, 'Wang Jianguo')).toBeVisible();
  await expect(page.getByTestId('people-count')).toHaveText('1 of 1 person');

  // Reports-to is edited in place too, as a reporting line, and undone as one.
  await page.getByTestId('people-add').first().click();
  await page.getByTestId('people-add-name').fill('Li Na');
  await page.getByTestId('people-add-name').press('Enter');
  await expect(page.getByTestId('person-details').getByTestId('details-name')).toHaveValue('Li Na');
  await page.locator('.mantine-Drawer-close').click();
  await row(page, 'Li Na').getByTestId('cell-reportsTo').click();
  await page.getByRole('option', { name: 'Wang Jianguo' }).click();
  await expect(row(page, 'Li Na').getByTestId('cell-reportsTo')).toHaveText('Wang Jianguo');
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('people-search')).toBeFocused();
  await page.getByTestId('people-search').fill('wang');
  await expect(page.getByTestId('people-count')).toHaveText('2 of 2 people');
  await page.getByTestId('people-search').press('Escape');
  await row(page, 'Li Na').focus();
  await undoByKey(page);
  await expect(row(page, 'Li Na').getByTestId('cell-reportsTo')).toHaveText('');

  // Adding is undoable like every edit.
  await undoByKey(page);
  await expect(row(page, 'Li Na')).toHaveCount(0);
  await undoByKey(page);
  await expect(page.getByTestId('people-empty')).toBeVisible();
});
