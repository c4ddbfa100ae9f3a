/**
 * The crash campaign: web mode as a real process on one file, several clients writing to it at
 * once over HTTP, a SIGKILL at a random moment while they write, then the file checked (integrity,
 * every acknowledged write present, nothing in flight half-written) and web mode started again on
 * it, round after round. The vitest test and `npm run test:crash` both run this.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebMode, type Exit, type WebModeProcess } from '../helpers/webMode';
import type { ApiAddress } from './api';
import type { EntityKey, Facts } from './facts';
import { checkServed, copyAsLeft, inspectCopy } from './inspect';
import { Ledger, type PlannedWrite } from './ledger';
import { Random } from './random';
import { Workload } from './workload';

export interface CrashCampaignOptions {
  rounds: number;
  /** Clients writing at the same time. */
  clients?: number;
  /** Each round kills web mode after a random number of acknowledged writes, 1 to this. */
  maxAcknowledgedPerRound?: number;
  /** No round begins after this many seconds: a busy machine runs fewer rounds, not a longer test. */
  timeBudgetSeconds?: number;
  /** Seeds the choices of writes and kill moments (not the timing, which differs run to run). */
  seed?: number;
  /** Called after each kill, before the file is checked: lets a test damage the file on purpose. */
  afterKill?: (file: string, expected: ReadonlyMap<EntityKey, Facts>) => void;
  /** One line per round, for a long run. */
  progress?: (line: string) => void;
}

export interface CrashSummary {
  rounds: number;
  seed: number;
  acknowledged: number;
  /** Acknowledged entity states the file did not hold. */
  lost: number;
  /** Writes in flight at a kill that left the file neither as before them nor as after them. */
  torn: number;
  /** Rounds whose file failed `integrity_check` or `foreign_key_check`, or could not be read. */
  integrityFailures: number;
  /** Differences between what restarted web mode served and what was acknowledged. */
  serveFailures: number;
  /** Everything else that went wrong: refused writes, web mode stopping by itself, stray rows. */
  otherFailures: number;
  /** Writes still unanswered when web mode was killed, over all rounds. */
  inFlightAtKill: number;
  /** Of those, the ones found committed. */
  committedUnanswered: number;
  /** Rounds in which the kill came with at least one write in flight. */
  killedMidWrite: number;
  seconds: number;
  /** Each failure in words, with its round. */
  problems: string[];
}

export function summaryLine(summary: CrashSummary): string {
  return [
    `crash rounds=${summary.rounds}`,
    `acknowledged=${summary.acknowledged}`,
    `lost=${summary.lost}`,
    `integrity_failures=${summary.integrityFailures}`,
    `torn=${summary.torn}`,
    `serve_failures=${summary.serveFailures}`,
    `other_failures=${summary.otherFailures}`,
    `in_flight_at_kill=${summary.inFlightAtKill}`,
    `committed_unanswered=${summary.committedUnanswered}`,
    `killed_mid_write=${summary.killedMidWrite}`,
    `seed=${summary.seed}`,
    `seconds=${summary.seconds.toFixed(1)}`,
  ].join(' ');
}

interface RoundOutcome {
  acknowledged: number;
  inFlight: PlannedWrite[];
  problems: string[];
}

/** Writes from every client at once until the kill, which comes after `killAt` acknowledgements. */
async function writeUntilKilled(
  server: WebModeProcess,
  workload: Workload,
  ledger: Ledger,
  clients: number,
  killAt: number,
): Promise<RoundOutcome> {
  const address: ApiAddress = { origin: server.origin, token: server.token };
  const inFlight = new Map<number, PlannedWrite>();
  const problems: string[] = [];
  const round = { acknowledged: 0, killed: null as Promise<Exit> | null, inFlightAtKill: [] as PlannedWrite[] };
  const kill = (): void => {
    if (round.killed) return;
    round.inFlightAtKill = [...inFlight.values()];
    round.killed = server.kill('SIGKILL');
  };

  const runClient = async (client: number): Promise<void> => {
    // Enough steps for one client to reach the kill alone.
    for (let step = 0; step < killAt && !round.killed; step += 1) {
      const write = await workload.next(client, address);
      if (round.killed) return;
      if (!write) {
        problems.push(`client ${client}: reading the map failed before the kill`);
        return;
      }
      inFlight.set(client, write);
      const outcome = await write.send(address);
      if (outcome.kind === 'no-answer') {
        // Still in flight as far as anyone can tell: it may have committed or not.
        if (!round.killed) problems.push(`${write.method} got no answer before the kill: ${outcome.reason}`);
        return;
      }
      inFlight.delete(client);
      if (!outcome.ok) {
        problems.push(`${write.method} was refused (${outcome.status}): ${outcome.body}`);
        continue;
      }
      ledger.acknowledge(write);
      // An answer that came in just after the kill was sent is an acknowledgement like any other.
      round.inFlightAtKill = round.inFlightAtKill.filter((other) => other !== write);
      round.acknowledged += 1;
      if (round.acknowledged >= killAt) kill();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => runClient(client)));
  kill();
  const exit = await round.killed;
  if (exit?.signal !== 'SIGKILL') {
    problems.push(`web mode ended by itself (${JSON.stringify(exit)}) before the kill:\n${server.output()}`);
  }
  return { acknowledged: round.acknowledged, inFlight: round.inFlightAtKill, problems };
}

