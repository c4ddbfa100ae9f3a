import {
  addPerson,
  card,
  connect,
  createAccount,
  dragNextTo,
  expect,
  test,
  clickEmptyCanvas,
  undoByKey,
} from '../fixtures';

test('every kind of line can be drawn, told apart, edited and undone', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo');
  await addPerson(page, 'Li Na');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 240);

  const kinds = [
    ['Influences', 'Wang Jianguo influences Li Na'],
    ['Allies', 'Wang Jianguo and Li Na are allies'],
    ['Rivals', 'Wang Jianguo and Li Na are rivals'],
  ] as const;
  for (const [kind, sentence] of kinds) {
    await page.getByTestId('line-kind').getByText(kind, { exact: true }).click();
    const edges = page.locator('.react-flow__edge');
    const edgeIds = () => edges.evaluateAll((all) => all.map((edge) => edge.getAttribute('data-id')));
    const before = await edgeIds();
    await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
    await expect(edges).toHaveCount(before.length + 1);
    const drawn = (await edgeIds()).find((id) => !before.includes(id));
    await page.locator(`.react-flow__edge[data-id="${drawn}"]`).click({ force: true });
    await expect(page.getByTestId('relation-inspector')).toContainText(sentence);
  }

  // Each kind has its own stroke, so they can be told apart on the map.
  const strokes = await page
    .locator('.react-flow__edge-path')
    .evaluateAll((paths) =>
      paths.map((path) => `${getComputedStyle(path).stroke}|${getComputedStyle(path).strokeDasharray}`),
    );
  expect(new Set(strokes).size).toBe(3);

  // Edit the influence line: strength and label; undo takes the label back.
  await page.locator('.react-flow__edge').first().click({ force: true });
  const inspector = page.getByTestId('relation-inspector');
  await expect(inspector).toContainText('influences');
  await inspector.getByText('Strong').click();
  await inspector.getByLabel('Label').fill('old classmates');
  await inspector.getByLabel('Label').press('Enter');
  await expect(page.locator('.react-flow__edge-text').first()).toHaveText('old classmates');
  await clickEmptyCanvas(page);
  await undoByKey(page);
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0);

  // The lines are in the store.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});

test('a line let go anywhere on a card joins it, the card lights up first, and a drop on nothing says how', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo');
  await addPerson(page, 'Li Na');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 240);

  // From the manager's handle to the middle of the report's card, well away from its handle.
  const handle = await card(page, 'Wang Jianguo').locator('.react-flow__handle-bottom').boundingBox();
  const body = await card(page, 'Li Na').boundingBox();
  if (!handle || !body) throw new Error('not visible');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(body.x + body.width * 0.7, body.y + body.height * 0.7, { steps: 10 });
  const target = page.locator('.react-flow__node').filter({ has: card(page, 'Li Na') });
  await expect(target).toHaveClass(/line-drop-target/);
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(target).not.toHaveClass(/line-drop-target/);
  await page.locator('.react-flow__edge').first().click({ force: true });
  await expect(page.getByTestId('relation-inspector')).toContainText('Li Na reports to Wang Jianguo');

  // Let go on the empty canvas: no line, and a notice says how lines are drawn.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  const from = await card(page, 'Li Na').locator('.react-flow__handle-bottom').boundingBox();
  if (!from) throw new Error('not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 60, from.y + 20, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText('To draw a line, drag from the dot on the edge of a card')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('a dotted line is drawn dotted, read as secondary reporting, and left out of the org chart’s tree', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Zhao Min');
  await addPerson(page, 'Li Na');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Zhao Min'), 0, 240);

  await page.getByTestId('line-kind').getByText('Dotted line', { exact: true }).click();
  await connect(page, card(page, 'Zhao Min'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const path = page.locator('.react-flow__edge-path');
  expect(await path.evaluate((line) => getComputedStyle(line).strokeLinecap)).toBe('round');
  expect(await path.evaluate((line) => getComputedStyle(line).strokeDasharray)).toMatch(/^0(px)?,? 5(px)?$/);
  await page.locator('.react-flow__edge').first().click({ force: true });
  await expect(page.getByTestId('relation-inspector')).toContainText('Li Na also reports to Zhao Min (dotted line)');

  // The org chart hangs people on their solid lines only: with a dotted line alone, side by side.
  await page.getByTestId('org-chart-layout').click();
  await expect
    .poll(async () => {
      const [manager, report] = [await card(page, 'Zhao Min').boundingBox(), await card(page, 'Li Na').boundingBox()];
      return manager && report ? Math.round(report.y - manager.y) : null;
    })
    .toBe(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});
