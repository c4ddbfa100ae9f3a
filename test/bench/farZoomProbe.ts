/**
 * Far-zoom probe: the map section of `npm run bench` (test/bench/run.ts) at 2,000 and 10,000
 * people only. Its `map N=10000 …` line gives a drag step to the painted frame on the far-zoom
 * layer (`frame_ms`) and `frame_vs_bare2000` against bare React Flow's at 2,000 people, measured
 * in the same run; run.ts checks that each far-zoom drag was saved.
 *
 * Usage: npx tsx test/bench/farZoomProbe.ts [--people 10000] [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const sizes = `2000,${values.people}`;
const result = spawnSync(
  process.execPath,
  [TSX, 'test/bench/run.ts', '--sizes', sizes, '--rounds', values.rounds, '--maps-only'],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exitCode = result.status ?? 1;
