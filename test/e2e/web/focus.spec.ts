import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const section = (page: Page, name: string): Locator => page.getByTestId(`section-${name}`);

/** Opens with Enter on `opener`, closes with Escape inside `opened`, and expects the focus back on `opener`. */
async function escapeReturnsFocus(opener: Locator, opened: Locator): Promise<void> {
  await opener.press('Enter');
  await expect(opened).toBeVisible();
  await expect(opened.locator(':focus')).toHaveCount(1);
  await opened.locator(':focus').press('Escape');
  await expect(opened).toBeHidden();
  await expect(opener).toBeFocused();
}

test('arriving on a screen puts the focus on its heading, for the keyboard and the screen reader', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  const home = page.getByRole('heading', { level: 1, name: 'Powermap' });
  await expect(home).toBeFocused();

  await page.getByTestId('open-sample').press('Enter');
  await expect(page.getByTestId('person-card').first()).toBeVisible();
  await expect(page.getByTestId('account-title')).toBeFocused();

  const headings: [string, string][] = [
    ['people', 'People'],
    ['timeline', 'Timeline'],
    ['plan', 'Action plan'],
    ['analysis', 'Account analysis'],
    ['profile', 'Account profile'],
  ];
  for (const [name, heading] of headings) {
    await section(page, name).press('Enter');
    await expect(section(page, name)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeFocused();
  }
  await section(page, 'map').press('Enter');
  await expect(page.getByTestId('account-title')).toBeFocused();

  await page.getByTestId('back-home').press('Enter');
  await expect(home).toBeFocused();
  await page.getByTestId('open-my-plan').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'My action plan' })).toBeFocused();
});

test('Escape in a dialog, drawer or popover puts the focus back on what opened it', async ({ app, page }) => {
  await page.goto(app.url);
  await escapeReturnsFocus(page.getByTestId('open-settings'), page.getByRole('dialog', { name: 'Settings' }));
  await page.getByTestId('open-sample').press('Enter');
  await expect(page.getByTestId('person-card').first()).toBeVisible();

  const dialog = page.getByRole('dialog');
  await escapeReturnsFocus(page.getByTestId('open-shortcuts'), dialog);
  await escapeReturnsFocus(page.getByTestId('insights-button'), dialog);
  // The time-travel popover.
  await escapeReturnsFocus(page.getByTestId('time-travel'), dialog);

  // A dialog opened from a menu gives the focus back to the menu's button.
  const exportMenu = page.getByTestId('export-menu');
  await exportMenu.press('Enter');
  await page.getByRole('menuitem', { name: 'Export as PNG image' }).press('Enter');
  const picture = page.getByRole('dialog', { name: 'Export a picture of the map' });
  await expect(picture).toBeVisible();
  await picture.locator(':focus').press('Escape');
  await expect(picture).toBeHidden();
  await expect(exportMenu).toBeFocused();

  // The plan's forms are shown by mounting them; closing them gives the focus back all the same.
  await section(page, 'plan').press('Enter');
  await escapeReturnsFocus(page.getByTestId('new-goal'), page.getByRole('dialog', { name: 'New goal' }));
  await escapeReturnsFocus(page.getByTestId('new-action').first(), page.getByRole('dialog', { name: 'New action' }));
});
