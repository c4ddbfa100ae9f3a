/**
 * The two measurements of `npm run bench` on one page, used alike for our map and for the bare
 * React Flow baseline: how long a map takes to open, and how long one drag step of a card takes.
 * Both are timed inside the page (performance.now(), the clock of event time stamps), so the
 * round trips between Node and the browser are not in the numbers.
 */
import type { Locator, Page } from '@playwright/test';
import { farDragInPage } from './farZoomDrag';

/** What a page looked like when it became interactive. */
export interface OpenResult {
  ms: number;
  /** Nodes and edges in the DOM (React Flow draws only the visible ones). */
  nodes: number;
  edges: number;
  zoom: number;
}

export interface DragResult {
  /** Median main-thread time of a step, without the wait for the display's next frame. */
  ms: number;
  /** Median wall time of a step to the painted frame, vsync wait included (whole frames). */
  frameMs: number;
  steps: number;
}

interface OpenProbeOptions {
  quietMs: number;
  quietFrames: number;
  timeoutMs: number;
}

/**
 * Runs in the page before the click that opens a map; `window.__benchOpen` then resolves with
 * the time from that click to the map being interactive.
 *
 * "Interactive" means all of:
 *   - `.react-flow__pane` exists (the canvas takes pointer input);
 *   - at least one `.react-flow__node` is in the DOM and none is still `visibility: hidden`
 *     (React Flow hides a node until it has measured it, and draws edges only after that);
 *   - the set of drawn elements and the viewport have settled: the number of nodes, the number
 *     of edges and the viewport transform (which fitView sets once the nodes are measured, and
 *     which decides, with `onlyRenderVisibleElements`, which cards are drawn) stay the same for
 *     `quietFrames` animation frames and `quietMs` milliseconds.
 * The time reported is from the click event's time stamp to the end of the first frame that
 * showed this final state: a message posted from that frame's requestAnimationFrame callback
 * runs once the frame's style, layout and paint are done.
 */
