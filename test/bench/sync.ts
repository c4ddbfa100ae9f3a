/**
 * Team sync on the busy account: how long the second member's first sync of it takes (from their
 * team.connect to every person and contact in their own file), and how long one member's edit takes
 * to reach the other's file. A real team server on 127.0.0.1 and two backends with the sync on, in
 * this process. Prints `sync N=2000 first_sync_ms=… edit_to_remote_ms=… edit_to_remote_p95_ms=…`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend, type Backend } from '../../electron/backend/backend';
import { startTeamServer } from '../../team-server/server';
import { TeamStore } from '../../team-server/store';
import { BUSY_PEOPLE, buildBusyAccount } from './busyAccount';

const EDITS = 20;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-sync-'));

function members(): Record<'ann' | 'bob', string> {
  const store = new TeamStore(path.join(dir, 'server'));
  try {
    return { ann: store.addMember('Ann'), bob: store.addMember('Bob') };
  } finally {
    store.close();
  }
}

async function team(backend: Backend, method: Parameters<Backend['teamCall']>[0], input: unknown) {
  const answer = await backend.teamCall(method, input, 'owner');
  if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
  return answer.result;
}

/** Waits, on the event loop, until `holds`; at most 60 s. */
async function until(holds: () => boolean): Promise<number> {
  const started = performance.now();
  while (!holds()) {
    if (performance.now() - started > 60_000) throw new Error('the sync did not finish within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return performance.now() - started;
}

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1]!;

async function main(): Promise<void> {
  const tokens = members();
  const server = await startTeamServer({ dataDir: path.join(dir, 'server'), port: 0, host: '127.0.0.1' });
  const annFile = path.join(dir, 'ann.sqlite');
  const account = buildBusyAccount(annFile);
  const options = { version: 'bench', autoBackups: false, teamSync: true, log: () => undefined };
  const ann = startBackend(annFile, options);
  const bob = startBackend(path.join(dir, 'bob.sqlite'), options);
  try {
    await team(ann, 'team.connect', { url: server.url, token: tokens.ann });
    await team(ann, 'team.shareAccount', { accountId: account.accountId, members: ['Bob'] });
    const synced = () =>
      (team(ann, 'team.status', {}) as Promise<{ state: string }>).then((status) => status.state === 'synced');
    for (let i = 0; i < 600 && !(await synced()); i++) await new Promise((resolve) => setTimeout(resolve, 50));

    const contacts = ann.db.prepare('SELECT count(*) FROM interactions WHERE is_private = 0').pluck().get();
    const bobCount = (sql: string) => bob.db.prepare(sql).pluck().get();
    const started = performance.now();
    await team(bob, 'team.connect', { url: server.url, token: tokens.bob });
    await until(
      () =>
        bobCount('SELECT count(*) FROM people') === BUSY_PEOPLE &&
        bobCount('SELECT count(*) FROM interactions') === contacts,
    );
    const firstSyncMs = performance.now() - started;

    const [personId] = account.personIds;
    const lags: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const title = `Bench title ${i}`;
      const sent = performance.now();
      const answer = ann.dispatch('people.update', { id: personId, patch: { title } });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      await until(() => bob.db.prepare('SELECT title FROM people WHERE id = ?').pluck().get(personId) === title);
      lags.push(performance.now() - sent);
    }
    console.log(
      `sync N=${BUSY_PEOPLE} first_sync_ms=${firstSyncMs.toFixed(0)} edit_to_remote_ms=${quantile(lags, 0.5).toFixed(1)} ` +
        `edit_to_remote_p95_ms=${quantile(lags, 0.95).toFixed(1)}`,
    );
  } finally {
    ann.close();
    bob.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
