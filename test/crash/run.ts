/**
 * `npm run test:crash -- --rounds 200 [--clients 4] [--max-acknowledged 60] [--seed N]`: the crash
 * campaign for longer than CI runs it. Prints one line per round, the problems found, and the
 * summary line; exits 1 when anything was lost, torn or damaged.
 */
import { parseArgs } from 'node:util';
import { runCrashCampaign, summaryLine } from './campaign';

const SHOWN_PROBLEMS = 30;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} must be a whole number above 0, not ${value}`);
  return number;
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string' },
    clients: { type: 'string' },
    'max-acknowledged': { type: 'string' },
    seed: { type: 'string' },
  },
  strict: true,
});

const summary = await runCrashCampaign({
  rounds: positiveInteger('rounds', values.rounds, 20),
  clients: positiveInteger('clients', values.clients, 4),
  maxAcknowledgedPerRound: positiveInteger('max-acknowledged', values['max-acknowledged'], 60),
  ...(values.seed === undefined ? {} : { seed: positiveInteger('seed', values.seed, 1) }),
  progress: (line) => console.log(line),
});
for (const problem of summary.problems.slice(0, SHOWN_PROBLEMS)) console.log(`problem: ${problem}`);
if (summary.problems.length > SHOWN_PROBLEMS) console.log(`… and ${summary.problems.length - SHOWN_PROBLEMS} more`);
console.log(summaryLine(summary));
process.exitCode = summary.problems.length === 0 ? 0 : 1;
