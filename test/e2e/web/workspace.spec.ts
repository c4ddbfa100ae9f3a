import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
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

  // One undo step takes the import back; redo brings it again.
  await page.getByTestId('open-account').first().press('Control+z');
  await expect(page.getByTestId('account-card')).toHaveCount(1);
  await page.getByTestId('open-account').first().press('Control+Shift+z');
  await expect(page.getByTestId('account-card')).toHaveCount(2);
  const accounts = await callApi(app, 'accounts.list', {});
  const copy = accounts.find((account) => account.id !== sample.id)!;
  expect(copy.peopleCount).toBe(accounts.find((account) => account.id === sample.id)!.peopleCount);

  // The new account opens onto its map, with its people placed.
  await page.getByTestId('account-card').nth(accounts.indexOf(copy)).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'imported-map.png') });
});

test('the people table and the action plan leave as Excel workbooks, and people as vCards', async ({ app, page }) => {
  fs.mkdirSync(shots, { recursive: true });
  const sample = await callApi(app, 'accounts.createSample', { language: 'zh-CN' });
  const people = await callApi(app, 'people.list', { accountId: sample.id });
  const first = people.find((person) => person.name !== '');
  await callApi(app, 'people.update', { id: first!.id, patch: { title: '=HYPERLINK("http://evil.example")' } });
  await page.goto(app.url);
  await page.getByTestId('account-card').click();
  await page.getByTestId('section-people').click();
  await expect(page.getByTestId('people-table')).toBeVisible();

  await page.getByTestId('people-export-menu').click();
  await page.screenshot({ path: path.join(shots, 'people-export-menu.png') });
  let downloading = page.waitForEvent('download');
  await page.getByTestId('people-export-xlsx').click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(people.length + 1);
  const names = sheet.getColumn(1).values.slice(2).map(String);
  expect(names).toContain(first!.name);
  const titles = sheet.getColumn(2).values.map((value) => (value === undefined ? '' : String(value)));
  expect(titles).toContain('=HYPERLINK("http://evil.example")');
  sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));

  // vCards of everyone shown.
  await page.getByTestId('people-export-menu').click();
  await page.getByTestId('people-export-vcard').click();
  await expect(page.getByTestId('vcard-dialog')).toBeVisible();
  await expect(page.getByTestId('vcard-private')).not.toBeChecked();
  await page.screenshot({ path: path.join(shots, 'vcard-dialog.png') });
  downloading = page.waitForEvent('download');
  await page.getByTestId('vcard-confirm').click();
  download = await downloading;
  const vcf = fs.readFileSync(await download.path(), 'utf8');
  expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(people.length);
  expect(vcf).toContain('VERSION:4.0');
  expect(vcf).toContain(`FN:${first!.name}`);

  // The action plan, beside its CSV.
  await page.getByTestId('section-plan').click();
  downloading = page.waitForEvent('download');
  await page.getByTestId('plan-export-xlsx').click();
  download = await downloading;
  const plan = new ExcelJS.Workbook();
  await plan.xlsx.readFile(await download.path());
  const planSheet = plan.worksheets[0]!;
  expect(planSheet.rowCount).toBeGreaterThan(5);
  const dueDates = planSheet
    .getColumn(6)
    .values.slice(2)
    .filter((value) => value !== undefined && value !== null);
  expect(dueDates.length).toBeGreaterThan(0);
  expect(dueDates.every((value) => value instanceof Date)).toBe(true);
  await page.screenshot({ path: path.join(shots, 'plan-xlsx.png') });
});

test('an account is replaced from its file only after the dialog says what goes, in Chinese too', async ({
  app,
  browser,
}) => {
  fs.mkdirSync(shots, { recursive: true });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const sample = await callApi(app, 'accounts.createSample', { language: 'zh-CN' });
  const file = await callApi(app, 'workspace.export', { accountId: sample.id, includePrivate: true });
  const saved = path.join(shots, 'sample-account.json');
  fs.writeFileSync(saved, JSON.stringify(file));
  const before = await callApi(app, 'people.list', { accountId: sample.id });
  await callApi(app, 'people.create', { accountId: sample.id, name: '导出后新增' });

  await page.goto(app.url);
  const card = page.getByTestId('account-card');
  await card.getByRole('button', { name: '重命名' }).click();
  await page.getByTestId('account-replace-from-file').click();
  const dialog = page.getByTestId('import-workspace-dialog');
  await expect(dialog).toContainText('替换前会先自动备份');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-workspace-file').click();
  await (await chooser).setFiles(saved);
  await page.screenshot({ path: path.join(shots, 'replace-zh.png') });
  await page.getByTestId('import-workspace-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText(`${before.length} 人`);

  const after = await callApi(app, 'people.list', { accountId: sample.id });
  expect(after.map((p) => p.name).sort()).toEqual(before.map((p) => p.name).sort());
  const backups = await callApi(app, 'backups.list', {});
  expect(backups.some((backup) => backup.reason === 'before-import')).toBe(true);
  await context.close();
});
