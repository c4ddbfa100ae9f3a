import { useSyncExternalStore } from 'react';

/**
 * A picture of the map is taken from what the canvas draws, so to leave private things out of it
 * the canvas must draw the backend's private-free view (exports.mapView) for that moment. An
 * export asks for it here; useTimeTravel serves it and says when it is on screen.
 */
let requests = 0;
let waiting: (() => void)[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function usePublicViewRequested(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => requests > 0,
  );
}

const edgesOnScreen = (): number => document.querySelectorAll('.react-flow__edge').length;
let edgesBefore = 0;

/**
 * Called by the canvas owner once the private-free view is rendered. New card data makes React
 * Flow measure the cards again, and lines wait for that: the picture is taken once every line
 * that was on screen is back (or after a second, when lines really changed).
 */
export function publicViewDrawn(): void {
  let frames = 0;
  const check = () => {
    if (edgesOnScreen() >= edgesBefore || ++frames > 60) release();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

function release(): void {
  const resolve = waiting;
  waiting = [];
  resolve.forEach((done) => done());
}

/** Runs `capture` while the canvas shows the private-free view. */
export async function withPublicView<T>(capture: () => Promise<T>): Promise<T> {
  requests++;
  edgesBefore = edgesOnScreen();
  const drawn = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The map without private notes did not appear')), 10_000);
    waiting.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  emit();
  try {
    await drawn;
    return await capture();
  } finally {
    requests--;
    emit();
  }
}
