import { addPerson, card, createAccount, expect, test, undoByKey } from '../fixtures';

const DAY = 86_400_000;

test('insights: an uncovered decision maker becomes an action, a warning is dismissed with a reason and undone', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind Manufacturing');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CFO');
  await page.getByTestId('person-inspector').getByLabel('Decision role').click();
  await page.getByRole('option', { name: 'Decision maker' }).click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Decision maker');

  // Nobody supports us among the key players: the light is red.
  const button = page.getByTestId('insights-button');
  await expect(button.locator('[data-status]')).toHaveAttribute('data-status', 'red');
  await button.click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('status-badge')).toHaveAttribute('data-status', 'red');
  const uncovered = drawer.locator('[data-testid="insight"][data-rule="uncovered_key_person"]');
  await expect(uncovered).toContainText('Nobody on our team covers Wang Jianguo');
  await expect(uncovered.getByTestId('insight-principle')).toHaveText('Know every role in the decision chain');
  await expect(uncovered.getByTestId('insight-person')).toHaveText('Wang Jianguo');
  // Without a coach or a named supporter, the method also asks for a coach.
  await expect(drawer.locator('[data-rule="no_coach"]')).toHaveCount(1);

  // "Make this an action" opens a new action on the plan sheet, filled in from the insight.
  await uncovered.getByTestId('insight-make-action').click();
  await expect(page.getByTestId('action-plan')).toBeVisible();
  await expect(page.getByTestId('action-title')).toHaveValue('Build a relationship with Wang Jianguo');
  await expect(page.getByRole('dialog', { name: 'New action' })).toContainText('Wang Jianguo');
  const due = new Date(Date.now() + 14 * DAY);
  await expect(page.getByTestId('action-due')).toHaveValue(
    due.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }),
  );
  await page.getByTestId('action-save').click();
  const row = page.getByTestId('action-row').filter({ hasText: 'Build a relationship with Wang Jianguo' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Wang Jianguo');

  // Dismiss the coach warning with a reason; it moves to the hidden list with that reason.
  await button.click();
  const coach = page.getByRole('dialog').locator('[data-rule="no_coach"]');
  await coach.getByTestId('insight-dismiss').click();
  await page.getByTestId('insight-reason').fill('The CFO is our coach on this deal');
  await page.getByTestId('insight-confirm').click();
  await expect(
    page.locator('[data-testid="insights-high"], [data-testid="insights-medium"]').locator('[data-rule="no_coach"]'),
  ).toHaveCount(0);
  await page.getByTestId('insights-hidden').click();
  await expect(page.getByRole('dialog').locator('[data-rule="no_coach"]')).toContainText(
    'Dismissed: The CFO is our coach on this deal',
  );

  // Undo brings it back as an active warning.
  await page.keyboard.press('Escape');
  await undoByKey(page);
  await button.click();
  await expect(page.locator('[data-testid="insights-medium"] [data-rule="no_coach"]')).toHaveCount(1);
  await expect(page.getByTestId('insights-hidden')).toHaveCount(0);
});

test('path to power on the sample account: a supporter could introduce us to the approver', async ({ app, page }) => {
  await page.goto(app.url);
  await page
    .getByText(/sample account/i)
    .first()
    .click();
  await page.getByTestId('insights-button').click();
  await page.getByTestId('tab-path').click();
  const chain = page.getByTestId('path-chain').first();
  await expect(chain).toContainText('could introduce you');
  // The chain ends at the person chosen as the target.
  const steps = chain.getByTestId('path-person');
  await expect(steps.nth((await steps.count()) - 1)).toHaveText(
    (await page.getByTestId('path-target').inputValue()).split(' · ')[0] ?? '',
  );
  await chain.getByTestId('path-show').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
