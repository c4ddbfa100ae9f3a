import { expect, test, clickEmptyCanvas, undoByKey, pressOnPage } from '../fixtures';

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
  await undoByKey(page);
  await expect.poll(() => page.getByTestId('person-card').count()).toBe(visibleBefore);

  // The org-chart layout moves cards in one undoable step.
  const first = page.getByTestId('person-card').first();
  const before = await first.boundingBox();
  await page.getByTestId('org-chart-layout').click();
  await expect.poll(async () => JSON.stringify(await first.boundingBox())).not.toBe(JSON.stringify(before));
  await clickEmptyCanvas(page);
  await undoByKey(page);
  await expect.poll(async () => JSON.stringify(await first.boundingBox())).toBe(JSON.stringify(before));
});

test('the sample shows the method at work: a timeline, an action plan, an analysis sheet and an agenda', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('(sample)');

  // Timeline: weeks of contacts, an overdue promise, and the VP of Operations past his cadence.
  await page.getByTestId('section-timeline').click();
  const timeline = page.getByTestId('account-timeline');
  await expect.poll(() => timeline.getByTestId('interaction').count()).toBeGreaterThanOrEqual(12);
  await expect(timeline.getByTestId('interaction').filter({ hasText: 'Architecture workshop with IT' })).toContainText(
    'Ryan Mitchell',
  );
  const overdue = timeline
    .getByTestId('open-commitments')
    .getByTestId('commitment')
    .filter({
      has: page.getByTestId('commitment-overdue'),
    });
  await expect(overdue).toContainText('integration benchmark against Voyager');
  await expect(timeline.getByTestId('contact-due').first()).toContainText('Thomas Reed');
  await expect(timeline.locator('[data-testid="commitment"][data-state="broken"]')).toHaveCount(1);

  // Action plan: goals on every horizon, actions done and overdue, a review.
  await page.getByTestId('section-plan').click();
  const sheet = page.getByTestId('action-plan');
  await expect(sheet.getByTestId('goal-row').filter({ hasText: 'Win the ERP upgrade' })).toBeVisible();
  await expect(sheet.getByTestId('goal-row')).toHaveCount(5);
  const benchmark = sheet.getByTestId('action-row').filter({ hasText: 'Integration benchmark' }).first();
  await expect(benchmark).toContainText('Overdue');
  await expect(sheet.getByTestId('action-row').filter({ hasText: 'Victor Stone accepted' }).first()).toBeVisible();
  await expect(sheet.getByTestId('review-card')).toContainText('Monthly account review');

  // Analysis sheet: every cell of the customer, us and both competitors says something.
  await page.getByTestId('section-analysis').click();
  await expect(page.getByTestId('analysis-cell-customer-relationship_activity')).toHaveValue(/four years/);
  await expect(page.getByTestId('analysis-cell-us-strengths_weaknesses')).toHaveValue(/Thomas Reed/);
  const cells = page.locator('[data-testid^="analysis-cell-"]');
  await expect(cells).toHaveCount(24);
  for (const value of await cells.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))) {
    expect(value).not.toBe('');
  }

  // Home: the agenda brings the overdue action, the key person past cadence and the open promises.
  await page.getByRole('button', { name: 'Back' }).click();
  const agenda = page.getByTestId('agenda');
  await expect(agenda.getByTestId('agenda-action')).toContainText('Integration benchmark');
  await expect(agenda.getByTestId('agenda-contact')).toContainText('Thomas Reed');
  await expect.poll(() => agenda.getByTestId('agenda-commitment').count()).toBeGreaterThanOrEqual(5);
});

test('the sample account speaks Chinese to a Chinese user', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('示例');
  await expect(page.getByTestId('org-unit').filter({ hasText: '财务部' })).toBeVisible();
  // Its timeline, plan and analysis are in Chinese too.
  await page.getByTestId('section-timeline').click();
  await expect(page.getByTestId('interaction').filter({ hasText: '与信息技术部的架构研讨会' })).toContainText(
    '特定工作',
  );
  await page.getByTestId('section-plan').click();
  await expect(page.getByTestId('goal-row').filter({ hasText: '赢得 ERP 升级项目' })).toBeVisible();
  await expect(page.getByTestId('review-card')).toContainText('月度客户复盘');
  await page.getByTestId('section-analysis').click();
  await expect(page.getByTestId('analysis-cell-customer-cycle_change')).toHaveValue(/成长期/);
  await context.close();
});

test('a sticky note is written on the canvas and a team member is taken off the map without being deleted', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('map-note').first()).toBeVisible();
  const noteCards = page.locator('.react-flow__node').filter({ has: page.getByTestId('map-note') });
  const noteIds = () => noteCards.evaluateAll((all) => all.map((node) => node.getAttribute('data-id')));
  const before = await noteIds();
  await page.getByTestId('add-menu').click();
  await page.getByRole('menuitem', { name: 'Sticky note' }).click();
  await expect(noteCards).toHaveCount(before.length + 1);
  const added = (await noteIds()).find((id) => !before.includes(id));
  const note = page.locator(`.react-flow__node[data-id="${added}"]`).getByTestId('map-note');
  await note.dblclick();
  await page.getByLabel('Note text').fill('Ask Jason about the budget');
  await clickEmptyCanvas(page);
  await expect(page.getByTestId('map-note').filter({ hasText: 'Ask Jason about the budget' })).toBeVisible();

  const members = await page.getByTestId('member-card').count();
  await page.getByTestId('member-card').first().click();
  await pressOnPage(page, 'Delete');
  await expect(page.getByTestId('member-card')).toHaveCount(members - 1);
  // Still one of our team: the palette offers to put them back.
  await page.getByTestId('add-menu').click();
  await page.getByTestId('add-team-member').hover();
  await page.getByRole('menuitem').filter({ hasText: '·' }).first().click();
  await expect(page.getByTestId('member-card')).toHaveCount(members);
});
