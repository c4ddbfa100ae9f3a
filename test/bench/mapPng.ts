/**
 * Timing of the PNG a user saves: the sample account opened in web mode in Chromium, Export → PNG
 * at 2×, from the click on Save to the file the browser downloads. Needs the renderer built
 * (`npm run build:renderer`; `npm run bench` builds it first). Run: `npx tsx test/bench/mapPng.ts`.
 * Prints `picture png scale=2 people=… png_ms=… bytes=…` (the median of several saves after a
 * warm-up) and a baseline from the same page: the time the browser takes to encode a blank canvas
 * of the same size as PNG, which no drawing of ours can beat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebMode } from '../helpers/webMode';
import { median } from './mapBench';

const CHROMIUM = process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium';
const SAVES = 5;
/** The dialog's default scale. */
const SCALE = 2;

async function savePng(page: Page): Promise<{ ms: number; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Export as PNG image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a picture of the map' });
  const downloading = page.waitForEvent('download');
  const started = Date.now();
  await dialog.getByTestId('picture-save').click();
  const file = await downloading;
  const ms = Date.now() - started;
  await dialog.waitFor({ state: 'hidden' });
  return { ms, bytes: fs.readFileSync(await file.path()) };
}

/** Encoding a blank canvas of the PNG's size: the browser's own floor for this picture. */
async function blankEncodeMs(page: Page, width: number, height: number): Promise<number> {
  return page.evaluate(
    async ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#fff';
        context.fillRect(0, 0, w, h);
      }
      const started = performance.now();
      await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      return performance.now() - started;
    },
    [width, height] as const,
  );
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-png-'));
  const app = await startWebMode(path.join(dir, 'powermap.sqlite'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({
      viewport: { width: 1400, height: 850 },
      locale: 'en-US',
      acceptDownloads: true,
    });
    await page.goto(app.url);
    await page.getByTestId('open-sample').click();
    await page.getByTestId('account-title').filter({ hasText: '(sample)' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('person-card').first().waitFor();
    const people = await page.getByTestId('person-card').count();
    await savePng(page);
    const saves: { ms: number; bytes: Buffer }[] = [];
    for (let round = 0; round < SAVES; round++) saves.push(await savePng(page));
    const last = saves[saves.length - 1]!;
    const width = last.bytes.readUInt32BE(16);
    const height = last.bytes.readUInt32BE(20);
    const blank = median(await Promise.all([0, 1, 2].map(() => blankEncodeMs(page, width, height))));
    const pngMs = median(saves.map((save) => save.ms));
    console.log(`picture png scale=${SCALE} people=${people} png_ms=${pngMs.toFixed(0)} bytes=${last.bytes.length}`);
    console.log(
      `#   saves ${saves.map((save) => save.ms).join(', ')} ms; ${width}×${height} px; baseline blank_encode_ms=${blank.toFixed(0)}; ` +
        `png ${(pngMs / blank).toFixed(1)}x blank encode; load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  } finally {
    await browser.close();
    await app.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
