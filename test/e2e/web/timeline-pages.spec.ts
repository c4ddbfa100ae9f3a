import type { Page } from '@playwright/test';
import { callApi, expect, test, undoByKey, type WebApp } from '../fixtures';

/**
 * An account with more contacts than a page holds: `count` contacts an hour apart, newest first
 * "Contact 001"; Ann is in every one, Bob in every other, and every tenth is a private occasion.
 */
async function accountWithContacts(app: WebApp, name: string, count: number) {
  const account = await callApi(app, 'accounts.create', { name });
  const ann = await callApi(app, 'people.create', { accountId: account.id, name: 'Ann Lee' });
  const bob = await callApi(app, 'people.create', { accountId: account.id, name: 'Bob Hart' });
  const start = Date.now() - 60 * 60 * 1000;
  for (let i = 1; i <= count; i++) {
    await callApi(app, 'interactions.create', {
      accountId: account.id,
      occurredAt: new Date(start - i * 60 * 60 * 1000).toISOString(),
      personIds: i % 2 === 0 ? [ann.id, bob.id] : [ann.id],
      summary: `Contact ${String(i).padStart(3, '0')}`,
      scenario: i % 10 === 0 ? 'private_special' : 'work_daily',
    });
  }
  return account;
}

async function openTimeline(page: Page, app: WebApp, accountName: string) {
  await page.goto(app.url);
  await page.getByTestId('account-card').filter({ hasText: accountName }).click();
  await page.getByTestId('section-timeline').click();
  return page.getByTestId('account-timeline');
}

test('the account timeline shows 50 contacts, loads the rest by keyboard and filters on the server', async ({
  app,
  page,
}) => {
  await accountWithContacts(app, 'Pages Co', 120);
  const timeline = await openTimeline(page, app, 'Pages Co');
  const cards = timeline.getByTestId('interaction');
  const count = timeline.getByRole('status');
  const more = timeline.getByRole('button', { name: 'Load more' });

  await expect(count).toHaveText('Showing 50 of 120');
  await expect(cards).toHaveCount(50);
  await expect(cards.first()).toContainText('Contact 001');
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('timeline-load-more-light.png') });

  // Enter on the button appends the next page below; focus stays on the button for the page after.
  await more.focus();
  await more.press('Enter');
  await expect(count).toHaveText('Showing 100 of 120');
  await expect(cards).toHaveCount(100);
  await expect(cards.nth(99)).toContainText('Contact 100');
  await expect(more).toBeFocused();
  await more.press('Enter');
  await expect(count).toHaveText('Showing 120 of 120');
  await expect(cards).toHaveCount(120);
  // Everything is shown: no button, and focus is on the count rather than lost.
  await expect(more).toHaveCount(0);
  await expect(count).toBeFocused();

  // A delete reloads every page loaded so far; undo brings the contact back in its place.
  const doomed = cards.filter({ hasText: 'Contact 075' });
  await doomed.getByTestId('interaction-menu').click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(count).toHaveText('Showing 119 of 119');
  await expect(cards).toHaveCount(119);
  await expect(doomed).toHaveCount(0);
  await undoByKey(page);
  await expect(count).toHaveText('Showing 120 of 120');
  await expect(doomed).toHaveCount(1);

  // The person filter goes to the server: Bob is in 60 contacts, the first 50 shown.
  await timeline.getByTestId('timeline-filter-person').click();
  await page.getByRole('option', { name: 'Bob Hart', exact: true }).click();
  await expect(count).toHaveText('Showing 50 of 60');
  await expect(cards).toHaveCount(50);
  await expect(cards.first()).toContainText('Contact 002');
  await more.focus();
  await more.press('Enter');
  await expect(count).toHaveText('Showing 60 of 60');
  await expect(more).toHaveCount(0);

  // So does the scenario filter, on top of the person: every tenth contact, all with Bob.
  await timeline.getByTestId('timeline-filter-scenario').click();
  await page.getByRole('option', { name: 'Special private occasion', exact: true }).click();
  await expect(count).toHaveText('Showing 12 of 12');
  await expect(cards).toHaveCount(12);
  await expect(cards.first()).toContainText('Contact 010');
});

test('the person timeline pages their contacts the same way', async ({ app, page }) => {
  await accountWithContacts(app, 'Pages Co', 70);
  const timeline = await openTimeline(page, app, 'Pages Co');
  await expect(timeline.getByRole('status')).toHaveText('Showing 50 of 70');
  await timeline.getByTestId('interaction').first().getByText('Ann Lee').click();
  await page.getByTestId('person-tab-timeline').click();
  const person = page.getByTestId('person-timeline');
  const count = person.getByRole('status');
  const more = person.getByRole('button', { name: 'Load more' });
  await expect(count).toHaveText('Showing 50 of 70');
  await expect(person.getByTestId('interaction')).toHaveCount(50);
  await more.focus();
  await more.press('Enter');
  await expect(count).toHaveText('Showing 70 of 70');
  await expect(person.getByTestId('interaction')).toHaveCount(70);
  await expect(more).toHaveCount(0);
});

test('the timeline counts and loads more in Chinese', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await accountWithContacts(app, '分页客户', 60);
  const timeline = await openTimeline(page, app, '分页客户');
  const count = timeline.getByRole('status');
  const more = timeline.getByRole('button', { name: '加载更多' });
  await expect(count).toHaveText('已显示 50 条，共 60 条');
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('timeline-load-more-zh-CN.png') });
  await more.focus();
  await more.press('Enter');
  await expect(count).toHaveText('已显示 60 条，共 60 条');
  await expect(timeline.getByTestId('interaction')).toHaveCount(60);
  await expect(more).toHaveCount(0);
  await context.close();
});
