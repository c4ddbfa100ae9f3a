import { describe, expect, it } from 'vitest';
import {
  layoutBounds,
  layoutTidyTree,
  ORG_CHART_CARD,
  ORG_CHART_GAP,
  type OrgChartInput,
  type OrgChartPerson,
  type Point,
  type ReportsToLine,
} from '../../shared/domain/orgChartLayout';

const W = ORG_CHART_CARD.width;
const H = ORG_CHART_CARD.height;
const STEP_X = W + ORG_CHART_GAP.x;
const STEP_Y = H + ORG_CHART_GAP.y;
const EPS = 1e-6;

/** mulberry32: a small seeded generator, so every random case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const person = (id: string, orgUnitId: string | null = null): OrgChartPerson => ({ id, orgUnitId });
const line = (reportId: string, managerId: string): ReportsToLine => ({ reportId, managerId });
const at = (positions: Map<string, Point>, id: string): Point => {
  const p = positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};

/** A random forest with extra managers, cycles, self lines and unknown ids mixed in. */
function randomInput(seed: number, n: number): OrgChartInput {
  const rnd = random(seed);
  const units = ['sales', 'it', 'finance', 'ops'];
  const people: OrgChartPerson[] = [];
  const reportsTo: ReportsToLine[] = [];
  for (let i = 0; i < n; i++) {
    const unit = rnd() < 0.15 ? null : units[Math.floor(rnd() * units.length)]!;
    people.push(person(`p${i}`, unit));
    if (i > 0 && rnd() < 0.8) {
      // Managers are mostly recent people, so trees get deep as well as wide.
      const manager = Math.max(0, i - 1 - Math.floor(rnd() * Math.min(i, rnd() < 0.5 ? 3 : i)));
      reportsTo.push(line(`p${i}`, `p${manager}`));
    }
  }
  const extras = Math.floor(n * 0.2);
  for (let k = 0; k < extras; k++) {
    const a = Math.floor(rnd() * n);
    const b = Math.floor(rnd() * n);
    const r = rnd();
    if (r < 0.1) reportsTo.push(line(`p${a}`, `p${a}`));
    else if (r < 0.2) reportsTo.push(line(`p${a}`, 'ghost'));
    else reportsTo.push(line(`p${a}`, `p${b}`)); // extra manager or a cycle
  }
  // Shuffle people and lines so input order is not creation order.
  for (const list of [people, reportsTo] as unknown[][]) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
  }
  return { people, reportsTo, orgUnitOrder: rnd() < 0.5 ? ['finance', 'sales'] : [] };
}

/** An independent reading of the manager rule: first known, non-self line that closes no cycle. */
function expectedParents(input: OrgChartInput): Map<string, string> {
  const ids = new Set(input.people.map((p) => p.id));
  const parent = new Map<string, string>();
  for (const { reportId, managerId } of input.reportsTo) {
    if (!ids.has(reportId) || !ids.has(managerId) || reportId === managerId || parent.has(reportId)) continue;
    let up: string | undefined = managerId;
    let closes = false;
    while (up !== undefined) {
      if (up === reportId) {
        closes = true;
        break;
      }
      up = parent.get(up);
    }
    if (!closes) parent.set(reportId, managerId);
  }
  return parent;
}

function unitRank(input: OrgChartInput): (unit: string | null) => number {
  const ranks = new Map<string, number>();
  for (const u of input.orgUnitOrder ?? []) if (!ranks.has(u)) ranks.set(u, ranks.size);
  for (const p of input.people) if (p.orgUnitId !== null && !ranks.has(p.orgUnitId)) ranks.set(p.orgUnitId, ranks.size);
  return (unit) => (unit === null ? ranks.size : ranks.get(unit)!);
}

function expectNoOverlap(positions: Map<string, Point>, size = ORG_CHART_CARD, gap = ORG_CHART_GAP) {
  const list = [...positions.entries()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ia, a] = list[i]!;
      const [ib, b] = list[j]!;
      const apart = Math.abs(a.x - b.x) >= size.width + gap.x - EPS || Math.abs(a.y - b.y) >= size.height + gap.y - EPS;
      if (!apart) throw new Error(`${ia} at ${JSON.stringify(a)} overlaps ${ib} at ${JSON.stringify(b)}`);
    }
  }
}

