import type { Locator, Page } from '@playwright/test';
import { expect, test, undoByKey, redoByKey } from '../fixtures';
import { STANCES } from '../../../shared/domain/enums';

/**
 * A reason can follow any assessment change: the notice after the change offers "Add a
 * reason…", and the History tab then shows it. People are picked from whatever the sample
 * holds, so the tests do not hang on its names.
 */

const STANCE_LABEL: Record<(typeof STANCES)[number], string> = {
  opposed: 'Opposed',
  skeptical: 'Skeptical',
  neutral: 'Neutral',
  supportive: 'Supportive (not exclusive)',
  champion: 'Champion (exclusive)',
};

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();
}

const offer = (page: Page) => page.getByTestId('reason-offer');

/** The person page's History tab, newest change first. */
async function historyOf(page: Page): Promise<Locator> {
  await page.getByTestId('person-tab-history').click();
  return page.getByTestId('history-entry');
}

test('a stance changed in the map inspector gets its reason from the notice, kept in the History tab', async ({
  app,
  page,
}) => {
  await openSample(page, app.url);
  const someone = page.getByTestId('person-card').first();
  await someone.click();
  const inspector = page.getByTestId('person-inspector');
  const name = await inspector.getByLabel('Name').inputValue();
  const stance = inspector.getByLabel('Stance toward us');
  const next = (await stance.inputValue()) === 'Opposed' ? 'Neutral' : 'Opposed';
  await stance.click();
  await page.getByRole('option', { name: next, exact: true }).click();
  await expect(stance).toHaveValue(next);

  // The notice says what changed and offers a reason; Esc in the prompt gives up without one.
  await expect(offer(page)).toContainText(`${name}: Stance toward us changed`);
  await page.getByTestId('add-reason').click();
  await page.getByTestId('reason-input').fill('Backed our proposal at the steering committee');
  await page.screenshot({ path: 'test-results/reasons-prompt.png' });
  await page.getByTestId('reason-input').press('Enter');
  await expect(offer(page)).toContainText('Reason kept in the history');

  await page.getByTestId('open-person-page').click();
  const entries = await historyOf(page);
  await expect(entries.first()).toContainText(`→ ${next}`);
  await expect(entries.first()).toContainText('Backed our proposal at the steering committee');

  // Undo takes the reason back first (the change stays), then redo gives it again.
  await page.getByTestId('person-tab-history').focus();
  await undoByKey(page);
  await expect(entries.first()).toContainText('No reason given');
  await expect(entries.first()).toContainText(next);
  await redoByKey(page);
  await expect(entries.first()).toContainText('Backed our proposal at the steering committee');

  // The map's compare shows the reason under the move.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-tab-history')).toHaveCount(0);
  await page.getByTestId('time-travel').click();
  await page.getByTestId('compare-run').click();
  const mover = page.getByTestId('mover').filter({ hasText: name });
  await expect(mover.getByTestId('mover-reason')).toContainText(['Backed our proposal at the steering committee']);
  await page.screenshot({ path: 'test-results/reasons-movers.png' });
});

test('a bulk stance change in the people table gets one reason on each person’s history', async ({ app, page }) => {
  await openSample(page, app.url);
  await page.getByTestId('section-people').click();
  const rows = page.getByTestId('people-row');
  const three = rows.first().or(rows.nth(1)).or(rows.nth(2));
  await expect(three).toHaveCount(3);
  const names = (await three.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-person')))) as string[];
  const held = await three
    .locator('[data-stance]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-stance')));
  const stance = STANCES.find((code) => !held.includes(code)) ?? 'neutral';

  await rows.first().getByTestId('select-row').click();
  await rows
    .nth(2)
    .getByTestId('select-row')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
  await page.getByTestId('bulk-stance').click();
  await page.getByRole('option', { name: STANCE_LABEL[stance], exact: true }).click();

  await expect(offer(page)).toContainText('Stance toward us changed for 3 people');
  await page.getByTestId('add-reason').click();
  await page.getByTestId('reason-input').fill('Reorganisation: procurement now reports to the CFO');
  await page.getByTestId('reason-save').click();
  await expect(offer(page)).toContainText('Reason kept in the history of all 3 people');

  for (const name of names) {
    await page.locator(`[data-testid="people-row"][data-person="${name}"]`).focus();
    await page.keyboard.press('Enter');
    const entries = await historyOf(page);
    await expect(entries.first(), name).toContainText('Reorganisation: procurement now reports to the CFO');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('person-tab-history')).toHaveCount(0);
  }
});

test('from the keyboard: a grid move, R, the reason, Enter — and focus is back on the chip', async ({ app, page }) => {
  await openSample(page, app.url);
  await page.getByTestId('view-switch').getByText('Influence × stance', { exact: true }).click();
  const chip = page.getByTestId('grid-person').first();
  const name = (await chip.innerText()).split('\n')[0] ?? '';
  const influence = Number(await chip.getAttribute('data-influence'));
  await chip.focus();
  await page.keyboard.press(influence < 5 ? 'ArrowUp' : 'ArrowDown');
  const moved = page.getByTestId('grid-person').filter({ hasText: name }).first();
  await expect(moved).toHaveAttribute('data-influence', String(influence < 5 ? influence + 1 : influence - 1));
  await expect(offer(page)).toContainText('Influence changed');

  await page.keyboard.press('r');
  await expect(page.getByTestId('reason-input')).toBeFocused();
  await page.keyboard.type('Now chairs the budget committee');
  await page.keyboard.press('Enter');
  await expect(offer(page)).toContainText('Reason kept in the history');
  await expect(moved).toBeFocused();

  // Another step, and Esc: no reason, the move stays.
  await page.keyboard.press(influence < 5 ? 'ArrowDown' : 'ArrowUp');
  await expect(moved).toHaveAttribute('data-influence', String(influence));
  await expect(page.getByTestId('add-reason')).toBeVisible(); // the new change's offer
  await expect(moved).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByTestId('reason-input')).toBeFocused();
  await page.keyboard.type('never mind');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('reason-prompt')).toHaveCount(0);
  await expect(moved).toHaveAttribute('data-influence', String(influence));

  await moved.click();
  await page.getByTestId('open-person-page').click();
  const entries = await historyOf(page);
  await expect(entries.first()).toContainText('No reason given');
  await expect(entries.nth(1)).toContainText('Now chairs the budget committee');

  // The notice is long gone: the History tab still lets the reason be added, Esc there too.
  await entries.first().getByTestId('entry-add-reason').click();
  await page.getByTestId('reason-input').fill('x');
  await page.getByTestId('reason-input').press('Escape');
  await expect(page.getByTestId('person-tab-history')).toBeVisible();
  await entries.first().getByTestId('entry-add-reason').click();
  await page.getByTestId('reason-input').fill('Stepped back after the audit');
  await page.getByTestId('reason-input').press('Enter');
  await expect(entries.first()).toContainText('Stepped back after the audit');
  await expect(entries.first().getByTestId('entry-add-reason')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/reasons-history-tab.png' });
});
