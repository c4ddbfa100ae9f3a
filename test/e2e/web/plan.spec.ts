import fs from 'node:fs';
import { expect, openSampleWithout, test, undoByKey, redoByKey } from '../fixtures';
import type { Locator, Page } from '@playwright/test';

/** Closes a MultiSelect's list with Escape, from its field, and waits until it is gone. */
async function closeList(page: Page, field: Locator): Promise<void> {
  await field.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** Picks an option of a Mantine Select (or MultiSelect) by its label. */
async function pick(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an account manager sets the profile, plans, reviews, prints and exports the action plan', async ({
  app,
  page,
}) => {
  // The sample's people and team, without the plan and analysis it comes with: this test builds its own.
  await openSampleWithout(app, page, ['plan']);
  await expect(page.getByTestId('account-title')).toContainText('(sample)');

  // Profile: the tier sets the care cadence; the organisational relationship is a four-step stepper.
  await page.getByTestId('section-profile').click();
  const profile = page.getByTestId('account-profile');
  await pick(page, profile.getByTestId('profile-tier'), 'Strategic');
  await expect(page.getByTestId('profile-cadence')).toContainText('every 7 days (weekly)');
  await page.getByTestId('org-step-ally').click();
  await expect(page.getByTestId('org-step-ally')).toHaveAttribute('data-progress', 'true');
  await profile.getByPlaceholder('e.g. Voyager Software').fill('Ironclad ERP');
  await profile.getByRole('button', { name: 'Add competitor' }).click();
  await expect(profile.getByRole('textbox', { name: 'Competitor name' })).toHaveCount(3);
  // Undo takes back the competitor, then the org step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(profile.getByRole('textbox', { name: 'Competitor name' })).toHaveCount(2);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(profile.getByRole('textbox', { name: 'Competitor name' })).toHaveCount(3);

  // Action plan: an account goal and two actions; a horizon gives a sensible due date.
  await page.getByTestId('section-plan').click();
  const sheet = page.getByTestId('action-plan');
  await expect(sheet.getByText('No goals yet.', { exact: false })).toBeVisible();
  await sheet.getByTestId('new-goal').click();
  await page.getByTestId('goal-title').fill('Become the preferred ERP partner');
  await page.getByTestId('goal-horizon').getByText('1 year').click();
  await page.getByTestId('goal-save').click();
  await expect(sheet.getByTestId('goal-row')).toHaveCount(1);
  await expect(sheet.getByTestId('goal-row')).toContainText('1 year');

  await sheet.getByTestId('new-action').click();
  await page.getByTestId('action-title').fill('Invite Andrew Cole to the customer summit');
  await pick(page, page.getByTestId('action-people'), 'Andrew Cole');
  await closeList(page, page.getByTestId('action-people'));
  await pick(page, page.getByTestId('action-owner'), 'Daniel Brooks');
  await page.getByTestId('action-horizon').getByText('3 months').click();
  await expect(page.getByTestId('action-due')).toHaveValue(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await page.getByTestId('action-save').click();

  await sheet.getByTestId('new-action').click();
  await page.getByTestId('action-title').fill('Architecture workshop with IT');
  await pick(page, page.getByTestId('action-goal'), 'Become the preferred ERP partner');
  await pick(page, page.getByTestId('action-owner'), 'Ryan Mitchell');
  await page.getByTestId('action-horizon').getByText('6 months').click();
  await page.getByTestId('action-save').click();
  await expect(sheet.getByTestId('action-row')).toHaveCount(2);

  // Inline status change, undone and redone.
  const summit = sheet.getByTestId('action-row').filter({ hasText: 'customer summit' });
  await pick(page, summit.getByTestId('action-status-select'), 'Doing');
  await expect(summit.getByTestId('action-status-select')).toHaveValue('Doing');
  await undoByKey(page);
  await expect(summit.getByTestId('action-status-select')).toHaveValue('To do');
  await redoByKey(page);
  await expect(summit.getByTestId('action-status-select')).toHaveValue('Doing');

  // Three views of the same actions.
  await expect(sheet.getByTestId('actions-by-goal').getByTestId('action-group')).toHaveCount(2);
  await sheet.getByTestId('plan-view').getByText('Timeline').click();
  await expect(sheet.getByTestId('timeline-3m')).toContainText('customer summit');
  await expect(sheet.getByTestId('timeline-6m')).toContainText('Architecture workshop');
  await sheet.getByTestId('plan-view').getByText('By owner').click();
  const owners = sheet.getByTestId('actions-by-owner').getByTestId('action-group');
  await expect(owners).toHaveCount(2);
  await expect(owners.first()).toContainText('Daniel Brooks');
  await expect(owners.nth(1)).toContainText('Ryan Mitchell');

  // A review checkpoint: what was evaluated, what was decided.
  await sheet.getByTestId('new-review').click();
  // A date can be typed as well as picked.
  await page.getByTestId('review-held-on').fill('2027-01-15');
  await page.getByTestId('review-held-on').press('Tab');
  await page.getByTestId('review-evaluated').fill('CIO still neutral; summit invitation accepted');
  await page.getByTestId('review-decided').fill('Add an executive sponsor visit, "before Q3"');
  await page.getByTestId('review-save').click();
  await expect(sheet.getByTestId('review-card')).toContainText('executive sponsor visit');
  await expect(sheet.getByTestId('review-card')).toContainText('Jan 15, 2027');

  // Export CSV: a BOM for Excel, every action with its people and owner, quotes escaped.
  const downloading = page.waitForEvent('download');
  await sheet.getByTestId('plan-export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Northbridge Precision Group \(sample\) — action-plan .*\.csv$/);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Kind,Action,Goal,People,Owner,Due,Horizon,Status,Outcome');
  expect(lines.find((l) => l.includes('customer summit'))).toMatch(
    /^Action,Invite Andrew Cole to the customer summit,,Andrew Cole,Daniel Brooks,\d{4}-\d{2}-\d{2},3 months,Doing,$/,
  );
  expect(csv).toContain('Action,Architecture workshop with IT,Become the preferred ERP partner,,Ryan Mitchell');
  expect(csv).toContain('"Add an executive sponsor visit, ""before Q3"""');

  // Print: only the sheet, without navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('section-nav')).toBeHidden();
  await expect(sheet.getByTestId('plan-export-csv')).toBeHidden();
  await expect(sheet.getByText('Become the preferred ERP partner').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('plan-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Analysis sheet: a cell saved on blur, undoable.
  await page.getByTestId('section-analysis').click();
  const cell = page.getByTestId('analysis-cell-us-customer_view');
  await cell.fill('Seen as a capable niche vendor\nNot yet a strategic partner');
  await page.getByRole('heading', { name: 'Account analysis' }).click();
  await page.getByTestId('section-plan').click();
  await page.getByTestId('section-analysis').click();
  await expect(cell).toHaveValue('Seen as a capable niche vendor\nNot yet a strategic partner');
  await expect(page.getByTestId('analysis-column-customer')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Ironclad ERP' })).toBeVisible();
  await undoByKey(page);
  await expect(cell).toHaveValue('');
  await redoByKey(page);
  await expect(cell).toHaveValue(/capable niche vendor/);

  // A relationship goal on the person page shows the gap to close.
  await page.getByTestId('section-plan').click();
  await sheet.getByTestId('action-row').getByText('Andrew Cole', { exact: true }).click();
  const personPage = page.getByTestId('person-page');
  await personPage.getByTestId('person-tab-goal').click();
  await expect(personPage.getByTestId('person-actions')).toContainText('customer summit');
  await personPage.getByTestId('person-goal-new').click();
  await pick(page, page.getByTestId('goal-target-stance'), 'Champion (exclusive)');
  await pick(page, page.getByTestId('goal-target-access'), 'Joins leisure time');
  await page.getByTestId('goal-horizon').getByText('6 months').click();
  await page.getByTestId('goal-save').click();
  const goalCard = personPage.getByTestId('person-goal-card');
  await expect(goalCard.getByTestId('gap-stance')).toContainText('→ Champion');
  await expect(goalCard.getByTestId('gap-access')).toContainText('→ Joins leisure time');
  await expect(goalCard.getByTestId('person-goal-gap')).toContainText(/\d+ steps? to go/);
  await expect(goalCard).toContainText('days left');
  // An action added from his page is for him, serves his goal and is due at the end of 3 months.
  await personPage.getByTestId('person-action-new').click();
  await page.getByTestId('action-title').fill('Lunch with Andrew after the summit');
  await expect(page.getByTestId('action-due')).toHaveValue(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(page.getByTestId('action-goal')).toHaveValue('Champion · Joins leisure time');
  await page.getByTestId('action-save').click();
  await expect(personPage.getByTestId('person-actions')).toContainText('Lunch with Andrew after the summit');
  await personPage.getByTestId('person-tab-goal').press('Escape');
  await expect(sheet.getByTestId('action-row').filter({ hasText: 'Lunch with Andrew' })).toContainText('Andrew Cole');

  // My plan, from the home screen, lists him with his target and next action.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByTestId('open-my-plan').click();
  const row = page.getByTestId('my-plan-row').filter({ hasText: 'Andrew Cole' });
  await expect(row).toContainText('Champion');
  await expect(row).toContainText('Invite Andrew Cole to the customer summit');
  await expect(row).toContainText('Northbridge Precision Group (sample)');
  await row.getByRole('button', { name: /Open Andrew Cole/ }).click();
  await expect(page.getByTestId('account-title')).toContainText('(sample)');
  await expect(page.getByTestId('person-tab-details')).toBeVisible();
});

test('the action plan reads in Chinese and its CSV keeps the Chinese text', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('示例');
  await page.getByTestId('section-plan').click();
  const sheet = page.getByTestId('action-plan');
  await expect(sheet.getByRole('heading', { name: '复盘记录' })).toBeVisible();
  await sheet.getByTestId('new-action').click();
  await page.getByTestId('action-title').fill('拜访首席信息官');
  await page.getByTestId('action-horizon').getByText('3个月').click();
  await expect(page.getByTestId('action-due')).toHaveValue(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await page.getByTestId('action-save').click();
  await expect(
    sheet.getByTestId('action-row').filter({ hasText: '拜访首席信息官' }).getByTestId('action-status-select'),
  ).toHaveValue('待办');
  const downloading = page.waitForEvent('download');
  await sheet.getByTestId('plan-export-csv').click();
  const csv = fs.readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFF类别,行动,目标,相关人员,负责人,截止日期,期限,状态,结果\r\n')).toBe(true);
  expect(csv).toMatch(/行动,拜访首席信息官,,,.*,\d{4}-\d{2}-\d{2},3个月,待办,/);
  await context.close();
});

/** The notice a deletion shows, with its Undo button. */
const undoNotice = (page: Page, text: string) =>
  page.getByRole('alert').filter({ hasText: text }).getByRole('button', { name: 'Undo' });

test('deleting a goal, an action, a review or a competitor asks first, and undo brings it back', async ({
  app,
  page,
}) => {
  await openSampleWithout(app, page, ['plan']);
  await page.getByTestId('section-plan').click();
  const sheet = page.getByTestId('action-plan');

  // Each empty part says what belongs there and adds the first one.
  await expect(sheet.getByTestId('actions-empty')).toContainText('No actions yet.');
  await sheet.getByTestId('goals-empty').getByRole('button', { name: 'Set the first goal' }).click();
  await page.getByTestId('goal-title').fill('Become the preferred ERP partner');
  await page.getByTestId('goal-save').click();
  await expect(sheet.getByTestId('goals-empty')).toBeHidden();
  for (const [title, person] of [
    ['Invite Andrew Cole to the customer summit', 'Andrew Cole'],
    ['Architecture workshop with IT', null],
  ] as const) {
    await sheet.getByTestId('new-action').click();
    await page.getByTestId('action-title').fill(title);
    await pick(page, page.getByTestId('action-goal'), 'Become the preferred ERP partner');
    if (person) {
      await pick(page, page.getByTestId('action-people'), person);
      await closeList(page, page.getByTestId('action-people'));
    }
    await page.getByTestId('action-save').click();
  }
  await sheet.getByTestId('reviews-empty').getByRole('button', { name: 'Hold the first review' }).click();
  await page.getByTestId('review-held-on').fill('2027-01-15');
  await page.getByTestId('review-held-on').press('Tab');
  await page.getByTestId('review-evaluated').fill('CIO still neutral');
  await page.getByTestId('review-save').click();
  await expect(sheet.getByTestId('review-card')).toHaveCount(1);

  const goalRow = sheet.getByTestId('goal-row');
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('confirm-dialog') });
  const askToDeleteGoal = async () => {
    await goalRow.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(dialog).toContainText('Delete the goal “Become the preferred ERP partner”?');
    await expect(dialog.getByTestId('confirm-delete')).toBeFocused();
  };

  // The goal: the dialog says its two actions stay, serving no goal. Esc and Cancel keep it.
  await askToDeleteGoal();
  await expect(dialog).toContainText('The 2 actions serving it stay in the plan, serving no goal.');
  await dialog.getByTestId('confirm-delete').press('Escape');
  await expect(dialog).toBeHidden();
  await askToDeleteGoal();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(goalRow).toHaveCount(1);
  // Enter confirms: the goal goes, its actions stay and serve no goal.
  await askToDeleteGoal();
  await dialog.getByTestId('confirm-delete').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(goalRow).toHaveCount(0);
  await expect(sheet.getByTestId('goals-empty')).toBeVisible();
  await expect(sheet.getByTestId('action-row')).toHaveCount(2);
  await expect(sheet.getByTestId('action-group')).toHaveText(/^Serving no goal/);
  // Undo in the notice: the goal is back with both actions serving it.
  await undoNotice(page, 'Goal deleted').click();
  await expect(goalRow).toHaveCount(1);
  await expect(sheet.getByTestId('action-group')).toHaveText(/^Become the preferred ERP partner \(2\)/);

  // An action: named, with the person it is for, who stays.
  const summit = sheet.getByTestId('action-row').filter({ hasText: 'customer summit' });
  const askToDeleteSummit = async () => {
    await summit.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(dialog).toContainText('Delete the action “Invite Andrew Cole to the customer summit”?');
  };
  await askToDeleteSummit();
  await expect(dialog).toContainText('It no longer shows for Andrew Cole; the people stay on the map.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(summit).toHaveCount(1);
  await askToDeleteSummit();
  await dialog.getByRole('button', { name: 'Delete action' }).click();
  await expect(summit).toHaveCount(0);
  await expect(sheet.getByTestId('action-row')).toHaveCount(1);
  await undoByKey(page);
  await expect(summit).toHaveCount(1);

  // A review: named by its date.
  await sheet.getByTestId('review-card').getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText('Delete the review of Jan 15, 2027?');
  await expect(dialog.getByTestId('confirm-delete')).toBeFocused();
  await dialog.getByTestId('confirm-delete').press('Escape');
  await expect(sheet.getByTestId('review-card')).toHaveCount(1);
  await sheet.getByTestId('review-card').getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete review' }).click();
  await expect(sheet.getByTestId('reviews-empty')).toBeVisible();
  await undoNotice(page, 'Review deleted').click();
  await expect(sheet.getByTestId('review-card')).toContainText('CIO still neutral');

  // A relationship goal on the person page: Esc leaves the dialog, not the page.
  await summit.getByText('Andrew Cole', { exact: true }).click();
  const personPage = page.getByTestId('person-page');
  await personPage.getByTestId('person-tab-goal').click();
  await personPage.getByTestId('person-goal-new').click();
  await pick(page, page.getByTestId('goal-target-stance'), 'Champion (exclusive)');
  await page.getByTestId('goal-save').click();
  const goalCard = personPage.getByTestId('person-goal-card');
  await goalCard.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(dialog).toContainText('The relationship goal for Andrew Cole.');
  await expect(dialog).toContainText('No action serves this goal.');
  await expect(dialog.getByTestId('confirm-delete')).toBeFocused();
  await dialog.getByTestId('confirm-delete').press('Escape');
  await expect(dialog).toBeHidden();
  await expect(goalCard).toHaveCount(1);
  await expect(goalCard).toBeVisible();
  await goalCard.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  // Enter goes to the focused button: wait until the dialog has taken the focus.
  await expect(dialog.getByTestId('confirm-delete')).toBeFocused();
  await dialog.getByTestId('confirm-delete').press('Enter');
  await expect(goalCard).toHaveCount(0);
  await expect(personPage.getByTestId('person-goal')).toBeVisible();
  await personPage.getByTestId('person-tab-goal').press('Escape');
  await expect(personPage.getByTestId('person-goal')).toBeHidden();

  // A competitor takes its analysis column along: the dialog counts the filled cells.
  await page.getByTestId('section-analysis').click();
  await expect(page.getByRole('columnheader', { name: 'Voyager Software' })).toBeVisible();
  const voyagerCell = page.getByRole('textbox', { name: 'Voyager Software — Competitive strategy' });
  await voyagerCell.fill('Undercuts on price');
  await page.getByRole('heading', { name: 'Account analysis' }).click();
  await page.getByTestId('section-profile').click();
  await page.getByRole('button', { name: 'Delete Voyager Software' }).click();
  await expect(dialog).toContainText('Delete the competitor “Voyager Software”?');
  await expect(dialog).toContainText('Its column in the account analysis goes with it: 1 filled cell.');
  await dialog.getByRole('button', { name: 'Delete competitor' }).click();
  await expect(page.getByRole('textbox', { name: 'Competitor name' })).toHaveCount(1);
  await undoNotice(page, 'Competitor “Voyager Software” deleted').click();
  await page.getByTestId('section-analysis').click();
  await expect(voyagerCell).toHaveValue('Undercuts on price');
  // The same from the sheet's own column header; Ctrl+Z brings the column and its text back.
  await page.getByRole('columnheader', { name: 'Voyager Software' }).getByRole('button').click();
  await expect(dialog).toContainText('1 filled cell');
  await expect(dialog.getByTestId('confirm-delete')).toBeFocused();
  await dialog.getByTestId('confirm-delete').press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Voyager Software' })).toHaveCount(0);
  await undoByKey(page);
  await expect(voyagerCell).toHaveValue('Undercuts on price');
});

test('the account analysis exports as CSV', async ({ app, page }) => {
  await openSampleWithout(app, page, ['plan']);
  await page.getByTestId('section-analysis').click();
  // A competitor added right from the sheet gets its column.
  await page.getByTestId('analysis-add-competitor').click();
  await page.getByTestId('competitor-name-new').fill('Ironclad ERP');
  await page.getByTestId('competitor-name-new').press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Ironclad ERP' })).toBeVisible();
  await page.getByTestId('analysis-cell-us-customer_view').fill('Capable niche vendor\nNot yet strategic');
  await page
    .getByRole('textbox', { name: 'Ironclad ERP — Competitive strategy' })
    .fill('=Undercut on price, "bundle" licences');
  await page.getByRole('heading', { name: 'Account analysis' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByTestId('analysis-export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Northbridge Precision Group \(sample\) — account-analysis \d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Dimension,Customer,Us,Voyager Software,BlueSea Systems,Ironclad ERP');
  expect(lines[3]).toBe(`Competitive strategy,,,,,"'=Undercut on price, ""bundle"" licences"`);
  expect(csv).toContain('The customer’s view,,"Capable niche vendor\nNot yet strategic",,,\r\n');
  // A header and six dimensions; the line break inside a cell is a bare LF, not a new row.
  expect(lines).toHaveLength(7 + 1);
  expect(lines[7]).toBe('');
});

test('the account analysis exports as CSV in Chinese, keeping the Chinese text', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const zh = await context.newPage();
  await openSampleWithout(app, zh, ['plan']);
  await zh.getByTestId('section-analysis').click();
  await zh.getByRole('textbox', { name: '客户 — 客户关系周期变化' }).fill('防御期：守住现有份额');
  await zh.getByRole('heading', { name: '客户分析' }).click();
  const zhDownloading = zh.waitForEvent('download');
  await zh.getByTestId('analysis-export-csv').click();
  const zhDownload = await zhDownloading;
  expect(zhDownload.suggestedFilename()).toMatch(/^.+（示例） — 客户分析 \d{4}-\d{2}-\d{2}\.csv$/);
  const zhCsv = fs.readFileSync((await zhDownload.path()) ?? '', 'utf8');
  expect(zhCsv).toMatch(/^\uFEFF维度,客户,我方,[^\r\n]+\r\n关系与业务活动,/);
  expect(zhCsv).toMatch(/\r\n客户关系周期变化,防御期：守住现有份额,,[^\r\n]*\r\n$/);
  await context.close();
});
