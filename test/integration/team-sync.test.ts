import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeTempDir, type TempDir } from '../helpers/tempDb';
import { addMember, startTeamServerProcess } from '../helpers/teamServer';
import { eventually, startMemberApp, type TeamMemberApp } from '../helpers/teamMember';
import { privateContactInput } from '../helpers/privateContact';
import { SYNCED_TABLES } from '../../electron/backend/sync/syncedTables';

const MARK = 'PRIVMARK';
const marker = (what: string) => `${MARK}-${what}`;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Everything the server keeps of one document, merged, as Yjs decodes it. */
function storedDocuments(dataDir: string): { json: string; bytes: Buffer } {
  const db = new Database(path.join(dataDir, 'team.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT document, data FROM document_updates ORDER BY seq').all() as {
      document: string;
      data: Buffer;
    }[];
    const byDocument = new Map<string, Uint8Array[]>();
    for (const row of rows) byDocument.set(row.document, [...(byDocument.get(row.document) ?? []), row.data]);
    const decoded = [...byDocument.values()].map((updates) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.mergeUpdates(updates));
      return Object.fromEntries(SYNCED_TABLES.map(({ table }) => [table, doc.getMap(table).toJSON()]));
    });
    return { json: JSON.stringify(decoded), bytes: Buffer.concat(rows.map((row) => row.data)) };
  } finally {
    db.close();
  }
}

