import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, isMethodName } from '../../shared/api/contract';
import { ApiError, type ErrorCode, type InputIssue } from '../../shared/api/errors';
import { parseCall } from '../../shared/api/validate';

/** The error parseCall throws, or a test failure when it accepts the call. */
function rejection(method: unknown, input: unknown): { code: ErrorCode; issues: InputIssue[] } {
  try {
    parseCall(method, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const { code, issues } = error as ApiError;
    return { code, issues };
  }
  throw new Error(`parseCall accepted ${String(method)} ${JSON.stringify(input)}`);
}

function expectInvalid(method: string, input: unknown, path?: string): InputIssue[] {
  const { code, issues } = rejection(method, input);
  expect(code).toBe('invalid_input');
  expect(issues.length).toBeGreaterThan(0);
  if (path !== undefined) expect(issues.map((issue) => issue.path)).toContain(path);
  return issues;
}

const id = (): string => randomUUID();

describe('parseCall: method names', () => {
  it.each([['nope'], [''], ['accounts'], ['Accounts.list'], ['accounts.list ']])(
    'rejects unknown method %j',
    (name) => {
      expect(rejection(name, {}).code).toBe('unknown_method');
    },
  );

  it.each([[undefined], [null], [42], [{}], [['accounts.list']]])('rejects a non-string method %j', (name) => {
    expect(rejection(name, {}).code).toBe('unknown_method');
  });

  it('does not treat inherited object properties as methods', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(isMethodName(name)).toBe(false);
      expect(rejection(name, {}).code).toBe('unknown_method');
    }
  });

  it('knows every method of the contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(0);
    for (const name of METHOD_NAMES) expect(isMethodName(name)).toBe(true);
  });
});

describe('parseCall: every input schema is strict', () => {
  it.each(METHOD_NAMES.map((name) => [name]))('%s names an unknown top-level key', (name) => {
    const issues = expectInvalid(name, { zzUnknownKey: 1 });
    expect(issues.some((issue) => issue.message.includes('zzUnknownKey'))).toBe(true);
  });

  it('rejects unknown keys inside nested objects', () => {
    expectInvalid('people.update', { id: id(), patch: { nickname: 'Bob' } }, 'patch');
    expectInvalid('accounts.update', { id: id(), patch: { colour: 'red' } }, 'patch');
    expectInvalid('relations.update', { id: id(), patch: { note: 'x' } }, 'patch');
    expectInvalid('maps.moveItems', { mapId: id(), moves: [{ itemId: id(), x: 1, y: 2, z: 3 }] }, 'moves.0');
    expectInvalid(
      'people.create',
      { accountId: id(), name: 'Ann', placeOn: { mapId: id(), position: { x: 0, y: 0, z: 0 } } },
      'placeOn.position',
    );
    expectInvalid('settings.update', { theme: 'dark' });
  });
});

describe('parseCall: types', () => {
  it('rejects wrong types with the path of the offending field', () => {
    expectInvalid('accounts.get', { id: 42 }, 'id');
    expectInvalid('accounts.create', { name: 5 }, 'name');
    expectInvalid('accounts.create', { name: 'Acme', tier: 3 }, 'tier');
    expectInvalid('people.update', { id: id(), patch: { isPlaceholder: 'yes' } }, 'patch.isPlaceholder');
    expectInvalid('people.delete', { ids: id() }, 'ids');
    expectInvalid('maps.moveItems', { mapId: id(), moves: [{ itemId: id(), x: '10', y: 0 }] }, 'moves.0.x');
    expectInvalid('accounts.update', { id: id(), patch: 'rename' }, 'patch');
  });

  it('rejects ids that are not UUIDs', () => {
    expectInvalid('accounts.get', { id: 'abc' }, 'id');
    expectInvalid('maps.view', { mapId: '' }, 'mapId');
    expectInvalid('people.delete', { ids: [id(), 'not-a-uuid'] }, 'ids.1');
  });

  it('rejects inputs that are not objects', () => {
    expectInvalid('accounts.get', 'abc');
    expectInvalid('accounts.list', []);
    expectInvalid('app.info', 7);
  });

  it('rejects unknown codes', () => {
    expectInvalid('people.update', { id: id(), patch: { stance: 'happy' } }, 'patch.stance');
    expectInvalid('people.update', { id: id(), patch: { role: 'boss' } }, 'patch.role');
    expectInvalid('people.update', { id: id(), patch: { progress: 'done' } }, 'patch.progress');
    expectInvalid('people.update', { id: id(), patch: { layer: 'organisational' } }, 'patch.layer');
    expectInvalid('people.update', { id: id(), patch: { roleConfidence: 'sure' } }, 'patch.roleConfidence');
    expectInvalid('accounts.update', { id: id(), patch: { tier: 'gold' } }, 'patch.tier');
    expectInvalid(
      'relations.create',
      { accountId: id(), kind: 'friend', fromPersonId: id(), toPersonId: id() },
      'kind',
    );
    expectInvalid('settings.update', { language: 'fr' }, 'language');
  });

  it('rejects coordinates that are not finite or out of range', () => {
    for (const x of [Number.POSITIVE_INFINITY, Number.NaN, 1e8, -1e8]) {
      expectInvalid('maps.moveItems', { mapId: id(), moves: [{ itemId: id(), x, y: 0 }] }, 'moves.0.x');
    }
  });

  it('rejects empty and oversized lists', () => {
    expectInvalid('people.delete', { ids: [] }, 'ids');
    expectInvalid('people.restore', { ids: [] }, 'ids');
    expectInvalid('maps.moveItems', { mapId: id(), moves: [] }, 'moves');
    const tooMany = Array.from({ length: 10_001 }, () => id());
    expectInvalid('people.delete', { ids: tooMany }, 'ids');
  });
});

