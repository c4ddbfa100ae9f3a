import { addPerson, card, connect, createAccount, dragNextTo, expect, test, clickEmptyCanvas } from '../fixtures';

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
    const before = await page.locator('.react-flow__edge').count();
    await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
    await expect(page.locator('.react-flow__edge')).toHaveCount(before + 1);
    await page.locator('.react-flow__edge').last().click({ force: true });
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
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0);

  // The lines are in the store.
  const url = await app.restart();
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});
