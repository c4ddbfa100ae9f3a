/**
 * The privacy rule, proved on every read of the contract: unique markers go into every private
 * field of a lived-in account, then every read method (found from the contract, so a new one is
 * walked without anyone remembering) is called in the public scope with inputs made from its
 * schema. No marker may come back. The same walk in the owner's scope must find every marker,
 * or the test would prove nothing.
 */
import { isTeamSyncMethod } from '../../shared/api/methods/teamSync';
import { PRIVATE_CONTACT_SECONDS, privateContactInput } from '../helpers/privateContact';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { callOk, startTempBackend } from '../helpers/tempDb';
import { inputsFor, type InputSource } from '../helpers/contractInputs';
import type { Backend } from '../../electron/backend/backend';

// The room's reads (shares.*) are answered in the app's own process, and the team's (team-sync.test.ts)
// by the primary thread's sync, not by the backend walked here.
const READS = METHOD_NAMES.filter(
  (method) => contract[method].kind === 'read' && !method.startsWith('shares.') && !isTeamSyncMethod(method),
);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Seeded {
  backend: Backend;
  markers: string[];
  ids: Record<string, string>;
  /** Search words: a whole marker and a short piece of one, as a user would type them. */
  texts: string[];
}

/** The sample account, with a marker in every private field of every person and of every private interaction. */
function seedMarkers(): Seeded {
  const { backend } = startTempBackend();
  const call = <M extends MethodName>(method: M, input: Parameters<typeof callOk<M>>[2]) =>
    callOk(backend.dispatch, method, input);
  const account = call('accounts.createSample', { language: 'en' });
  const people = call('people.list', { accountId: account.id });
  const [map] = call('maps.list', { accountId: account.id });
  const team = call('accountTeam.list', { accountId: account.id });
  const markers: string[] = [];
  const marker = (what: string) => {
    const text = `PRIV${what}${markers.length}X`;
    markers.push(text);
    return text;
  };
  people.forEach((person, i) => {
    const birthday = `1903-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    call('people.update', {
      id: person.id,
      patch: {
        privateNotes: marker('note'),
        interests: marker('interest'),
        familyNotes: marker('family'),
        birthday,
      },
    });
    markers.push(birthday);
  });
  // The sample's own private contacts, and a new one: the latest contact of a key person, with
  // commitments open and overdue, so that contact dates, insights and the agenda would show it.
  for (const interaction of call('interactions.list', { accountId: account.id }).filter((i) => i.isPrivate)) {
    call('interactions.update', {
      id: interaction.id,
      patch: {
        summary: marker('summary'),
        notes: marker('notes'),
        commitments: interaction.commitments.map((c) => ({ ...c, to: c.to, description: marker('promise') })),
      },
    });
  }
  const keyPerson = people.find((p) => p.role === 'decision_maker') ?? people[0];
  const member = team[0];
  if (!keyPerson || !map || !member) throw new Error('the sample lacks a decision maker, a map or a team');
  markers.push(PRIVATE_CONTACT_SECONDS);
  call('interactions.create', privateContactInput(account.id, keyPerson.id, member.memberId, marker));
  const interaction = call('interactions.list', { accountId: account.id })[0];
  const opportunity = call('opportunities.list', { accountId: account.id })[0];
  const goal = call('goals.list', { accountId: account.id })[0];
  const ids: Record<string, string> = {
    account: account.id,
    map: map.id,
    person: keyPerson.id,
    member: member.memberId,
    ...(interaction && { interaction: interaction.id }),
    ...(opportunity && { opportunity: opportunity.id }),
    ...(goal && { goal: goal.id }),
  };
  const texts = markers.filter((m) => m.startsWith('PRIV')).flatMap((m) => [m, m.slice(0, 2), m.slice(4, 6)]);
  return { backend, markers, ids, texts: [...new Set(texts)] };
}

/** Which entity a field's id names: `accountId` an account, `targetId` a person, `id` the method's own kind. */
const ENTITY_OF_ID: Record<string, string> = {
  accounts: 'account',
  people: 'person',
  maps: 'map',
  // The cursor of a timeline page names the contact it starts after.
  interactions: 'interaction',
};
const entityOf = (field: string, method: MethodName): string =>
  field === 'id'
    ? (ENTITY_OF_ID[method.split('.')[0] ?? ''] ?? method.split('.')[0] ?? '')
    : field === 'targetId'
      ? 'person'
      : field.replace(/Ids?$/, '');

/**
 * Every read method's answer (or, in the public scope, the refusal of one a shared screen may not
 * call: a refusal is searched for markers too).
 */
/**
 * Every read method's answer (or, in the public scope, the refusal of one a shared screen may not
 * call: a refusal is searched for markers too).
 */
function walk(seeded: Seeded, scope: 'owner' | 'public'): { method: string; json: string }[] {
  const today = isoDay(Date.now());
  const source: InputSource = {
    id: (field, method) => seeded.ids[entityOf(field, method)],
    texts: seeded.texts,
    today,
    now: new Date().toISOString(),
  };
  return READS.flatMap((method) =>
    inputsFor(method, source).map((input) => {
      const outcome = seeded.backend.dispatch(method, input, scope);
      if (!outcome.ok && !(scope === 'public' && outcome.error.code === 'forbidden')) {
        throw new Error(`${method} ${JSON.stringify(input)} failed in ${scope}: ${JSON.stringify(outcome.error)}`);
      }
      return { method, json: JSON.stringify(outcome.ok ? outcome.result : outcome.error) };
    }),
  );
}

describe('the public scope on every read of the contract', () => {
  it('returns no private marker from any read method', () => {
    const seeded = seedMarkers();
    expect(READS.length).toBeGreaterThan(30);
    const leaks = walk(seeded, 'public').flatMap(({ method, json }) =>
      seeded.markers.filter((m) => json.includes(m)).map((m) => `${method}: ${m}`),
    );
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('while the owner sees every marker somewhere (so the walk reaches them all)', () => {
    const seeded = seedMarkers();
    const all = walk(seeded, 'owner')
      .map(({ json }) => json)
      .join('\n');
    expect(seeded.markers.filter((m) => !all.includes(m))).toEqual([]);
  });

  it('refuses every write method from the public scope, changing nothing', () => {
    const seeded = seedMarkers();
    const writes = METHOD_NAMES.filter((method) => contract[method].kind === 'write');
    for (const method of writes) {
      // The refusal comes before the input is even looked at: any input will do.
      const outcome = seeded.backend.dispatch(method, {}, 'public');
      expect(outcome.ok ? method : outcome.error.code === 'public_read_only' || outcome.error.code).toBe(true);
    }
  });
});
