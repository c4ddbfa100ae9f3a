/**
 * Memory of `npm run bench` (run alone: `npx tsx test/bench/memory.ts [--cycles 100] [--no-build]`).
 * Opens the busy account (test/bench/busyAccount.ts: 2,000 people and their history) in web mode
 * in Chromium, and the same nodes and edges on the bare React Flow page, and prints
 *   mem N=2000 heap_mb=… bare_heap_mb=… backend_rss_mb=… heap_ratio=…
 *   # mem cycles=100 growth_mb=… backend_growth_mb=…
 * heap_mb is the page's JS heap in use with the map open, after two full garbage collections
 * (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage); bare_heap_mb the same on the bare
 * page; backend_rss_mb the resident memory of web mode's process (its threads included) with the
 * map open. growth_mb is the heap after the last of CYCLES open-close cycles of the map (back to
 * the home screen, open the map again) less the heap after the first, both with the map open.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openDatabase } from '../../electron/backend/db/connection';
import { bareGraphOf } from './bareGraph';
import { BUSY_ACCOUNT_NAME, BUSY_PEOPLE, buildBusyAccount } from './busyAccount';
import { timeOpen } from './mapBench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');
const BARE_OUT = path.join(ROOT, 'out/bench-bare');
const READY_LINE = /^Powermap web: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m;
const CHROMIUM = process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1400, height: 850 };
const MB = 1024 * 1024;

const { values: options } = parseArgs({
  options: { cycles: { type: 'string', default: '100' }, 'no-build': { type: 'boolean', default: false } },
});
const CYCLES = Number(options.cycles);
if (!Number.isInteger(CYCLES) || CYCLES < 1) {
  console.error('usage: npx tsx test/bench/memory.ts [--cycles 100] [--no-build]');
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`bench memory: ${message}\n`);
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'NaN');

const started: { dir: string | null; child: ChildProcess | null; server: http.Server | null; browser: Browser | null } =
  { dir: null, child: null, server: null, browser: null };

async function cleanUp(): Promise<void> {
  await started.browser?.close().catch(() => undefined);
  const child = started.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
  if (started.server) {
    const server = started.server;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  if (started.dir) fs.rmSync(started.dir, { recursive: true, force: true });
}

function build(config: string): void {
  const result = spawnSync(process.execPath, [VITE, 'build', '--config', config, '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build --config ${config} failed`);
}

async function startWebMode(databasePath: string): Promise<{ url: string; pid: number }> {
  const child = spawn(
    process.execPath,
    // tsx's loader in the process itself (its command line would run the script in a child), so
    // the process spawned is web mode's and its resident memory is the backend's.
    ['--import', 'tsx', 'electron/backend/http/cli.ts', '--db', databasePath, '--port', '0', '--no-open'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  started.child = child;
  const url = await new Promise<string>((resolve, reject) => {
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
    child.on('exit', (code) => reject(new Error(`web mode exited with ${code}:\n${output}`)));
  });
  if (child.pid === undefined) throw new Error('web mode has no process id');
  return { url, pid: child.pid };
}

/** Resident memory of a process and its descendants, in MB (Linux /proc); threads are in their process's. */
function treeRssMb(rootPid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent id follows its state.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parentOf.get(at))
      if (at === rootPid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024;
}

/** Serves out/bench-bare and the busy account's graph at /graph/N.json, on 127.0.0.1. */
async function startBareServer(graphJson: string): Promise<string> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === `/graph/${BUSY_PEOPLE}.json`) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(graphJson);
      return;
    }
    const file = path.join(BARE_OUT, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname));
    if (!file.startsWith(BARE_OUT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  started.server = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bare page server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

/** The page's JS heap in use after full garbage collections, in MB. */
async function heapAfterGcMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection's finalizers and weak callbacks free more for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / MB;
  } finally {
    await cdp.detach();
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  if (!options['no-build']) {
    log('building the renderer, its backend thread and the bare page');
    build('vite.web.config.ts');
    build('vite.thread.config.ts');
    build('test/bench/bare/vite.config.ts');
  }
  started.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-mem-'));
  const databasePath = path.join(started.dir, 'bench.sqlite');
  log(`building the busy account (${BUSY_PEOPLE} people)`);
  const account = buildBusyAccount(databasePath);
  const graphDb = openDatabase(databasePath);
  const graphJson = JSON.stringify(bareGraphOf(graphDb, account.accountId, account.mapId));
  graphDb.close();

  const web = await startWebMode(databasePath);
  const bareUrl = await startBareServer(graphJson);
  started.browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await started.browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  // tsx compiles functions with esbuild's keepNames, which calls __name(); the page has none.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });

  const page = await context.newPage();
  await page.goto(web.url);
  const opener = page.getByTestId('account-card').filter({ has: page.getByText(BUSY_ACCOUNT_NAME, { exact: true }) });
  const back = page.getByTestId('back-home');
  log('opening the map');
  await timeOpen(page, opener);
  const pane = await page.locator('.react-flow').boundingBox();
  if (!pane) throw new Error('our map has no .react-flow pane');
  const heapMb = await heapAfterGcMb(page);
  const rssMb = treeRssMb(web.pid);

  const barePage = await context.newPage();
  await barePage.goto(`${bareUrl}?n=${BUSY_PEOPLE}&w=${Math.round(pane.width)}&h=${Math.round(pane.height)}`);
  await timeOpen(barePage, barePage.getByTestId('bare-open'));
  const bareHeapMb = await heapAfterGcMb(barePage);
  await barePage.close();

  console.log(
    `mem N=${BUSY_PEOPLE} heap_mb=${fixed(heapMb)} bare_heap_mb=${fixed(bareHeapMb)} backend_rss_mb=${fixed(rssMb)} ` +
      `heap_ratio=${fixed(heapMb / bareHeapMb, 2)}`,
  );

  log(`${CYCLES} open-close cycles`);
  const heaps: number[] = [];
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    await back.click();
    await timeOpen(page, opener);
    if (cycle === 1 || cycle === CYCLES || cycle % 25 === 0) heaps.push(await heapAfterGcMb(page));
  }
  const endRssMb = treeRssMb(web.pid);
  const growthMb = heaps[heaps.length - 1]! - heaps[0]!;
  console.log(
    `# mem cycles=${CYCLES} growth_mb=${fixed(growthMb)} backend_growth_mb=${fixed(endRssMb - rssMb)} ` +
      `heap_mb_along=${heaps.map((mb) => fixed(mb)).join('/')} backend_rss_end_mb=${fixed(endRssMb)}; ` +
      `load ${os.loadavg()[0]!.toFixed(2)}, machine shared`,
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`bench memory failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
