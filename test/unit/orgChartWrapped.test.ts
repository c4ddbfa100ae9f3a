import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutBounds,
  layoutOrgChart,
  layoutTidyTree,
  layoutWrappedTree,
  ORG_CHART_CARD,
  ORG_CHART_GAP,
  ORG_CHART_STACK_GAP,
  ORG_CHART_TRUNK,
  reportTrunks,
  type OrgChartInput,
  type Point,
} from '../../shared/domain/orgChartLayout';

const W = ORG_CHART_CARD.width;
const H = ORG_CHART_CARD.height;

/** A forest: person i reports to one of the people before them, or to nobody. */
const forests = fc
  .array(fc.record({ manager: fc.option(fc.nat(), { nil: null }), unit: fc.constantFrom('a', 'b', 'c', null) }), {
    minLength: 1,
    maxLength: 160,
  })
  .map((rows): OrgChartInput => {
    const people = rows.map((row, i) => ({ id: `p${i}`, orgUnitId: row.unit }));
    const reportsTo = rows.flatMap((row, i) =>
      i > 0 && row.manager !== null ? [{ reportId: `p${i}`, managerId: `p${row.manager % i}` }] : [],
    );
    return { people, reportsTo };
  });

function depthOf(input: OrgChartInput): number {
  const manager = new Map(input.reportsTo.map((line) => [line.reportId, line.managerId]));
  let deepest = 0;
  for (const person of input.people) {
    let depth = 0;
    for (let up = manager.get(person.id); up !== undefined; up = manager.get(up)) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function overlapping(positions: Map<string, Point>): string | null {
  const list = [...positions.entries()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ia, a] = list[i]!;
      const [ib, b] = list[j]!;
      // Stacked cards keep the stack gap between them; everything else more.
      const apart =
        Math.abs(a.x - b.x) >= W + ORG_CHART_GAP.x - 1e-6 || Math.abs(a.y - b.y) >= H + ORG_CHART_STACK_GAP - 1e-6;
      if (!apart) return `${ia} ${JSON.stringify(a)} overlaps ${ib} ${JSON.stringify(b)}`;
    }
  }
  return null;
}

describe('layoutWrappedTree', () => {
  it('places every card, none over another, within the wrapped width', () => {
    fc.assert(
      fc.property(
        forests,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 600, max: 6000 }),
        (input, stackRows, wrapWidth) => {
          const positions = layoutWrappedTree(input, { stackRows, wrapWidth });
          expect(positions.size).toBe(input.people.length);
          expect(overlapping(positions)).toBeNull();
          const bounds = layoutBounds(positions);
          expect(bounds.x).toBeGreaterThanOrEqual(0);
          expect(bounds.y).toBe(0);
          // Each level down has one trunk less of room, down to two trunks and a card; loners wrap
          // in their own square block.
          const loners = input.people.length; // the widest a loner block can be: all of them
          const lonerBlock = Math.ceil(Math.sqrt(loners)) * (W + ORG_CHART_GAP.x);
          const floor = W + ORG_CHART_TRUNK * (3 + depthOf(input));
          expect(bounds.width).toBeLessThanOrEqual(Math.max(wrapWidth, floor, lonerBlock) + 1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stacks a manager’s many reports in columns of at most stackRows, with a trunk at the side', () => {
    const people = [
      { id: 'boss', orgUnitId: null },
      ...Array.from({ length: 10 }, (_, i) => ({ id: `r${i}`, orgUnitId: null })),
    ];
    const reportsTo = people.slice(1).map((p) => ({ reportId: p.id, managerId: 'boss' }));
    const positions = layoutWrappedTree({ people, reportsTo }, { stackRows: 4, wrapWidth: 5000 });
    const columns = new Map<number, number>();
    for (const [id, at] of positions) if (id !== 'boss') columns.set(at.x, (columns.get(at.x) ?? 0) + 1);
    expect([...columns.values()]).toEqual([4, 4, 2]);
    // The first column's cards sit one trunk in from the column's edge, one stack gap apart.
    expect(positions.get('r0')!.x).toBe(ORG_CHART_TRUNK);
    expect(positions.get('r1')!.y - positions.get('r0')!.y).toBe(H + ORG_CHART_STACK_GAP);
  });
});

describe('layoutOrgChart', () => {
  it('keeps the classic tree for a small chart', () => {
    const input: OrgChartInput = {
      people: ['m', 'a', 'b', 'c'].map((id) => ({ id, orgUnitId: null })),
      reportsTo: ['a', 'b', 'c'].map((id) => ({ reportId: id, managerId: 'm' })),
    };
    expect(layoutOrgChart(input)).toEqual(layoutTidyTree(input));
  });

  it('wraps a wide organisation to fit a screen far better than the classic tree', () => {
    // A manager with 120 reports, each with two of their own: the classic tree is one long strip.
    const people = [{ id: 'ceo', orgUnitId: null }];
    const reportsTo: { reportId: string; managerId: string }[] = [];
    for (let i = 0; i < 120; i++) {
      people.push({ id: `m${i}`, orgUnitId: null });
      reportsTo.push({ reportId: `m${i}`, managerId: 'ceo' });
      for (const k of [0, 1]) {
        people.push({ id: `m${i}r${k}`, orgUnitId: null });
        reportsTo.push({ reportId: `m${i}r${k}`, managerId: `m${i}` });
      }
    }
    const fit = (positions: Map<string, Point>) => {
      const b = layoutBounds(positions);
      return Math.min(1.5 / b.width, 1 / b.height);
    };
    const wrapped = layoutOrgChart({ people, reportsTo });
    expect(overlapping(wrapped)).toBeNull();
    expect(fit(wrapped)).toBeGreaterThan(4 * fit(layoutTidyTree({ people, reportsTo })));
  });

  it('places every card and overlaps none, whichever shape wins', () => {
    fc.assert(
      fc.property(forests, (input) => {
        const positions = layoutOrgChart(input);
        expect(positions.size).toBe(input.people.length);
        expect(overlapping(positions)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});

describe('reportTrunks', () => {
  it('routes the reports stacked in a column along its trunk, and leaves single cards alone', () => {
    const positions = new Map<string, Point>([
      ['boss', { x: 100, y: 0 }],
      ['a', { x: 24, y: 200 }],
      ['b', { x: 24, y: 340 }],
      ['c', { x: 300, y: 200 }],
    ]);
    const lines = ['a', 'b', 'c'].map((id) => ({ id: `l-${id}`, reportId: id, managerId: 'boss' }));
    const trunks = reportTrunks(positions, lines);
    expect(trunks.get('l-a')).toEqual({ x: 24 - ORG_CHART_TRUNK / 2, headTop: 200 });
    expect(trunks.get('l-b')).toEqual({ x: 24 - ORG_CHART_TRUNK / 2, headTop: 200 });
    expect(trunks.has('l-c')).toBe(false);
  });
});
