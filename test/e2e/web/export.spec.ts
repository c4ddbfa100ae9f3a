import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addPerson, card, connect, createAccount, dragNextTo, expect, test } from '../fixtures';

/** Opens the picture dialog from the export menu, sets it up with `choose` and saves the file. */
async function exportPicture(
  page: Page,
  label: string,
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a picture of the map' });
  await expect(dialog).toBeVisible();
  await choose(dialog);
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('picture-save').click();
  const file = await downloading;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('the map exports as an SVG of real shapes and text and as a PNG at a chosen size', async ({ app, page }, info) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'General manager');
  await addPerson(page, 'Li Na', 'CFO');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 220);
  await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  const svg = await exportPicture(page, 'Export as SVG image', async (dialog) => {
    await dialog.getByText('The whole map').click();
  });
  expect(svg.name).toMatch(/^Northwind — Power map \d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
  expect(text).toContain('>Wang Jianguo</text>');
  expect(text).toContain('>Li Na</text>');
  expect(text).toContain('>General manager</text>');
  expect(text).not.toContain('foreignObject');
  // The reports-to line, as a path of its own; no handles, selection outline or minimap.
  expect(text.match(/<path d="M[^"]+" stroke="[^"]+" stroke-width="[^"]+" data-kind="reports_to"/g)).toHaveLength(1);
  expect(text).not.toMatch(/react-flow|minimap|handle/i);
  expect(svg.bytes.length).toBeLessThan(20_000);
  const svgFile = info.outputPath('map.svg');
  fs.writeFileSync(svgFile, svg.bytes);

  const png = await exportPicture(page, 'Export as PNG image', async (dialog) => {
    await dialog.getByText('The whole map').click();
    await dialog.getByText('3×', { exact: true }).click();
  });
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const size = pngSize(png.bytes);
  // Two cards one above the other (200 × 340 canvas units with the line) and a margin, at 3×.
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ (\d+) (\d+)"/.exec(text);
  expect(size.width).toBe(3 * Number(viewBox?.[1]));
  expect(size.height).toBe(3 * Number(viewBox?.[2]));
  fs.writeFileSync(info.outputPath('map.png'), png.bytes);

  // Only the selected card, at 1×: cropped to that one card.
  await card(page, 'Li Na').click();
  const one = await exportPicture(page, 'Export as PNG image', async (dialog) => {
    await expect(dialog.getByLabel('The selected item')).toBeChecked();
    await dialog.getByText('1×', { exact: true }).click();
  });
  expect(pngSize(one.bytes)).toEqual({ width: 200 + 48, height: 120 + 48 });
});

test('a picture leaves out private notes unless they are ticked', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByTestId('open-sample').click();
  await expect(page.getByTestId('account-title')).toContainText('(sample)', { timeout: 30_000 });
  await expect.poll(() => page.getByTestId('person-card').count()).toBeGreaterThanOrEqual(25);
  const plain = await exportPicture(page, 'Export as SVG image');
  const withPrivate = await exportPicture(page, 'Export as SVG image', async (dialog) => {
    await expect(dialog.getByTestId('picture-include-private')).not.toBeChecked();
    await dialog.getByTestId('picture-include-private').check();
  });
  expect(plain.bytes.toString('utf8')).not.toContain('data-marker="privateNotes"');
  expect(withPrivate.bytes.toString('utf8')).toContain('data-marker="privateNotes"');
  const png = await exportPicture(page, 'Export as PNG image');
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  fs.writeFileSync(test.info().outputPath('sample.png'), png.bytes);
  await page.screenshot({ path: test.info().outputPath('after-export.png') });
});
