/**
 * `npm run test:e2e:stress [-- --load 2 --minutes 40] [playwright arguments]`: the end-to-end
 * tests while busy loops keep every core busy, as on a loaded laptop or CI runner. A test that
 * waits for time instead of for what the app shows fails here first. The loops stop when the run
 * ends, and each stops itself at the time limit even if this process is killed; the run itself
 * is stopped at that limit too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';

function takeOption(args: string[], name: string, fallback: number): number {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return fallback;
  const [flag] = args.splice(at, 1);
  const value = flag?.includes('=') ? flag.slice(flag.indexOf('=') + 1) : args.splice(at, 1)[0];
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} must be a number above 0, not ${value}`);
  return number;
}

const args = process.argv.slice(2);
const load = Math.round(takeOption(args, 'load', os.availableParallelism()));
const limitMs = takeOption(args, 'minutes', 40) * 60_000;
const deadline = Date.now() + limitMs;

// Each loop checks the clock, so none outlives the limit even if nobody is left to kill it.
const loops: ChildProcess[] = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', `const end = ${deadline}; while (Date.now() < end) {}`], { stdio: 'ignore' }),
);
const stopLoops = () => {
  for (const loop of loops) if (loop.exitCode === null) loop.kill('SIGKILL');
};
process.on('exit', stopLoops);

console.log(
  `Stress: ${load} busy loop(s) on ${os.availableParallelism()} core(s), limit ${limitMs / 60_000} min, ` +
    `waits up to ${process.env.POWERMAP_E2E_SLOWDOWN ?? '3'}× as long`,
);
// Busy cores make a render take several times as long: the waits may last that much longer.
const slowdown = process.env.POWERMAP_E2E_SLOWDOWN ?? '3';
const tests = spawn('npx', ['playwright', 'test', ...args], {
  stdio: 'inherit',
  detached: true,
  env: { ...process.env, POWERMAP_E2E_SLOWDOWN: slowdown },
});
const stopTests = (signal: NodeJS.Signals) => {
  // The whole group: Playwright, its browsers and the web-mode servers it started.
  if (tests.pid !== undefined && tests.exitCode === null) {
    try {
      process.kill(-tests.pid, signal);
    } catch {
      // Already gone.
    }
  }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopTests(signal);
    stopLoops();
    process.exit(130);
  });
}
let timedOut = false;
const limit = setTimeout(() => {
  timedOut = true;
  console.error(`Stress: stopped at the ${limitMs / 60_000}-minute limit`);
  stopTests('SIGTERM');
  setTimeout(() => stopTests('SIGKILL'), 10_000).unref();
}, limitMs);

tests.on('exit', (code) => {
  clearTimeout(limit);
  const [oneMinute] = os.loadavg();
  console.log(`Stress: load average over the last minute ${oneMinute?.toFixed(1)}`);
  stopLoops();
  process.exit(timedOut ? 1 : (code ?? 1));
});