describe('layoutTidyTree: small charts', () => {
  it('returns nothing for no people', () => {
    expect(layoutTidyTree({ people: [], reportsTo: [] }).size).toBe(0);
  });

  it('places a single person at the origin', () => {
    expect(layoutTidyTree({ people: [person('a')], reportsTo: [] })).toEqual(new Map([['a', { x: 0, y: 0 }]]));
  });

  it('centres a manager over three reports, one row down, one card step apart', () => {
    const positions = layoutTidyTree({
      people: [person('boss'), person('r1'), person('r2'), person('r3')],
      reportsTo: [line('r1', 'boss'), line('r2', 'boss'), line('r3', 'boss')],
    });
    expect(at(positions, 'r1')).toEqual({ x: 0, y: STEP_Y });
    expect(at(positions, 'r2')).toEqual({ x: STEP_X, y: STEP_Y });
    expect(at(positions, 'r3')).toEqual({ x: 2 * STEP_X, y: STEP_Y });
    expect(at(positions, 'boss')).toEqual({ x: STEP_X, y: 0 });
  });

  it('puts a lone report directly under the manager', () => {
    const positions = layoutTidyTree({ people: [person('m'), person('r')], reportsTo: [line('r', 'm')] });
    expect(at(positions, 'm')).toEqual({ x: 0, y: 0 });
    expect(at(positions, 'r')).toEqual({ x: 0, y: STEP_Y });
  });

  it('packs small subtrees between big ones (tidy, not one slot per leaf)', () => {
    // root with children a, b, c; a and c each have two reports, b has none.
    const positions = layoutTidyTree({
      people: ['root', 'a', 'b', 'c', 'a1', 'a2', 'c1', 'c2'].map((id) => person(id)),
      reportsTo: [
        line('a', 'root'),
        line('b', 'root'),
        line('c', 'root'),
        line('a1', 'a'),
        line('a2', 'a'),
        line('c1', 'c'),
        line('c2', 'c'),
      ],
    });
    expectNoOverlap(positions);
    // Bottom row is a1 a2 c1 c2 with no hole: b sits between a and c one row up.
    expect(layoutBounds(positions).width).toBe(4 * STEP_X - ORG_CHART_GAP.x);
    expect(at(positions, 'b').x).toBeCloseTo((at(positions, 'a').x + at(positions, 'c').x) / 2);
    expect(at(positions, 'root').x).toBeCloseTo(at(positions, 'b').x);
  });

  it('spaces small subtrees evenly between two big ones that push apart', () => {
    // root → x0, A, b, c, D; A and D each manage four people, whose rows would collide.
    const people = ['root', 'x0', 'A', 'b', 'c', 'D', 'a1', 'a2', 'a3', 'a4', 'd1', 'd2', 'd3', 'd4'].map((id) =>
      person(id),
    );
    const reportsTo = [
      ...['x0', 'A', 'b', 'c', 'D'].map((id) => line(id, 'root')),
      ...['a1', 'a2', 'a3', 'a4'].map((id) => line(id, 'A')),
      ...['d1', 'd2', 'd3', 'd4'].map((id) => line(id, 'D')),
    ];
    const positions = layoutTidyTree({ people, reportsTo });
    expectNoOverlap(positions);
    const x = (id: string) => at(positions, id).x;
    // The reports of A and D sit edge to edge: a4 and d1 one card step apart.
    expect(x('d1') - x('a4')).toBeCloseTo(STEP_X);
    // b and c share the room between A and D evenly.
    const spacing = (x('D') - x('A')) / 3;
    expect(x('b') - x('A')).toBeCloseTo(spacing);
    expect(x('c') - x('b')).toBeCloseTo(spacing);
    // x0, left of the pair that pushed apart, stays next to A.
    expect(x('A') - x('x0')).toBeCloseTo(STEP_X);
    expect(x('root')).toBeCloseTo((x('x0') + x('D')) / 2);
  });

  it('honours card size and gaps given as parameters', () => {
    const positions = layoutTidyTree({
      people: [person('m'), person('r1'), person('r2')],
      reportsTo: [line('r1', 'm'), line('r2', 'm')],
      size: { width: 100, height: 50 },
      gap: { x: 10, y: 20 },
    });
    expect(at(positions, 'r1')).toEqual({ x: 0, y: 70 });
    expect(at(positions, 'r2')).toEqual({ x: 110, y: 70 });
    expect(at(positions, 'm')).toEqual({ x: 55, y: 0 });
  });

  it('lays out a chain thousands deep without overflowing the stack', () => {
    const n = 20_000;
    const people = Array.from({ length: n }, (_, i) => person(`p${i}`));
    const reportsTo = Array.from({ length: n - 1 }, (_, i) => line(`p${i + 1}`, `p${i}`));
    const positions = layoutTidyTree({ people, reportsTo });
    expect(at(positions, `p${n - 1}`)).toEqual({ x: 0, y: (n - 1) * STEP_Y });
  });

  it('keeps the first entry of a repeated person id', () => {
    const positions = layoutTidyTree({ people: [person('a', 'u1'), person('a', 'u2'), person('b')], reportsTo: [] });
    expect([...positions.keys()]).toEqual(['a', 'b']);
  });
});

