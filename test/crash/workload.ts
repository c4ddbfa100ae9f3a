/**
 * The writes the campaign's clients make, as account managers do: accounts, people placed on the
 * map, assessments changed, cards dragged (several at once), contacts logged with the promises
 * made in them, promises kept or broken. Each client works only in accounts it created, so what a
 * write leaves behind follows from the acknowledged state alone, whatever the other clients do.
 */
import crypto from 'node:crypto';
import type { InputOf, MethodName } from '../../shared/api/contract';
import { STANCES, TIERS } from '../../shared/domain/enums';
import { callApi, type ApiAddress } from './api';
import {
  accountKey,
  byId,
  idOfKey,
  interactionKey,
  personKey,
  type EntityKey,
  type EntityState,
  type Facts,
  type InteractionFacts,
  type PersonFacts,
} from './facts';
import type { Ledger, PlannedWrite } from './ledger';
import type { Random } from './random';

const NAMES = ['王总', '李经理', '张工', '陈静', 'Anna Becker', 'Tom Baker', '刘处长', 'Maria Rossi'];
const TITLES = ['采购总监', 'CFO', '技术负责人', 'Head of IT', '总经理', ''];
const PROMISES = ['下周三前发报价', 'Send the reference list', '安排工厂参观', 'Book the demo', '回复技术问题'];
const SUMMARIES = ['季度业务回顾', 'Lunch with the CFO', '技术交流会', 'Call about the tender', '拜访总部'];

function planned<M extends MethodName>(method: M, input: InputOf<M>, after: EntityState): PlannedWrite {
  return { method, after, send: (address) => callApi(address, method, input) };
}

export class Workload {
  private readonly accountsOf = new Map<number, string[]>();
  /** The map each account's people are placed on, learnt by reading it. */
  private readonly mapOf = new Map<string, string>();
  private written = 0;

  constructor(
    private readonly ledger: Ledger,
    private readonly random: Random,
  ) {}

  rememberMap(accountId: string, mapId: string): void {
    this.mapOf.set(accountId, mapId);
  }

  /**
   * The next write of one client, or null when reading what it needs got no answer. Reads the
   * account's map first when it is not known yet (a new account, or one whose creation was in
   * flight at a kill and turned out to have committed).
   */
  async next(client: number, address: ApiAddress): Promise<PlannedWrite | null> {
    const accounts = (this.accountsOf.get(client) ?? []).filter((id) => this.ledger.get(accountKey(id)));
    if (accounts.length === 0 || this.random.chance(0.04)) return this.createAccount(client);
    const accountId = this.random.pick(accounts);
    const mapId = this.mapOf.get(accountId) ?? (await this.readMap(accountId, address));
    if (mapId === null) return null;
    const people = this.ledger.ofAccount(accountId, 'person');
    const roll = this.random.next();
    if (people.length < 3 || roll < 0.3) return this.createPerson(accountId, mapId);
    if (roll < 0.5) return this.updatePerson(this.random.pick(people));
    if (roll < 0.72) return this.moveCards(mapId, people);
    const withPromises = this.ledger
      .ofAccount(accountId, 'interaction')
      .filter((key) => this.facts(key, 'interaction').commitments.length > 0);
    if (roll < 0.92 || withPromises.length === 0) return this.logContact(accountId, people);
    return this.settlePromise(this.random.pick(withPromises));
  }

  private async readMap(accountId: string, address: ApiAddress): Promise<string | null> {
    const outcome = await callApi(address, 'maps.list', { accountId });
    if (outcome.kind !== 'answered' || !outcome.ok) return null;
    const [map] = outcome.result;
    if (!map) throw new Error(`account ${accountId} has no map`);
    this.mapOf.set(accountId, map.id);
    return map.id;
  }

  private label(): number {
    return (this.written += 1);
  }

  private position(): { x: number; y: number } {
    // Quarter pixels, as a drag on a zoomed canvas leaves them.
    return { x: this.random.int(-4000, 4000) / 4, y: this.random.int(-4000, 4000) / 4 };
  }

  private createAccount(client: number): PlannedWrite {
    const id = crypto.randomUUID();
    const name = `客户 ${client}-${this.label()} Ltd.`;
    const tier = this.random.pick(TIERS);
    this.accountsOf.set(client, [...(this.accountsOf.get(client) ?? []), id]);
    return planned(
      'accounts.create',
      { id, name, tier },
      new Map([[accountKey(id), { kind: 'account', name, tier, mapCount: 1 }]]),
    );
  }

