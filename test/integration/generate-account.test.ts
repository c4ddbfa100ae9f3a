import { describe, expect, it } from 'vitest';
import { generateAccount } from '../../electron/backend/services/sample/generate';
import { callOk, openTempDatabase, startTempBackend } from '../helpers/tempDb';

describe('generateAccount (benchmark data)', () => {
  // How fast is `npm run bench`'s business; a timed assertion here only fails on a busy machine.
  it('inserts 2,000 people with their tree, lines, units and places', () => {
    const { db } = openTempDatabase();
    const generated = generateAccount(db, { people: 2000, seed: 7 });

    const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
    expect(generated.personIds).toHaveLength(2000);
    expect(count('SELECT count(*) AS n FROM people WHERE account_id = ?', generated.accountId)).toBe(2000);
    expect(count(`SELECT count(*) AS n FROM relations WHERE kind = 'reports_to'`)).toBe(1999);
    const influences = count(`SELECT count(*) AS n FROM relations WHERE kind = 'influences'`);
    expect(influences).toBe(200);
    expect(generated.relationCount).toBe(1999 + influences);
    expect(
      count('SELECT count(*) AS n FROM map_items WHERE map_id = ? AND person_id IS NOT NULL', generated.mapId),
    ).toBe(2000);
    expect(generated.orgUnitIds.length).toBeGreaterThanOrEqual(4);
    expect(count('SELECT count(*) AS n FROM map_items WHERE org_unit_id IS NOT NULL')).toBe(
      generated.orgUnitIds.length,
    );
    expect(count('SELECT count(*) AS n FROM people WHERE org_unit_id IS NULL')).toBe(0);
  });

  it('builds one reporting tree where managers have 3 to 6 reports', () => {
    const { db } = openTempDatabase();
    const { personIds } = generateAccount(db, { people: 500, seed: 1 });
    const lines = db
      .prepare(`SELECT from_person_id AS report, to_person_id AS manager FROM relations WHERE kind = 'reports_to'`)
      .all() as { report: string; manager: string }[];
    const managerOf = new Map(lines.map((l) => [l.report, l.manager]));
    expect(managerOf.size).toBe(499);
    expect(managerOf.has(personIds[0] ?? '')).toBe(false);
    const reports = new Map<string, number>();
    for (const { manager } of lines) reports.set(manager, (reports.get(manager) ?? 0) + 1);
    const counts = [...reports.values()];
    // Every manager but the last one filled has 3..6 reports.
    expect(counts.filter((n) => n < 3 || n > 6).length).toBeLessThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    for (const id of personIds) {
      let steps = 0;
      for (let at: string | undefined = id; at && at !== personIds[0]; at = managerOf.get(at)) steps++;
      expect(steps).toBeLessThan(20);
    }
  });

  it('is repeatable: the same seed gives the same people and lines', () => {
    const shape = (seed: number) => {
      const { db } = openTempDatabase();
      const { personIds } = generateAccount(db, { people: 300, seed });
      const index = new Map(personIds.map((id, i) => [id, i]));
      const people = db.prepare('SELECT name, role, influence, stance, access, layer FROM people ORDER BY rowid').all();
      const lines = (
        db
          .prepare('SELECT kind, from_person_id AS f, to_person_id AS t, strength FROM relations ORDER BY rowid')
          .all() as {
          kind: string;
          f: string;
          t: string;
          strength: number;
        }[]
      ).map((l) => [l.kind, index.get(l.f), index.get(l.t), l.strength]);
      return { people, lines };
    };
    expect(shape(3)).toEqual(shape(3));
    expect(shape(3)).not.toEqual(shape(4));
  });

  it('opens through maps.view like any account, and handles tiny sizes', () => {
    const { backend } = startTempBackend();
    const big = generateAccount(backend.db, { people: 1000, seed: 2 });
    const view = callOk(backend.dispatch, 'maps.view', { mapId: big.mapId });
    expect(view.people).toHaveLength(1000);
    expect(view.relations.length).toBe(big.relationCount);
    const one = generateAccount(backend.db, { people: 1, seed: 2 });
    expect(one.relationCount).toBe(0);
    expect(() => generateAccount(backend.db, { people: 0, seed: 2 })).toThrow(RangeError);
  });
});
