import type { BrowserContext, Page } from '@playwright/test';
import { callApi, expect, test, undoByKey } from '../fixtures';

/**
 * A workshop: the host shares the sample map to the room from the map's header; a viewer joins
 * in another browser with their name and the code, follows the host's edit and view, opens a
 * read-only card, and sends a note that only the host puts on the map. A guesser is locked out;
 * Stop sharing ends every viewer's page. Nothing private reaches the viewer's browser.
 */

const NOTE = 'I think the CFO now supports us';

/** The scale in React Flow's viewport transform: the zoom the page shows. */
const zoomOf = async (page: Page): Promise<number> => {
  const transform = await page.locator('.react-flow__viewport').evaluate((element) => element.style.transform);
  return Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? NaN);
};

async function join(page: Page, url: string, name: string, code: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('room-name').fill(name);
  await page.getByTestId('room-code').locator('input').first().pressSequentially(code);
  await page.getByTestId('room-join').click();
}

/** Every answer from the room's server the viewer's browser receives (the event stream aside: it never ends). */
function recordAnswers(context: BrowserContext): string[] {
  const bodies: string[] = [];
  context.on('response', (response) => {
    if (response.headers()['content-type']?.startsWith('text/event-stream')) return;
    response.text().then(
      (body) => bodies.push(body),
      () => undefined,
    );
  });
  return bodies;
}

