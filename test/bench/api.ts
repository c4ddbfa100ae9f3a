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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startBackend } from '../../electron/backend/backend';
import { BUSY_PEOPLE as PEOPLE, buildBusyAccount } from './busyAccount';

const ROUNDS = 20;
const EDITS = 20;
const TIME_ZONE = 'Asia/Shanghai';
const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'];

const { values: options } = parseArgs({ options: { methods: { type: 'string' } } });
const ONLY = options.methods ? new Set(['accounts.list', ...options.methods.split(',')]) : null;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-api-'));
  const file = path.join(dir, 'powermap.sqlite');
  const account = buildBusyAccount(file);

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
    /** What the home screen, the account's screens and a person's page ask for (a label where a method comes twice). */
    const allScreenCalls: [method: string, input: unknown, label?: string][] = [
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
      ['interactions.page', { accountId, personId: person }, 'interactions.page(person)'],
      ['interactions.personStatus', { personId: person, timeZone: TIME_ZONE, asOf }],
      ['plan.person', { personId: person }],
      ['search.query', { text: 'Contact 12', limit: 20 }],
    ];
    const screenCalls = ONLY ? allScreenCalls.filter(([method]) => ONLY.has(method)) : allScreenCalls;
    const times = new Map<string, number[]>(screenCalls.map(([method, , label]) => [label ?? method, []]));
    const timeCall = ([method, input, label]: (typeof screenCalls)[number]) => {
      const started = performance.now();
      call(method, input);
      times.get(label ?? method)!.push(performance.now() - started);
    };
    for (const [method, input] of screenCalls) call(method, input); // warm-up
    for (let round = 0; round < ROUNDS; round++) for (const screenCall of screenCalls) timeCall(screenCall);
    for (let edit = 0; edit < EDITS; edit++) {
      call('people.update', { id: personIds[100 + edit], patch: { stance: STANCES[edit % STANCES.length] } });
      for (const screenCall of screenCalls) timeCall(screenCall);
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
