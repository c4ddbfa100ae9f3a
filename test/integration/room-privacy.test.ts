import { PRIVATE_CONTACT_SECONDS, privateContactInput } from '../helpers/privateContact';
import { describe, expect, it } from 'vitest';
import { ROOM_METHODS } from '../../electron/backend/room/allowlist';
import { openEvents, roomRequest, startHost, viewerCall, cookieOf } from '../helpers/room';


/**
 * The room's promise: nothing private reaches a viewer. Markers are seeded in every private field
 * (private notes, birthday, interests, family notes, a private interaction with its participants
 * and commitments, and so the private search documents), then every byte a viewer receives (the
 * page, every allowlisted answer for the shared account, the event stream) is searched for them.
 */
describe('what reaches the room', () => {
  it('holds no private marker, while the owner sees every one', async () => {
    const host = await startHost();
    const account = await host.ok('accounts.createSample', { language: 'en' });
    const people = await host.ok('people.list', { accountId: account.id });
    const [map] = await host.ok('maps.list', { accountId: account.id });
    const [member] = await host.ok('accountTeam.list', { accountId: account.id });
    const keyPerson = people.find((person) => person.role === 'decision_maker') ?? people[0];
    if (!map || !member || !keyPerson) throw new Error('the sample lacks a map, a team or people');

    const markers: string[] = [];
    const marker = (what: string) => {
      const text = `PRIV${what}${markers.length}X`;
      markers.push(text);
      return text;
    };
    for (const [i, person] of people.entries()) {
      const birthday = `1903-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      markers.push(birthday);
      await host.ok('people.update', {
        id: person.id,
        patch: { privateNotes: marker('note'), interests: marker('interest'), familyNotes: marker('family'), birthday },
      });
    }
    for (const interaction of (await host.ok('interactions.list', { accountId: account.id })).filter(
      (i) => i.isPrivate,
    )) {
      await host.ok('interactions.update', {
        id: interaction.id,
        patch: { summary: marker('summary'), notes: marker('notes') },
      });
    }
    // The latest contact of a key person, private, with commitments open and overdue: contact dates,
    // insights and the status light would show it if the public scope let it through.
    markers.push(PRIVATE_CONTACT_SECONDS);
    await host.ok('interactions.create', privateContactInput(account.id, keyPerson.id, member.memberId, marker));

    // The owner sees every marker somewhere, so the search below would find a leak.
    const ownerSees = JSON.stringify([
      await Promise.all(people.map((person) => host.ok('people.get', { id: person.id }))),
      await host.ok('interactions.list', { accountId: account.id }),
      await host.ok('commitments.list', { accountId: account.id }),
      await host.ok('search.query', { text: 'PRIVnote0X' }),
    ]);
    expect(markers.filter((m) => !ownerSees.includes(m))).toEqual([]);

    const { url, code } = await host.ok('shares.start', { mapId: map.id });
    const received: string[] = [];
    const page = await roomRequest(url, { path: '/room/' });
    received.push(page.body, JSON.stringify(page.headers));
    const joined = await roomRequest(url, { path: '/room/join', body: { code, name: 'Viewer' } });
    received.push(joined.body);
    const cookie = cookieOf(joined);
    const stream = await openEvents(url, cookie);

    // Every allowlisted method, with every id of the shared account it takes and search words
    // cut from the markers, as someone in the room might type them.
    const searchWords = [...new Set(markers.filter((m) => m.startsWith('PRIV')).flatMap((m) => [m, m.slice(0, 6)]))];
    const inputs: Record<string, unknown[]> = {
      'app.info': [{}],
      'settings.get': [{}],
      'accounts.get': [{ id: account.id }],
      'maps.list': [{ accountId: account.id }],
      'maps.view': [{ mapId: map.id }],
      'people.list': [{ accountId: account.id }],
      'people.get': people.map((person) => ({ id: person.id })),
      'relations.list': [{ accountId: account.id }],
      'orgUnits.list': [{ accountId: account.id }],
      'accountTeam.list': [{ accountId: account.id }],
      'team.list': [{}],
      'insights.status': [{ accountId: account.id }, { accountId: account.id, mapId: map.id }],
      'search.query': [...searchWords.map((text) => ({ text })), { text: 'meal' }, { text: keyPerson.name }],
    };
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(ROOM_METHODS).sort());
    for (const [method, list] of Object.entries(inputs)) {
      for (const input of list) {
        const answer = await viewerCall(url, cookie, method, input);
        expect(answer.status, `${method} ${JSON.stringify(input)}: ${answer.body.slice(0, 200)}`).toBe(200);
        received.push(answer.body);
      }
    }
    // The host edits a private field and a public one while the room watches.
    const from = stream.events.length;
    await host.ok('people.update', { id: keyPerson.id, patch: { privateNotes: marker('live'), title: 'CFO' } });
    await stream.next((event) => event.event === 'changed', from);
    await host.ok('shares.present', { x: 1, y: 2, zoom: 1 });
    await stream.next((event) => event.event === 'viewport');
    const after = await viewerCall(url, cookie, 'people.get', { id: keyPerson.id });
    expect(after.json().result).toMatchObject({
      title: 'CFO',
      privateNotes: '',
      interests: '',
      familyNotes: '',
      birthday: null,
    });
    received.push(after.body);
    await host.ok('shares.stop', {});
    await stream.ended;
    received.push(stream.raw());

    const everything = received.join('\n');
    expect(everything).toContain(keyPerson.name);
    expect(markers.filter((m) => everything.includes(m))).toEqual([]);
  });
});