export function installOpenProbe({ quietMs, quietFrames, timeoutMs }: OpenProbeOptions): void {
  const w = window as unknown as { __benchOpen?: Promise<OpenResult> };
  w.__benchOpen = new Promise<OpenResult>((resolve, reject) => {
    let clickedAt = -1;
    window.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const started = performance.now();
    let lastSignature = '';
    let stableFrames = 0;
    let paintedAt = -1;
    let last = { nodes: 0, edges: 0, zoom: 0 };

    const look = () => {
      const pane = document.querySelector('.react-flow__pane');
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      let hidden = 0;
      for (const node of nodes) if (node.style.visibility === 'hidden') hidden++;
      const edges = document.querySelectorAll('.react-flow__edge').length;
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      // Far out, the map is one painted canvas and no DOM card need be drawn.
      const far = document.querySelector('[data-testid="far-zoom-layer"]') !== null;
      const zoom = Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? 0);
      last = { nodes: nodes.length, edges, zoom };
      return {
        ready: pane !== null && (nodes.length > 0 || far) && hidden === 0,
        signature: `${pane !== null}|${far}|${nodes.length}|${hidden}|${edges}|${transform}`,
      };
    };

    const frame = () => {
      const now = performance.now();
      if (now - started > timeoutMs) {
        reject(new Error(`the map was not interactive after ${timeoutMs} ms (${lastSignature})`));
        return;
      }
      const { ready, signature } = look();
      if (signature !== lastSignature) {
        lastSignature = signature;
        stableFrames = 0;
        paintedAt = -1;
        if (ready) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            if (lastSignature === signature) paintedAt = performance.now();
          };
          channel.port2.postMessage(null);
        }
      } else {
        stableFrames++;
      }
      if (ready && clickedAt >= 0 && paintedAt >= 0 && stableFrames >= quietFrames && now - paintedAt >= quietMs) {
        resolve({ ms: paintedAt - clickedAt, ...last });
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

interface DragOptions {
  /** Which elements may be dragged: the visible card nearest the pane's centre is taken. */
  nodeSelector: string;
  warmup: number;
  steps: number;
  /** Screen pixels a step; the card goes back and forth, four steps each way. */
  stepPx: number;
  timeoutMs: number;
}

/**
 * Runs in the page: presses the mouse on a card, moves it in small steps with synthetic mouse
 * events (React Flow's drag is d3-drag, which listens to mousedown on the node and mousemove /
 * mouseup on the window), releases it, and returns every step's timings.
 *
 * One step: t0 just before dispatching the mousemove; a MutationObserver notes when React Flow
 * has written the card's new `transform`; the step ends when the frame that shows it has been
 * painted (a message posted from the next requestAnimationFrame callback runs after that frame's
 * style, layout and paint). Headless Chromium paces frames at 60 Hz, so that wall time is whole
 * frames (`frame`); `busy` leaves out the idle wait between the update and the frame (from when
 * the main thread had nothing queued after the update to the requestAnimationFrame callback).
 */
export async function dragInPage({
  nodeSelector,
  warmup,
  steps,
  stepPx,
  timeoutMs,
}: DragOptions): Promise<{ busy: number[]; frame: number[] }> {
  const paneBox = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!paneBox) throw new Error('no .react-flow on the page');
  const centre = { x: paneBox.left + paneBox.width / 2, y: paneBox.top + paneBox.height / 2 };
  let card: HTMLElement | null = null;
  let best = Infinity;
  for (const node of document.querySelectorAll<HTMLElement>(nodeSelector)) {
    const box = node.getBoundingClientRect();
    const d = Math.hypot(box.left + box.width / 2 - centre.x, box.top + box.height / 2 - centre.y);
    if (d < best) {
      best = d;
      card = node;
    }
  }
  if (!card) throw new Error(`no ${nodeSelector} to drag`);
  const dragged = card;
  const box = dragged.getBoundingClientRect();
  let x = box.left + box.width / 2;
  let y = box.top + box.height / 2;

  const fire = (type: 'mousedown' | 'mousemove' | 'mouseup') => {
    const under = document.elementFromPoint(x, y);
    const target = under && dragged.contains(under) ? under : dragged;
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        clientX: x,
        clientY: y,
        screenX: x,
        screenY: y,
        button: 0,
        buttons: type === 'mouseup' ? 0 : 1,
      }),
    );
  };
  const afterPaint = () =>
    new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );

  const step = () =>
    new Promise<{ busy: number; frame: number }>((resolve, reject) => {
      const before = dragged.style.transform;
      let idleAt = -1;
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the card did not move within ${timeoutMs} ms`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (dragged.style.transform === before) return;
        observer.disconnect();
        // Two hops through the task queue: whatever the update queued runs before them.
        const hop1 = new MessageChannel();
        const hop2 = new MessageChannel();
        hop1.port1.onmessage = () => hop2.port2.postMessage(null);
        hop2.port1.onmessage = () => (idleAt = performance.now());
        hop1.port2.postMessage(null);
        requestAnimationFrame(() => {
          const frameAt = performance.now();
          const painted = new MessageChannel();
          painted.port1.onmessage = () => {
            clearTimeout(timer);
            const end = performance.now();
            const idle = idleAt >= 0 && idleAt < frameAt ? frameAt - idleAt : 0;
            resolve({ busy: end - t0 - idle, frame: end - t0 });
          };
          painted.port2.postMessage(null);
        });
      });
      observer.observe(dragged, { attributes: true, attributeFilter: ['style'] });
      const t0 = performance.now();
      fire('mousemove');
    });

  fire('mousedown');
  await afterPaint();
  // The first move past React Flow's drag threshold only starts the drag (selects the card, calls
  // onNodeDragStart); the card follows from the next one on.
  x += stepPx;
  fire('mousemove');
  await afterPaint();
  await afterPaint();
  const busy: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < warmup + steps; i++) {
    x += Math.floor(i / 4) % 2 === 0 ? stepPx : -stepPx;
    y += i % 2 === 0 ? 1 : -1;
    const timing = await step();
    if (i >= warmup) {
      busy.push(timing.busy);
      frame.push(timing.frame);
    }
  }
  fire('mouseup');
  await afterPaint();
  return { busy, frame };
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const OPEN_PROBE: OpenProbeOptions = { quietMs: 500, quietFrames: 10, timeoutMs: 60_000 };
const DRAG = { warmup: 5, steps: 30, stepPx: 3, timeoutMs: 10_000 };

/** Clicks `opener` and returns how long the map took to become interactive. */
export async function timeOpen(page: Page, opener: Locator): Promise<OpenResult> {
  await opener.waitFor({ state: 'visible' });
  await page.evaluate(installOpenProbe, OPEN_PROBE);
  await opener.click();
  return page.evaluate(() => (window as unknown as { __benchOpen: Promise<OpenResult> }).__benchOpen);
}

/** Drags the visible card nearest the centre of the map and returns the median step times. */
export async function timeDrag(page: Page, nodeSelector: string): Promise<DragResult> {
  const { busy, frame } = await page.evaluate(dragInPage, { nodeSelector, ...DRAG });
  return { ms: median(busy), frameMs: median(frame), steps: busy.length };
}

/** The size of a person card (renderer/src/features/map/placement.ts). */
const CARD = { width: 200, height: 120 };

/**
 * At far zoom the cards are painted, not DOM: drags the card nearest the centre by its screen
 * point, found from the people's places on the flow (test/bench/farZoomDrag.ts).
 */
export async function timeFarDrag(
  page: Page,
  points: { id: string; x: number; y: number }[],
): Promise<DragResult & { id: string }> {
  const { id, busy, frame } = await page.evaluate(farDragInPage, {
    points,
    cardWidth: CARD.width,
    cardHeight: CARD.height,
    warmup: DRAG.warmup,
    steps: DRAG.steps,
    stepPx: DRAG.stepPx,
  });
  return { id, ms: median(busy), frameMs: median(frame), steps: busy.length };
}

/**
 * Zooms the map to about `zoom` around the pane's centre with one mouse wheel turn, as a user
 * does (d3-zoom, under React Flow, scales by 2^(-deltaY × 0.002)), and waits until the viewport
 * shows that zoom and every drawn card is measured: how a bench drags DOM cards on a map that
 * opens far out.
 */
export async function zoomTo(page: Page, zoom: number): Promise<void> {
  const scaleOf = () =>
    page.evaluate(() => {
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      return Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? 0);
    });
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no .react-flow__pane to zoom');
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, -Math.log2(zoom / (await scaleOf())) / 0.002);
  await page.waitForFunction(
    (target) => {
      const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const scale = Number(/scale\(([^)]+)\)/.exec(transform)?.[1] ?? 0);
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      return (
        Math.abs(scale / target - 1) < 0.05 &&
        nodes.length > 1 &&
        nodes.every((node) => node.style.visibility !== 'hidden')
      );
    },
    zoom,
    { timeout: 30_000 },
  );
}