describe('layoutTidyTree: extra managers and cycles', () => {
  it('uses the first manager line and ignores the others', () => {
    const positions = layoutTidyTree({
      people: [person('m1'), person('m2'), person('r')],
      reportsTo: [line('r', 'm1'), line('r', 'm2')],
    });
    expect(at(positions, 'r')).toEqual({ x: at(positions, 'm1').x, y: STEP_Y });
    // m2 has neither manager nor (tree) reports: it goes to the grid below the forest.
    expect(at(positions, 'm2').y).toBe(2 * STEP_Y + ORG_CHART_GAP.y);
  });

  it('breaks a cycle at the line that closes it', () => {
    // a → b → c → a: the last line closes the cycle, so c is the root of a chain c, b, a.
    const positions = layoutTidyTree({
      people: [person('a'), person('b'), person('c')],
      reportsTo: [line('a', 'b'), line('b', 'c'), line('c', 'a')],
    });
    expect(at(positions, 'c').y).toBe(0);
    expect(at(positions, 'b').y).toBe(STEP_Y);
    expect(at(positions, 'a').y).toBe(2 * STEP_Y);
  });

  it('breaks a two-person cycle and ignores self lines and unknown people', () => {
    const positions = layoutTidyTree({
      people: [person('a'), person('b')],
      reportsTo: [line('a', 'a'), line('a', 'ghost'), line('ghost', 'b'), line('b', 'a'), line('a', 'b')],
    });
    expect(at(positions, 'a')).toEqual({ x: 0, y: 0 });
    expect(at(positions, 'b')).toEqual({ x: 0, y: STEP_Y });
  });

  it('gives the same answer every time for the same input', () => {
    const input = randomInput(7, 300);
    expect(layoutTidyTree(input)).toEqual(layoutTidyTree(input));
  });
});

describe('layoutTidyTree: org units', () => {
  it('keeps siblings of one org unit together, units in orgUnitOrder then first appearance', () => {
    const positions = layoutTidyTree({
      people: [
        person('boss', 'exec'),
        person('s1', 'sales'),
        person('i1', 'it'),
        person('x', null),
        person('s2', 'sales'),
        person('f1', 'finance'),
        person('i2', 'it'),
      ],
      reportsTo: ['s1', 'i1', 'x', 's2', 'f1', 'i2'].map((id) => line(id, 'boss')),
      orgUnitOrder: ['finance'],
    });
    const row = ['s1', 'i1', 'x', 's2', 'f1', 'i2'].sort((a, b) => at(positions, a).x - at(positions, b).x);
    expect(row).toEqual(['f1', 's1', 's2', 'i1', 'i2', 'x']);
  });

  it('orders the roots by org unit and separates the units by a wider gap', () => {
    const positions = layoutTidyTree({
      people: [
        person('a', 'u2'),
        person('ar', 'u2'),
        person('b', 'u1'),
        person('br', 'u1'),
        person('c', 'u1'),
        person('cr'),
      ],
      reportsTo: [line('ar', 'a'), line('br', 'b'), line('cr', 'c')],
      orgUnitOrder: ['u1', 'u2'],
    });
    expect(at(positions, 'b').x).toBe(0);
    expect(at(positions, 'c').x).toBe(STEP_X); // same unit: one gap
    expect(at(positions, 'a').x).toBe(2 * STEP_X + ORG_CHART_GAP.x); // next unit: two gaps
  });

  it('puts people with no manager and no reports in a grid per org unit below the forest', () => {
    const loners = ['l1', 'l2', 'l3', 'l4', 'l5'].map((id) => person(id, 'u1'));
    const positions = layoutTidyTree({
      people: [person('m', 'u1'), person('r', 'u1'), ...loners, person('z1', 'u2'), person('n1', null)],
      reportsTo: [line('r', 'm')],
    });
    const top = 2 * STEP_Y + ORG_CHART_GAP.y;
    // Five people: ⌈√5⌉ = 3 columns.
    expect(at(positions, 'l1')).toEqual({ x: 0, y: top });
    expect(at(positions, 'l3')).toEqual({ x: 2 * STEP_X, y: top });
    expect(at(positions, 'l4')).toEqual({ x: 0, y: top + STEP_Y });
    expect(at(positions, 'l5')).toEqual({ x: STEP_X, y: top + STEP_Y });
    // The next unit's block starts two gaps after the first block; people without a unit come last.
    const second = 3 * STEP_X + ORG_CHART_GAP.x;
    expect(at(positions, 'z1')).toEqual({ x: second, y: top });
    expect(at(positions, 'n1')).toEqual({ x: second + STEP_X + ORG_CHART_GAP.x, y: top });
    expectNoOverlap(positions);
  });

  it('starts the grid at the top when nobody reports to anyone', () => {
    const positions = layoutTidyTree({ people: ['a', 'b', 'c'].map((id) => person(id)), reportsTo: [] });
    expect(at(positions, 'a')).toEqual({ x: 0, y: 0 });
    expect(at(positions, 'b')).toEqual({ x: STEP_X, y: 0 });
    expect(at(positions, 'c')).toEqual({ x: 0, y: STEP_Y });
  });
});

