/**
 * A drag step on the far-zoom layer, timed as test/bench/mapBench.ts times one on DOM cards. At
 * far zoom there is no DOM card to find: the caller gives the cards' flow positions (from the
 * database), the page turns them into screen points with React Flow's viewport transform, and the
 * card nearest the pane's centre whose point is bare pane (no panel, no DOM card over it) is
 * pressed there with pointer events, as a mouse does.
 *
 * One step: t0 just before dispatching the pointermove; the layer redraws in the next animation
 * frame; the step ends when a message posted from that frame runs, that is once the frame with
 * the moved card has been painted.
 */
export interface FarDragOptions {
  /** Top-left corners of the cards on the flow, and their size (every person card is the same). */
  points: { id: string; x: number; y: number }[];
  cardWidth: number;
  cardHeight: number;
  warmup: number;
  steps: number;
  stepPx: number;
}

export async function farDragInPage({
  points,
  cardWidth,
  cardHeight,
  warmup,
  steps,
  stepPx,
}: FarDragOptions): Promise<{ id: string; busy: number[]; frame: number[]; zoom: number }> {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport || !document.querySelector('[data-testid="far-zoom-layer"]')) {
    throw new Error('the far-zoom layer is not shown');
  }
  const [, tx, ty, scale] = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(
    viewport.style.transform,
  ) ?? ['', '0', '0', '1'];
  const zoom = Number(scale);
  const box = flow.getBoundingClientRect();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const onScreen = (p: { x: number; y: number }) => ({
    x: box.left + Number(tx) + (p.x + cardWidth / 2) * zoom,
    y: box.top + Number(ty) + (p.y + cardHeight / 2) * zoom,
  });
  const candidates = points
    .map((p) => ({ id: p.id, ...onScreen(p) }))
    .sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y));
  const chosen = candidates.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('react-flow__pane'));
  if (!chosen) throw new Error('no card lies on bare pane');
  let { x, y } = chosen;

  const fire = (type: 'pointerdown' | 'pointermove' | 'pointerup') => {
    const target = document.elementFromPoint(x, y) ?? flow;
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: window,
        clientX: x,
        clientY: y,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
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
  // As dragInPage times a step (test/bench/mapBench.ts): `frame` from the pointermove to the end
  // of the painted frame; `busy` leaves out the idle wait between the move's handler and that
  // frame. Our requestAnimationFrame callback is queued first, so it marks the frame's start and
  // the layer's drawing, queued by the handler, counts as busy.
  const step = () =>
    new Promise<{ busy: number; frame: number }>((resolve) => {
      let idleAt = -1;
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const painted = new MessageChannel();
        painted.port1.onmessage = () => {
          const end = performance.now();
          const idle = idleAt >= 0 && idleAt < frameAt ? frameAt - idleAt : 0;
          resolve({ busy: end - t0 - idle, frame: end - t0 });
        };
        painted.port2.postMessage(null);
      });
      fire('pointermove');
      const hop1 = new MessageChannel();
      const hop2 = new MessageChannel();
      hop1.port1.onmessage = () => hop2.port2.postMessage(null);
      hop2.port1.onmessage = () => (idleAt = performance.now());
      hop1.port2.postMessage(null);
    });

  fire('pointerdown');
  await afterPaint();
  x += stepPx;
  fire('pointermove');
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
  // The drop ends a few pixels from the start, so the probe can check the move was saved.
  fire('pointerup');
  await afterPaint();
  return { id: chosen.id, busy, frame, zoom };
}
