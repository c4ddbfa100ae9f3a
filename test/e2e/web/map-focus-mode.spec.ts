import { callApi, card, expect, pressOnPage, test, undoByKey } from '../fixtures';
import type { Page } from '@playwright/test';

/**
 * A 300-person account imported as a new user would: the org chart wraps so Fit shows all of it,
 * and focus shows one person's neighbourhood with the rest faded, one to three steps out.
 */
function company(n: number): string {
  const rows = ['Name,Title,Department,Manager'];
  const names: string[] = [];
  const departments: string[] = [];
  // A CEO, managers with two to nine reports each (breadth first); each of the CEO's reports heads
  // a department, and everyone under them works in it.
  let manager = 0;
  let open = 5;
  for (let i = 0; i < n; i++) {
    const name = `Person ${String(i).padStart(3, '0')}`;
    names.push(name);
    const boss = i === 0 ? '' : names[manager]!;
    departments.push(i === 0 ? 'Board' : manager === 0 ? `Department ${i}` : departments[manager]!);
    rows.push(`${name},Title ${i},${departments[i]},${boss}`);
    if (i > 0 && --open === 0) {
      manager++;
      open = 2 + ((manager * 7) % 8);
    }
  }
  return rows.join('\n');
}

const zoomOf = async (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** Picks someone in the map's find box, as a user does on a map too big to click a name on. */
async function findPerson(page: Page, name: string): Promise<void> {
  await page.getByTestId('find-person').fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  // The map flies to them (Find zooms to 1.2); a focus started while it flies would be overtaken.
  await expect.poll(() => zoomOf(page)).toBeCloseTo(1.2, 1);
}

test('a 300-person account fits the screen, and focus fades all but one neighbourhood', async ({ app, page }) => {
  const account = await callApi(app, 'accounts.create', { name: 'Big Account' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  const result = await callApi(app, 'imports.commit', {
    accountId: account.id,
    fileName: 'people.csv',
    dataBase64: Buffer.from(company(300)).toString('base64'),
    mapId: map!.id,
  });
  expect(result.created).toBe(300);

  await page.goto(app.url);
  await page.getByTestId('account-card').click();
  await expect(page.locator('.react-flow__node-person').first()).toBeVisible();
  // Fit shows the whole chart at about six times the classic tree's zoom (the classic tree showed 300 people at about 0.02).
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(0.1);
  console.log(`fit zoom for 300 people: ${(await zoomOf(page)).toFixed(3)}`);
  await page.screenshot({ path: test.info().outputPath('fit-300-light.png') });

  // Focus on the CEO: found by name (at Fit the map is painted from afar, no card to click), F;
  // the bar says who and how far.
  await findPerson(page, 'Person 000');
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Person 000');
  await pressOnPage(page, 'f');
  const bar = page.getByRole('region', { name: 'Focus' });
  await expect(bar).toContainText('Focused on Person 000');
  await expect(page.getByTestId('focus-count')).toHaveText('6 people shown, the rest faded');
  // The view steps back to take in the CEO's reports (painted from afar, the rest pale).
  await expect.poll(() => zoomOf(page)).toBeLessThan(1.1);

  // Two steps out reaches the CEO's reports' reports.
  await bar.getByText('2 steps').click();
  await expect(page.getByTestId('focus-count')).not.toHaveText('6 people shown, the rest faded');
  const shownAtTwo = Number(/\d+/.exec((await page.getByTestId('focus-count').textContent()) ?? '')?.[0]);
  expect(shownAtTwo).toBeGreaterThan(6);
  await page.screenshot({ path: test.info().outputPath('focus-two-steps.png') });

  // Escape on the bar ends the focus: nobody is faded any more.
  await bar.getByRole('button', { name: 'End the focus (Esc)' }).focus();
  await bar.getByRole('button', { name: 'End the focus (Esc)' }).press('Escape');
  await expect(bar).toHaveCount(0);

  // The palette offers the same command.
  await findPerson(page, 'Person 001');
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Person 001');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('>Focus on the selected');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Focus' })).toContainText('Focused on Person 001');
  // Nearer: the far drawing of the cards and the reporting lines down the stacked columns' trunks.
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(0.15);
  await page.screenshot({ path: test.info().outputPath('focus-person-001.png') });

  // The dark scheme, at Fit again.
  await page.getByRole('region', { name: 'Focus' }).getByRole('button', { name: 'End the focus (Esc)' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect.poll(() => zoomOf(page)).toBeLessThan(0.2);
  await expect(page.locator('.react-flow__node-person [data-dimmed]')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('fit-300-dark.png') });
});

test('U folds a department from the layout and unfolds it again, one undo step each', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(card(page, 'Richard Hale')).toBeVisible();
  const procurement = page.getByTestId('org-unit').filter({ hasText: 'Procurement' });
  const heightOf = async () => (await procurement.boundingBox())?.height ?? 0;
  const openHeight = await heightOf();

  // U on a selected person folds their department: its people hide, the box shrinks to its header.
  await card(page, 'Richard Hale').click();
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Richard Hale');
  await pressOnPage(page, 'u');
  await expect(procurement).toHaveAttribute('data-collapsed', 'true');
  await expect(card(page, 'Richard Hale')).toHaveCount(0);
  await expect.poll(heightOf).toBeLessThan(openHeight / 2);

  // The palette's command unfolds it and makes room again.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('>Fold or unfold');
  await page.keyboard.press('Enter');
  await expect(procurement).not.toHaveAttribute('data-collapsed');
  await expect(card(page, 'Richard Hale')).toBeVisible();

  // Undo folds it again, as it was before the palette ran.
  await undoByKey(page);
  await expect(procurement).toHaveAttribute('data-collapsed', 'true');
  await expect(card(page, 'Richard Hale')).toHaveCount(0);
});