test('a host shares the map to the room; a viewer follows it live, sends a note the host places, and is closed at stop', async ({
  app,
  page,
  browser,
}, info) => {
  test.setTimeout(180_000);
  const account = await callApi(app, 'accounts.createSample', { language: 'en' });
  const people = await callApi(app, 'people.list', { accountId: account.id });
  const markers: string[] = [];
  for (const [i, person] of people.entries()) {
    const mark = (what: string) => {
      const text = `PRIV${what}${i}X`;
      markers.push(text);
      return text;
    };
    await callApi(app, 'people.update', {
      id: person.id,
      patch: { privateNotes: mark('note'), interests: mark('interest'), familyNotes: mark('family') },
    });
  }
  const cfo = people.find((person) => person.role === 'decision_maker' && person.name !== '');
  if (!cfo) throw new Error('the sample has no named decision maker');

  await page.goto(app.url);
  await page.getByTestId('account-card').filter({ hasText: account.name }).click();
  await expect(page.getByTestId('person-card').first()).toBeVisible();

  // The host starts sharing from the map's header and reads out the code.
  await page.getByTestId('share-to-room').click();
  const panel = page.getByTestId('share-panel');
  await expect(panel.getByTestId('room-no-viewers')).toBeHidden();
  await panel.getByTestId('share-start').click();
  await expect(panel.getByTestId('share-code')).toHaveText(/^\d{6}$/);
  await expect(panel.getByTestId('room-qr')).toBeVisible();
  await expect(panel.getByTestId('room-no-viewers')).toBeVisible();
  const code = (await panel.getByTestId('share-code').textContent()) ?? '';
  const url = (await panel.getByTestId('share-url').textContent()) ?? '';
  expect(new URL(url).hostname).toBe('127.0.0.1');
  await page.screenshot({ path: info.outputPath('host-sharing.png') });

  // A viewer joins from another browser and sees the shared map.
  const viewerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const answers = recordAnswers(viewerContext);
  const viewer = await viewerContext.newPage();
  await join(viewer, url, 'Lin', code);
  await expect(viewer.getByTestId('room-title')).toContainText(account.name);
  await expect(viewer.getByTestId('person-card').first()).toBeVisible();
  await expect(viewer.getByTestId('room-link')).toHaveText('Live');
  await expect(panel.getByTestId('room-viewer')).toContainText('Lin');
  await expect(page.getByTestId('share-to-room')).toContainText('1 joined');

  // The viewer reads the CFO's card (no private field on it); the host's edit shows there without a reload.
  await viewer.getByTestId('person-card').filter({ hasText: cfo.name }).click();
  const card = viewer.getByTestId('room-person-card');
  await expect(card).toContainText(cfo.name);
  await callApi(app, 'people.update', { id: cfo.id, patch: { title: 'Chief Financial Officer, Group' } });
  await expect(card).toContainText('Chief Financial Officer, Group');

  // Following the presenter: the viewer's zoom becomes the host's after the host zooms.
  await viewer.getByTestId('room-follow').check();
  await panel.press('Escape');
  await expect(panel).toBeHidden();
  const before = await zoomOf(page);
  await page.locator('.react-flow__controls-zoomin').click();
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);
  const hostZoom = await zoomOf(page);
  await expect.poll(() => zoomOf(viewer)).toBeCloseTo(hostZoom, 2);

  // The viewer sends a note about the person they have selected.
  await viewer.getByTestId('room-send-note').click();
  await viewer.getByTestId('room-note-text').fill(NOTE);
  await viewer.getByTestId('room-note-send').click();
  await expect(viewer.getByTestId('room-note-modal')).toBeHidden();
  await viewer.screenshot({ path: info.outputPath('viewer.png') });

  // Only the host puts it on the map: it waits in the inbox until then.
  await expect(viewer.getByTestId('map-note').filter({ hasText: NOTE })).toHaveCount(0);
  await page.getByTestId('share-to-room').click();
  const inboxNote = panel.getByTestId('room-inbox-note').filter({ hasText: NOTE });
  await expect(inboxNote).toContainText('Lin');
  await expect(inboxNote).toContainText(`About ${cfo.name}`);
  await page.screenshot({ path: info.outputPath('host-inbox.png') });
  await inboxNote.getByTestId('room-place').click();
  await expect(inboxNote).toHaveCount(0);
  await expect(page.getByTestId('map-note').filter({ hasText: NOTE })).toBeVisible();
  await expect(viewer.getByTestId('map-note').filter({ hasText: NOTE })).toBeVisible();
  // Placing is one undo step of the host's.
  await panel.press('Escape');
  await expect(panel).toBeHidden();
  await undoByKey(page);
  await expect(page.getByTestId('map-note').filter({ hasText: NOTE })).toHaveCount(0);
  await expect(viewer.getByTestId('map-note').filter({ hasText: NOTE })).toHaveCount(0);

  // The grid and the coverage matrix of the account, read-only.
  for (const view of ['grid', 'coverage'] as const) {
    await viewer
      .getByTestId('view-switch')
      .getByText(view === 'grid' ? 'Influence × stance' : 'Coverage')
      .click();
    await expect(viewer.getByTestId(view === 'grid' ? 'grid-cell' : 'coverage-row').first()).toBeVisible();
  }

  // On a phone: the same map, and a selected person's card in a sheet over it. (Before the guesses:
  // every browser here shares the loopback address, which the guesses lock out.)
  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await join(phone, url, 'Mei', code);
  await expect(phone.getByTestId('room-title')).toBeVisible();
  await phone.screenshot({ path: info.outputPath('phone.png') });
  // The whole map on a phone is far too small to tap a name: the viewer finds the person instead.
  const find = phone.getByTestId('find-person');
  await find.fill(cfo.name);
  await phone.getByRole('option', { name: new RegExp(cfo.name) }).tap();
  await expect(phone.getByTestId('room-card-sheet').getByTestId('room-person-card')).toContainText(cfo.name);
  await phone.screenshot({ path: info.outputPath('phone-card.png') });

  // Someone guessing the code: refused, then locked out, even with the right code.
  const guesserContext = await browser.newContext();
  const guesser = await guesserContext.newPage();
  const wrong = code === '000000' ? '111111' : '000000';
  await join(guesser, url, 'Guess', wrong);
  const error = guesser.getByTestId('room-join-error');
  await expect(error).toContainText('That is not the join code');
  // A wrong code empties the boxes, so each guess is typed again.
  const pin = guesser.getByTestId('room-code').locator('input');
  const joinButton = guesser.getByTestId('room-join');
  for (let attempt = 2; attempt <= 5; attempt++) {
    await expect(pin.first()).toHaveValue('');
    await pin.first().pressSequentially(wrong);
    await joinButton.click();
    await expect(joinButton).toBeDisabled();
  }
  await expect(error).toContainText('Too many wrong codes');
  await expect(pin.first()).toHaveValue('');
  await pin.first().pressSequentially(code);
  await joinButton.click();
  await expect(joinButton).toBeDisabled();
  await expect(error).toContainText('Too many wrong codes');
  await expect(guesser.getByTestId('room-title')).toHaveCount(0);

  // Nothing private reached the viewer: not in the page, not in any answer it received.
  const shown = await viewer.content();
  for (const marker of markers) {
    expect(shown).not.toContain(marker);
    expect(answers.filter((body) => body.includes(marker))).toEqual([]);
  }
  expect(answers.length).toBeGreaterThan(3);

  // Stop sharing closes the viewer's page.
  await page.getByTestId('share-to-room').click();
  await panel.getByTestId('share-stop').click();
  await expect(viewer.getByTestId('room-ended')).toBeVisible();
  await expect(page.getByTestId('share-to-room')).not.toContainText('joined');
  await viewer.screenshot({ path: info.outputPath('viewer-ended.png') });
  await expect(phone.getByTestId('room-ended')).toBeVisible();
  await phoneContext.close();
  await guesserContext.close();
  await viewerContext.close();
});
