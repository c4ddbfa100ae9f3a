/**
 * Timing of the contract calls the screens make, on a big account: 2,000 people in a reporting
 * tree (test's generator), our team of 6 covering 300 of them, 20,000 interactions, 4,000
 * commitments and 10,000 assessment changes in the history. Run: `npx tsx test/bench/api.ts`.
 *
 * Each read a screen makes is called through the backend's dispatcher (validation included, as
 * both transports do) ROUNDS times warm, and once right after each of EDITS one-person edits (the
 * call a screen makes to refresh); its p95 is over all those calls. Prints
 *   api N=2000 max_p95_ms=… slowest=method:ms,… (the five slowest)
 * and, as `#` lines, every method's p50/p95 and a baseline from the same run: `accounts.list`,
 * the cheapest call, which no screen can beat. `--methods insights.list,insights.status` times
 * only those (and the baseline), for a quick look at one feature's calls.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startBackend } from '../../electron/backend/backend';
import { openDatabase, type Db } from '../../electron/backend/db/connection';
import { generateAccount, type GeneratedAccount } from '../../electron/backend/services/sample/generate';
import { seededRandom } from '../../electron/backend/services/sample/random';

const PEOPLE = 2_000;
const INTERACTIONS = 20_000;
const COMMITMENTS = 4_000;
const HISTORY = 10_000;
const MEMBERS = 6;
const ROUNDS = 20;
const EDITS = 20;
const TIME_ZONE = 'Asia/Shanghai';

const { values: options } = parseArgs({ options: { methods: { type: 'string' } } });
const ONLY = options.methods ? new Set(['accounts.list', ...options.methods.split(',')]) : null;

const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'];
const DAY_MS = 86_400_000;

/** Our team, their coverage, the contacts, the promises and the history of a busy account. */
function addActivity(db: Db, account: GeneratedAccount): void {
  const random = seededRandom(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const now = Date.now();
  const isoDaysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const created = new Date(now).toISOString();
  const members = Array.from({ length: MEMBERS }, () => randomUUID());
  const interactionIds = Array.from({ length: INTERACTIONS }, () => randomUUID());
  db.transaction(() => {
    const member = db.prepare(`INSERT INTO team_members (id, name, created_at) VALUES (?, ?, ?)`);
    const onTeam = db.prepare(`INSERT INTO account_team (account_id, member_id) VALUES (?, ?)`);
    members.forEach((id, i) => {
      member.run(id, `Member ${i + 1}`, created);
      onTeam.run(account.accountId, id);
    });
    const covers = db.prepare(
      `INSERT INTO relations (id, account_id, kind, from_member_id, to_person_id, strength, created_at, updated_at)
       VALUES (?, ?, 'covers', ?, ?, ?, ?, ?)`,
    );
    account.personIds.slice(0, 300).forEach((personId, i) => {
      covers.run(randomUUID(), account.accountId, members[i % MEMBERS], personId, 1 + (i % 2), created, created);
    });
    const interaction = db.prepare(
      `INSERT INTO interactions (id, account_id, occurred_at, scenario, channel, summary, bank_effect, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const withPerson = db.prepare(
      `INSERT OR IGNORE INTO interaction_participants (interaction_id, person_id) VALUES (?, ?)`,
    );
    const withMember = db.prepare(
      `INSERT OR IGNORE INTO interaction_participants (interaction_id, member_id) VALUES (?, ?)`,
    );
    for (let i = 0; i < INTERACTIONS; i++) {
      const id = interactionIds[i]!;
      const at = isoDaysAgo(random() * 720);
      interaction.run(
        id,
        account.accountId,
        at,
        pick(['work_special', 'work_daily', 'private_daily']),
        pick(['meeting', 'call', 'email', 'visit']),
        `Contact ${i}`,
        Math.floor(random() * 3) - 1,
        at,
        at,
      );
      const people = 1 + Math.floor(random() * 3);
      for (let k = 0; k < people; k++) withPerson.run(id, pick(account.personIds));
      withMember.run(id, pick(members));
    }
    const commitment = db.prepare(
      `INSERT INTO commitments (id, account_id, interaction_id, description, by_member_id, to_person_id, due_date, state,
         closed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < COMMITMENTS; i++) {
      const state = pick(['open', 'open', 'kept', 'broken']);
      const due = isoDaysAgo(random() * 200 - 60).slice(0, 10);
      commitment.run(
        randomUUID(),
        account.accountId,
        pick(interactionIds),
        `Promise ${i}`,
        pick(members),
        pick(account.personIds),
        due,
        state,
        state === 'open' ? null : created,
        created,
        created,
      );
    }
    const history = db.prepare(
      `INSERT INTO person_history (person_id, field, old_value, new_value, changed_at) VALUES (?, 'stance', ?, ?, ?)`,
    );
    const changes = Array.from({ length: HISTORY }, () => random() * 720).sort((a, b) => b - a);
    for (const daysAgo of changes)
      history.run(pick(account.personIds), pick(STANCES), pick(STANCES), isoDaysAgo(daysAgo));
  })();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-api-'));
  const file = path.join(dir, 'powermap.sqlite');
  const seedDb = openDatabase(file);
  const account = generateAccount(seedDb, { people: PEOPLE, seed: 7, name: 'Bench account N=2000' });
  addActivity(seedDb, account);
  seedDb.close();

  const backend = startBackend(file, { version: 'bench', log: () => {}, autoBackups: false });
  try {
    const call = (method: string, input: unknown): unknown => {
      const outcome = backend.dispatch(method, input, 'owner');
      if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
      return outcome.result;
    };
    const { accountId, mapId, personIds } = account;
    const person = personIds[40]!;
    const today = new Date().toISOString().slice(0, 10);
    const asOf = new Date().toISOString();
    /** What the home screen, the account's screens and a person's page ask for. */
    const allScreenCalls: [method: string, input: unknown][] = [
      ['accounts.list', {}],
      ['dashboard.get', { today, timeZone: TIME_ZONE }],
      ['insights.statusAll', {}],
      ['accounts.get', { id: accountId }],
      ['maps.list', { accountId }],
      ['maps.view', { mapId }],
      ['people.list', { accountId }],
      ['people.tableContext', { accountId }],
      ['tags.list', {}],
      ['team.list', {}],
      ['opportunities.list', { accountId }],
      ['insights.list', { accountId, mapId }],
      ['insights.status', { accountId }],
      ['insights.pathToPower', { accountId, targetId: personIds[0] }],
      ['interactions.page', { accountId }],
      ['interactions.contactStatus', { accountId, timeZone: TIME_ZONE, asOf }],
      ['commitments.list', { accountId, openOnly: true }],
      ['goals.list', { accountId }],
      ['actions.list', { accountId }],
      ['reviews.list', { accountId }],
      ['competitors.list', { accountId }],
      ['analysis.get', { accountId }],
      ['history.mapAsOf', { mapId, date: today, utcOffset: 480 }],
      ['history.compare', { mapId, from: '2000-01-01', to: today }],
      ['plan.myPlan', {}],
      ['people.get', { id: person }],
      ['history.person', { personId: person }],
      ['interactions.listForPerson', { personId: person }],
      ['interactions.personStatus', { personId: person, timeZone: TIME_ZONE, asOf }],
      ['plan.person', { personId: person }],
      ['search.query', { text: 'Contact 12', limit: 20 }],
    ];
    const screenCalls = ONLY ? allScreenCalls.filter(([method]) => ONLY.has(method)) : allScreenCalls;
    const times = new Map<string, number[]>(screenCalls.map(([method]) => [method, []]));
    const timeCall = (method: string, input: unknown) => {
      const started = performance.now();
      call(method, input);
      times.get(method)!.push(performance.now() - started);
    };
    for (const [method, input] of screenCalls) call(method, input); // warm-up
    for (let round = 0; round < ROUNDS; round++) for (const [method, input] of screenCalls) timeCall(method, input);
    for (let edit = 0; edit < EDITS; edit++) {
      call('people.update', { id: personIds[100 + edit], patch: { stance: STANCES[edit % STANCES.length] } });
      for (const [method, input] of screenCalls) timeCall(method, input);
    }
    const rows = [...times].map(([method, samples]) => ({
      method,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
    }));
    rows.sort((a, b) => b.p95 - a.p95);
    const slowest = rows
      .slice(0, 5)
      .map((row) => `${row.method}:${row.p95.toFixed(1)}`)
      .join(',');
    console.log(`api N=${PEOPLE} max_p95_ms=${rows[0]!.p95.toFixed(1)} slowest=${slowest}`);
    for (const row of rows) console.log(`#   ${row.method} p50_ms=${row.p50.toFixed(1)} p95_ms=${row.p95.toFixed(1)}`);
    const baseline = rows.find((row) => row.method === 'accounts.list')!;
    console.log(
      `#   baseline accounts.list p95_ms=${baseline.p95.toFixed(2)}; slowest ${(rows[0]!.p95 / baseline.p95).toFixed(0)}x baseline; load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
