/**
 * Where a drag step's time goes, ours against bare React Flow, including the browser's own work
 * (style, layout, paint) that a JavaScript profile shows only as "(program)":
 * `npx tsx test/bench/traceCompare.ts [N] [--no-build] [--zoom 0.5]`. Builds both pages (unless --no-build,
 * which uses out/renderer and out/bench-bare as they are), opens a generated map of N people in
 * each, drags a card as `npm run bench` does under Chromium's tracing, and prints for each side
 * the main thread's CPU time per step (thread time, which other processes on this shared machine
 * inflate far less than wall time) and that of the browser's phases (Layerize, HitTest, Paint…).
 * --zoom Z zooms both maps to Z with the mouse wheel before the drag (DOM cards on a map that opens
 * on the far-zoom layer).
 * TRACE_CSS='a{…}|||b{…}' adds runs with each style sheet added to both pages before the drag:
 * what would a step cost without this or that part of the drawing?
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/connection';
import { startWebServer } from '../../electron/backend/http/server';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import type { BareGraph } from './bare/main';
import { bareGraphOf } from './bareGraph';
import { farDragInPage } from './farZoomDrag';
import { dragInPage, median, timeOpen, zoomTo } from './mapBench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const N = Number(process.argv.slice(2).find((arg, i, all) => /^\d+$/.test(arg) && all[i - 1] !== '--zoom') ?? 1000);
const BUILD = !process.argv.includes('--no-build');
const ZOOM_AT = process.argv.indexOf('--zoom');
const ZOOM = ZOOM_AT >= 0 ? Number(process.argv[ZOOM_AT + 1]) : null;
const DRAG = { warmup: 5, steps: 30, stepPx: 3, timeoutMs: 10_000 };
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'v8.execute',
  'toplevel',
  'cc',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike wall time, not inflated when other processes take the core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

function build(config: string, outDir?: string): void {
  const args = ['node_modules/vite/bin/vite.js', 'build', '--config', config, '--logLevel', 'error'];
  if (outDir) args.push('--outDir', outDir);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build of ${config} failed`);
}

/** Total duration of each top-level complete event on the renderer's main thread, per step. */
function summarise(trace: { traceEvents: TraceEvent[] }, steps: number): string {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top = new Map<string, number>();
  const any = new Map<string, number>();
  let end = -Infinity;
  let cpu = 0;
  for (const event of complete) {
    const time = event.tdur ?? event.dur!;
    any.set(event.name, (any.get(event.name) ?? 0) + time);
    if (event.ts >= end) {
      top.set(event.name, (top.get(event.name) ?? 0) + time);
      cpu += time;
      end = event.ts + event.dur!;
    }
  }
  const rows = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => `    ${(us / 1000 / steps).toFixed(2).padStart(7)} ms/step  ${name}`)
      .join('\n');
  const busy = cpu / 1000 / steps;
  const nested = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'HitTest', 'FunctionCall'];
  const inner = new Map(nested.map((name) => [name, any.get(name) ?? 0]));
  // Raster and compositing run on other threads: a frame can wait on them while the main one idles.
  const threadName = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '?']),
  );
  const perThread = new Map<string, number>();
  const threadEnd = new Map<string, number>();
  for (const event of events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && !(e.pid === main.pid && e.tid === main.tid))
    .sort((a, b) => a.ts - b.ts)) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ts < (threadEnd.get(key) ?? -Infinity)) continue;
    threadEnd.set(key, event.ts + event.dur!);
    const name = `${threadName.get(key) ?? key}${event.pid === main.pid ? '' : ' (other process)'}`;
    perThread.set(name, (perThread.get(name) ?? 0) + (event.tdur ?? event.dur!));
  }
  return (
    `  main thread CPU ${busy.toFixed(2)} ms/step (thread time)\n  top-level:\n${rows(top, 12)}\n` +
    `  any depth:\n${rows(inner, nested.length)}\n  other threads, top-level:\n${rows(perThread, 6)}`
  );
}

