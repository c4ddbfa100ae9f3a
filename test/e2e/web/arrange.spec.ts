import {
  addPerson,
  card,
  createAccount,
  dragNextTo,
  expect,
  test,
  clickEmptyCanvas,
  undoByKey,
  pressOnPage,
  callApi,
  type WebApp,
} from '../fixtures';

/** How far below Wang the store holds Li Na: a drag is saved when its move call has answered. */
async function storedGap(app: WebApp): Promise<number> {
  const [account] = await callApi(app, 'accounts.list', {});
  const [map] = account ? await callApi(app, 'maps.list', { accountId: account.id }) : [];
  if (!map) return NaN;
  const view = await callApi(app, 'maps.view', { mapId: map.id });
  const yOf = (name: string) => {
    const person = view.people.find((candidate) => candidate.name === name);
    return view.items.find((item) => item.personId === person?.id)?.y ?? NaN;
  };
  return yOf('Li Na') - yOf('Wang Jianguo');
}

test('several cards are aligned in one step, duplicated, and pasted onto another map', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo');
  await addPerson(page, 'Li Na');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 260, 90);
  // Until the drag is stored, a reload already on its way could still show Li Na where she was.
  await expect.poll(() => storedGap(app)).toBeGreaterThan(40);

  // Select both and align their top edges.
  await card(page, 'Wang Jianguo').click();
  await card(page, 'Li Na').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('arrange-bar')).toBeVisible();
  await page.getByRole('button', { name: 'Align top edges' }).click();
  // Both cards are read on each try: the view may still be settling, so neither edge is fixed yet.
  await expect
    .poll(async () => {
      const [li, wang] = await Promise.all([
        card(page, 'Li Na').boundingBox(),
        card(page, 'Wang Jianguo').boundingBox(),
      ]);
      return li && wang ? Math.round(li.y - wang.y) : NaN;
    })
    .toBe(0);

  // Undo puts Li Na back down.
  await undoByKey(page);
  await expect
    .poll(
      async () =>
        ((await card(page, 'Li Na').boundingBox())?.y ?? 0) -
        ((await card(page, 'Wang Jianguo').boundingBox())?.y ?? 0),
    )
    .toBeGreaterThan(40);

  // Duplicate Wang: a copy with his assessments, one undo step.
  await card(page, 'Wang Jianguo').click();
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Wang Jianguo');
  await pressOnPage(page, 'Control+d');
  await expect(card(page, 'Wang Jianguo (copy)')).toBeVisible();
  await undoByKey(page);
  await expect(card(page, 'Wang Jianguo (copy)')).toHaveCount(0);

  // Copy Li Na and paste her onto a new map: the same person, not a copy.
  await card(page, 'Li Na').click();
  await expect(page.getByTestId('person-inspector').getByLabel('Name')).toHaveValue('Li Na');
  await pressOnPage(page, 'Control+c');
  await page.getByTestId('new-map-menu').click();
  await page.getByRole('menuitem', { name: 'New map…' }).click();
  await page.getByLabel('Map name').fill('Workshop');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('This map is empty')).toBeVisible();
  await clickEmptyCanvas(page);
  await pressOnPage(page, 'Control+v');
  await expect(card(page, 'Li Na')).toBeVisible();
  await expect(page.getByTestId('person-card')).toHaveCount(1);
});
