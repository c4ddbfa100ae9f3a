import type { Locator, Page } from '@playwright/test';
import { addDays, localDateOf } from '../../../shared/domain/contactDue';
import { expect, openSampleWithout, test, undoByKey, redoByKey } from '../fixtures';

// The user lives in Shanghai: every date below is a Shanghai calendar date, whatever the machine's zone.
const ZONE = 'Asia/Shanghai';
test.use({ timezoneId: ZONE });

const today = localDateOf(new Date(), ZONE);
const day = (offset: number) => addDays(today, offset);
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

interface Contact {
  people: string[];
  date: string;
  time?: string;
  summary: string;
  scenario?: string;
  bank?: string;
  commitment?: { text: string; by?: string; to?: string; due: string };
}

/** Fills the quick-add the way a user does, and saves with Ctrl+Enter. */
async function fillContact(page: Page, form: Locator, contact: Contact): Promise<void> {
  await form.getByTestId('interaction-date').fill(contact.date);
  await form.getByTestId('interaction-date').press('Tab');
  if (contact.time) await form.getByTestId('interaction-time').fill(contact.time);
  if (contact.scenario) await form.getByTestId('interaction-scenario').getByText(contact.scenario).click();
  for (const person of contact.people) {
    await form.getByTestId('interaction-theirs').click();
    await page.getByRole('option', { name: person, exact: true }).click();
  }
  await form.getByTestId('interaction-summary').fill(contact.summary);
  if (contact.bank) await form.getByTestId('interaction-bank').getByText(contact.bank).click();
  if (contact.commitment) {
    const c = contact.commitment;
    const rows = form.getByTestId('commitment-row');
    const existing = await rows.count();
    await form.getByTestId('add-commitment').click();
    await expect(rows).toHaveCount(existing + 1);
    const row = rows.nth(existing);
    await row.getByTestId('commitment-description').fill(c.text);
    if (c.by) {
      await row.getByTestId('commitment-by').click();
      await page.getByRole('option', { name: c.by, exact: true }).click();
    }
    if (c.to) {
      await row.getByTestId('commitment-to').click();
      await page.getByRole('option', { name: c.to, exact: true }).click();
    }
    await row.getByTestId('commitment-due').fill(c.due);
    await row.getByTestId('commitment-due').press('Tab');
  }
  await form.getByTestId('interaction-summary').press('Control+Enter');
  await expect(form).toBeHidden();
}

async function logContact(page: Page, contact: Contact): Promise<void> {
  await page.keyboard.press('Control+i');
  const form = page.getByTestId('interaction-form');
  await expect(form).toBeVisible();
  await fillContact(page, form, contact);
}

