/**
 * Keeps each scope's insights (an account, or one map of it) between calls, and after an edit
 * recomputes only what the edit touched: the people whose row, contacts or changes were written
 * are re-read and their own rules re-run; the rules about the whole account (decision chain,
 * coverage, paths to power) re-run on the kept people and lines, which is cheap.
 *
 * What an edit touched is recorded by SQLite itself: the schema's triggers note the account and
 * person of every row written to a table the insights read (insights_touched, migration 010), so
 * no write path (undo, paste, import, a test's raw SQL) can forget to say so, and a reader thread
 * learns what the primary wrote.
 *
 * Time: the kept rows are a superset of what the rules read at any later moment (the windows only
 * move forward), so they stay valid; the rules' verdicts depend on the clock, so a kept verdict
 * is served for at most `CURRENT_FOR_MS` and only on the same UTC day. A caller that names the
 * moment gets the verdicts of exactly that moment.
 */
import {
  RULES,
  SEVERITIES,
  type Insight,
  type InsightCommitment,
  type InsightHistoryEntry,
  type InsightInput,
  type InsightPerson,
  type InsightRelation,
  type InsightThresholds,
  type Rule,
} from '../../../shared/domain/insights';
import { assessmentStale } from '../../../shared/domain/insights/assessmentStale';
import { commitmentOverdue } from '../../../shared/domain/insights/commitmentOverdue';
import { contactFalling } from '../../../shared/domain/insights/contactFalling';
import { contactOverdue } from '../../../shared/domain/insights/contactOverdue';
import { DAY_MS } from '../../../shared/domain/insights/helpers';
import { influentialOpponent } from '../../../shared/domain/insights/influentialOpponent';
import { progressStuck } from '../../../shared/domain/insights/progressStuck';
import { stanceFalling } from '../../../shared/domain/insights/stanceFalling';
import type { Tier } from '../../../shared/domain/enums';
import type { MapStatusView } from '../../../shared/api/methods/insights';
import { mapStatus } from '../../../shared/domain/mapStatus';
import type { Db } from '../db/connection';
import { allRows } from './common';
import {
  changesOf,
  contactsOf,
  linesAmong,
  openPromisesOf,
  peopleAndLines,
  peopleInScopeByIds,
  scopeOrder,
} from './insightsInput';

/** How long a verdict computed for "now" is still served as the answer for "now". */
export const CURRENT_FOR_MS = 60_000;
/** More people touched than this since the last call: gathering afresh is quicker. */
const MAX_TOUCHED = 200;

/**
 * Rules that judge each person from that person's own row, contacts and changes alone: their
 * verdicts are kept per person. `commitmentOverdue` reads only the promises. Every other rule
 * reads the people and the lines between them and re-runs on every change.
 */
const PERSON_RULES: readonly Rule[] = [
  influentialOpponent,
  stanceFalling,
  contactFalling,
  contactOverdue,
  progressStuck,
  assessmentStale,
];
const PROMISE_RULES: readonly Rule[] = [commitmentOverdue];

/** What the rules read of one person besides their row. */
interface OwnRows {
  /** When each of their contacts was (one per interaction). */
  contacts: string[];
  history: InsightHistoryEntry[];
}

interface Scope {
  accountId: string;
  mapId: string | undefined;
  thresholdsKey: string;
  /** The moment whose windows the kept rows were read for; valid for any later moment. */
  readFor: number;
  tier: Tier;
  opportunityId: string | null;
  people: InsightPerson[];
  relations: InsightRelation[];
  team: { id: string; name: string }[];
  own: Map<string, OwnRows>;
  commitments: InsightCommitment[];
  /** The moment the verdicts below are for. */
  judgedAt: number;
  perPerson: Map<string, Insight[][]>;
  ofPromises: Insight[][];
  ofAccount: Insight[][];
  status: MapStatusView;
  /** Touched since the verdicts were made. */
  touched: Touched;
}

