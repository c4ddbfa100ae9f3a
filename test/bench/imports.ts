/**
 * Import speed: a sheet of 10,000 people (reporting lines, 20 departments, value-mapped roles and
 * stances) is previewed and committed through the real dispatcher, with the new people placed on
 * the account's map. Prints
 *   import rows=10000 preview_ms=… commit_ms=…
 * as medians of ROUNDS runs, each into a fresh database holding one account; the commit includes
 * reading the file again and the backup taken before it writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBackend } from '../../electron/backend/backend';
import type { MethodName } from '../../shared/api/contract';
import { base64, bigSheet } from '../helpers/importFixtures';

const ROWS = 10_000;
const ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const dataBase64 = base64(bigSheet(ROWS));
const previews: number[] = [];
const commits: number[] = [];

for (let round = 0; round < ROUNDS; round++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-bench-import-'));
  const backend = startBackend(path.join(dir, 'powermap.sqlite'), {
    version: 'bench',
    log: () => undefined,
    autoBackups: false,
  });
  const call = (method: MethodName, input: unknown): unknown => {
    const outcome = backend.dispatch(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
    return outcome.result;
  };
  try {
    const { id: accountId } = call('accounts.create', { name: 'Bench' }) as { id: string };
    const [map] = call('maps.list', { accountId }) as { id: string }[];
    let started = performance.now();
    const preview = call('imports.preview', { accountId, fileName: 'people.csv', dataBase64 }) as { rowCount: number };
    previews.push(performance.now() - started);
    if (preview.rowCount !== ROWS) throw new Error(`preview read ${preview.rowCount} rows`);
    started = performance.now();
    const result = call('imports.commit', { accountId, fileName: 'people.csv', dataBase64, mapId: map!.id }) as {
      created: number;
    };
    commits.push(performance.now() - started);
    if (result.created !== ROWS) throw new Error(`commit created ${result.created} people`);
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`import rows=${ROWS} preview_ms=${median(previews).toFixed(0)} commit_ms=${median(commits).toFixed(0)}`);
const rounds = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
console.log(
  `#   preview rounds ${rounds(previews)}; commit rounds ${rounds(commits)}; load ${os.loadavg()[0]!.toFixed(2)}`,
);
