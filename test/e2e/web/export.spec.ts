import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { addPerson, card, connect, createAccount, dragNextTo, expect, test } from '../fixtures';

async function exportAs(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: label }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test('the map exports as PNG and SVG images that contain its cards and its lines', async ({ app, page }) => {
  await page.goto(app.url);
  await createAccount(page, 'Northwind');
  await page.getByTestId('account-card').click();
  await addPerson(page, 'Wang Jianguo', 'General manager');
  await addPerson(page, 'Li Na', 'CFO');
  await dragNextTo(page, card(page, 'Li Na'), card(page, 'Wang Jianguo'), 0, 220);
  await connect(page, card(page, 'Wang Jianguo'), card(page, 'Li Na'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  const svg = await exportAs(page, 'Export as SVG image');
  expect(svg.name).toMatch(/^Northwind — Power map \d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  // Asserted as booleans: the SVG inlines every computed style and runs to megabytes.
  expect(text.startsWith('<svg'), 'an SVG document').toBe(true);
  expect(text.includes('Wang Jianguo') && text.includes('Li Na'), 'both cards').toBe(true);
  // html-to-image 1.11.12 and 1.11.13 silently drop every edge; the line must be in the picture.
  const drawnLines = text.split('<path').filter((tag) => {
    const element = tag.slice(0, tag.indexOf('>'));
    return element.includes('react-flow__edge-path') && / d="M[^"]+"/.test(element);
  });
  expect(drawnLines.length, 'the reports-to line').toBe(1);

  const png = await exportAs(page, 'Export as PNG image');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  // Two cards one above the other, plus padding, at twice the pixel ratio.
  expect(width).toBeGreaterThan(400);
  expect(height).toBeGreaterThan(600);
});
