import type { MethodName, OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import type { CallResult } from '../dispatch';

/** The map the room is shown, and its account: everything a viewer asks for must belong to them. */
export interface SharedMap {
  mapId: string;
  accountId: string;
}

/** A call in the public scope, as the room makes it for a viewer. */
export type PublicCall = <M extends MethodName>(method: M, input: ParsedInputOf<M>) => Promise<CallResult>;

/** The answer is withheld: to the viewer, whatever it named does not exist. */
export const WITHHELD = Symbol('withheld');

interface RoomMethod<M extends MethodName> {
  /** True when every id in the input is the shared map's, its account's, or of that account. */
  allows(input: ParsedInputOf<M>, shared: SharedMap): boolean;
  /** What of the answer reaches the viewer: the part about the shared map, or WITHHELD. */
  answer?(
    result: OutputOf<M>,
    shared: SharedMap,
    call: PublicCall,
  ): OutputOf<M> | typeof WITHHELD | Promise<OutputOf<M> | typeof WITHHELD>;
}

type RoomMethods = { [M in MethodName]?: RoomMethod<M> };

const always = (): boolean => true;
const ofAccount = ({ accountId }: { accountId: string }, shared: SharedMap): boolean => accountId === shared.accountId;

/** The result of a call the room made for itself, or null when it failed. */
async function resultOf<M extends MethodName>(call: PublicCall, method: M, input: ParsedInputOf<M>) {
  const outcome = await call(method, input);
  return outcome.ok ? (outcome.result as OutputOf<M>) : null;
}

/**
 * The read methods a viewer's screens need, and nothing else: the shared map, the influence ×
 * stance grid and the coverage matrix of its account, the read-only person card, search within
 * the shared map, and what the renderer needs to draw. They are called in the public scope, so
 * the backend leaves every private thing out; these bindings keep the viewer on the one map.
 */
export const ROOM_METHODS: RoomMethods = {
  // The path of the host's database file says who they are on their machine: it stays there.
  'app.info': { allows: always, answer: (info) => ({ ...info, databasePath: '' }) },
  'settings.get': { allows: always },
  'accounts.get': { allows: ({ id }, shared) => id === shared.accountId },
  'maps.list': {
    allows: ofAccount,
    // The account's other maps are not shared: the viewer's tabs show this one only.
    answer: (maps, shared) => maps.filter((map) => map.id === shared.mapId),
  },
  'maps.view': { allows: ({ mapId }, shared) => mapId === shared.mapId },
  'people.list': { allows: ofAccount },
  'people.get': {
    allows: always,
    answer: (person, shared) => (person.accountId === shared.accountId ? person : WITHHELD),
  },
  'relations.list': { allows: ofAccount },
  'orgUnits.list': { allows: ofAccount },
  'accountTeam.list': { allows: ofAccount },
  'team.list': {
    allows: always,
    // Our team across every account: the room sees the members who work on this one, or cover its people.
    answer: async (team, shared, call) => {
      const entries = (await resultOf(call, 'accountTeam.list', { accountId: shared.accountId })) ?? [];
      const relations = (await resultOf(call, 'relations.list', { accountId: shared.accountId })) ?? [];
      const here = new Set<string>(entries.map((entry) => entry.memberId));
      for (const relation of relations) {
        if (relation.fromMemberId) here.add(relation.fromMemberId);
        if (relation.toMemberId) here.add(relation.toMemberId);
      }
      return team.filter((member) => here.has(member.id));
    },
  },
  'insights.status': {
    allows: (input, shared) => ofAccount(input, shared) && (input.mapId === undefined || input.mapId === shared.mapId),
  },
  'search.query': {
    allows: always,
    // Within the shared map: its account, the people and the notes on it, nothing else found.
    answer: async (hits, shared, call) => {
      const view = await resultOf(call, 'maps.view', { mapId: shared.mapId });
      if (!view) return [];
      const people = new Set(view.people.map((person) => person.id));
      const notes = new Set(view.notes.map((note) => note.id));
      return hits.filter(
        (hit) =>
          hit.accountId === shared.accountId &&
          ((hit.kind === 'account' && hit.id === shared.accountId) ||
            (hit.kind === 'person' && people.has(hit.id)) ||
            (hit.kind === 'note' && notes.has(hit.id))),
      );
    },
  },
};

export const isRoomMethod = (method: string): method is MethodName & keyof typeof ROOM_METHODS =>
  Object.hasOwn(ROOM_METHODS, method);