interface Touched {
  all: boolean;
  people: Set<string>;
  lines: boolean;
  promises: boolean;
}

const untouched = (): Touched => ({ all: false, people: new Set(), lines: false, promises: false });

interface Kept {
  /** The last note of insights_touched handed to the scopes. */
  lastSeq: number;
  scopes: Map<string, Scope>;
}

const kept = new WeakMap<Db, Kept>();

interface Note {
  seq: number;
  accountId: string | null;
  personId: string | null;
  what: 'person' | 'lines' | 'promises' | 'account' | 'all';
}

/** Hands what was written since the last call (by any connection) to every kept scope. */
function collectTouched(db: Db): Kept {
  const state = kept.get(db);
  // The note last seen is gone: the notes were trimmed past it, or the table emptied. Start over.
  if (!state || (state.lastSeq > 0 && !db.prepare('SELECT 1 FROM insights_touched WHERE seq = ?').get(state.lastSeq))) {
    const latest = db.prepare('SELECT max(seq) FROM insights_touched').pluck().get() as number | null;
    const fresh: Kept = { lastSeq: latest ?? 0, scopes: new Map() };
    kept.set(db, fresh);
    return fresh;
  }
  const notes = db
    .prepare(
      `SELECT seq, account_id AS accountId, person_id AS personId, what FROM insights_touched
       WHERE seq > ? ORDER BY seq`,
    )
    .all(state.lastSeq) as Note[];
  if (notes.length === 0) return state;
  state.lastSeq = notes[notes.length - 1]!.seq;
  for (const scope of state.scopes.values()) {
    const touched = scope.touched;
    for (const { accountId, personId, what } of notes) {
      if (what === 'all' || (accountId === null && what !== 'person')) touched.all = true;
      else if (accountId !== null && accountId !== scope.accountId) continue;
      else if (what === 'account') touched.all = true;
      else if (what === 'lines') touched.lines = true;
      else if (what === 'promises') touched.promises = true;
      else if (personId !== null) touched.people.add(personId);
    }
    if (touched.people.size > MAX_TOUCHED) touched.all = true;
  }
  return state;
}

/** The contacts as the rules read them, of one person only. */
const contactsAsInput = (personId: string, own: OwnRows | undefined): InsightInput['interactions'] =>
  (own?.contacts ?? []).map((at) => ({ at, personIds: [personId] }));

function ownRowsOf(contacts: InsightInput['interactions'], history: InsightHistoryEntry[]): Map<string, OwnRows> {
  const own = new Map<string, OwnRows>();
  const of = (personId: string): OwnRows => {
    let rows = own.get(personId);
    if (!rows) own.set(personId, (rows = { contacts: [], history: [] }));
    return rows;
  };
  // One contact counts once for each of its people, however often they are listed in it.
  for (const contact of contacts)
    for (const personId of new Set(contact.personIds)) of(personId).contacts.push(contact.at);
  for (const entry of history) of(entry.personId).history.push(entry);
  return own;
}

/** The moments the rows are read for: the contacts of two falling windows and the changes of one. */
const cutoffs = (thresholds: InsightThresholds, at: number) => {
  const window = thresholds.fallingWindowDays * DAY_MS;
  return { contacts: new Date(at - 2 * window).toISOString(), changes: new Date(at - window).toISOString() };
};

