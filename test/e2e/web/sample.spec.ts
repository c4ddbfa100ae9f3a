import { expect, test, clickEmptyCanvas } from '../fixtures';

test('a new user opens the sample account and finds every part of the power map', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('(sample)');
  await expect.poll(() => page.getByTestId('person-card').count()).toBeGreaterThanOrEqual(25);
  await expect(page.getByTestId('member-card').first()).toBeVisible();
  await expect(page.getByTestId('org-unit').first()).toBeVisible();
  await expect(page.getByTestId('map-note').first()).toBeVisible();
  await expect(page.locator('[data-placeholder="true"]').first()).toBeVisible();

  // Folding a department hides its people; unfolding brings them back; undo is one step.
  const finance = page.getByTestId('org-unit').filter({ hasText: 'Finance' });
  const visibleBefore = await page.getByTestId('person-card').count();
  await finance.getByRole('button', { name: 'Fold the unit' }).click();
  await expect.poll(() => page.getByTestId('person-card').count()).toBeLessThan(visibleBefore);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('person-card').count()).toBe(visibleBefore);

  // The org-chart layout moves cards in one undoable step.
  const first = page.getByTestId('person-card').first();
  const before = await first.boundingBox();
  await page.getByTestId('org-chart-layout').click();
  await expect.poll(async () => JSON.stringify(await first.boundingBox())).not.toBe(JSON.stringify(before));
  await clickEmptyCanvas(page);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => JSON.stringify(await first.boundingBox())).toBe(JSON.stringify(before));
});

test('the sample account speaks Chinese to a Chinese user', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('示例');
  await expect(page.getByTestId('org-unit').filter({ hasText: '财务部' })).toBeVisible();
  await context.close();
});

test('a sticky note is written on the canvas and a team member is taken off the map without being deleted', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('map-note').first()).toBeVisible();
  const notes = await page.getByTestId('map-note').count();
  await page.getByTestId('add-menu').click();
  await page.getByRole('menuitem', { name: 'Sticky note' }).click();
  await expect(page.getByTestId('map-note')).toHaveCount(notes + 1);
  const note = page.getByTestId('map-note').last();
  await note.dblclick();
  await page.getByLabel('Note text').fill('Ask Jason about the budget');
  await clickEmptyCanvas(page);
  await expect(page.getByTestId('map-note').filter({ hasText: 'Ask Jason about the budget' })).toBeVisible();

  const members = await page.getByTestId('member-card').count();
  await page.getByTestId('member-card').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('member-card')).toHaveCount(members - 1);
  // Still one of our team: the palette offers to put them back.
  await page.getByTestId('add-menu').click();
  await page.getByTestId('add-team-member').hover();
  await page.getByRole('menuitem').filter({ hasText: '·' }).first().click();
  await expect(page.getByTestId('member-card')).toHaveCount(members);
});
