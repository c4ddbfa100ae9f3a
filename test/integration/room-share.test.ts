import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { RoomEvents, RoomJoined, type RoomEventName } from '../../shared/api/methods/shares';
import { cookieOf, join, openEvents, roomRequest, seedAccount, startHost, viewerCall } from '../helpers/room';

/**
 * Share to the room, from the host's methods to a viewer's HTTP: the share starts and stops, the
 * code lets in and keeps out, sessions end with their code, and the viewers follow the host live.
 */
describe('sharing a map to the room', () => {
  it('starts on the given address with a six-digit code, says who joined, and stops', async () => {
    const host = await startHost();
    const { mapId, accountId } = await seedAccount(host);
    expect(await host.ok('shares.status', {})).toMatchObject({ sharing: false, url: null, code: null });

    const before = Date.now();
    const share = await host.ok('shares.start', { mapId });
    expect(share.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/room\/$/);
    expect(share.code).toMatch(/^\d{6}$/);
    const hours = (Date.parse(share.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(3.99);
    expect(hours).toBeLessThan(4.01);

    const joined = await roomRequest(share.url, { path: '/room/join', body: { code: share.code, name: '  Lin  ' } });
    expect(joined.status).toBe(200);
    expect(joined.json().result).toMatchObject({ mapId, accountId, mapName: expect.any(String), accountName: 'Acme' });
    const cookie = joined.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^powermap_room=[\w-]{40,}; HttpOnly; SameSite=Strict; Path=\/room$/);

    const status = await host.ok('shares.status', {});
    expect(status).toMatchObject({ sharing: true, mapId, accountId, url: share.url, code: share.code });
    expect(status.viewers.map((viewer) => viewer.name)).toEqual(['Lin']);

    await host.ok('shares.stop', {});
    expect(await host.ok('shares.status', {})).toMatchObject({ sharing: false, viewers: [], code: null });
    // The server itself is gone: nothing listens on the address any more.
    await expect(roomRequest(share.url, { path: '/room/' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('is the owner’s alone: a call in the public scope is refused (but for following the presenter), and the backend alone refuses shares', async () => {
    const host = await startHost();
    const { mapId } = await seedAccount(host);
    const refused = await host.dispatch('shares.start', { mapId }, 'public');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const status = await host.dispatch('shares.status', {}, 'public');
    expect(status).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Presenting on the wall is the public scope, and the room may still follow the presenter.
    expect(await host.dispatch('shares.present', { x: 1, y: 2, zoom: 1 }, 'public')).toMatchObject({ ok: true });
    expect(await host.dispatch('shares.stop', {}, 'public')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Around the room, straight to the threads: they hold no room and say where it runs.
    const around = await host.backend.call('shares.status', {});
    expect(around).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/process/) },
    });
    // Input is checked against the contract like every method.
    const invalid = await host.dispatch('shares.start', { mapId: 'not an id' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Never every interface at once, nor an address this computer does not have.
    const everywhere = await host.dispatch('shares.start', { mapId, host: '0.0.0.0' });
    expect(everywhere).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the page with its own nonce and web mode’s headers, and checks the host name and origin', async () => {
    const host = await startHost();
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    for (const path of ['/room/', '/room']) {
      const page = await roomRequest(url, { path });
      expect(page.status).toBe(200);
      expect(page.body).toContain('Powermap test shell');
      expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['cache-control']).toBe('no-store');
    }
    const script = await roomRequest(url, { path: '/room/assets/app.js' });
    expect(script).toMatchObject({ status: 200, body: 'console.log("room");' });
    expect(script.headers['cache-control']).toBe('no-store');
    expect((await roomRequest(url, { path: '/room/../../etc/passwd' })).status).toBe(404);

    const rebound = await roomRequest(url, { path: '/room/', headers: { Host: 'evil.example:80' } });
    expect(rebound.status).toBe(403);
    const elsewhere = await roomRequest(url, {
      path: '/room/join',
      body: { code, name: 'Eve' },
      headers: { Origin: 'http://evil.example' },
    });
    expect(elsewhere.status).toBe(403);
    const form = await roomRequest(url, {
      path: '/room/join',
      body: { code, name: 'Eve' },
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(form.status).toBe(400);
    // No route that writes but the join and the notes.
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expect((await roomRequest(url, { method, path: '/room/notes' })).status).toBe(403);
    }
    expect((await roomRequest(url, { path: '/room/anything', body: {} })).status).toBe(404);
  });

  it('refuses a wrong code, and locks a client out after five until the lock runs out', async () => {
    const host = await startHost({ lockoutMs: 400 });
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const wrong = code === '000000' ? '000001' : '000000';
    const tryCode = (attempt: string) =>
      roomRequest(url, { path: '/room/join', body: { code: attempt, name: 'Guess' } });

    for (let i = 0; i < 4; i += 1) {
      const answer = await tryCode(wrong);
      expect(answer.status).toBe(403);
      expect(answer.json().error?.code).toBe('wrong_code');
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    const fifth = await tryCode(wrong);
    expect(fifth.status).toBe(429);
    expect(fifth.json().error).toMatchObject({ code: 'locked_out', retryAfterSeconds: 1 });
    // Locked out, the right code is refused too.
    const right = await tryCode(code);
    expect(right.status).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await tryCode(code)).status).toBe(200);
  });

  it('locks out only the guessing device, and every device once the room has seen too many wrong codes', async () => {
    const host = await startHost({ wrongCodesBeforeLockout: 2, wrongCodesInRoom: 5 });
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const wrong = code === '000000' ? '000001' : '000000';
    const tryCode = (attempt: string, from: string) =>
      roomRequest(url, { path: '/room/join', body: { code: attempt, name: 'Guess' }, from }).then((r) => r.status);

    expect([await tryCode(wrong, '127.0.0.2'), await tryCode(wrong, '127.0.0.2')]).toEqual([403, 429]);
    // Another device in the room is not held up by the first one's guesses.
    expect(await tryCode(code, '127.0.0.3')).toBe(200);
    expect(await tryCode(wrong, '127.0.0.4')).toBe(403);
    expect(await tryCode(wrong, '127.0.0.5')).toBe(403);
    expect(await tryCode(wrong, '127.0.0.6')).toBe(403);
    // Five wrong codes in the room: now every device waits, with the right code too.
    expect(await tryCode(code, '127.0.0.7')).toBe(429);
    expect(await tryCode(code, '127.0.0.3')).toBe(429);
    // A fresh share, a fresh code: the room lets devices in again, the guessing one still waits.
    const fresh = await host.ok('shares.start', { mapId });
    expect(await tryCode(fresh.code, '127.0.0.7')).toBe(200);
    expect(await tryCode(fresh.code, '127.0.0.2')).toBe(429);
  });

  it('says which viewers follow now, and takes no more viewers than it is made for', async () => {
    const host = await startHost({ maxViewers: 2 });
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const following = await openEvents(url, await join(url, code, 'Lin'));
    await join(url, code, 'Mei');
    const viewers = (await host.ok('shares.status', {})).viewers;
    expect(viewers.map(({ name, connected }) => [name, connected])).toEqual([
      ['Lin', true],
      ['Mei', false],
    ]);
    const third = await roomRequest(url, { path: '/room/join', body: { code, name: 'Sam' } });
    expect(third.status).toBe(403);
    expect(third.headers['set-cookie']).toBeUndefined();
    following.close();
    await expect
      .poll(async () => (await host.ok('shares.status', {})).viewers.map((viewer) => viewer.connected))
      .toEqual([false, false]);
  });

  it('binds a session to its code: a new share ends it and its code', async () => {
    const host = await startHost();
    const { mapId } = await seedAccount(host);
    const first = await host.ok('shares.start', { mapId });
    const cookie = await join(first.url, first.code);
    expect((await viewerCall(first.url, cookie, 'maps.view', { mapId })).status).toBe(200);
    const stream = await openEvents(first.url, cookie);

    const second = await host.ok('shares.start', { mapId });
    expect(second.code).not.toBe(first.code);
    await stream.ended;
    expect(stream.events.map((event) => event.event)).toContain('stopped');
    // Same server, same address: the old session is refused, the new code joins.
    expect(second.url).toBe(first.url);
    const old = await viewerCall(second.url, cookie, 'maps.view', { mapId });
    expect(old.status).toBe(401);
    expect(old.json().error?.code).toBe('unauthorized');
    expect(
      (await roomRequest(second.url, { path: '/room/join', body: { code: first.code, name: 'Late' } })).status,
    ).toBe(403);
    const fresh = await join(second.url, second.code);
    expect((await viewerCall(second.url, fresh, 'maps.view', { mapId })).status).toBe(200);
    expect((await viewerCall(second.url, '', 'maps.view', { mapId })).status).toBe(401);
    expect((await openEvents(second.url, 'powermap_room=guess')).status).toBe(401);
  });

  it('ends on its own when its time is up', async () => {
    const host = await startHost({ shareDurationMs: 300 });
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const cookie = await join(url, code);
    const stream = await openEvents(url, cookie);
    await stream.ended;
    expect(stream.events.at(-1)?.event).toBe('stopped');
    expect(await host.ok('shares.status', {})).toMatchObject({ sharing: false });
  });

  it('closes every viewer’s stream on stop, with a stopped event first', async () => {
    const host = await startHost();
    const { mapId } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const streams = await Promise.all(
      ['A', 'B', 'C'].map(async (name) => openEvents(url, await join(url, code, name))),
    );
    expect(streams.map((stream) => stream.status)).toEqual([200, 200, 200]);
    await host.ok('shares.stop', {});
    await Promise.all(streams.map((stream) => stream.ended));
    for (const stream of streams) expect(stream.events.map((event) => event.event)).toEqual(['stopped']);
  });

  it('tells every viewer which tables the host’s edit changed, and where the presenter looks', async () => {
    const host = await startHost();
    const { mapId, ann } = await seedAccount(host);
    const { url, code } = await host.ok('shares.start', { mapId });
    const stream = await openEvents(url, await join(url, code));

    const from = stream.events.length;
    const sent = performance.now();
    await host.ok('people.update', { id: ann.id, patch: { stance: 'supportive' } });
    const changed = await stream.next((event) => event.event === 'changed', from);
    expect(changed.at - sent).toBeLessThan(200);
    expect((changed.data as { tables: string[] }).tables).toContain('people');

    // A failed write changes nothing, and a read tells nobody anything.
    const failed = await host.dispatch('people.update', { id: ann.id, patch: { stance: 'no such stance' } });
    expect(failed.ok).toBe(false);
    await host.ok('maps.view', { mapId });

    await host.ok('shares.present', { x: 10, y: -20, zoom: 1.5 });
    const viewport = await stream.next((event) => event.event === 'viewport');
    expect(viewport.data).toEqual({ x: 10, y: -20, zoom: 1.5 });
    expect(stream.events.filter((event) => event.event === 'changed')).toHaveLength(1);
    // The viewer reads the edit in the public scope.
    const view = await viewerCall(url, await join(url, code, 'Two'), 'maps.view', { mapId });
    const people = (view.json().result as { people: { id: string; stance: string }[] }).people;
    expect(people.find((person) => person.id === ann.id)?.stance).toBe('supportive');
    stream.close();
  });

  it('answers every shares method with what the contract says it returns', async () => {
    const host = await startHost();
    const { mapId } = await seedAccount(host);
    const answers: [string, unknown][] = [];
    const call = async (method: keyof typeof contract, input: unknown) => {
      const outcome = await host.dispatch(method, input);
      if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
      answers.push([method, outcome.result]);
      return outcome.result;
    };
    const { url, code } = (await call('shares.start', { mapId })) as { url: string; code: string };
    const joined = await roomRequest(url, { path: '/room/join', body: { code, name: 'Lin' } });
    expect(RoomJoined.safeParse(joined.json().result).success).toBe(true);
    const cookie = cookieOf(joined);
    const stream = await openEvents(url, cookie);
    for (const text of ['one', 'two']) {
      expect((await roomRequest(url, { path: '/room/notes', cookie, body: { kind: 'note', text } })).status).toBe(201);
    }
    const { inbox } = (await call('shares.status', {})) as { inbox: { id: string }[] };
    await call('shares.present', { x: 0, y: 0, zoom: 1 });
    await call('shares.placeNote', { noteId: inbox[0]?.id });
    await call('shares.dismissNote', { noteId: inbox[1]?.id });
    await call('shares.stop', {});
    await call('shares.status', {});
    expect([...new Set(answers.map(([method]) => method))].sort()).toEqual(
      Object.keys(contract)
        .filter((method) => method.startsWith('shares.'))
        .sort(),
    );
    for (const [method, result] of answers) {
      const parsed = contract[method as keyof typeof contract].output.safeParse(result);
      expect(parsed.success, `${method}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    // The room's events carry what shared/api says, for the viewer's page to read.
    await stream.ended;
    expect(new Set(stream.events.map((event) => event.event))).toEqual(new Set(Object.keys(RoomEvents)));
    for (const { event, data } of stream.events) {
      expect(RoomEvents[event as RoomEventName].safeParse(data).success, event).toBe(true);
    }
  });

  it('runs one server however many starts come at once, and keeps idle streams alive', async () => {
    const host = await startHost({ heartbeatMs: 50 });
    const { mapId } = await seedAccount(host);
    const shares = await Promise.all([1, 2, 3].map(() => host.ok('shares.start', { mapId })));
    expect(new Set(shares.map((share) => share.url)).size).toBe(1);
    const last = await host.ok('shares.status', {});
    expect(shares.map((share) => share.code)).toContain(last.code);
    const stream = await openEvents(last.url ?? '', await join(last.url ?? '', last.code ?? ''));
    await expect.poll(() => stream.raw().includes(': heartbeat')).toBe(true);
    stream.close();
  });
});
