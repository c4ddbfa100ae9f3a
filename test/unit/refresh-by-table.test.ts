import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { readsAffectedBy, tablesOf } from '../../shared/api/refresh';

const after = (write: MethodName) => readsAffectedBy(tablesOf(write));

describe('what reloads after a write', () => {
  it('is every screen showing a person once a person is edited, derived summaries included', () => {
    const reloaded = after('people.update');
    for (const read of [
      'people.list',
      'people.get',
      'maps.view',
      'accounts.list',
      'insights.list',
      'insights.status',
      'insights.statusAll',
      'insights.pathToPower',
      'dashboard.get',
      'search.query',
      'plan.myPlan',
      'history.person',
      'history.compare',
    ] as const)
      expect(reloaded, read).toContain(read);
  });

  it('leaves alone what the write cannot change', () => {
    const reloaded = after('people.update');
    for (const read of ['settings.get', 'tags.list', 'team.list', 'backups.list', 'reviews.list'] as const)
      expect(reloaded, read).not.toContain(read);
    expect(after('settings.update')).not.toContain('maps.view');
  });

  it('reloads only the insight reads whose tables a write changed', () => {
    // A new contact or promise changes the warnings, not the light or the paths to power.
    for (const write of ['interactions.create', 'commitments.create', 'insights.dismiss'] as const) {
      const reloaded = after(write);
      expect(reloaded, write).toContain('insights.list');
      for (const read of ['insights.status', 'insights.statusAll', 'insights.pathToPower'] as const)
        expect(reloaded, `${write} ${read}`).not.toContain(read);
    }
    // A line between people changes all four.
    for (const read of ['insights.list', 'insights.status', 'insights.statusAll', 'insights.pathToPower'] as const)
      expect(after('relations.create'), read).toContain(read);
  });

  it('reloads the insights after their thresholds, which are settings', () => {
    expect(after('insights.setThresholds')).toContain('insights.list');
    expect(after('insights.setThresholds')).toContain('insights.getThresholds');
  });

  it('reaches every read that depends on the file: each table a read declares is written by some method', () => {
    const written = new Set(METHOD_NAMES.filter((m) => contract[m].kind === 'write').flatMap((m) => tablesOf(m)));
    const orphaned = METHOD_NAMES.filter((m) => contract[m].kind === 'read').flatMap((m) =>
      tablesOf(m)
        .filter((table) => !written.has(table))
        .map((table) => `${m} reads ${table}`),
    );
    expect(orphaned).toEqual([]);
  });
});
