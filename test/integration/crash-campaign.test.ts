import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCrashCampaign, summaryLine } from '../crash/campaign';
import { accountKey, idOfKey } from '../crash/facts';

/**
 * Web mode killed with SIGKILL while several clients write to it, round after round on one file:
 * the file stays intact, holds every write that was answered, and web mode opens it and serves it
 * again. Twenty rounds take about a minute; each needs a fresh start of web mode, which on a
 * loaded machine takes seconds, so no round begins after a minute and such a run does fewer.
 * `npm run test:crash -- --rounds 200` runs the same campaign for longer.
 */
describe('a crash of web mode in the middle of writes', () => {
  it('loses no acknowledged write and leaves nothing half-written, kill after kill', async () => {
    const summary = await runCrashCampaign({ rounds: 20, timeBudgetSeconds: 60 });
    console.log(summaryLine(summary));

    expect(summary.problems).toEqual([]);
    expect(summary).toMatchObject({ lost: 0, torn: 0, integrityFailures: 0, serveFailures: 0 });
    expect(summary.rounds).toBeGreaterThanOrEqual(5);
    expect(summary.acknowledged).toBeGreaterThan(summary.rounds * 5);
    // The kills really came while writes were on their way, not between them.
    expect(summary.killedMidWrite).toBeGreaterThanOrEqual(summary.rounds / 2);
  }, 120_000);

  it('reports an acknowledged write the file no longer holds', async () => {
    let removed = '';
    const summary = await runCrashCampaign({
      rounds: 1,
      afterKill: (file, expected) => {
        const account = [...expected.keys()].find((key) => key.startsWith('account:'));
        if (!account) throw new Error('no account was acknowledged');
        removed = idOfKey(account);
        const db = new Database(file);
        try {
          db.pragma('foreign_keys = ON');
          db.prepare('DELETE FROM accounts WHERE id = ?').run(removed);
        } finally {
          db.close();
        }
      },
    });

    expect(summary.lost).toBeGreaterThan(0);
    expect(summary.problems).toContainEqual(expect.stringContaining(`${accountKey(removed)} is missing`));
    expect(summary.integrityFailures).toBe(0);
  }, 60_000);
});