/** Two members and a server on loopback, as a team uses them; one member with no access to the account. */
describe('team workspaces through the team server', () => {
  let dir: TempDir;
  let dataDir: string;
  let port: number;
  let server: { url: string; stop(): Promise<void> };
  let ann: TeamMemberApp;
  let bob: TeamMemberApp;
  let tokens: Record<'ann' | 'bob' | 'cai', string>;
  let accountId: string;
  let wang: string;

  beforeAll(async () => {
    dir = makeTempDir('powermap-team-');
    dataDir = path.join(dir.path, 'server');
    tokens = {
      ann: await addMember(dataDir, 'Ann'),
      bob: await addMember(dataDir, 'Bob'),
      cai: await addMember(dataDir, 'Cai'),
    };
    port = await freePort();
    server = await startTeamServerProcess(dataDir, port);
    [ann, bob] = await Promise.all([startMemberApp(dir.path, 'ann'), startMemberApp(dir.path, 'bob')]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([ann?.stop(), bob?.stop(), server?.stop()]);
    dir?.cleanup();
  });

  it('refuses a wrong address and a wrong token in words, and keeps nothing', async () => {
    expect(await ann.refusal('team.connect', { url: `ws://127.0.0.1:${await freePort()}`, token: tokens.ann })).toBe(
      'team_unreachable',
    );
    expect(await ann.refusal('team.connect', { url: server.url, token: 'x'.repeat(40) })).toBe('team_refused');
    expect(await ann.refusal('team.connect', { url: 'http://example.com', token: tokens.ann })).toBe('invalid_input');
    expect(await ann.call('team.status', {})).toMatchObject({ connected: false, accounts: [] });
    expect(await ann.refusal('team.shareAccount', { accountId: crypto.randomUUID(), members: [] })).toBe(
      'team_not_connected',
    );
  });

  it('shares an account: the other member receives it, without one private thing', async () => {
    const account = await ann.call('accounts.create', { name: 'Northwind' });
    accountId = account.id;
    const [map] = await ann.call('maps.list', { accountId });
    const person = await ann.call('people.create', {
      accountId,
      name: 'Wang Jianguo',
      title: 'CFO',
      placeOn: { mapId: map!.id, position: { x: 10, y: 20 } },
    });
    wang = person.id;
    await ann.call('people.update', {
      id: wang,
      patch: {
        privateNotes: marker('notes'),
        interests: marker('interests'),
        familyNotes: marker('family'),
        birthday: '1970-03-04',
      },
    });
    const [me] = await ann.call('team.list', {});
    const memberId = me?.id ?? (await ann.call('team.create', { name: 'Ann' })).id;
    await ann.call('interactions.create', privateContactInput(accountId, wang, memberId, marker));
    await ann.call('interactions.create', {
      accountId,
      occurredAt: new Date().toISOString(),
      scenario: 'work_daily',
      channel: 'call',
      summary: 'Budget call',
      personIds: [wang],
    });

    await ann.call('team.connect', { url: server.url, token: tokens.ann });
    expect(await ann.call('team.members', {})).toEqual({ members: ['Ann', 'Bob', 'Cai'] });
    expect(await ann.refusal('team.shareAccount', { accountId, members: ['Nobody'] })).toBe('unknown_member');
    const shared = await ann.call('team.shareAccount', { accountId, members: ['Bob'] });
    expect(shared.members.sort()).toEqual(['Ann', 'Bob']);
    await eventually(
      () => ann.call('team.status', {}),
      (status) => status.accounts.some((a) => a.accountId === accountId && a.state === 'synced'),
    );

    const status = await bob.call('team.connect', { url: server.url, token: tokens.bob });
    expect(status).toMatchObject({ connected: true, member: 'Bob' });
    await eventually(
      () => bob.call('people.list', { accountId }).catch(() => []),
      (people) => people.some((p) => p.name === 'Wang Jianguo' && p.title === 'CFO'),
    );
    const bobsMap = await bob.call('maps.view', { mapId: map!.id });
    expect(bobsMap.items.find((item) => item.personId === wang)).toMatchObject({ x: 10, y: 20 });
    const contacts = await bob.call('interactions.list', { accountId });
    expect(contacts.map((c) => c.summary)).toEqual(['Budget call']);
    const bobsWang = await bob.call('people.get', { id: wang });
    expect(bobsWang).toMatchObject({ privateNotes: '', interests: '', familyNotes: '', birthday: null });

    // Nothing private is on the server, decoded or raw, nor in the other member's file.
    const stored = storedDocuments(dataDir);
    expect(stored.json).toContain('Wang Jianguo');
    expect(stored.json).not.toContain(MARK);
    expect(stored.bytes.includes(MARK)).toBe(false);
    expect(stored.json).not.toContain('1970-03-04');
    expect(fs.readFileSync(bob.file).includes(MARK)).toBe(false);
  }, 60_000);

  it('creates, edits and deletes on either side reach the other within a second', async () => {
    const created = await bob.call('people.create', { accountId, name: 'Li Na', title: 'Buyer' });
    const arrived = await eventually(
      () => ann.call('people.list', { accountId }),
      (people) => people.some((p) => p.id === created.id),
    );
    await ann.call('people.update', { id: created.id, patch: { title: 'Head of purchasing' } });
    const edited = await eventually(
      () => bob.call('people.get', { id: created.id }),
      (person) => person.title === 'Head of purchasing',
    );
    await bob.call('people.delete', { ids: [created.id] });
    const deleted = await eventually(
      () => ann.call('people.list', { accountId }),
      (people) => !people.some((p) => p.id === created.id),
    );
    for (const ms of [arrived, edited, deleted]) expect(ms).toBeLessThan(1000);
  }, 30_000);

  it('shows who else has the account open, and no longer once they close it', async () => {
    await ann.call('team.viewing', { accountId });
    const presentFor = (member: TeamMemberApp) =>
      member.call('team.status', {}).then((status) => status.accounts.find((a) => a.accountId === accountId)?.present);
    await eventually(
      () => presentFor(bob),
      (present) => present?.join() === 'Ann',
    );
    expect(await presentFor(ann)).toEqual([]);
    await ann.call('team.viewing', { accountId: null });
    await eventually(
      () => presentFor(bob),
      (present) => present?.length === 0,
    );
  }, 30_000);

  it('a member without access to the account receives nothing of it', async () => {
    const cai = await startMemberApp(dir.path, 'cai');
    try {
      await cai.call('team.connect', { url: server.url, token: tokens.cai });
      // Bob's share reached Cai's server list long before this; give the sync a few rounds anyway.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect((await cai.call('team.status', {})).accounts).toEqual([]);
      expect(await cai.call('accounts.list', {})).toEqual([]);
      expect(await cai.refusal('team.shareAccount', { accountId, members: ['Cai'] })).toBe('not_found');
    } finally {
      await cai.stop();
    }
  }, 60_000);

  it('edits made while the server is down are kept, merge field by field, and survive its restart', async () => {
    await server.stop();
    await eventually(
      () => ann.call('team.status', {}),
      (status) => status.state === 'offline',
    );
    // Both edit the same person while the server is down: different fields.
    await ann.call('people.update', { id: wang, patch: { title: 'Chief financial officer' } });
    await bob.call('people.update', { id: wang, patch: { influence: 5 } });
    await bob.call('people.create', { accountId, name: 'Zhao Min' });
    server = await startTeamServerProcess(dataDir, port);
    for (const member of [ann, bob]) {
      await eventually(
        () => member.call('people.list', { accountId }),
        (people) => {
          const person = people.find((p) => p.id === wang);
          return (
            person?.title === 'Chief financial officer' &&
            person.influence === 5 &&
            people.some((p) => p.name === 'Zhao Min')
          );
        },
        15_000,
      );
    }
    // Ann's private notes are still hers alone.
    expect((await ann.call('people.get', { id: wang })).privateNotes).toBe(marker('notes'));
    expect(storedDocuments(dataDir).json).not.toContain(MARK);

    // A restart loses nothing: the server's store alone holds both edits.
    await server.stop();
    server = await startTeamServerProcess(dataDir, port);
    const fresh = await startMemberApp(dir.path, 'bob-again');
    try {
      await fresh.call('team.connect', { url: server.url, token: tokens.bob });
      await eventually(
        () => fresh.call('people.list', { accountId }).catch(() => []),
        (people) => people.some((p) => p.id === wang && p.title === 'Chief financial officer' && p.influence === 5),
        15_000,
      );
    } finally {
      await fresh.stop();
    }
  }, 120_000);
});
