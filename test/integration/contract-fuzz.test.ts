import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { PROBLEMS } from '../../shared/api/issues';
import { parseCall } from '../../shared/api/validate';
import { brokenInput, mentionsIds, shapedValue } from '../helpers/contractArbitraries';
import { callOk, seedAccount, snapshotTables, startTempWebServer, type TempWebServer } from '../helpers/tempDb';

/**
 * Every method of the contract, fed generated input that is broken (wrong types, keys missing or
 * unknown, numbers and dates out of range, texts too long or with control characters, ids of the
 * wrong shape) or names ids nobody has: never an internal error, and a refused call changes no
 * table. FUZZ_SEED and FUZZ_RUNS (runs per method) reproduce or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_501);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Of those, how many per method also go over real HTTP. */
const HTTP_RUNS = Math.max(1, Math.round(RUNS / 10));

let web: TempWebServer;
beforeAll(async () => {
  web = await startTempWebServer();
  const { dispatch } = web.backend;
  const seed = seedAccount(dispatch, 'Acme');
  seedAccount(dispatch, 'Globex 环球');
  const member = callOk(dispatch, 'team.create', { name: 'Li Na', isMe: true });
  callOk(dispatch, 'accountTeam.set', { accountId: seed.accountId, memberId: member.id, role: 'account_manager' });
  callOk(dispatch, 'interactions.create', {
    accountId: seed.accountId,
    occurredAt: '2026-01-05T09:00:00+08:00',
    personIds: [seed.people.ann],
    summary: 'Budget review 预算',
    commitments: [{ description: 'Send the reference list', by: { kind: 'member', id: member.id } }],
  });
  const goal = callOk(dispatch, 'goals.create', { accountId: seed.accountId, title: 'Win the renewal' });
  callOk(dispatch, 'actions.create', { accountId: seed.accountId, title: 'Visit the plant', goalId: goal.id });
  callOk(dispatch, 'notes.create', {
    accountId: seed.accountId,
    mapId: seed.mapId,
    kind: 'sticky',
    text: 'Ask about the tender',
    position: { x: 10, y: 10 },
  });
});
afterAll(async () => {
  await web?.close();
});

const accepts = (method: MethodName, input: unknown): boolean => {
  try {
    parseCall(method, input);
    return true;
  } catch {
    return false;
  }
};

/** Two snapshots of every table, compared cheaply; the full diff only when they differ. */
function expectUnchanged(before: Record<string, unknown[]>, label: string): void {
  const after = snapshotTables(web.backend.db);
  if (JSON.stringify(after) !== JSON.stringify(before)) expect(after, label).toEqual(before);
}

/** One call through the real dispatcher, judged by what the contract makes of its input. */
function judge(method: MethodName, input: unknown): void {
  const valid = accepts(method, input);
  const before = snapshotTables(web.backend.db);
  const outcome = web.backend.dispatch(method, input);
  const label = `${method} ${JSON.stringify(input)?.slice(0, 300)}`;
  if (outcome.ok) {
    // Only an input the contract accepts can succeed; then it may well change things.
    expect(valid, label).toBe(true);
    return;
  }
  expect(outcome.error.code, label).not.toBe('internal');
  expectUnchanged(before, label);
  if (!valid) {
    expect(outcome.error.code, label).toBe('invalid_input');
    expect(outcome.error.issues?.length, label).toBeGreaterThan(0);
    for (const issue of outcome.error.issues ?? []) {
      expect(PROBLEMS, label).toContain(issue.problem);
      expect(issue.message, label).toMatch(/\S/);
    }
  }
}

const options = (numRuns: number) => ({ seed: SEED, numRuns });

describe('broken input to every method is refused, changes nothing and never fails inside', () => {
  it('covers every method of the contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(100);
  });

  for (const method of METHOD_NAMES) {
    it(method, () => {
      fc.assert(
        fc.property(brokenInput(contract[method].input), (input) => judge(method, input)),
        options(RUNS),
      );
    });
  }
});

describe('input naming ids nobody has never fails inside, and a refusal changes nothing', () => {
  for (const method of METHOD_NAMES.filter((name) => mentionsIds(contract[name].input))) {
    it(method, () => {
      fc.assert(
        fc.property(shapedValue(contract[method].input), (input) => judge(method, input)),
        options(Math.max(1, Math.round(RUNS / 3))),
      );
    });
  }
});

describe('over HTTP', () => {
  it('a sample of broken calls to every method is answered 4xx, never 500, and changes nothing', async () => {
    for (const method of METHOD_NAMES) {
      const inputs = fc.sample(brokenInput(contract[method].input), { seed: SEED, numRuns: HTTP_RUNS });
      for (const input of inputs) {
        // What arrives is what JSON can carry: undefined goes, NaN and Infinity become null.
        const sent: unknown = JSON.parse(JSON.stringify(input) ?? 'null');
        const before = snapshotTables(web.backend.db);
        const { status, payload } = await web.call(method, sent);
        const label = `${method} ${JSON.stringify(sent)?.slice(0, 300)}`;
        expect(status, label).not.toBe(500);
        if (status !== 200) {
          expect([400, 404, 409], label).toContain(status);
          expect((payload as { ok: boolean }).ok, label).toBe(false);
          expectUnchanged(before, label);
        } else {
          expect(accepts(method, sent), label).toBe(true);
        }
      }
    }
  });
});

describe('search takes whatever is typed', () => {
  const typed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.string({ unit: 'binary', maxLength: 20 }).map((text) => `${text}\u0000${text}`),
    // Words of the seeded data, with whatever around them, so the index is really searched.
    fc
      .tuple(fc.constantFrom('Ann', 'Acme', '预算', 'Bu', 'tender'), fc.string({ unit: 'binary', maxLength: 5 }))
      .map(([word, noise]) => `${noise}${word}${noise}`),
    fc.constantFrom('"', '*', 'OR', 'NEAR(', '^', '-', '\u{10FFFF}', '\uD800', 'x'.repeat(100_000)),
  );

  it('never errors, through the dispatcher', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const outcome = web.backend.dispatch('search.query', { text });
        expect(outcome.ok ? 'ok' : outcome.error, JSON.stringify(text).slice(0, 200)).toBe('ok');
      }),
      options(RUNS * 10),
    );
  });

  it('finds what is there although NUL and control characters surround it', () => {
    const outcome = web.backend.dispatch('search.query', { text: '\u0000Acme\u0007' });
    expect(outcome.ok && (outcome.result as { title: string }[]).some((hit) => hit.title.includes('Acme'))).toBe(true);
  });
});