test('a week of contacts with commitments gives the right timelines, last contacts and due dates', async ({
  app,
  page,
}) => {
  // The sample's people, without the contacts it comes with: this test counts only its own.
  await openSampleWithout(app, page, ['log']);
  await expect(page.getByTestId('account-title')).toContainText('(sample)');
  // From the home screen, Ctrl+I asks for the account first.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.keyboard.press('Control+i');
  await page.getByTestId('interaction-account').click();
  await page.getByRole('option', { name: /sample/ }).click();
  await fillContact(page, page.getByTestId('interaction-form'), {
    people: ['Kevin Burke'],
    date: day(-2),
    summary: 'Call about the delivery slip',
  });

  await page.getByTestId('account-card').filter({ hasText: 'sample' }).click();
  await page.getByTestId('section-timeline').click();
  await logContact(page, {
    people: ['Amy Sutton', 'Andrew Cole'],
    date: day(-6),
    time: '09:00',
    summary: 'Site visit to the plant',
    bank: '+2',
    commitment: { text: 'Send the reference list', to: 'Amy Sutton', due: day(-2) },
  });
  await logContact(page, {
    people: ['Andrew Cole'],
    date: day(-3),
    summary: 'Dinner after the summit',
    scenario: 'Special private occasion',
    bank: '-1',
    commitment: { text: 'Share the budget cycle', by: 'Andrew Cole', due: day(5) },
  });
  // Half past midnight in Shanghai: still the day before in UTC, but this day for the user.
  await logContact(page, { people: ['Amy Sutton'], date: day(-1), time: '00:30', summary: 'Late thanks' });

  const timeline = page.getByTestId('account-timeline');
  await expect(timeline.getByTestId('interaction')).toHaveCount(4);
  // Logging is one undoable step: undo takes the last contact away, redo brings it back.
  await undoByKey(page);
  await expect(timeline.getByTestId('interaction')).toHaveCount(3);
  await expect(timeline.getByText('Late thanks')).toHaveCount(0);
  await redoByKey(page);
  await expect(timeline.getByTestId('interaction')).toHaveCount(4);
  await expect(timeline.getByTestId('timeline-day')).toHaveCount(4);
  const days = await timeline
    .getByTestId('timeline-day')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
  expect(days).toEqual([day(-1), day(-2), day(-3), day(-6)]);

  // Filter by person: Andrew took part in two of them.
  await timeline.getByTestId('timeline-filter-person').click();
  await page.getByRole('option', { name: 'Andrew Cole', exact: true }).click();
  await expect(timeline.getByTestId('interaction')).toHaveCount(2);
  // Picking the same person again clears the filter.
  await timeline.getByTestId('timeline-filter-person').click();
  await page.getByRole('option', { name: 'Andrew Cole', exact: true }).click();
  await expect(timeline.getByTestId('interaction')).toHaveCount(4);

  // Open commitments: the overdue one is marked; keeping it closes it, and undo reopens it.
  const open = timeline.getByTestId('open-commitments');
  await expect(open.getByTestId('commitment')).toHaveCount(2);
  const reference = open.getByTestId('commitment').filter({ hasText: 'Send the reference list' });
  await expect(reference.getByTestId('commitment-overdue')).toBeVisible();
  await expect(
    open.getByTestId('commitment').filter({ hasText: 'Share the budget cycle' }).getByTestId('commitment-overdue'),
  ).toHaveCount(0);
  await reference.getByRole('button', { name: 'Kept' }).click();
  await expect(open.getByTestId('commitment')).toHaveCount(1);
  await expect(timeline.locator('[data-testid="commitment"][data-state="kept"]')).toHaveCount(1);
  await undoByKey(page);
  await expect(open.getByTestId('commitment')).toHaveCount(2);

  // Amy: last contacted yesterday (Shanghai), next due 30 days later (key account), bank +2.
  await timeline.getByTestId('interaction').first().getByText('Amy Sutton').click();
  await page.getByTestId('person-tab-timeline').click();
  const person = page.getByTestId('person-timeline');
  await expect(person.getByTestId('person-last-contacted')).toContainText(shown(day(-1)));
  await expect(person.getByTestId('person-next-due-date')).toHaveText(shown(day(29)));
  await expect(person.getByTestId('person-bank-balance')).toContainText('+2');
  await expect(person.getByTestId('cadence-in-effect')).toHaveText('every 30 days');
  await expect(person.getByTestId('interaction')).toHaveCount(2);
  await expect(person.getByTestId('person-commitments').getByTestId('commitment')).toHaveCount(1);
  await expect(person.getByTestId('person-commitments')).toContainText('Daniel Brooks → Amy Sutton');

  // Ctrl+I on her page picks her already.
  await page.keyboard.press('Control+i');
  await expect(page.getByTestId('interaction-theirs').locator('..')).toContainText('Amy Sutton');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('person-page').getByRole('dialog')).toBeHidden();

  // Andrew gets his own cadence of 2 days: last seen 3 days ago, so he is a day overdue.
  await timeline
    .getByTestId('interaction')
    .filter({ hasText: 'Dinner after the summit' })
    .getByText('Andrew Cole', { exact: true })
    .click();
  await page.getByTestId('person-tab-timeline').click();
  await expect(person.getByTestId('person-next-due-date')).toHaveText(shown(day(27)));
  await person.getByTestId('cadence-override').fill('2');
  await person.getByTestId('cadence-override').press('Enter');
  await expect(person.getByTestId('cadence-in-effect')).toHaveText('every 2 days');
  await expect(person.getByTestId('person-next-due-date')).toHaveText(shown(day(-1)));
  await expect(person.getByTestId('person-next-due')).toContainText('1 day overdue');
  await expect(person.getByTestId('person-bank-balance')).toContainText('+1');
  await expect(person.getByTestId('person-commitments')).toContainText('Andrew Cole → Daniel Brooks');
  await page.keyboard.press('Escape');
  const due = timeline.getByTestId('contact-due');
  await expect(due.first()).toContainText('Andrew Cole');
  await expect(due.first()).toContainText('1 day overdue');
  await undoByKey(page);
  await expect(due.filter({ hasText: 'Andrew Cole' })).toHaveCount(0);

  // Deleting a contact with a commitment asks first; undo brings both back.
  const visit = timeline.getByTestId('interaction').filter({ hasText: 'Site visit to the plant' });
  await visit.getByTestId('interaction-menu').click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByTestId('confirm-delete-interaction').click();
  await expect(timeline.getByTestId('interaction')).toHaveCount(3);
  await expect(open.getByTestId('commitment')).toHaveCount(1);
  await undoByKey(page);
  await expect(timeline.getByTestId('interaction')).toHaveCount(4);
  await expect(open.getByTestId('commitment')).toHaveCount(2);

  // Editing: the summary changes, and undo puts it back.
  const late = timeline.getByTestId('interaction').filter({ hasText: 'Late thanks' });
  await late.getByTestId('interaction-menu').click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const form = page.getByTestId('interaction-form');
  await form.getByTestId('interaction-summary').fill('Late thanks for the visit');
  await form.getByTestId('interaction-summary').press('Control+Enter');
  await expect(timeline.getByText('Late thanks for the visit')).toBeVisible();
  await undoByKey(page);
  await expect(timeline.getByTestId('interaction').filter({ hasText: 'Late thanks' })).toHaveText(
    /Late thanks(?! for)/,
  );
});

test('the interaction log speaks Chinese', async ({ app, browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: ZONE });
  const page = await context.newPage();
  await openSampleWithout(app, page, ['log']);
  await page.getByTestId('section-timeline').click();
  await page.keyboard.press('Control+i');
  const form = page.getByTestId('interaction-form');
  await expect(form.getByTestId('interaction-scenario')).toContainText('特定工作');
  await expect(form.getByTestId('interaction-scenario')).toContainText('日常私下');
  await expect(form).toContainText('情感账户');
  await form.getByTestId('interaction-theirs').click();
  await page.getByRole('option').first().click();
  await form.getByTestId('interaction-summary').fill('工厂现场考察');
  await form.getByTestId('interaction-bank').getByText('情感存款').click();
  await form.getByTestId('interaction-summary').press('Control+Enter');
  await expect(page.getByTestId('interaction')).toContainText('工厂现场考察');
  await expect(page.getByTestId('interaction')).toContainText('日常工作');
  await expect(page.getByTestId('bank-balance')).toContainText('+1');
  await context.close();
});