/** Drags a DOM card matching `selector`, or, when the far-zoom layer is shown, a painted card at its screen point. */
async function traced(browser: Browser, page: Page, selector: string, points: BareGraph['nodes']): Promise<string> {
  const far = (await page.getByTestId('far-zoom-layer').count()) > 0;
  await browser.startTracing(page, { categories: CATEGORIES });
  const timings = far
    ? await page.evaluate(farDragInPage, { points, cardWidth: 200, cardHeight: 120, ...DRAG })
    : await page.evaluate(dragInPage, { nodeSelector: selector, ...DRAG });
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  return (
    `  ${far ? 'far-zoom layer, ' : ''}median busy ${median(timings.busy).toFixed(1)} ms a step, ` +
    `${median(timings.frame).toFixed(1)} ms to the painted frame\n${summarise(trace, DRAG.warmup + DRAG.steps + 4)}`
  );
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-trace-'));
  const rendererRoot = BUILD ? path.join(dir, 'renderer') : path.join(ROOT, 'out/renderer');
  const bareRoot = path.join(ROOT, 'out/bench-bare');
  if (BUILD) {
    build('vite.web.config.ts', rendererRoot);
    build('test/bench/bare/vite.config.ts');
  }
  const databasePath = path.join(dir, 'trace.sqlite');
  const db = openDatabase(databasePath);
  const name = `Trace map N=${N}`;
  const { accountId, mapId } = generateAccount(db, { people: N, seed: 3 + N, name });
  const bareGraph = bareGraphOf(db, accountId, mapId);
  db.close();
  const graph = JSON.stringify(bareGraph);

  const backend = startBackend(databasePath, { version: 'trace' });
  const web = await startWebServer({ dispatch: backend.dispatch, staticRoot: rendererRoot, port: 0 });
  const bare = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/graph/')) return void response.end(graph);
    const file = path.join(bareRoot, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(bareRoot) || !fs.existsSync(file)) return void response.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
    response.writeHead(200, { 'Content-Type': type });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as { port: number }).port;

  const browser = await chromium.launch({
    executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    // bypassCSP: our page's policy would refuse the style sheets TRACE_CSS adds.
    const context = await browser.newContext({
      viewport: { width: 1400, height: 850 },
      locale: 'en-US',
      bypassCSP: true,
    });
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    // Each variant: CSS added to both pages before the drag (an ablation: what would it cost without X?).
    const variants = ['', ...(process.env.TRACE_CSS ?? '').split('|||').filter(Boolean)];
    for (const css of variants) {
      const ours = await context.newPage();
      await ours.goto(web.url);
      const opener = ours.getByTestId('account-card').filter({ has: ours.getByText(name, { exact: true }) });
      const open = await timeOpen(ours, opener);
      const pane = await ours.locator('.react-flow').boundingBox();
      if (ZOOM) await zoomTo(ours, ZOOM);
      if (css) await ours.addStyleTag({ content: css });
      console.log(`== ${css || 'as is'}`);
      console.log(`ours: open ${open.ms.toFixed(0)} ms, ${open.nodes} nodes, ${open.edges} edges`);
      console.log(await traced(browser, ours, '.react-flow__node:has([data-testid="person-card"])', bareGraph.nodes));
      await ours.close();

      const page = await context.newPage();
      await page.goto(
        `http://127.0.0.1:${barePort}/?n=${N}&w=${Math.round(pane?.width ?? 0)}&h=${Math.round(pane?.height ?? 0)}`,
      );
      const bareOpen = await timeOpen(page, page.getByTestId('bare-open'));
      if (ZOOM) await zoomTo(page, ZOOM);
      if (css) await page.addStyleTag({ content: css });
      console.log(`bare: open ${bareOpen.ms.toFixed(0)} ms, ${bareOpen.nodes} nodes, ${bareOpen.edges} edges`);
      console.log(await traced(browser, page, '.react-flow__node', bareGraph.nodes));
      await page.close();
    }
  } finally {
    await browser.close();
    await web.close();
    bare.close();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
