import { callApi, card, expect, test } from '../fixtures';

/**
 * Every gesture on the canvas is one undo step: one Ctrl+Z brings back all it did, and the next
 * one reaches the gesture before it.
 */
test('a new department, a duplicate and a mixed Delete are each one undo step', async ({ app, page }) => {
  const account = await callApi(app, 'accounts.create', { name: 'Northwind' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has a map');
  const place = (name: string, x: number, y: number) =>
    callApi(app, 'people.create', { accountId: account.id, name, placeOn: { mapId: map.id, position: { x, y } } });
  const ann = await place('Ann', 0, 0);
  const bob = await place('Bob', 300, 0);
  await place('Cid', 600, 0);
  await callApi(app, 'relations.create', {
    accountId: account.id,
    kind: 'reports_to',
    fromPersonId: ann.id,
    toPersonId: bob.id,
  });
  await callApi(app, 'notes.create', {
    accountId: account.id,
    mapId: map.id,
    kind: 'sticky',
    text: 'Budget in May',
    position: { x: -300, y: -100 },
  });

  await page.goto(app.url);
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('person-card')).toHaveCount(3);
  const edges = page.locator('.react-flow__edge');
  const notes = page.getByTestId('map-note');
  const units = page.getByTestId('org-unit');
  await expect(edges).toHaveCount(1);
  await expect(notes).toHaveCount(1);

  // Gesture 1: a department, created and placed.
  await page.getByTestId('add-menu').click();
  await page.getByRole('menuitem', { name: 'Department…' }).click();
  await page.getByLabel('Department name').fill('Finance');
  await page.getByLabel('Department name').press('Enter');
  await expect(units).toHaveCount(1);

  // Gesture 2: Cid duplicated.
  await card(page, 'Cid').click();
  await card(page, 'Cid').press('Control+d');
  await expect(card(page, 'Cid (copy)')).toBeVisible();

  // Gesture 3: Ann (with her line) and the note deleted with one key; the notice says what went.
  await card(page, 'Ann').click();
  await notes.click({ modifiers: ['Control'] });
  await notes.press('Delete');
  await expect(card(page, 'Ann')).toHaveCount(0);
  await expect(notes).toHaveCount(0);
  await expect(edges).toHaveCount(0);
  await expect(page.getByText('Deleted 1 person, 1 line, and 1 note')).toBeVisible();

  // One undo brings back all of gesture 3, and nothing else changes.
  await card(page, 'Bob').press('Control+z');
  await expect(card(page, 'Ann')).toHaveCount(1);
  await expect(notes).toHaveCount(1);
  await expect(edges).toHaveCount(1);
  await expect(card(page, 'Cid (copy)')).toHaveCount(1);
  await expect(units).toHaveCount(1);

  // The next undo takes back the duplicate only.
  await card(page, 'Bob').press('Control+z');
  await expect(card(page, 'Cid (copy)')).toHaveCount(0);
  await expect(card(page, 'Ann')).toHaveCount(1);
  await expect(units).toHaveCount(1);

  // And the next one the department, unit and place together.
  await card(page, 'Bob').press('Control+z');
  await expect(units).toHaveCount(0);
  expect(await callApi(app, 'orgUnits.list', { accountId: account.id })).toEqual([]);
  await expect(page.getByTestId('person-card')).toHaveCount(3);

  // Redo replays the three gestures, each whole.
  await card(page, 'Bob').press('Control+Shift+z');
  await expect(units).toHaveCount(1);
  await card(page, 'Bob').press('Control+Shift+z');
  await expect(card(page, 'Cid (copy)')).toHaveCount(1);
  await card(page, 'Bob').press('Control+Shift+z');
  await expect(card(page, 'Ann')).toHaveCount(0);
  await expect(notes).toHaveCount(0);
});

test('the Undo in the delete notice brings back everything the Delete took', async ({ app, page }) => {
  const account = await callApi(app, 'accounts.create', { name: 'Northwind' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has a map');
  const place = (name: string, x: number, y: number) =>
    callApi(app, 'people.create', { accountId: account.id, name, placeOn: { mapId: map.id, position: { x, y } } });
  const ann = await place('Ann', 0, 0);
  const bob = await place('Bob', 300, 0);
  const cid = await place('Cid', 600, 0);
  for (const to of [bob.id, cid.id])
    await callApi(app, 'relations.create', {
      accountId: account.id,
      kind: 'reports_to',
      fromPersonId: ann.id,
      toPersonId: to,
    });
  await callApi(app, 'relations.create', {
    accountId: account.id,
    kind: 'ally',
    fromPersonId: bob.id,
    toPersonId: cid.id,
  });

  await page.goto(app.url);
  await page.getByTestId('account-card').click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await card(page, 'Ann').click();
  await card(page, 'Bob').click({ modifiers: ['Control'] });
  await card(page, 'Bob').press('Delete');
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Deleted 2 people and 3 lines' });
  await expect(notice).toBeVisible();
  await expect(page.getByTestId('person-card')).toHaveCount(1);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('person-card')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
});

test('a new team member from the Add menu and the org-chart layout are each one undo step', async ({ app, page }) => {
  const account = await callApi(app, 'accounts.create', { name: 'Northwind' });
  const [map] = await callApi(app, 'maps.list', { accountId: account.id });
  if (!map) throw new Error('a new account has a map');
  const place = (name: string, x: number, y: number) =>
    callApi(app, 'people.create', { accountId: account.id, name, placeOn: { mapId: map.id, position: { x, y } } });
  const ann = await place('Ann', 0, 0);
  const bob = await place('Bob', 700, 300);
  await callApi(app, 'relations.create', {
    accountId: account.id,
    kind: 'reports_to',
    fromPersonId: bob.id,
    toPersonId: ann.id,
  });
  const positions = async () =>
    (await callApi(app, 'maps.view', { mapId: map.id })).items.map((item) => [item.id, item.x, item.y]);
  const before = await positions();

  await page.goto(app.url);
  await page.getByTestId('account-card').click();
  await expect(page.getByTestId('person-card')).toHaveCount(2);

  await page.getByTestId('org-chart-layout').click();
  await expect.poll(positions).not.toEqual(before);

  await page.getByTestId('add-menu').click();
  await page.getByTestId('add-team-member').hover();
  await page.getByRole('menuitem', { name: 'New team member…' }).click();
  await page.getByLabel('Team member’s name').fill('Dana');
  await page.getByLabel('Team member’s name').press('Enter');
  await expect(page.getByTestId('member-card')).toHaveCount(1);

  // One undo takes the member away (from the team and the map); the layout stays.
  await card(page, 'Bob').press('Control+z');
  await expect(page.getByTestId('member-card')).toHaveCount(0);
  expect(await callApi(app, 'team.list', {})).toEqual([]);
  expect(await positions()).not.toEqual(before);

  // The next undo puts every card back where it stood.
  await card(page, 'Bob').press('Control+z');
  await expect.poll(positions).toEqual(before);
});
