/**
 * Far-zoom probe: a drag step to the painted frame on a 10,000-person map at Fit (painted by the
 * far-zoom layer), against bare React Flow's at 2,000 people (DOM nodes), in one run. Prints
 *   farzoom N=10000 frame_ms=… bare_N=2000 bare_frame_ms=… frame_ratio=… zoom=…
 * (medians over the rounds of each round's median over 30 steps) and checks that each drag was
 * saved: the dragged person's map item has moved in the database.
 *
 * Usage: npx tsx test/bench/farZoomProbe.ts [--people 10000] [--bare 2000] [--rounds 3]
 * Needs `npm run build:web` first; builds the bare page itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { openDatabase } from '../../electron/backend/db/connection';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { bareGraphOf } from './bareGraph';
import { farDragInPage } from './farZoomDrag';
import { median, timeDrag, timeOpen } from './mapBench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const BARE_OUT = path.join(ROOT, 'out/bench-bare');
const READY_LINE = /^Powermap web: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;
const VIEWPORT = { width: 1400, height: 850 };
/** The size of a person card (renderer/src/features/map/placement.ts). */
const CARD = { width: 200, height: 120 };

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    bare: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
  },
});
const PEOPLE = Number(values.people);
const BARE_N = Number(values.bare);
const ROUNDS = Number(values.rounds);
const log = (message: string) => process.stderr.write(`farzoom: ${message}\n`);

const children: ChildProcess[] = [];
const servers: http.Server[] = [];

function startWebMode(databasePath: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [TSX, 'electron/backend/http/cli.ts', '--db', databasePath, '--port', '0', '--no-open'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web mode did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
}

async function startBareServer(graph: string): Promise<string> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === `/graph/${BARE_N}.json`) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(graph);
      return;
    }
    const file = path.join(BARE_OUT, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(BARE_OUT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)];
    response.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}/`;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-farzoom-'));
  const databasePath = path.join(dir, 'probe.sqlite');
  try {
    const build = spawnSync(
      process.execPath,
      [VITE, 'build', '--config', 'test/bench/bare/vite.config.ts', '--logLevel', 'error'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) throw new Error('the bare page did not build');
    log(`generating ${PEOPLE} and ${BARE_N} people`);
    const db = openDatabase(databasePath);
    const big = generateAccount(db, { people: PEOPLE, seed: 7, name: `Far zoom N=${PEOPLE}` });
    const small = generateAccount(db, { people: BARE_N, seed: 3 + BARE_N, name: `Bare N=${BARE_N}` });
    const points = bareGraphOf(db, big.accountId, big.mapId).nodes;
    const bareGraph = JSON.stringify(bareGraphOf(db, small.accountId, small.mapId));
    db.close();

    const appUrl = await startWebMode(databasePath);
    const bareUrl = await startBareServer(bareGraph);
    const browser = await chromium.launch({ executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium' });
    const context = await browser.newContext({ viewport: VIEWPORT });
    // tsx compiles functions with esbuild's keepNames, which calls __name(); the page has none.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const ours: number[] = [];
    const bare: number[] = [];
    let zoom = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const page = await context.newPage();
      await page.goto(appUrl);
      const opener = page.getByTestId('account-card').filter({ hasText: `Far zoom N=${PEOPLE}` });
      const clickedAt = Date.now();
      await opener.click();
      await page.getByTestId('far-zoom-layer').waitFor();
      const openMs = Date.now() - clickedAt;
      const dom = await page.evaluate(() => ({
        nodes: document.querySelectorAll('.react-flow__node').length,
        edges: document.querySelectorAll('.react-flow__edge').length,
      }));
      const pane = await page.locator('.react-flow').boundingBox();
      if (!pane) throw new Error('our map has no pane');
      const result = await page.evaluate(farDragInPage, {
        points,
        cardWidth: CARD.width,
        cardHeight: CARD.height,
        warmup: 5,
        steps: 30,
        stepPx: 3,
      });
      zoom = result.zoom;
      const tabStops = await page.locator('.react-flow__node[tabindex="0"]').count();
      ours.push(median(result.frame));
      // The drop is saved as a move of that person's map item.
      const start = points.find((p) => p.id === result.id);
      let saved = false;
      for (let i = 0; i < 100 && !saved; i++) {
        const check = openDatabase(databasePath);
        const row = check
          .prepare('SELECT x, y FROM map_items WHERE map_id = ? AND person_id = ?')
          .get(big.mapId, result.id) as { x: number; y: number } | undefined;
        check.close();
        saved = !!row && !!start && (row.x !== start.x || row.y !== start.y);
        if (!saved) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!saved) throw new Error(`the drag of ${result.id} was not saved`);
      if (start) start.x = Number.NaN; // moved: not picked again from its old place
      log(
        `round ${round + 1}: ours to the far view ${openMs} ms (DOM: ${dom.nodes} nodes, ${dom.edges} lines), frame ${median(result.frame).toFixed(1)} ms, ${tabStops} DOM Tab stop`,
      );
      await page.close();

      const barePage = await context.newPage();
      await barePage.goto(`${bareUrl}?n=${BARE_N}&w=${Math.round(pane.width)}&h=${Math.round(pane.height)}`);
      await timeOpen(barePage, barePage.getByTestId('bare-open'));
      const drag = await timeDrag(barePage, '.react-flow__node');
      bare.push(drag.frameMs);
      log(`round ${round + 1}: bare frame ${drag.frameMs.toFixed(1)} ms`);
      await barePage.close();
    }
    await browser.close();
    const frameMs = median(ours);
    const bareMs = median(bare);
    console.log(
      `farzoom N=${PEOPLE} frame_ms=${frameMs.toFixed(1)} bare_N=${BARE_N} bare_frame_ms=${bareMs.toFixed(1)} ` +
        `frame_ratio=${(frameMs / bareMs).toFixed(2)} zoom=${zoom.toFixed(3)}`,
    );
    console.log(
      `#   ours: ${ours.map((v) => v.toFixed(1)).join('/')}  bare: ${bare.map((v) => v.toFixed(1)).join('/')}`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