  private createPerson(accountId: string, mapId: string): PlannedWrite {
    const id = crypto.randomUUID();
    const itemId = crypto.randomUUID();
    const position = this.position();
    const stance = this.random.pick(STANCES);
    const facts: PersonFacts = {
      kind: 'person',
      accountId,
      name: `${this.random.pick(NAMES)} ${this.label()}`,
      title: this.random.pick(TITLES),
      influence: this.random.int(1, 5),
      stance,
      places: [{ itemId, mapId, ...position }],
      history: [],
    };
    return planned(
      'people.create',
      {
        id,
        accountId,
        name: facts.name,
        title: facts.title,
        influence: facts.influence,
        stance,
        placeOn: { mapId, itemId, position },
      },
      new Map([[personKey(id), facts]]),
    );
  }

  private updatePerson(key: EntityKey): PlannedWrite {
    const before = this.person(key);
    const influence = this.random.int(1, 5);
    const stance = this.random.pick(STANCES);
    const title = this.random.pick(TITLES);
    // Each assessment that changes gets one history row, in the order the backend tracks them.
    const history = [...before.history];
    if (influence !== before.influence) history.push(`influence=${influence}`);
    if (stance !== before.stance) history.push(`stance=${stance}`);
    return planned(
      'people.update',
      { id: idOfKey(key), patch: { influence, stance, title }, reason: '拜访后更新 / after the visit' },
      new Map([[key, { ...before, influence, stance, title, history }]]),
    );
  }

  private moveCards(mapId: string, people: EntityKey[]): PlannedWrite {
    const moved = this.random.sample(people, this.random.int(1, 3));
    const after: EntityState = new Map();
    const moves: { itemId: string; x: number; y: number }[] = [];
    for (const key of moved) {
      const before = this.person(key);
      const places = before.places.map((place) => {
        if (place.mapId !== mapId) return place;
        const position = this.position();
        moves.push({ itemId: place.itemId, ...position });
        return { ...place, ...position };
      });
      after.set(key, { ...before, places });
    }
    return planned('maps.moveItems', { mapId, moves }, after);
  }

  private logContact(accountId: string, people: EntityKey[]): PlannedWrite {
    const id = crypto.randomUUID();
    const personIds = this.random.sample(people, this.random.int(1, 3)).map(idOfKey);
    const commitments = Array.from({ length: this.random.int(0, 3) }, () => ({
      id: crypto.randomUUID(),
      description: `${this.random.pick(PROMISES)} #${this.label()}`,
      byPersonId: this.random.pick(personIds),
      state: 'open',
    }));
    const summary = `${this.random.pick(SUMMARIES)} #${this.label()}`;
    const facts: InteractionFacts = {
      kind: 'interaction',
      accountId,
      summary,
      personIds: [...personIds].sort(),
      commitments: [...commitments].sort(byId),
    };
    return planned(
      'interactions.create',
      {
        id,
        accountId,
        occurredAt: new Date().toISOString(),
        channel: 'visit',
        summary,
        personIds,
        bankEffect: this.random.int(-2, 2),
        commitments: commitments.map((c) => ({
          id: c.id,
          description: c.description,
          by: { kind: 'person' as const, id: c.byPersonId },
        })),
      },
      new Map([[interactionKey(id), facts]]),
    );
  }

  private settlePromise(key: EntityKey): PlannedWrite {
    const before = this.facts(key, 'interaction');
    const open = before.commitments.filter((c) => c.state === 'open');
    const commitment = this.random.pick(open.length > 0 ? open : before.commitments);
    const state = commitment.state === 'open' ? this.random.pick(['kept', 'broken'] as const) : 'open';
    const commitments = before.commitments.map((c) => (c.id === commitment.id ? { ...c, state } : c));
    return planned('commitments.setState', { id: commitment.id, state }, new Map([[key, { ...before, commitments }]]));
  }

  private person(key: EntityKey): PersonFacts {
    return this.facts(key, 'person');
  }

  private facts<K extends Facts['kind']>(key: EntityKey, kind: K): Extract<Facts, { kind: K }> {
    const facts = this.ledger.get(key);
    if (facts?.kind !== kind) throw new Error(`${key} is not a known ${kind}`);
    return facts as Extract<Facts, { kind: K }>;
  }
}
