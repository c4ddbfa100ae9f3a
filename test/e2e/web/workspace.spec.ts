import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, expect, test } from '../fixtures';

const shots = path.join(os.tmpdir(), 'powermap-workspace-shots');

test('a workspace file exported from the home screen imports back as a new account, and a broken one is told where', async ({
  app,
  page,
}) => {
  fs.mkdirSync(shots, { recursive: true });
  const sample = await callApi(app, 'accounts.createSample', { language: 'en' });
  const people = await callApi(app, 'people.list', { accountId: sample.id });
  await page.goto(app.url);
  await expect(page.getByTestId('account-card')).toHaveCount(1);

  // Export the whole workspace, without private content.
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('export-workspace-all').click();
  const dialog = page.getByTestId('export-workspace-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-workspace-private')).not.toBeChecked();
  await page.screenshot({ path: path.join(shots, 'export-dialog.png') });
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-workspace-confirm').click();
  const download = await downloading;
  const saved = path.join(shots, download.suggestedFilename());
  await download.saveAs(saved);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8')) as {
    format: string;
    includesPrivate: boolean;
    tables: Record<string, { name?: string; stance?: string }[]>;
  };
  expect(file.format).toBe('powermap.workspace/2');
  expect(file.includesPrivate).toBe(false);
  expect(file.tables.people).toHaveLength(people.length);
  await expect(dialog).toBeHidden();

  // A hand-broken copy is refused, with where it is wrong, and imports nothing.
  const broken = structuredClone(file);
  broken.tables.people![3]!.stance = 'friendly';
  const brokenPath = path.join(shots, 'broken.json');
  fs.writeFileSync(brokenPath, JSON.stringify(broken));
  await page.getByTestId('workspace-menu').click();
  await page.getByTestId('import-workspace').click();
  const importDialog = page.getByTestId('import-workspace-dialog');
  await expect(importDialog).toBeVisible();
  let chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-workspace-file').click();
  await (await chooser).setFiles(brokenPath);
  await page.getByTestId('import-workspace-confirm').click();
  await expect(page.getByTestId('import-workspace-problems')).toContainText('People, row 4');
  await page.screenshot({ path: path.join(shots, 'import-broken.png') });
  expect(await callApi(app, 'accounts.list', {})).toHaveLength(1);

  // The good file, as a new account beside the first.
  chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-workspace-file').click();
  await (await chooser).setFiles(saved);
  await expect(page.getByTestId('import-workspace-problems')).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'import-chosen.png') });
  await page.getByTestId('import-workspace-confirm').click();
  await expect(importDialog).toBeHidden();
  await expect(page.getByTestId('account-card')).toHaveCount(2);
  await page.screenshot({ path: path.join(shots, 'imported.png') });
  const accounts = await callApi(app, 'accounts.list', {});
  const copy = accounts.find((account) => account.id !== sample.id)!;
  expect(copy.peopleCount).toBe(accounts.find((account) => account.id === sample.id)!.peopleCount);

  // The new account opens onto its map, with its people placed.
  await page.getByTestId('account-card').nth(accounts.indexOf(copy)).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'imported-map.png') });
});
