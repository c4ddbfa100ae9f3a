import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api/contract';
import { STEPS, type Ctx } from '../helpers/everyMethodSteps';
import { startTempWebServer, type TempWebServer } from '../helpers/tempDb';

let web: TempWebServer;
beforeAll(async () => {
  web = await startTempWebServer();
});
afterAll(async () => {
  await web?.close();
});

describe('every contract method over HTTP', () => {
  it('has a test call for every method of the contract', () => {
    const covered = new Set(STEPS.map((s) => s.method));
    expect(METHOD_NAMES.filter((method) => !covered.has(method))).toEqual([]);
  });

  // About 160 calls in a row: on a loaded machine they outlast the default limit of one test.
  it('answers a valid call of each method with 200 and a result that matches the contract', async () => {
    const ctx = { copyPath: path.join(web.dir, 'copy of powermap.sqlite') } as Ctx;
    for (const { method, input, check, host } of STEPS) {
      // Web mode's API answers these through the room, which this server runs without (room-*.test.ts).
      if (host) continue;
      const { status, payload } = await web.call(method, input(ctx));
      expect(status, `${method}: ${JSON.stringify(payload)}`).toBe(200);
      const envelope = payload as { ok: boolean; result: unknown };
      expect(envelope.ok, method).toBe(true);
      const parsed = contract[method].output.safeParse(envelope.result);
      expect(parsed.success, `${method} output: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      check?.(envelope.result as never, ctx);
    }
    expect(web.backend.db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  }, 90_000);
});
