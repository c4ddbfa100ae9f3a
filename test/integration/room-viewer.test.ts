import { describe, expect, it } from 'vitest';
import { ROOM_METHODS } from '../../electron/backend/room/allowlist';
import { join, roomRequest, seedAccount, startHost, viewerCall } from '../helpers/room';

/** A host sharing Acme's map, a second account beside it, and one viewer in the room. */
async function sharedRoom(options: Parameters<typeof startHost>[0] = {}) {
  const host = await startHost(options);
  const acme = await seedAccount(host, 'Acme');
  const other = await seedAccount(host, 'Globex');
  const { url, code } = await host.ok('shares.start', { mapId: acme.mapId });
  const cookie = await join(url, code, 'Lin');
  return { host, acme, other, url, code, cookie };
}

const codeOf = (answer: { json(): { error?: { code: string } } }) => answer.json().error?.code;

describe('what a viewer may read', () => {
  it('answers the allowlisted reads of the shared map and its account, in the public scope', async () => {
    const { acme, url, cookie } = await sharedRoom();
    const calls: [string, unknown][] = [
      ['app.info', {}],
      ['settings.get', {}],
      ['accounts.get', { id: acme.accountId }],
      ['maps.list', { accountId: acme.accountId }],
      ['maps.view', { mapId: acme.mapId }],
      ['people.list', { accountId: acme.accountId }],
      ['people.get', { id: acme.ann.id }],
      ['relations.list', { accountId: acme.accountId }],
      ['orgUnits.list', { accountId: acme.accountId }],
      ['accountTeam.list', { accountId: acme.accountId }],
      ['team.list', {}],
      ['insights.status', { accountId: acme.accountId, mapId: acme.mapId }],
      ['search.query', { text: 'Ann' }],
    ];
    // The test names every method of the allowlist, so a new one is not let in untested.
    expect(calls.map(([method]) => method).sort()).toEqual(Object.keys(ROOM_METHODS).sort());
    for (const [method, input] of calls) {
      const answer = await viewerCall(url, cookie, method, input);
      expect(answer.status, `${method}: ${answer.body}`).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    // Where the host's file lies on their computer stays there.
    const info = await viewerCall(url, cookie, 'app.info', {});
    expect(info.json().result).toMatchObject({ databasePath: '' });
  });

  it('refuses writes, the file and its key, and any method off the list', async () => {
    const { host, acme, url, cookie } = await sharedRoom();
    const refused: [string, unknown][] = [
      ['people.update', { id: acme.ann.id, patch: { name: 'Mallory' } }],
      [
        'notes.create',
        { accountId: acme.accountId, mapId: acme.mapId, kind: 'sticky', text: 'x', position: { x: 0, y: 0 } },
      ],
      ['security.status', {}],
      ['security.unlock', { passphrase: 'guess' }],
      ['files.status', {}],
      ['backups.list', {}],
      ['workspace.export', {}],
      ['interactions.list', { accountId: acme.accountId }],
      ['accounts.list', {}],
      ['shares.status', {}],
      ['shares.stop', {}],
      ['no.such', {}],
    ];
    for (const [method, input] of refused) {
      const answer = await viewerCall(url, cookie, method, input);
      expect(answer.status, method).toBe(403);
      expect(codeOf(answer), method).toBe('forbidden');
    }
    const person = await host.ok('people.get', { id: acme.ann.id });
    expect(person.name).toBe('Ann');
    expect(await host.ok('shares.status', {})).toMatchObject({ sharing: true });
  });

  it('answers 404 for anything of another map or account, and checks input as the contract does', async () => {
    const { host, acme, other, url, cookie } = await sharedRoom();
    const extra = await host.ok('maps.create', { accountId: acme.accountId, name: 'Second map' });
    const outside: [string, unknown][] = [
      ['maps.view', { mapId: other.mapId }],
      ['maps.view', { mapId: extra.id }],
      ['accounts.get', { id: other.accountId }],
      ['people.list', { accountId: other.accountId }],
      ['people.get', { id: other.ann.id }],
      ['relations.list', { accountId: other.accountId }],
      ['orgUnits.list', { accountId: other.accountId }],
      ['accountTeam.list', { accountId: other.accountId }],
      ['maps.list', { accountId: other.accountId }],
      ['insights.status', { accountId: other.accountId }],
      ['insights.status', { accountId: acme.accountId, mapId: extra.id }],
    ];
    for (const [method, input] of outside) {
      const answer = await viewerCall(url, cookie, method, input);
      expect(answer.status, `${method} ${JSON.stringify(input)}`).toBe(404);
      expect(codeOf(answer)).toBe('not_found');
      expect(answer.body).not.toContain('Globex');
    }
    // The account's other maps are not part of the share; search finds only what is on the map.
    const maps = await viewerCall(url, cookie, 'maps.list', { accountId: acme.accountId });
    expect((maps.json().result as { id: string }[]).map((map) => map.id)).toEqual([acme.mapId]);
    const hits = await viewerCall(url, cookie, 'search.query', { text: 'Bob' });
    expect((hits.json().result as { id: string }[]).map((hit) => hit.id)).toEqual([acme.bob.id]);
    expect((await viewerCall(url, cookie, 'search.query', { text: 'Globex' })).json().result).toEqual([]);

    const invalid = await viewerCall(url, cookie, 'maps.view', { mapId: 'nope' });
    expect(invalid.status).toBe(400);
    expect(codeOf(invalid)).toBe('invalid_input');
  });

  it('keeps the team to the members who work on the shared account', async () => {
    const { host, acme, other, url, cookie } = await sharedRoom();
    const ours = await host.ok('team.create', { name: 'Mei' });
    const theirs = await host.ok('team.create', { name: 'Otto' });
    await host.ok('accountTeam.set', { accountId: acme.accountId, memberId: ours.id, role: 'account_manager' });
    await host.ok('accountTeam.set', { accountId: other.accountId, memberId: theirs.id, role: 'account_manager' });
    const team = await viewerCall(url, cookie, 'team.list', {});
    const names = (team.json().result as { name: string }[]).map((member) => member.name);
    expect(names).toContain('Mei');
    expect(names).not.toContain('Otto');
  });
});

describe('notes from the room', () => {
  const sendNote = (url: string, cookie: string, body: unknown) =>
    roomRequest(url, { path: '/room/notes', cookie, body });

  it('reach the host’s inbox, which the host places on the map or dismisses', async () => {
    const { host, acme, url, cookie } = await sharedRoom();
    const sent = await sendNote(url, cookie, {
      kind: 'suggestion',
      text: 'I think the CFO now supports us',
      personId: acme.ann.id,
    });
    expect(sent.status).toBe(201);
    expect((await sendNote(url, cookie, { kind: 'note', text: 'Budget in Q3' })).status).toBe(201);

    const { inbox } = await host.ok('shares.status', {});
    expect(inbox).toMatchObject([
      { author: 'Lin', kind: 'suggestion', text: 'I think the CFO now supports us', personId: acme.ann.id },
      { author: 'Lin', kind: 'note', text: 'Budget in Q3', personId: null },
    ]);
    const [suggestion, note] = inbox;
    if (!suggestion || !note) throw new Error('the inbox lost a note');

    const placed = await host.ok('shares.placeNote', { noteId: suggestion.id, position: { x: 40, y: 60 } });
    expect(placed.note.text).toContain('I think the CFO now supports us');
    expect(placed.note.text).toContain('Lin');
    expect(placed.item).toMatchObject({ mapId: acme.mapId, x: 40, y: 60 });
    const view = await host.ok('maps.view', { mapId: acme.mapId });
    expect(view.notes.map((n) => n.id)).toContain(placed.note.id);
    // The renderer's undo is notes.delete of what came back.
    await host.ok('notes.delete', { id: placed.note.id });

    await host.ok('shares.dismissNote', { noteId: note.id });
    expect((await host.ok('shares.status', {})).inbox).toEqual([]);
    expect(await host.dispatch('shares.placeNote', { noteId: note.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('outlive a stop until the host empties the inbox', async () => {
    const { host, acme, url, cookie } = await sharedRoom();
    expect((await sendNote(url, cookie, { kind: 'note', text: 'Call the CIO' })).status).toBe(201);
    await host.ok('shares.stop', {});
    const [kept] = (await host.ok('shares.status', {})).inbox;
    expect(kept?.text).toBe('Call the CIO');
    const placed = await host.ok('shares.placeNote', { noteId: kept?.id ?? '' });
    expect(placed.item.mapId).toBe(acme.mapId);
  });

  it('are limited in size, in number a minute, and to people of the shared account', async () => {
    const { other, url, cookie } = await sharedRoom({ notesPerMinute: 3 });
    const tooLong = await sendNote(url, cookie, { kind: 'note', text: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    const tooBig = await sendNote(url, cookie, { kind: 'note', text: 'x'.repeat(9000) });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body).toMatch(/too large/);
    expect((await sendNote(url, cookie, { kind: 'note', text: '   ' })).status).toBe(400);
    expect((await sendNote(url, cookie, { kind: 'order', text: 'hi' })).status).toBe(400);
    const elsewhere = await sendNote(url, cookie, { kind: 'note', text: 'hi', personId: other.ann.id });
    expect(elsewhere.status).toBe(404);

    for (let i = 0; i < 3; i += 1)
      expect((await sendNote(url, cookie, { kind: 'note', text: `n${i}` })).status).toBe(201);
    const fourth = await sendNote(url, cookie, { kind: 'note', text: 'one more' });
    expect(fourth.status).toBe(429);
    expect(codeOf(fourth)).toBe('too_many_notes');
    expect((await sendNote(url, '', { kind: 'note', text: 'no session' })).status).toBe(401);
  });

  it('stop at a full inbox until the host empties it', async () => {
    const { host, url, cookie } = await sharedRoom({ maxInbox: 2 });
    for (const text of ['one', 'two']) expect((await sendNote(url, cookie, { kind: 'note', text })).status).toBe(201);
    expect((await sendNote(url, cookie, { kind: 'note', text: 'three' })).status).toBe(429);
    const [first] = (await host.ok('shares.status', {})).inbox;
    await host.ok('shares.dismissNote', { noteId: first?.id ?? '' });
    expect((await sendNote(url, cookie, { kind: 'note', text: 'three' })).status).toBe(201);
  });
});