export async function runCrashCampaign(options: CrashCampaignOptions): Promise<CrashSummary> {
  const started = Date.now();
  const seed = options.seed ?? crypto.randomInt(2 ** 31);
  const random = new Random(seed);
  const clients = options.clients ?? 4;
  const maxAcknowledged = options.maxAcknowledgedPerRound ?? 60;
  const ledger = new Ledger();
  const workload = new Workload(ledger, random);
  const summary: CrashSummary = {
    rounds: 0,
    seed,
    acknowledged: 0,
    lost: 0,
    torn: 0,
    integrityFailures: 0,
    serveFailures: 0,
    otherFailures: 0,
    inFlightAtKill: 0,
    committedUnanswered: 0,
    killedMidWrite: 0,
    seconds: 0,
    problems: [],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-crash-'));
  const file = path.join(dir, 'powermap.sqlite');
  let server: WebModeProcess | null = null;
  const report = (round: number, problems: string[]): void => {
    summary.problems.push(...problems.map((problem) => `round ${round}: ${problem}`));
  };
  const checkRestarted = async (round: number, running: WebModeProcess): Promise<void> => {
    const problems = await checkServed(running, ledger, random, (accountId, mapId) =>
      workload.rememberMap(accountId, mapId),
    );
    summary.serveFailures += problems.length;
    report(round, problems);
  };
  const recordWrites = (round: number, outcome: RoundOutcome): void => {
    summary.rounds = round;
    summary.acknowledged += outcome.acknowledged;
    summary.inFlightAtKill += outcome.inFlight.length;
    if (outcome.inFlight.length > 0) summary.killedMidWrite += 1;
    summary.otherFailures += outcome.problems.length;
    report(round, outcome.problems);
  };
  const checkCopy = (round: number, copy: string, inFlight: PlannedWrite[]): void => {
    const inspection = inspectCopy(copy);
    if (inspection.damage.length > 0) summary.integrityFailures += 1;
    report(round, inspection.damage);
    if (!inspection.facts) return;
    const check = ledger.check(inspection.facts, inFlight);
    summary.lost += check.lost.length;
    summary.torn += check.torn.length;
    summary.otherFailures += check.unexpected.length;
    summary.committedUnanswered += check.committedUnanswered;
    report(round, [...check.lost, ...check.torn, ...check.unexpected]);
  };

  try {
    server = await startWebMode(file);
    const deadline = started + (options.timeBudgetSeconds ?? Infinity) * 1000;
    for (let round = 1; round <= options.rounds && Date.now() < deadline; round += 1) {
      if (round > 1) await checkRestarted(round, server);
      const writing = Date.now();
      const outcome = await writeUntilKilled(server, workload, ledger, clients, random.int(1, maxAcknowledged));
      recordWrites(round, outcome);
      options.afterKill?.(file, new Map(ledger.entries()));
      const copy = copyAsLeft(file, dir);
      // Web mode starts again on the file while the copy is checked: the two run side by side.
      const restarted = Date.now();
      const restarting = startWebMode(file);
      checkCopy(round, copy, outcome.inFlight);
      server = await restarting;
      options.progress?.(
        `round ${round}: acknowledged=${outcome.acknowledged} in_flight_at_kill=${outcome.inFlight.length} ` +
          `write_ms=${restarted - writing} restart_ms=${Date.now() - restarted} problems_so_far=${summary.problems.length}`,
      );
    }
    await checkRestarted(summary.rounds + 1, server);
    await server.kill('SIGTERM');
  } finally {
    await server?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
