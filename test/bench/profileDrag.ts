/**
 * Where opening our map and a drag step spend their time: `npx tsx test/bench/profileDrag.ts [N]`
 * (default 1000). Builds the renderer unminified into a temp folder (out/renderer is left alone), serves it
 * with the real backend in this process, opens a generated map of N people and drags a card as
 * `npm run bench` does, each under V8's sampling profiler, and prints the functions and source
 * modules with the most time: self time (the function's own code) and total time (with what it
 * calls, each function counted once a sample). Writes each profile as a .cpuprofile (open it in
 * Chrome DevTools' Performance panel) to reports/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/connection';
import { startWebServer } from '../../electron/backend/http/server';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { bareGraphOf } from './bareGraph';
import { farDragInPage } from './farZoomDrag';
import { dragInPage, median, timeOpen, zoomTo } from './mapBench';

const ROOT = path.resolve(import.meta.dirname, '../..');
const N = Number(process.argv[2] ?? 1000);
const ZOOM_AT = process.argv.indexOf('--zoom');
const ZOOM = ZOOM_AT >= 0 ? Number(process.argv[ZOOM_AT + 1]) : null;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The `// path` line before each module of an unminified Rolldown bundle: which module a line is in. */
function moduleLocator(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ (\S+\.(?:[cm]?[jt]sx?|css))$/.exec(text);
    if (match?.[1]) starts.push({ line, module: match[1].replace(/^.*node_modules\//, '') });
  });
  return (line) => {
    let module = '(bundle)';
    for (const start of starts) {
      if (start.line > line) break;
      module = start.module;
    }
    return module;
  };
}

function report(profile: Profile, locate: (url: string, line: number) => string): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url) return functionName || '(anonymous)';
    return `${functionName || `(anonymous):${lineNumber + 1}`} [${locate(url, lineNumber)}]`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const moduleTotal = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    const seenModules = new Set<string>();
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const name = label(node);
      if (!seen.has(name)) {
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + dt);
      }
      const { url, lineNumber } = node.callFrame;
      const module = url ? locate(url, lineNumber) : '';
      if (module && !seenModules.has(module)) {
        seenModules.add(module);
        moduleTotal.set(module, (moduleTotal.get(module) ?? 0) + dt);
      }
    }
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  console.log(`profiled ${all.toFixed(0)} ms`);
  console.log(`self time:\n${top(self, 25)}`);
  console.log(`total time, functions:\n${top(total, 40)}`);
  console.log(`total time, source modules:\n${top(moduleTotal, 25)}`);
  // React components (capitalised functions), ours and the libraries': which ones render on a drag step.
  const components = new Map([...total].filter(([name]) => /^_?[A-Z][A-Za-z0-9]*(\$\d+)? \[/.test(name)));
  console.log(`total time, components:\n${top(components, 30)}`);
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-profile-'));
  const backend = { close: () => undefined } as { close(): void };
  let server: { close(): Promise<void> } | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.POWERMAP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const staticRoot = path.join(dir, 'renderer');
    const built = spawnSync(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'vite.web.config.ts',
        '--minify',
        'false',
        '--outDir',
        staticRoot,
        '--logLevel',
        'error',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('renderer build failed');
    const databasePath = path.join(dir, 'profile.sqlite');
    const db = openDatabase(databasePath);
    const name = `Profile map N=${N}`;
    const { accountId, mapId } = generateAccount(db, { people: N, seed: 3 + N, name });
    // Far out the cards are painted on one canvas: a card is pressed at its screen point.
    const points = bareGraphOf(db, accountId, mapId).nodes;
    db.close();
    const started = startBackend(databasePath, { version: 'profile' });
    backend.close = started.close;
    const web = await startWebServer({ dispatch: started.dispatch, staticRoot, port: 0 });
    server = web;

    const bundles = fs.readdirSync(path.join(staticRoot, 'assets')).filter((file) => file.endsWith('.js'));
    const locators = new Map(
      bundles.map((file) => [file, moduleLocator(fs.readFileSync(path.join(staticRoot, 'assets', file), 'utf8'))]),
    );
    const locate = (url: string, line: number) => {
      const file = path.basename(new URL(url).pathname);
      return locators.get(file)?.(line) ?? file;
    };

    const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, locale: 'en-US' });
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    await page.goto(web.url);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    fs.mkdirSync(path.join(ROOT, 'reports'), { recursive: true });
    const stop = async (what: string) => {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const out = path.join(ROOT, 'reports', `${what}-N${N}.cpuprofile`);
      fs.writeFileSync(out, JSON.stringify(profile));
      console.log(`profile written to ${path.relative(ROOT, out)}`);
      report(profile, locate);
    };

    await cdp.send('Profiler.start');
    const opener = page.getByTestId('account-card').filter({ has: page.getByText(name, { exact: true }) });
    const open = await timeOpen(page, opener);
    console.log(
      `\n== open N=${N}: ${open.ms.toFixed(0)} ms to interactive, ${open.nodes} nodes, ${open.edges} edges drawn`,
    );
    await stop('open');

    if (ZOOM) await zoomTo(page, ZOOM);
    const far = (await page.getByTestId('far-zoom-layer').count()) > 0;
    const DRAG = { warmup: 5, steps: 30, stepPx: 3 };
    await cdp.send('Profiler.start');
    const timings = far
      ? await page.evaluate(farDragInPage, { points, cardWidth: 200, cardHeight: 120, ...DRAG })
      : await page.evaluate(dragInPage, {
          nodeSelector: '.react-flow__node:has([data-testid="person-card"])',
          timeoutMs: 10_000,
          ...DRAG,
        });
    console.log(
      `\n== drag N=${N}${far ? ' (far-zoom layer)' : ''}: median ${median(timings.busy).toFixed(1)} ms a step, ` +
        `${median(timings.frame).toFixed(1)} ms to the painted frame, over ${timings.busy.length} steps`,
    );
    await stop('drag');
  } finally {
    await browser.close();
    await server?.close();
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
