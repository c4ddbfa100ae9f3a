/**
 * Import speed: a sheet of 10,000 people (reporting lines, 20 departments, value-mapped roles and
 * stances) is previewed and committed through the real dispatcher, with the new people placed on
 * the account's map. Prints
 *   import rows=10000 preview_ms=… commit_ms=…
 * as medians of ROUNDS runs, each into a fresh database holding one account; the commit includes
 * reading the file again and the backup taken before it writes.
 *
 * A comment line adds a baseline measured in the same rounds, since a busy machine slows
 * everything alike: parsing the file alone, and writing its rows into a bare table of text
 * columns (one statement per row, one transaction) in the same database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { startBackend } from '../../electron/backend/backend';
import type { MethodName } from '../../shared/api/contract';
import { base64, bigSheet } from '../helpers/importFixtures';

const ROWS = 10_000;
const ROUNDS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sheet = bigSheet(ROWS);
const dataBase64 = base64(sheet);
const previews: number[] = [];
const commits: number[] = [];
const parses: number[] = [];
const bareWrites: number[] = [];

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

    started = performance.now();
    const records = parse(sheet, { bom: true, relax_column_count: true }) as string[][];
    parses.push(performance.now() - started);
    const db = backend.db;
    const columns = records[0]!.map((_, index) => `c${index}`);
    db.exec(`CREATE TEMP TABLE bare (id TEXT PRIMARY KEY, ${columns.map((column) => `${column} TEXT`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO bare VALUES (?, ${columns.map(() => '?').join(', ')})`);
    started = performance.now();
    db.transaction(() => {
      for (const record of records.slice(1)) insert.run(crypto.randomUUID(), ...record);
    })();
    bareWrites.push(performance.now() - started);
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
const ratio = (values: number[], baseline: number[]) => (median(values) / median(baseline)).toFixed(1);
console.log(
  `#   baseline parse_ms=${median(parses).toFixed(0)} bare_write_ms=${median(bareWrites).toFixed(0)}; ` +
    `preview ${ratio(previews, parses)}x parse, commit ${ratio(commits, bareWrites)}x bare write`,
);
