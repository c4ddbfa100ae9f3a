import type { CallResult } from '../dispatch';

interface Waiting {
  method: unknown;
  input: unknown;
  scope: unknown;
  queuedAt: number;
  start(answer: Promise<CallResult>): void;
}

/** How long a method's calls take, learned as they run (a moving average per method). */
const SMOOTHING = 0.3;
/** A method never seen yet is taken for a cheap one: its first call teaches the queue otherwise. */
const UNKNOWN_MS = 1;

/**
 * Reads waiting for a free thread, handed out shortest predicted first. Time spent waiting counts
 * against the prediction, so a slow read is not passed over for ever by a stream of cheap ones.
 */
export class ReadQueue {
  private readonly waiting: Waiting[] = [];
  private readonly costMs = new Map<string, number>();

  add(method: unknown, input: unknown, scope: unknown): Promise<CallResult> {
    return new Promise((resolve) => {
      this.waiting.push({
        method,
        input,
        scope,
        queuedAt: performance.now(),
        start: (answer) => resolve(answer),
      });
    });
  }

  predictedMs(method: unknown): number {
    return this.costMs.get(String(method)) ?? UNKNOWN_MS;
  }

  learn(method: unknown, ms: number): void {
    const known = this.costMs.get(String(method));
    this.costMs.set(String(method), known === undefined ? ms : known + SMOOTHING * (ms - known));
  }

  takeCheapest(): Waiting | undefined {
    return this.take(() => true);
  }

  takeCheapestUnder(limitMs: number): Waiting | undefined {
    return this.take((entry) => this.predictedMs(entry.method) <= limitMs);
  }

  private take(allowed: (entry: Waiting) => boolean): Waiting | undefined {
    const now = performance.now();
    let best = -1;
    let bestScore = Infinity;
    this.waiting.forEach((entry, index) => {
      if (!allowed(entry)) return;
      const score = this.predictedMs(entry.method) - (now - entry.queuedAt);
      if (score < bestScore) {
        bestScore = score;
        best = index;
      }
    });
    return best < 0 ? undefined : this.waiting.splice(best, 1)[0];
  }
}