function readScope(
  db: Db,
  accountId: string,
  mapId: string | undefined,
  thresholds: InsightThresholds,
  now: number,
): Scope {
  const { tier, people, relations, opportunityId } = peopleAndLines(db, accountId, mapId);
  const ids = new Set(people.map((person) => person.id));
  const team = allRows<{ id: string; name: string }>(
    db,
    `SELECT m.id, m.name FROM account_team t JOIN team_members m ON m.id = t.member_id WHERE t.account_id = ?`,
    accountId,
  );
  const at = cutoffs(thresholds, now);
  const scope: Scope = {
    accountId,
    mapId,
    thresholdsKey: JSON.stringify(thresholds),
    readFor: now,
    tier,
    opportunityId,
    people,
    relations,
    team,
    own: ownRowsOf(
      contactsOf(db, accountId, ids, at.contacts),
      changesOf(db, accountId, opportunityId, ids, at.changes),
    ),
    commitments: openPromisesOf(db, accountId, ids, mapId !== undefined),
    judgedAt: now,
    perPerson: new Map(),
    ofPromises: [],
    ofAccount: [],
    status: mapStatus([], [], 0),
    touched: untouched(),
  };
  judgeAll(scope, thresholds, now);
  return scope;
}

function judgePerson(scope: Scope, person: InsightPerson, thresholds: InsightThresholds, now: Date): Insight[][] {
  const own = scope.own.get(person.id);
  const input: InsightInput = {
    tier: scope.tier,
    people: [person],
    relations: [],
    team: [],
    interactions: contactsAsInput(person.id, own),
    commitments: [],
    history: own?.history ?? [],
  };
  return PERSON_RULES.map((rule) => rule(input, thresholds, now));
}

function judgeAccount(scope: Scope, thresholds: InsightThresholds, now: Date): void {
  const input: InsightInput = {
    tier: scope.tier,
    people: scope.people,
    relations: scope.relations,
    team: scope.team,
    interactions: [],
    commitments: [],
    history: [],
  };
  scope.ofAccount = RULES.filter((rule) => !PERSON_RULES.includes(rule) && !PROMISE_RULES.includes(rule)).map((rule) =>
    rule(input, thresholds, now),
  );
  scope.status = mapStatus(scope.people, scope.relations, thresholds.coverMinStrength);
}

function judgePromises(scope: Scope, thresholds: InsightThresholds, now: Date): void {
  const input: InsightInput = { ...emptyInput(scope.tier), commitments: scope.commitments };
  scope.ofPromises = PROMISE_RULES.map((rule) => rule(input, thresholds, now));
}

const emptyInput = (tier: Tier): InsightInput => ({
  tier,
  people: [],
  relations: [],
  team: [],
  interactions: [],
  commitments: [],
  history: [],
});

function judgeAll(scope: Scope, thresholds: InsightThresholds, at: number): void {
  const now = new Date(at);
  scope.judgedAt = at;
  scope.perPerson = new Map(scope.people.map((person) => [person.id, judgePerson(scope, person, thresholds, now)]));
  judgeAccount(scope, thresholds, now);
  judgePromises(scope, thresholds, now);
}

/**
 * Re-reads the people an edit touched (and the lines or promises, if written) and re-judges them
 * at the scope's moment. Returns false where that would not be cheaper than reading afresh.
 */