describe('layoutTidyTree: properties over random forests', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

  it.each(seeds)('seed %i: every person placed, no two cards overlap, parents centred over children', (seed) => {
    const n = 20 + ((seed * 37) % 260);
    const input = randomInput(seed, n);
    const positions = layoutTidyTree(input);
    expect(positions.size).toBe(n);
    for (const p of positions.values()) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    expectNoOverlap(positions);

    const parents = expectedParents(input);
    const rankOf = unitRank(input);
    const unitOf = new Map(input.people.map((p) => [p.id, p.orgUnitId]));
    const indexOf = new Map(input.people.map((p, i) => [p.id, i]));
    const children = new Map<string, string[]>();
    for (const [child, manager] of parents) children.set(manager, [...(children.get(manager) ?? []), child]);
    for (const [manager, kids] of children) {
      const m = at(positions, manager);
      const sorted = [...kids].sort((a, b) => at(positions, a).x - at(positions, b).x);
      // One row down, in org-unit order then input order, centred under the manager.
      for (const kid of kids) expect(at(positions, kid).y).toBe(m.y + STEP_Y);
      const key = (id: string) => rankOf(unitOf.get(id)!) * 1e6 + indexOf.get(id)!;
      expect(sorted).toEqual([...kids].sort((a, b) => key(a) - key(b)));
      const mid = (at(positions, sorted[0]!).x + at(positions, sorted[sorted.length - 1]!).x) / 2;
      expect(m.x).toBeCloseTo(mid, 6);
    }
    // Roots of trees sit on the top row; everyone's corner is at or right of/below the origin.
    for (const p of input.people) {
      if (!parents.has(p.id) && children.has(p.id)) expect(at(positions, p.id).y).toBe(0);
    }
    const bounds = layoutBounds(positions);
    expect(bounds.x).toBeGreaterThanOrEqual(-EPS);
    expect(bounds.y).toBe(0);
  });

  it('stays overlap-free with unusual card sizes and gaps', () => {
    for (let seed = 100; seed < 110; seed++) {
      const size = { width: 50 + seed, height: 30 + seed };
      const gap = { x: seed % 3 === 0 ? 0 : 7, y: 11 };
      const positions = layoutTidyTree({ ...randomInput(seed, 150), size, gap });
      expectNoOverlap(positions, size, gap);
    }
  });
});

describe('layoutBounds', () => {
  it('is a zero rectangle for an empty layout', () => {
    expect(layoutBounds(new Map())).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('covers every card, including its size', () => {
    const positions = new Map([
      ['a', { x: -10, y: 5 }],
      ['b', { x: 300, y: -40 }],
    ]);
    expect(layoutBounds(positions)).toEqual({ x: -10, y: -40, width: 310 + W, height: 45 + H });
    expect(layoutBounds([{ x: 0, y: 0 }], { width: 10, height: 20 })).toEqual({ x: 0, y: 0, width: 10, height: 20 });
  });
});
