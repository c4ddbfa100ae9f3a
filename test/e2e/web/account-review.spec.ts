import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { reviewHash } from '../../../shared/domain/reviewRoute';
import { callApi, expect, test, type WebApp } from '../fixtures';

const UNLOCK_CHECKS = new Set(['security.status', 'files.status']);

/** Opens the review print view of `accountId` in this tab (which already holds the sign-in). */
async function openReview(page: Page, app: WebApp, accountId: string, includePrivate: boolean): Promise<string[]> {
  // Away first, so the review is a page of its own, as in a new tab (this tab keeps its sign-in).
  await page.goto('about:blank');
  const scopes: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    // Whether the file is locked is asked first, in any scope; everything the review shows is data.
    if (pathname.startsWith('/api/') && !UNLOCK_CHECKS.has(pathname.slice('/api/'.length)))
      scopes.push(request.headers()['x-powermap-scope'] ?? '');
  });
  await page.goto(`${new URL(app.url).origin}/${reviewHash({ accountId, paper: 'a4', includePrivate })}`);
  await expect(page.getByTestId('account-review')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html[data-review-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  return scopes;
}

/** The review as the PDF a user gets, its text (pdftotext) and its page count (pdfinfo). */
async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; file: string }> {
  const file = test.info().outputPath(`${name}.pdf`);
  fs.writeFileSync(file, await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // Two pages as pictures, to look at.
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', file, test.info().outputPath(name)]);
  return { text, pages, file };
}

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

test('the account review prints in English with the people, the plan and no private content', async ({ app, page }) => {
  await page.goto(app.url);
  const account = await callApi(app, 'accounts.createSample', { language: 'en' });
  const people = await callApi(app, 'people.list', { accountId: account.id });
  const scopes = await openReview(page, app, account.id, false);
  await page.screenshot({ path: test.info().outputPath('review-screen.png') });
  // Nothing private was even read: every call of the review went out in the public scope.
  expect(scopes.length).toBeGreaterThan(5);
  expect(new Set(scopes)).toEqual(new Set(['public']));

  const { text, pages } = await printToPdf(page, 'review-en');
  for (const heading of [
    'account review',
    'power map',
    'influence × stance',
    'coverage',
    'open insights',
    'action plan',
    'account analysis',
  ])
    expect(text.toLowerCase(), heading).toContain(heading);
  expect(text).toContain(account.name);
  const named = people.filter((person) => person.name);
  for (const person of named) expect(withoutSpaces(text), person.name).toContain(withoutSpaces(person.name));
  // Cover, map, grid, coverage, insights, plan, analysis: one part a page, a long one on two.
  expect(pages).toBeGreaterThanOrEqual(7);
  expect(pages).toBeLessThanOrEqual(14);
  expect(text).not.toContain('Includes private notes');
  const secrets = people.map((person) => person.privateNotes.trim()).filter(Boolean);
  expect(secrets, 'the owner sees private notes in the sample').not.toEqual([]);
});

test('the review prints in Chinese with Chinese names, and private notes only when ticked', async ({ app, page }) => {
  await page.goto(app.url);
  await callApi(app, 'settings.update', { language: 'zh-CN' });
  const account = await callApi(app, 'accounts.createSample', { language: 'zh-CN' });
  const people = await callApi(app, 'people.list', { accountId: account.id });
  await openReview(page, app, account.id, false);
  const plain = await printToPdf(page, 'review-zh');
  for (const heading of ['客户复盘报告', '权力地图', '影响力 × 态度', '覆盖矩阵', '待处理的洞察', '行动计划'])
    expect(plain.text, heading).toContain(heading);
  const named = people.filter((person) => person.name);
  expect(named.length).toBeGreaterThan(20);
  for (const person of named) expect(withoutSpaces(plain.text), person.name).toContain(withoutSpaces(person.name));
  expect(plain.pages).toBeGreaterThanOrEqual(7);
  expect(plain.text).not.toContain('含私密备注');

  const scopes = await openReview(page, app, account.id, true);
  expect(scopes).toContain('owner');
  const withPrivate = await printToPdf(page, 'review-zh-private');
  expect(withPrivate.text).toContain('含私密备注');
});

test('the account button opens the review in a new tab, signed in, ready to print', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('(sample)', { timeout: 30_000 });
  await page.getByTestId('review-button').click();
  const dialog = page.getByRole('dialog', { name: 'Account review (PDF)' });
  await expect(dialog.getByTestId('review-include-private')).not.toBeChecked();
  await dialog.getByText('Letter', { exact: true }).click();
  await page.screenshot({ path: test.info().outputPath('review-dialog.png') });
  const opening = page.waitForEvent('popup');
  await dialog.getByTestId('review-create').click();
  const tab = await opening;
  expect(tab.url()).toMatch(/#\/print\/account\/[0-9a-f-]{36}\?paper=letter&private=0&print=1$/);
  await expect(tab.getByTestId('account-review')).toHaveAttribute('data-paper', 'letter', { timeout: 30_000 });
  await expect(tab.locator('html[data-review-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(tab.getByRole('heading', { level: 1 })).toContainText('(sample)');
});
