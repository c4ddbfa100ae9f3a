import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi, card, expect, test, withStoppedApp, type WebApp } from '../fixtures';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

/**
 * A key account with Wang Jianguo, its decision maker, judged 200 days ago and not since: his
 * assessment is stale. Returns the address to open once the file holds that past.
 */
async function staleDecisionMaker(app: WebApp, language: 'en' | 'zh-CN'): Promise<string> {
  await callApi(app, 'settings.update', { language });
  const account = await callApi(app, 'accounts.create', { name: 'Northwind' });
  await callApi(app, 'accounts.update', { id: account.id, patch: { tier: 'key' } });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  await callApi(app, 'people.create', {
    accountId: account.id,
    name: 'Wang Jianguo',
    title: 'CFO',
    role: 'decision_maker',
    stance: 'supportive',
    layer: 'key',
    placeOn: { mapId: map?.id ?? '', position: { x: 0, y: 0 } },
  });
  return withStoppedApp(app, (db) => {
    db.prepare(
      `UPDATE people SET created_at = ?, role_assessed_at = ?, influence_assessed_at = ?, stance_assessed_at = ?,
         access_assessed_at = ?`,
    ).run(daysAgo(300), daysAgo(200), daysAgo(200), daysAgo(200), daysAgo(200));
  });
}

const staleCard = (page: Page) =>
  page.getByRole('dialog').locator('[data-testid="insight"][data-rule="assessment_stale"]');

/** axe-core's WCAG 2.1 AA rules on what is open: nothing critical or serious. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious')).toEqual([]);
}

test('“still right” on the stale warning confirms the assessment, the warning clears, and undo brings it back', async ({
  app,
  page,
}) => {
  await page.goto(await staleDecisionMaker(app, 'en'));
  await page.getByTestId('account-card').click();
  await expect(card(page, 'Wang Jianguo')).toBeVisible();
  await page.getByTestId('insights-button').click();
  await expect(staleCard(page)).toContainText('Assessment of Wang Jianguo is out of date');
  await staleCard(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.scratch/assessment-confirm-insight-en.png' });

  await staleCard(page).getByTestId('insight-still-right').click();
  const notice = page.getByRole('alert').filter({ hasText: 'Wang Jianguo: assessment confirmed as still right' });
  await expect(notice).toBeVisible();
  await expect(staleCard(page)).toHaveCount(0);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(staleCard(page)).toContainText('Assessment of Wang Jianguo is out of date');
});

test('the person page confirms an assessment and dates a change to the day it was learned', async ({ app, page }) => {
  await page.goto(await staleDecisionMaker(app, 'en'));
  await page.getByTestId('account-card').click();
  await card(page, 'Wang Jianguo').click();
  await page.getByTestId('open-person-page').click();
  const assessment = page.getByTestId('assessment');
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
  await expect(assessment.getByText('Assessed', { exact: false }).first()).toBeVisible();
  await expect(assessment.getByText(`Assessed ${today}`)).toHaveCount(0);

  await assessment.getByTestId('assessment-still-right').click();
  await expect(page.getByText('Wang Jianguo: assessment confirmed as still right')).toBeVisible();
  await expect(assessment.getByText(`Assessed ${today}`)).toHaveCount(4);

  // The stance turned at last week's steering meeting: learned then, typed now.
  await assessment.getByTestId('details-stance').click();
  await page.getByRole('option', { name: 'Skeptical' }).click();
  const pending = page.getByTestId('pending-change');
  await expect(pending.getByTestId('change-reason')).toBeFocused();
  await pending.getByTestId('change-reason').fill('Said so at the steering meeting');
  const learned = new Date(Date.now() - 7 * DAY);
  const learnedDay = `${learned.getFullYear()}-${String(learned.getMonth() + 1).padStart(2, '0')}-${String(learned.getDate()).padStart(2, '0')}`;
  const learnedOn = pending.getByLabel('Learned on');
  await learnedOn.fill(learnedDay);
  await learnedOn.press('Tab');
  await page.screenshot({ path: '.scratch/assessment-learned-on-en.png' });
  await expectAccessible(page, '[data-testid="person-page"]');
  await pending.getByTestId('save-change').click();
  await expect(pending).toHaveCount(0);
  const learnedText = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(learned);
  await expect(assessment.getByText(`Assessed ${learnedText}`)).toHaveCount(1);

  await page.getByTestId('person-tab-history').click();
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  // Newest learned first: today's review, then the change learned a week ago.
  await expect(entries.first()).toHaveAttribute('data-kind', 'review');
  await expect(entries.first()).toContainText('Confirmed as still right');
  await expect(entries.nth(1)).toContainText('Supportive → Skeptical');
  await expect(entries.nth(1)).toContainText(`learned ${learnedText}, recorded ${today}`);
  await page.screenshot({ path: '.scratch/assessment-history-en.png' });
});

test('在中文界面里复核评估并查看变化记录', async ({ app, page }) => {
  await page.goto(await staleDecisionMaker(app, 'zh-CN'));
  await page.getByTestId('account-card').click();
  await page.getByTestId('insights-button').click();
  await expect(staleCard(page)).toContainText('对Wang Jianguo的评估已过时');
  await staleCard(page).getByTestId('insight-still-right').click();
  await expect(page.getByText('已复核Wang Jianguo的评估，仍然成立')).toBeVisible();
  await expect(staleCard(page)).toHaveCount(0);
  await page.screenshot({ path: '.scratch/assessment-confirm-zh.png' });
  await page.getByRole('dialog').press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await card(page, 'Wang Jianguo').click();
  await page.getByTestId('open-person-page').click();
  const assessment = page.getByTestId('assessment');
  await expect(assessment.getByTestId('assessment-still-right')).toHaveText('评估仍然成立');
  await assessment.getByTestId('details-stance').click();
  await page.getByRole('option', { name: '反对' }).click();
  const pending = page.getByTestId('pending-change');
  await expect(pending.getByLabel('获悉日期')).toBeVisible();
  await page.screenshot({ path: '.scratch/assessment-learned-on-zh.png' });
  await expectAccessible(page, '[data-testid="person-page"]');
  await pending.getByTestId('save-change').click();
  await page.getByTestId('person-tab-history').click();
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('复核：评估仍然成立');
  await page.screenshot({ path: '.scratch/assessment-history-zh.png' });
});
