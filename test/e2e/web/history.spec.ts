import type { Database } from 'better-sqlite3';
import { addPerson, card, createAccount, expect, pressOnPage, test, withStoppedApp } from '../fixtures';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const personId = (db: Database, name: string) =>
  (db.prepare('SELECT id FROM people WHERE name = ?').get(name) as { id: string }).id;

test('the map as of a month ago shows the values of then, who moved since, and Esc comes back', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'General manager');
  await addPerson(page, 'Li Na', 'CFO');

  const url = await withStoppedApp(app, (db) => {
    const wang = personId(db, 'Wang Jianguo');
    const li = personId(db, 'Li Na');
    db.prepare('UPDATE people SET created_at = ?').run(daysAgo(90));
    const log = db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    log.run(wang, 'stance', 'neutral', 'skeptical', daysAgo(60), 'Lost the budget fight');
    log.run(wang, 'stance', 'skeptical', 'champion', daysAgo(10), 'Pilot went well');
    log.run(li, 'influence', '3', '5', daysAgo(5), '');
    db.prepare(`UPDATE people SET stance = 'champion' WHERE id = ?`).run(wang);
    db.prepare('UPDATE people SET influence = 5 WHERE id = ?').run(li);
  });
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');

  await page.getByTestId('time-travel').click();
  await page.getByTestId('month-ago').click();
  await expect(page.getByTestId('time-travel-banner')).toContainText('read-only');
  await expect(card(page, 'Wang Jianguo')).toContainText('Skeptical');
  await expect(page.getByTestId('add-person')).toHaveCount(0);
  const movers = page.getByTestId('mover');
  await expect(movers).toHaveCount(2);
  await expect(movers.filter({ hasText: 'Wang Jianguo' })).toContainText('Skeptical → Champion');
  await expect(movers.filter({ hasText: 'Li Na' })).toContainText('3 → 5');
  await page.screenshot({ path: 'test-results/history-as-of.png' });

  await pressOnPage(page, 'Escape');
  await expect(page.getByTestId('time-travel-banner')).toHaveCount(0);
  await expect(card(page, 'Wang Jianguo')).toContainText('Champion');
  await expect(page.getByTestId('add-person')).toBeVisible();

  // The person's own history: every change with its reason, newest first.
  await card(page, 'Wang Jianguo').click();
  await page.getByTestId('open-person-page').click();
  await page.getByRole('tab', { name: 'History' }).click();
  const entries = page.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Skeptical → Champion');
  await expect(entries.first()).toContainText('Pilot went well');
  await expect(entries.nth(1)).toContainText('Lost the budget fight');
  await expect(page.getByTestId('history-chart')).toBeVisible();
});

test('comparing two dates lists who moved which way', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Contoso');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Zhao Lei', 'CIO');
  const url = await withStoppedApp(app, (db) => {
    db.prepare('UPDATE people SET created_at = ?, access = 1').run(daysAgo(200));
    db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'access', '3', '1', ?)`,
    ).run(personId(db, 'Zhao Lei'), daysAgo(40));
  });
  await page.goto(url);
  await page.getByTestId('account-card').click();
  await page.getByTestId('time-travel').click();
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('time-travel-banner')).toContainText('Compared');
  // From a month ago to today, nothing moved; the access drop was 40 days ago.
  await expect(page.getByTestId('movers')).toContainText('Nobody on this map moved');
});
