import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  seedAccount,
  snapshotTables,
  startTempWebServer,
  type SeededAccount,
  type TempWebServer,
} from '../helpers/tempDb';

/**
 * A refused call leaves the file exactly as it was: every row of every table (read from
 * sqlite_master, so a new table is covered without touching this test) is compared.
 */
let web: TempWebServer;
let seed: SeededAccount;
let other: SeededAccount;
beforeAll(async () => {
  web = await startTempWebServer();
  seed = seedAccount(web.backend.dispatch, 'Acme');
  other = seedAccount(web.backend.dispatch, 'Other');
  web.backend.dispatch('people.update', { id: seed.people.ann, patch: { stance: 'champion' } });
  web.backend.dispatch('settings.update', { language: 'en' });
});
afterAll(async () => {
  await web?.close();
});

type Refusal = [method: string, input: () => unknown];

/** Inputs the contract refuses: answered 400 / invalid_input with the offending fields. */
const INVALID: Refusal[] = [
  ['settings.update', () => ({ language: 'fr' })],
  ['settings.update', () => ({ language: 'en', theme: 'dark' })],
  ['accounts.create', () => ({ name: '   ' })],
  ['accounts.create', () => ({ name: 'Acme 2', tier: 'gold' })],
  ['accounts.update', () => ({ id: seed.accountId, patch: { potential: 9 } })],
  ['accounts.update', () => ({ id: seed.accountId, patch: { name: '' } })],
  ['accounts.delete', () => ({ id: 'not-a-uuid' })],
  ['maps.moveItems', () => ({ mapId: seed.mapId, moves: [{ itemId: seed.items.ann, x: 'far', y: 0 }] })],
  ['maps.moveItems', () => ({ mapId: seed.mapId, moves: [] })],
  ['people.create', () => ({ accountId: seed.accountId, name: '\t' })],
  ['people.create', () => ({ accountId: seed.accountId, name: 'Dee', stance: 'happy' })],
  ['people.update', () => ({ id: seed.people.ann, patch: { influence: 9 } })],
  ['people.update', () => ({ id: seed.people.ann, patch: { stance: 'happy' } })],
  ['people.update', () => ({ id: seed.people.ann, patch: { access: 5, role: 'approver' } })],
  ['people.delete', () => ({ ids: [] })],
  ['people.restore', () => ({ ids: ['x'] })],
  [
    'relations.create',
    () => ({ accountId: seed.accountId, kind: 'friend', fromPersonId: seed.people.ann, toPersonId: seed.people.bob }),
  ],
  ['relations.update', () => ({ id: seed.relationId, patch: { strength: 7 } })],
  ['relations.delete', () => ({ id: seed.relationId, cascade: true })],
  [
    'relations.create',
    () => ({
      accountId: seed.accountId,
      kind: 'influences',
      fromPersonId: seed.people.ann,
      toPersonId: seed.people.bob,
      strength: 0,
    }),
  ],
  [
    'relations.create',
    () => ({ accountId: seed.accountId, kind: 'covers', fromPersonId: seed.people.ann, toPersonId: seed.people.bob }),
  ],
  [
    'relations.setCoverage',
    () => ({ accountId: seed.accountId, memberId: seed.people.ann, personId: seed.people.bob, strength: 3 }),
  ],
  ['team.create', () => ({ name: '' })],
  ['accountTeam.set', () => ({ accountId: seed.accountId, memberId: seed.people.ann, role: 'boss' })],
  ['orgUnits.create', () => ({ accountId: seed.accountId, name: ' ' })],
  [
    'notes.create',
    () => ({ accountId: seed.accountId, mapId: seed.mapId, kind: 'arrow', text: '', position: { x: 0, y: 0 } }),
  ],
  ['maps.placeItems', () => ({ mapId: seed.mapId, items: [{ x: 0, y: 0 }] })],
  ['maps.updateItems', () => ({ mapId: seed.mapId, updates: [{ itemId: seed.items.ann, width: -5 }] })],
  ['maps.create', () => ({ accountId: seed.accountId, name: '' })],
  ['people.create', () => ({ accountId: seed.accountId, isPlaceholder: false })],
  ['opportunities.create', () => ({ accountId: seed.accountId, name: 'Deal', mapName: 'Deal map' })],
  [
    'opportunities.assess',
    () => ({ opportunityId: seed.accountId, personId: seed.people.ann, patch: { influence: 0 } }),
  ],
  ['accounts.createSample', () => ({ language: 'fr' })],
  ['history.setReason', () => ({ changeId: randomUUID(), reason: '   ' })],
  ['history.setReason', () => ({ changeId: 'not-a-uuid', reason: 'Budget moved' })],
];

