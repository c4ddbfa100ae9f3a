import { callApi, expect, test } from '../fixtures';

/**
 * The room's server in a real browser, before any screen of its own: the host (web mode's API)
 * shares a map, a viewer in a second browser context loads the page from the room's address with
 * nothing from elsewhere, joins with the code, hears the host's edit on its event stream, and is
 * closed when the host stops. A wrong code from another context is refused and then locked out.
 */
declare global {
  interface Window {
    roomEvents?: { event: string; data: string }[];
  }
}

test('a viewer in another browser joins the room, follows an edit and is closed by the host', async ({
  app,
  browser,
}, info) => {
  const account = await callApi(app, 'accounts.create', { name: 'Acme' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('the new account has no map');
  const person = await callApi(app, 'people.create', {
    accountId: account.id,
    name: 'Ann',
    placeOn: { mapId: map.id, position: { x: 0, y: 0 } },
  });
  const share = await callApi(app, 'shares.start', { mapId: map.id });
  const room = new URL(share.url);
  expect(room.hostname).toBe('127.0.0.1');

  const viewer = await browser.newContext();
  const page = await viewer.newPage();
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== room.origin) elsewhere.push(request.url());
  });
  const response = await page.goto(share.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self' 'nonce-[\w-]{20,}';/);
  await expect(page.locator('#root')).not.toBeEmpty();
  await page.screenshot({ path: info.outputPath('room-page.png') });

  const joined = await page.evaluate(async (code) => {
    const answer = await fetch('/room/join', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name: 'Lin' }),
    });
    return { status: answer.status, body: (await answer.json()) as { result?: { mapId: string } } };
  }, share.code);
  expect(joined.status).toBe(200);
  expect(joined.body.result?.mapId).toBe(map.id);
  // The session cookie is the browser's to send, not the page's to read.
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect((await viewer.cookies(share.url)).map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite])).toEqual([
    ['powermap_room', true, 'Strict'],
  ]);

  await page.evaluate(() => {
    window.roomEvents = [];
    const source = new EventSource('/room/events');
    source.addEventListener('open', () => window.roomEvents?.push({ event: 'open', data: '' }));
    for (const name of ['changed', 'viewport', 'stopped']) {
      source.addEventListener(name, (event) => {
        window.roomEvents?.push({ event: name, data: (event as MessageEvent<string>).data });
        if (name === 'stopped') source.close();
      });
    }
  });
  await expect.poll(() => page.evaluate(() => window.roomEvents?.map((event) => event.event))).toEqual(['open']);
  await callApi(app, 'people.update', { id: person.id, patch: { title: 'CFO' } });
  await expect
    .poll(() => page.evaluate(() => window.roomEvents?.find((event) => event.event === 'changed')?.data))
    .toContain('people');
  const view = await page.evaluate(async (mapId) => {
    const answer = await fetch('/room/api/maps.view', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mapId }),
    });
    return (await answer.json()) as { result: { people: { title: string }[] } };
  }, map.id);
  expect(view.result.people.map((p) => p.title)).toEqual(['CFO']);

  // Someone else guesses: refused, and after five wrong codes locked out, the right one too.
  const guesser = await browser.newContext();
  const guess = await guesser.newPage();
  await guess.goto(share.url);
  const wrong = share.code === '000000' ? '111111' : '000000';
  const statuses = await guess.evaluate(
    async ({ wrong, right }) => {
      const seen: number[] = [];
      for (const code of [wrong, wrong, wrong, wrong, wrong, right]) {
        const answer = await fetch('/room/join', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code, name: 'Guess' }),
        });
        seen.push(answer.status);
      }
      return seen;
    },
    { wrong, right: share.code },
  );
  expect(statuses).toEqual([403, 403, 403, 403, 429, 429]);

  await callApi(app, 'shares.stop', {});
  await expect.poll(() => page.evaluate(() => window.roomEvents?.map((event) => event.event).at(-1))).toBe('stopped');
  expect(elsewhere).toEqual([]);
  await guesser.close();
  await viewer.close();
});
