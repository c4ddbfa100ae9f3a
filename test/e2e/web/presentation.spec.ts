import type { Response } from '@playwright/test';
import { callApi, card, expect, test } from '../fixtures';

const NOTE = 'PRIVMARKnote4471';
const INTERESTS = 'PRIVMARKorchids4472';
const CONTACT = 'PRIVMARKdinner4473';
const PROMISE = 'PRIVMARKpromise4474';
const MARKERS = [NOTE, INTERESTS, CONTACT, PROMISE];

test('presenting shows nothing private anywhere, searches only the public view and edits nothing', async ({
  app,
  page,
}) => {
  // An account whose decision maker has private notes, personal details and a private contact with a promise.
  const account = await callApi(app, 'accounts.create', { name: 'Northwind' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has a map');
  const place = (name: string, x: number, role: 'decision_maker' | 'evaluator') =>
    callApi(app, 'people.create', {
      accountId: account.id,
      name,
      role,
      placeOn: { mapId: map.id, position: { x, y: 0 } },
    });
  const person = await place('Wang Jianguo', 0, 'decision_maker');
  await place('Li Na', 260, 'evaluator');
  await callApi(app, 'people.update', { id: person.id, patch: { privateNotes: NOTE, interests: INTERESTS } });
  await callApi(app, 'interactions.create', {
    accountId: account.id,
    occurredAt: new Date().toISOString(),
    isPrivate: true,
    summary: CONTACT,
    personIds: [person.id],
    commitments: [{ description: PROMISE, by: { kind: 'person', id: person.id }, dueDate: '2026-01-05' }],
  });

  await page.goto(app.url);
  await page.getByTestId('account-card').filter({ hasText: account.name }).click();
  const lock = card(page, person.name).getByLabel('Has private notes');
  await expect(lock).toBeVisible();

  // From the moment the presentation starts, every answer the page receives is searched for markers.
  const received: Promise<string>[] = [];
  const onResponse = (response: Response) => {
    if (response.url().includes('/api/')) received.push(response.text().catch(() => ''));
  };
  await page.getByTestId('presentation-mode').click();
  page.on('response', onResponse);
  const banner = page.getByTestId('time-travel-banner');
  await expect(banner).toContainText('private notes, personal details and private contacts are hidden');
  await expect(lock).toHaveCount(0);
  await page.screenshot({ path: 'test-results/presentation.png' });
  // A wall screen has no insights, undo or settings to open.
  await expect(page.getByRole('button', { name: /^Insights/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Settings' })).toHaveCount(0);

  // Search finds the person by name but not by a word of their private notes, and Enter finds
  // them on the map instead of opening their page.
  await banner.getByTestId('back-to-today').focus();
  await page.keyboard.press('Control+k');
  const input = page.getByTestId('spotlight-input');
  await expect(input).toBeFocused();
  await input.fill(NOTE);
  await expect(page.getByTestId('spotlight-results')).toContainText('Nothing found');
  await input.fill(CONTACT);
  await expect(page.getByTestId('spotlight-results')).toContainText('Nothing found');
  await input.fill(person.name);
  const hit = page.getByTestId('spotlight-result').filter({ hasText: person.name });
  await expect(hit).toHaveCount(1);
  await expect(page.getByTestId('spotlight-result').filter({ hasNotText: person.name })).toHaveCount(0);
  await input.press('Enter');
  await expect(input).toHaveCount(0);
  await expect(page.getByTestId(`rf__node-${person.id}`)).toHaveClass(/\bselected\b/);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Ctrl+I logs no contact, and no editor opens on a double-click.
  await card(page, person.name).focus();
  await page.keyboard.press('Control+i');
  await card(page, person.name).dblclick();
  await expect(page.getByTestId('interaction-form')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The grid and coverage views are part of the presentation too.
  await page.getByTestId('view-switch').getByText('Influence × stance').click();
  await expect(page.getByTestId('grid-view')).toBeVisible();
  await page.getByTestId('view-switch').getByText('Coverage').click();
  await expect(page.getByTestId('coverage-view')).toBeVisible();
  for (const marker of MARKERS) await expect(page.locator('body')).not.toContainText(marker);

  page.off('response', onResponse);
  const bodies = await Promise.all(received);
  expect(bodies.length).toBeGreaterThan(0);
  expect(MARKERS.filter((marker) => bodies.some((body) => body.includes(marker)))).toEqual([]);

  // Esc ends the presentation, and the owner's view comes back.
  await page.getByTestId('view-switch').getByText('Map').click();
  await banner.getByTestId('back-to-today').click();
  await expect(lock).toBeVisible();
});