/** Valid inputs the domain refuses: same guarantee, other codes. */
const DOMAIN: [method: string, input: () => unknown, status: number, code: string][] = [
  [
    'relations.create',
    () => ({ accountId: seed.accountId, kind: 'ally', fromPersonId: seed.people.ann, toPersonId: seed.people.ann }),
    400,
    'invalid_input',
  ],
  [
    'relations.create',
    () => ({ accountId: seed.accountId, kind: 'ally', fromPersonId: seed.people.ann, toPersonId: other.people.bob }),
    400,
    'invalid_input',
  ],
  [
    'people.create',
    () => ({ accountId: seed.accountId, name: 'Dee', placeOn: { mapId: other.mapId, position: { x: 0, y: 0 } } }),
    400,
    'invalid_input',
  ],
  ['people.update', () => ({ id: seed.people.bob, patch: { stance: 'opposed', name: '' } }), 400, 'invalid_input'],
  [
    'maps.moveItems',
    () => ({
      mapId: seed.mapId,
      moves: [
        { itemId: seed.items.ann, x: 9, y: 9 },
        { itemId: randomUUID(), x: 1, y: 1 },
      ],
    }),
    404,
    'not_found',
  ],
  ['people.delete', () => ({ ids: [seed.people.ann, randomUUID()] }), 404, 'not_found'],
  ['accounts.delete', () => ({ id: randomUUID() }), 404, 'not_found'],
  ['history.setReason', () => ({ changeId: randomUUID(), reason: 'Budget moved' }), 404, 'not_found'],
  ['accounts.create', () => ({ id: seed.accountId, name: 'Duplicate' }), 409, 'conflict'],
  ['maps.delete', () => ({ id: other.mapId }), 409, 'conflict'],
  [
    'maps.placeItems',
    () => ({ mapId: seed.mapId, items: [{ personId: seed.people.cid, x: 0, y: 0 }] }),
    409,
    'conflict',
  ],
  [
    'maps.placeItems',
    () => ({ mapId: seed.mapId, items: [{ personId: other.people.ann, x: 0, y: 0 }] }),
    400,
    'invalid_input',
  ],
  ['maps.removeItems', () => ({ mapId: seed.mapId, itemIds: [seed.items.ann, other.items.ann] }), 404, 'not_found'],
  [
    'relations.create',
    () => ({
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.bob,
      toPersonId: seed.people.ann,
    }),
    400,
    'invalid_input',
  ],
  [
    'relations.create',
    () => ({
      accountId: seed.accountId,
      kind: 'reports_to',
      fromPersonId: seed.people.ann,
      toPersonId: seed.people.bob,
    }),
    409,
    'conflict',
  ],
  ['people.update', () => ({ id: seed.people.ann, patch: { orgUnitId: other.accountId } }), 404, 'not_found'],
];

interface ErrorEnvelope {
  ok: false;
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe('rejected calls write nothing', () => {
  it('the snapshot covers every table and real data', () => {
    const snapshot = snapshotTables(web.backend.db);
    expect(Object.keys(snapshot).length).toBeGreaterThanOrEqual(24);
    for (const table of ['accounts', 'people', 'maps', 'map_items', 'relations', 'person_history', 'settings']) {
      expect(snapshot[table]?.length, table).toBeGreaterThan(0);
    }
  });

  INVALID.forEach(([method, input], i) => {
    it(`invalid input #${i} to ${method}: 400 invalid_input with issues, and no table changes`, async () => {
      const before = snapshotTables(web.backend.db);
      const { status, payload } = await web.call(method, input());
      expect(status).toBe(400);
      const envelope = payload as ErrorEnvelope;
      expect(envelope.ok).toBe(false);
      expect(envelope.error.code).toBe('invalid_input');
      expect(envelope.error.issues?.length).toBeGreaterThan(0);
      expect(snapshotTables(web.backend.db)).toEqual(before);
    });
  });

  DOMAIN.forEach(([method, input, status, code], i) => {
    it(`refused domain call #${i} to ${method}: ${status} ${code}, and no table changes`, async () => {
      const before = snapshotTables(web.backend.db);
      const response = await web.call(method, input());
      expect(response.status).toBe(status);
      expect((response.payload as ErrorEnvelope).error.code).toBe(code);
      expect(snapshotTables(web.backend.db)).toEqual(before);
    });
  });
});
