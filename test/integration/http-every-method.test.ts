import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type InputOf, type MethodName, type OutputOf } from '../../shared/api/contract';
import { startTempWebServer, type TempWebServer } from '../helpers/tempDb';

/** What earlier calls created, for later calls to use. */
interface Ctx {
  accountId: string;
  mapId: string;
  ann: string;
  bob: string;
  annItem: string;
  bobItem: string;
  relationId: string;
}

interface Step<M extends MethodName = MethodName> {
  method: M;
  input: (ctx: Ctx) => InputOf<M>;
  check?: (result: OutputOf<M>, ctx: Ctx) => void;
}

const step = <M extends MethodName>(
  method: M,
  input: (ctx: Ctx) => InputOf<M>,
  check?: (result: OutputOf<M>, ctx: Ctx) => void,
): Step => ({ method, input, check }) as unknown as Step;

const ids = { accountId: randomUUID(), annItem: randomUUID(), bobItem: randomUUID() };

/**
 * One valid call of every contract method, in an order that makes each one meaningful. A new
 * method without a step here fails the coverage test below.
 */
const STEPS: Step[] = [
  step(
    'app.info',
    () => ({}),
    (info) => expect(info.version).toBeTruthy(),
  ),
  step(
    'settings.get',
    () => ({}),
    (settings) => expect(settings).toEqual({ language: 'system' }),
  ),
  step(
    'settings.update',
    () => ({ language: 'zh-CN' }),
    (settings) => expect(settings).toEqual({ language: 'zh-CN' }),
  ),
  step(
    'accounts.create',
    () => ({ id: ids.accountId, name: 'Acme', tier: 'key' }),
    (account, ctx) => {
      ctx.accountId = account.id;
    },
  ),
  step(
    'accounts.list',
    () => ({}),
    (list) => expect(list.map((a) => a.name)).toEqual(['Acme']),
  ),
  step(
    'accounts.get',
    (ctx) => ({ id: ctx.accountId }),
    (account) => expect(account.tier).toBe('key'),
  ),
  step(
    'accounts.update',
    (ctx) => ({ id: ctx.accountId, patch: { stage: 'formation' } }),
    (account) => expect(account.stage).toBe('formation'),
  ),
  step(
    'maps.list',
    (ctx) => ({ accountId: ctx.accountId }),
    (maps, ctx) => {
      expect(maps).toHaveLength(1);
      ctx.mapId = maps[0]?.id ?? '';
    },
  ),
  step(
    'people.create',
    (ctx) => ({
      accountId: ctx.accountId,
      name: 'Ann',
      placeOn: { mapId: ctx.mapId, itemId: ids.annItem, position: { x: 0, y: 0 } },
    }),
    (person, ctx) => {
      ctx.ann = person.id;
      ctx.annItem = ids.annItem;
    },
  ),
  step(
    'people.create',
    (ctx) => ({
      accountId: ctx.accountId,
      name: 'Bob',
      placeOn: { mapId: ctx.mapId, itemId: ids.bobItem, position: { x: 100, y: 0 } },
    }),
    (person, ctx) => {
      ctx.bob = person.id;
      ctx.bobItem = ids.bobItem;
    },
  ),
  step(
    'people.update',
    (ctx) => ({ id: ctx.ann, patch: { stance: 'champion' } }),
    (person) => expect(person.stance).toBe('champion'),
  ),
  step(
    'maps.moveItems',
    (ctx) => ({ mapId: ctx.mapId, moves: [{ itemId: ctx.annItem, x: 50, y: 60 }] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'relations.create',
    (ctx) => ({ accountId: ctx.accountId, kind: 'reports_to', fromPersonId: ctx.ann, toPersonId: ctx.bob }),
    (relation, ctx) => {
      ctx.relationId = relation.id;
    },
  ),
  step(
    'relations.update',
    (ctx) => ({ id: ctx.relationId, patch: { strength: 3 } }),
    (relation) => expect(relation.strength).toBe(3),
  ),
  step(
    'maps.view',
    (ctx) => ({ mapId: ctx.mapId }),
    (view, ctx) => {
      expect(view.people.map((p) => p.name).sort()).toEqual(['Ann', 'Bob']);
      expect(view.items.find((i) => i.id === ctx.annItem)).toMatchObject({ x: 50, y: 60 });
      expect(view.relations.map((r) => r.id)).toEqual([ctx.relationId]);
    },
  ),
  step(
    'relations.delete',
    (ctx) => ({ id: ctx.relationId }),
    (relation, ctx) => expect(relation.id).toBe(ctx.relationId),
  ),
  step(
    'people.delete',
    (ctx) => ({ ids: [ctx.bob] }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
  step(
    'people.restore',
    (ctx) => ({ ids: [ctx.bob] }),
    (people) => expect(people.map((p) => p.name)).toEqual(['Bob']),
  ),
  step(
    'accounts.delete',
    (ctx) => ({ id: ctx.accountId }),
    (ok) => expect(ok).toEqual({ ok: true }),
  ),
];

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

  it('answers a valid call of each method with 200 and a result that matches the contract', async () => {
    const ctx = {} as Ctx;
    for (const { method, input, check } of STEPS) {
      const { status, payload } = await web.call(method, input(ctx));
      expect(status, `${method}: ${JSON.stringify(payload)}`).toBe(200);
      const envelope = payload as { ok: boolean; result: unknown };
      expect(envelope.ok, method).toBe(true);
      const parsed = contract[method].output.safeParse(envelope.result);
      expect(parsed.success, `${method} output: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      check?.(envelope.result as never, ctx);
    }
    expect(web.backend.db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  });
});