function catchUp(db: Db, scope: Scope, thresholds: InsightThresholds): boolean {
  const { touched } = scope;
  if (touched.all) return false;
  scope.touched = untouched();
  const now = new Date(scope.judgedAt);
  let peopleChanged = touched.people.size > 0;
  let membershipChanged = false;
  if (peopleChanged) {
    const touchedIds = [...touched.people];
    const byId = new Map(scope.people.map((person) => [person.id, person]));
    const fresh = new Map(
      peopleInScopeByIds(db, scope.accountId, scope.mapId, scope.opportunityId, touchedIds).map((person) => [
        person.id,
        person,
      ]),
    );
    let reorder = false;
    for (const id of touchedIds) {
      const was = byId.get(id);
      const is = fresh.get(id);
      if (!was !== !is) membershipChanged = true;
      // The account's people are listed by name: a new name may move them.
      else if (was && is && !scope.mapId && (was.name !== is.name || was.createdAt !== is.createdAt)) reorder = true;
      if (is) byId.set(id, is);
      else byId.delete(id);
    }
    if (reorder || membershipChanged) {
      const order = scopeOrder(db, scope.accountId, scope.mapId);
      if (order.length !== byId.size || order.some((id) => !byId.has(id))) return false;
      scope.people = order.map((id) => byId.get(id)!);
    } else scope.people = scope.people.map((person) => byId.get(person.id)!);
    const at = cutoffs(thresholds, scope.readFor);
    for (const personId of touchedIds) {
      if (!fresh.has(personId)) {
        scope.own.delete(personId);
        scope.perPerson.delete(personId);
        continue;
      }
      const one = new Set([personId]);
      const own = ownRowsOf(
        contactsOf(db, scope.accountId, one, at.contacts, personId),
        changesOf(db, scope.accountId, scope.opportunityId, one, at.changes, personId),
      ).get(personId);
      if (own) scope.own.set(personId, own);
      else scope.own.delete(personId);
      scope.perPerson.set(personId, judgePerson(scope, fresh.get(personId)!, thresholds, now));
    }
    // Which lines and promises are in scope depends on their people being there.
    if (membershipChanged) touched.promises = true;
  }
  if (touched.lines || membershipChanged) {
    scope.relations = linesAmong(db, scope.accountId, new Set(scope.people.map((person) => person.id)));
    peopleChanged = true;
  }
  if (touched.lines)
    scope.team = allRows<{ id: string; name: string }>(
      db,
      `SELECT m.id, m.name FROM account_team t JOIN team_members m ON m.id = t.member_id WHERE t.account_id = ?`,
      scope.accountId,
    );
  if (peopleChanged) judgeAccount(scope, thresholds, now);
  if (touched.promises) {
    const ids = new Set(scope.people.map((person) => person.id));
    scope.commitments = openPromisesOf(db, scope.accountId, ids, scope.mapId !== undefined);
    judgePromises(scope, thresholds, now);
  }
  return true;
}

/** All verdicts of the scope, most severe first (rule order within a severity), as `evaluateInsights` orders them. */
function assemble(scope: Scope): Insight[] {
  const all: Insight[] = [];
  let account = 0;
  for (const rule of RULES) {
    const personal = PERSON_RULES.indexOf(rule);
    const promises = PROMISE_RULES.indexOf(rule);
    if (personal >= 0)
      for (const person of scope.people) all.push(...(scope.perPerson.get(person.id)?.[personal] ?? []));
    else if (promises >= 0) all.push(...(scope.ofPromises[promises] ?? []));
    else all.push(...(scope.ofAccount[account++] ?? []));
  }
  const rank = (insight: Insight) => SEVERITIES.indexOf(insight.severity);
  return all
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

const utcDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

/**
 * The scope's verdicts and status light, as `evaluateInsights` and `mapStatus` give them on a
 * fresh gather. `now` given: for exactly that moment; not given: for a moment at most
 * `CURRENT_FOR_MS` ago on the same UTC day. Call inside a transaction.
 */
export function keptInsights(
  db: Db,
  accountId: string,
  mapId: string | undefined,
  thresholds: InsightThresholds,
  now: Date | undefined,
): { insights: Insight[]; status: MapStatusView; judgedAt: Date } {
  const state = collectTouched(db);
  const key = `${accountId}\u0000${mapId ?? ''}`;
  const at = now?.getTime() ?? Date.now();
  let scope = state.scopes.get(key);
  const thresholdsKey = JSON.stringify(thresholds);
  if (scope && (scope.thresholdsKey !== thresholdsKey || at < scope.readFor || !catchUp(db, scope, thresholds)))
    scope = undefined;
  if (!scope) {
    scope = readScope(db, accountId, mapId, thresholds, at);
    state.scopes.set(key, scope);
  } else {
    const current = now
      ? at === scope.judgedAt
      : at - scope.judgedAt < CURRENT_FOR_MS && utcDay(at) === utcDay(scope.judgedAt);
    if (!current) judgeAll(scope, thresholds, at);
  }
  return { insights: assemble(scope), status: scope.status, judgedAt: new Date(scope.judgedAt) };
}
