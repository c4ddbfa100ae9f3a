import fs from 'node:fs';
import { callApi, createAccount, expect, test } from '../fixtures';

test('a passphrase encrypts the database; it opens locked, refuses a wrong passphrase, and the recovery key opens it', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('settings-tab-security').click();
  const panel = page.getByTestId('security-panel');
  await expect(panel.getByTestId('security-state')).toHaveText('This database is not encrypted.');
  await panel.getByTestId('security-enable').click();

  const dialog = page.getByRole('dialog', { name: 'Encrypt this database' });
  await dialog.getByTestId('enable-passphrase').fill('a quiet harbour');
  await dialog.getByTestId('enable-repeat').fill('a quiet harbour, typo');
  await dialog.getByTestId('enable-next').click();
  await expect(dialog.getByText('The two passphrases are not the same')).toBeVisible();
  await dialog.getByTestId('enable-repeat').fill('a quiet harbour');
  await dialog.getByTestId('enable-next').click();
  const recoveryKey = (await dialog.getByTestId('recovery-key').textContent()) ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await page.screenshot({ path: 'test-results/encryption-recovery-key.png' });
  await dialog.getByTestId('recovery-key-confirm').fill('not what was shown');
  await dialog.getByTestId('recovery-key-submit').click();
  await expect(dialog.getByText('That recovery key does not belong to this database.', { exact: false })).toBeVisible();
  await dialog.getByTestId('recovery-key-confirm').fill(recoveryKey.toLowerCase());
  await dialog.getByTestId('recovery-key-submit').click();
  await expect(page.getByText('The database and its backups are encrypted.').first()).toBeVisible();
  await expect(panel.getByTestId('security-state')).toHaveText('This database and its backups are encrypted.');
  await page.screenshot({ path: 'test-results/encryption-settings.png' });
  expect(fs.readFileSync(app.databasePath).includes('Northwind')).toBe(false);

  await page.goto(await app.restart());
  const form = page.getByTestId('unlock-form');
  await expect(form.getByRole('heading', { name: 'This database is encrypted' })).toBeVisible();
  const passphrase = form.getByTestId('unlock-passphrase');
  await expect(passphrase).toBeFocused();
  await passphrase.fill('a loud harbour');
  await passphrase.press('Enter');
  await expect(form.getByText(/That passphrase does not open this database/)).toBeVisible();
  await page.screenshot({ path: 'test-results/encryption-unlock-wrong.png' });
  await passphrase.fill('a quiet harbour');
  await passphrase.press('Enter');
  await expect(page.getByTestId('account-card').filter({ hasText: 'Northwind' })).toBeVisible();

  // The passphrase forgotten: the recovery key opens the file and takes a new passphrase.
  await page.goto(await app.restart());
  await page.getByTestId('unlock-switch').click();
  await page.getByTestId('unlock-recovery-key').fill(recoveryKey.replaceAll('-', ' '));
  await page.getByTestId('unlock-new-passphrase').fill('a new harbour');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('account-card').filter({ hasText: 'Northwind' })).toBeVisible();
  expect(await callApi(app, 'security.status', {})).toMatchObject({ encrypted: true, locked: false });
});

test('while locked, the unlock screen speaks the system language (the chosen one is inside the encrypted file)', async ({
  app,
  browser,
}) => {
  const { recoveryKey } = await callApi(app, 'security.prepare', {});
  await callApi(app, 'security.enable', { passphrase: '一句好记又难猜的话', recoveryKey });
  const url = await app.restart();
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '这个数据库已加密' })).toBeVisible();
  await page.getByTestId('unlock-passphrase').fill('一句记错了又难猜的话');
  await page.getByTestId('unlock-passphrase').press('Enter');
  await expect(page.getByText(/密码不对/)).toBeVisible();
  await page.screenshot({ path: 'test-results/encryption-unlock-zh.png' });
  await page.getByTestId('unlock-passphrase').fill('一句好记又难猜的话');
  await page.getByTestId('unlock-passphrase').press('Enter');
  await expect(page.getByRole('heading', { name: '这个数据库已加密' })).toHaveCount(0);
  await context.close();
});

test('changing the passphrase shows a new recovery key to type back, and the new passphrase opens the file', async ({
  app,
  page,
}) => {
  const { recoveryKey } = await callApi(app, 'security.prepare', {});
  // Encrypted while it runs: it stays unlocked until it is opened again.
  await callApi(app, 'security.enable', { passphrase: 'first passphrase', recoveryKey });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByTestId('settings-tab-security').click();
  await page.getByTestId('security-change').click();
  const dialog = page.getByRole('dialog', { name: 'Change passphrase' });
  await dialog.getByTestId('change-current').fill('first passphrase');
  await dialog.getByTestId('change-next').fill('second passphrase');
  await dialog.getByTestId('change-repeat').fill('second passphrase');
  await dialog.getByTestId('change-next-step').click();
  const newKey = (await dialog.getByTestId('recovery-key').textContent()) ?? '';
  expect(newKey).not.toBe(recoveryKey);
  await dialog.getByTestId('recovery-key-confirm').fill(newKey);
  await page.screenshot({ path: 'test-results/encryption-change.png' });
  await dialog.getByTestId('recovery-key-submit').click();
  await expect(page.getByText(/Passphrase changed/)).toBeVisible();

  await page.goto(await app.restart());
  await page.getByTestId('unlock-passphrase').fill('first passphrase');
  await page.getByTestId('unlock-passphrase').press('Enter');
  await expect(page.getByText(/That passphrase does not open this database/)).toBeVisible();
  await page.getByTestId('unlock-passphrase').fill('second passphrase');
  await page.getByTestId('unlock-passphrase').press('Enter');
  await expect(page.getByRole('heading', { name: 'This database is encrypted' })).toHaveCount(0);
});
