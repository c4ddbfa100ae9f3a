import { createAccount, expect, test } from '../fixtures';

test('the home dashboard places every account in the portfolio matrix and opens it', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('Northbridge');
  await page.getByRole('button', { name: 'Back' }).click();
  await createAccount(page, 'Quiet Ltd');

  const matrix = page.getByTestId('portfolio-matrix');
  const dots = matrix.getByTestId('portfolio-dot');
  await expect(dots).toHaveCount(2);
  // A new account has nobody assessed and middling potential: a dog until the map says otherwise.
  await expect(dots.filter({ hasText: 'Quiet Ltd' })).toHaveAttribute('data-quadrant', 'dog');
  // The sample has potential 5: a star or a question mark, never in the lower half.
  await expect(dots.filter({ hasText: 'Northbridge' })).toHaveAttribute('data-quadrant', /^(star|question)$/);
  const agenda = page.getByTestId('agenda');
  // The sample's plan has one action past its due date; the new account has none.
  await expect(agenda.getByTestId('agenda-action')).toHaveCount(1);
  await expect(agenda.getByTestId('agenda-action')).toContainText('Northbridge');
  // The sample's last changes were gains (the CIO to trust 30 days ago): nothing is cooling.
  await expect(agenda).toContainText('No account has cooled in the last 30 days.');

  await dots.filter({ hasText: 'Quiet Ltd' }).click();
  await expect(page.getByTestId('account-title')).toHaveText('Quiet Ltd');
});
