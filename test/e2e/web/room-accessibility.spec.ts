import { Findings } from '../axeFindings';
import { callApi, expect, test } from '../fixtures';

/**
 * The room's screens under axe-core's WCAG 2.1 AA rules, in both languages and colour schemes: the
 * host's share panel, and the viewer's join page (with a refusal), map, card, grid, coverage
 * matrix, note dialog and the page left when sharing ends.
 */

const JOIN_TITLE = { en: 'Join the shared map', 'zh-CN': '加入共享地图' } as const;

for (const language of ['en', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the room's screens pass axe-core's WCAG 2.1 AA checks in ${language}, ${colorScheme}`, async ({
      app,
      page,
      browser,
    }) => {
      test.setTimeout(300_000);
      await callApi(app, 'settings.update', { language });
      const account = await callApi(app, 'accounts.createSample', { language });
      await page.emulateMedia({ colorScheme });
      const findings = new Findings();

      await page.goto(app.url);
      await page.getByTestId('account-card').filter({ hasText: account.name }).click();
      await expect(page.getByTestId('person-card').first()).toBeVisible();
      await page.getByTestId('share-to-room').click();
      const panel = page.getByTestId('share-panel');
      await panel.getByTestId('share-start').click();
      await expect(panel.getByTestId('share-code')).toHaveText(/^\d{6}$/);
      await expect(panel).toHaveCSS('opacity', '1');
      await findings.audit(page, 'the host’s share panel', '[data-testid="share-panel"]');
      const code = (await panel.getByTestId('share-code').textContent()) ?? '';
      const url = (await panel.getByTestId('share-url').textContent()) ?? '';

      const context = await browser.newContext({ colorScheme, locale: language });
      const viewer = await context.newPage();
      await viewer.goto(url);
      await expect(viewer.getByRole('heading', { level: 1 })).toHaveText(JOIN_TITLE[language]);
      await findings.audit(viewer, 'join');
      const pin = viewer.getByTestId('room-code').locator('input');
      await viewer.getByTestId('room-name').fill('Lin');
      await pin.first().pressSequentially(code === '000000' ? '111111' : '000000');
      await viewer.getByTestId('room-join').click();
      await expect(viewer.getByTestId('room-join-error')).toBeVisible();
      await findings.audit(viewer, 'join, a wrong code');
      await pin.first().pressSequentially(code);
      await viewer.getByTestId('room-join').click();

      await expect(viewer.getByTestId('person-card').first()).toBeVisible();
      await findings.audit(viewer, 'viewer, map');
      await viewer.getByTestId('person-card').first().click();
      await expect(viewer.getByTestId('room-person-card')).toBeVisible();
      await findings.audit(viewer, 'viewer, a card');
      const views = viewer.getByTestId('view-switch').locator('label');
      await views.nth(1).click();
      await expect(viewer.getByTestId('grid-cell').first()).toBeVisible();
      await findings.audit(viewer, 'viewer, grid');
      await views.nth(2).click();
      await expect(viewer.getByTestId('coverage-row').first()).toBeVisible();
      await findings.audit(viewer, 'viewer, coverage');
      await viewer.getByTestId('room-send-note').click();
      const dialog = viewer.getByRole('dialog');
      await expect(dialog).toHaveCSS('opacity', '1');
      await findings.audit(viewer, 'viewer, note dialog', '[role="dialog"]');
      await dialog.press('Escape');
      await expect(dialog).toHaveCount(0);

      await callApi(app, 'shares.stop', {});
      await expect(viewer.getByTestId('room-ended')).toBeVisible();
      await findings.audit(viewer, 'viewer, sharing ended');
      await context.close();
      expect(findings.list(), findings.list().join('\n')).toEqual([]);
    });
  }
}
