import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addPerson, callApi, card, connect, createAccount, dragNextTo, expect, test, undoByKey } from '../fixtures';

const layer = (page: Page) => page.getByTestId('far-zoom-layer');

/** Zooms with the canvas's own buttons until the far view is shown (or gone), as a user would. */
async function zoomUntil(page: Page, far: boolean): Promise<void> {
  const button = page.getByRole('button', { name: far ? 'Zoom out' : 'Zoom in', exact: true });
  for (let i = 0; i < 30 && (await layer(page).count()) !== (far ? 1 : 0); i++) await button.click();
  await expect(layer(page)).toHaveCount(far ? 1 : 0);
}

/** Where a card sits on the flow (its node's translate), which zooming does not change. */
async function flowPlace(page: Page, name: string): Promise<{ x: number; y: number }> {
  const style =
    (await page
      .locator('.react-flow__node')
      .filter({ has: card(page, name) })
      .getAttribute('style')) ?? '';
  const [, x, y] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(style) ?? [];
  return { x: Number(x), y: Number(y) };
}

/** The screen point of a card's centre at the present zoom, read from React Flow's viewport. */
async function screenPoint(page: Page, place: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const viewport = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const [, tx, ty, zoom] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(viewport) ?? [];
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas');
  const z = Number(zoom);
  return { x: box.x + Number(tx) + (place.x + 100) * z, y: box.y + Number(ty) + (place.y + 60) * z };
}

test('far out, the map is one canvas: click selects, Shift adds, a drag saves and undoes, zooming in brings the cards back', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CIO');
  await addPerson(page, 'Li Na', 'IT manager');
  await addPerson(page, 'Chen Bo', 'Buyer');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 260);
  await dragNextTo(page, card(page, 'Chen Bo'), card(page, 'Li Na'), 300, 0);
  await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const liNa = await flowPlace(page, 'Li Na');
  const chen = await flowPlace(page, 'Chen Bo');

  await zoomUntil(page, true);
  await expect(layer(page)).toHaveAccessibleName(/^The map from afar: 3 people/);
  // Only the keyboard's way into the canvas stays a DOM card; the rest are painted.
  await expect(page.getByTestId('person-card')).toHaveCount(1);
  await expect(card(page, 'Li Na')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.screenshot({ path: '.scratch/far-zoom-light.png' });

  // A click on Li Na's painted box selects her; Shift-click adds Chen Bo.
  const liNaOnScreen = await screenPoint(page, liNa);
  await page.mouse.click(liNaOnScreen.x, liNaOnScreen.y);
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Li Na');
  const chenOnScreen = await screenPoint(page, chen);
  await page.keyboard.down('Shift');
  await page.mouse.click(chenOnScreen.x, chenOnScreen.y);
  await page.keyboard.up('Shift');
  await expect(page.getByRole('button', { name: 'Align left edges' })).toBeVisible();

  // A plain click on one of them selects it alone; then it is dragged 40 screen pixels down.
  await page.mouse.click(chenOnScreen.x, chenOnScreen.y);
  await expect(page.getByRole('button', { name: 'Align left edges' })).toHaveCount(0);
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Chen Bo');
  await page.mouse.move(chenOnScreen.x, chenOnScreen.y);
  await page.mouse.down();
  await page.mouse.move(chenOnScreen.x, chenOnScreen.y + 20, { steps: 4 });
  await page.mouse.move(chenOnScreen.x, chenOnScreen.y + 40, { steps: 4 });
  await page.mouse.up();

  await zoomUntil(page, false);
  await expect(card(page, 'Li Na')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // 40 screen pixels at a zoom under 0.2 are more than 200 on the flow.
  await expect.poll(async () => (await flowPlace(page, 'Chen Bo')).y).toBeGreaterThan(chen.y + 200);
  expect((await flowPlace(page, 'Chen Bo')).x).toBe(chen.x);
  await undoByKey(page);
  await expect.poll(() => flowPlace(page, 'Chen Bo')).toEqual(chen);
});

test('far out, the keyboard still walks the cards and selects one', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'CIO');
  await addPerson(page, 'Li Na', 'IT manager');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 260);
  await zoomUntil(page, true);

  const snap = page.getByRole('button', { name: 'Snap to grid' });
  await snap.focus();
  await snap.press('Tab');
  const stop = page.locator('.react-flow__node[tabindex="0"]');
  await expect(stop).toBeFocused();
  await stop.press('Home');
  const wang = page.locator('.react-flow__node').and(page.getByRole('group', { name: /^Wang Jianguo, CIO, / }));
  await expect(wang).toBeFocused();
  await wang.press('ArrowDown');
  const liNa = page.locator('.react-flow__node').and(page.getByRole('group', { name: /^Li Na, IT manager, / }));
  await expect(liNa).toBeFocused();
  await liNa.press('Enter');
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Li Na');
  await expect(layer(page)).toHaveCount(1);
});

const AXE: { language: 'en' | 'zh-CN'; colorScheme: 'light' | 'dark'; name: RegExp }[] = [
  { language: 'en', colorScheme: 'light', name: /^The map from afar: \d+ people/ },
  { language: 'zh-CN', colorScheme: 'dark', name: /^远看地图：\d+ 人/ },
];
for (const { language, colorScheme, name } of AXE) {
  test(`the far view of the sample passes axe-core in ${language}, ${colorScheme}`, async ({ app, page }) => {
    await callApi(app, 'settings.update', { language });
    await page.emulateMedia({ colorScheme });
    await page.goto(app.url);
    await page.getByTestId('open-sample').click();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const zoomOut = page.locator('.react-flow__controls-zoomout');
    for (let i = 0; i < 30 && (await layer(page).count()) === 0; i++) await zoomOut.click();
    await expect(layer(page)).toHaveAccessibleName(name);
    // The canvas's one Tab stop is the only DOM card left.
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await page.screenshot({ path: `.scratch/far-zoom-${colorScheme}-${language}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);
  });
}