describe('parseCall: ranges', () => {
  it.each([[0], [6], [-1], [2.5]])('rejects influence %j', (influence) => {
    expectInvalid('people.update', { id: id(), patch: { influence } }, 'patch.influence');
  });

  it.each([[-1], [5], [1.5]])('rejects access %j', (access) => {
    expectInvalid('people.update', { id: id(), patch: { access } }, 'patch.access');
  });

  it('accepts the whole influence and access scales', () => {
    for (const influence of [1, 2, 3, 4, 5]) parseCall('people.update', { id: id(), patch: { influence } });
    for (const access of [0, 1, 2, 3, 4]) parseCall('people.update', { id: id(), patch: { access } });
  });

  it('rejects account potential and relation strength out of range', () => {
    expectInvalid('accounts.update', { id: id(), patch: { potential: 0 } }, 'patch.potential');
    expectInvalid('accounts.update', { id: id(), patch: { potential: 6 } }, 'patch.potential');
    expectInvalid('relations.update', { id: id(), patch: { strength: 4 } }, 'patch.strength');
    expectInvalid(
      'relations.create',
      { accountId: id(), kind: 'ally', fromPersonId: id(), toPersonId: id(), strength: -1 },
      'strength',
    );
  });
});

describe('parseCall: names', () => {
  it.each([[''], ['   '], ['\t\n']])('rejects the account name %j', (name) => {
    expectInvalid('accounts.create', { name }, 'name');
    expectInvalid('accounts.update', { id: id(), patch: { name } }, 'patch.name');
    expectInvalid('people.create', { accountId: id(), name }, 'name');
  });

  it('rejects names longer than 200 characters and accepts 200', () => {
    expectInvalid('accounts.create', { name: 'x'.repeat(201) }, 'name');
    expect(parseCall('accounts.create', { name: 'x'.repeat(200) }).input.name).toHaveLength(200);
  });

  it('trims names and short texts', () => {
    expect(parseCall('accounts.create', { name: '  Acme Corp \n' }).input).toEqual({ name: 'Acme Corp' });
    const accountId = id();
    expect(parseCall('people.create', { accountId, name: ' Ann Lee ', title: '  CFO ' }).input).toEqual({
      accountId,
      name: 'Ann Lee',
      title: 'CFO',
    });
    expect(parseCall('accounts.update', { id: accountId, patch: { name: '\tNorthwind ' } }).input.patch.name).toBe(
      'Northwind',
    );
  });

  it('lets a placeholder have an empty name in an update', () => {
    const personId = id();
    expect(parseCall('people.update', { id: personId, patch: { name: '  ', isPlaceholder: true } }).input).toEqual({
      id: personId,
      patch: { name: '', isPlaceholder: true },
    });
  });
});

describe('parseCall: good input', () => {
  it('accepts an empty or missing input for the methods without parameters', () => {
    for (const name of ['app.info', 'settings.get', 'accounts.list'] as const) {
      expect(parseCall(name, {}).input).toEqual({});
      expect(parseCall(name, undefined).input).toEqual({});
      expect(parseCall(name, null).input).toEqual({});
    }
  });

  it('accepts a full call of each kind and returns the parsed input', () => {
    const accountId = id();
    const mapId = id();
    const itemId = id();
    expect(parseCall('accounts.create', { name: 'Acme', tier: 'strategic', firstMapName: 'Deal map' }).input).toEqual({
      name: 'Acme',
      tier: 'strategic',
      firstMapName: 'Deal map',
    });
    expect(
      parseCall('people.create', { accountId, name: 'Ann', placeOn: { mapId, itemId, position: { x: -12.5, y: 40 } } })
        .input.placeOn,
    ).toEqual({ mapId, itemId, position: { x: -12.5, y: 40 } });
    expect(
      parseCall('people.update', {
        id: id(),
        patch: { role: 'coach', influence: 5, stance: 'champion', access: 4, progress: 'leverage', layer: 'broad' },
      }).input.patch,
    ).toEqual({ role: 'coach', influence: 5, stance: 'champion', access: 4, progress: 'leverage', layer: 'broad' });
    expect(parseCall('maps.moveItems', { mapId, moves: [{ itemId, x: 1e7, y: -1e7 }] }).input.moves).toHaveLength(1);
    expect(parseCall('settings.update', { language: 'zh-CN' }).input).toEqual({ language: 'zh-CN' });
    expect(parseCall('relations.update', { id: id(), patch: {} }).input.patch).toEqual({});
  });
});
