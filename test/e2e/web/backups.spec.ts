import fs from 'node:fs';
import path from 'node:path';
import { callApi, createAccount, expect, test, withStoppedApp } from '../fixtures';

test('Settings → Backups backs up, lists and restores, keeping the file as it was', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('settings-tab-backups').click();
  const panel = page.getByTestId('backups-panel');
  await expect(panel).toContainText('No backups yet');
  await panel.getByTestId('back-up-now').click();
  await expect(page.getByText('Backed up: 1 account, 0 people.')).toBeVisible();
  const rows = panel.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('By you');
  await expect(rows.first()).toContainText('1 account · 0 people');
  await page.screenshot({ path: 'test-results/backups-en.png' });
  await page.keyboard.press('Escape');

  await createAccount(page, 'Made after the backup');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('settings-tab-backups').click();
  await panel
    .getByTestId('backup-row')
    .filter({ hasText: 'By you' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /Restore the backup of/ });
  await expect(dialog).toContainText('1 account, 0 people');
  // Cancel holds the focus: Enter does not restore by reflex.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByTestId('confirm-restore').click();
  await expect(page.getByText(/Restored the backup of .+ The file as it was is kept as a backup/)).toBeVisible();
  await expect(page.getByTestId('account-card').filter({ hasText: 'Made after the backup' })).toHaveCount(0);
  await expect(page.getByTestId('account-card').filter({ hasText: 'Northwind' })).toBeVisible();

  // Nothing was lost: the file as it was before the restore is a backup of its own.
  const backups = await callApi(app, 'backups.list', {});
  expect(backups.map((b) => b.reason).sort()).toEqual(['before-restore', 'manual']);
  expect(backups.find((b) => b.reason === 'before-restore')).toMatchObject({ accounts: 2 });
});

test('a damaged file says so, writes nothing, and restores its newest good backup in one step', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Contoso');
  await callApi(app, 'backups.create', {});
  await createAccount(page, 'Fabrikam');
  const url = await withStoppedApp(app, (db) => {
    // A failing disk: the header of the accounts table's page is overwritten.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const page = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'people'`).pluck().get() as number;
    const size = db.pragma('page_size', { simple: true }) as number;
    const handle = fs.openSync(app.databasePath, 'r+');
    fs.writeSync(handle, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * size);
    fs.closeSync(handle);
  });
  await page.goto(url);
  const notice = page.getByTestId('file-state-notice');
  await expect(notice).toContainText('The database file is damaged');
  await expect(notice).toContainText(app.databasePath);
  await page.screenshot({ path: 'test-results/damaged-en.png' });
  await notice.getByTestId('restore-newest').click();
  await page.getByTestId('confirm-restore').click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('account-card').filter({ hasText: 'Contoso' })).toBeVisible();
  const kept = (await callApi(app, 'backups.list', {})).find((b) => b.reason === 'before-restore');
  expect(kept).toMatchObject({ sound: false });
  expect(fs.existsSync(path.join(path.dirname(app.databasePath), 'backups', `${kept?.id}.sqlite`))).toBe(true);
});

test('web mode saves a copy of the open file at a typed path', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Initech');
  await page.getByRole('button', { name: 'Settings' }).click();
  const target = path.join(path.dirname(app.databasePath), 'handover.sqlite');
  const field = page.getByTestId('copy-path');
  await field.fill(target);
  await field.press('Enter');
  await expect(page.getByText(`Saved a copy to ${target}`)).toBeVisible();
  expect(fs.statSync(target).size).toBeGreaterThan(0);
  // Asked again, it offers to replace the existing file instead of failing.
  await field.press('Enter');
  await page
    .getByRole('dialog', { name: 'Replace “handover.sqlite”?' })
    .getByRole('button', { name: 'Replace' })
    .click();
  await expect(page.getByText(`Saved a copy to ${target}`).first()).toBeVisible();
});
