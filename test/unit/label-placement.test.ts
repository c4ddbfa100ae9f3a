import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelBox, type LabelItem } from '../../shared/domain/labelPlacement';

const COUNT = { width: 30, height: 20 };

const chartArb = fc.record({ width: fc.integer({ min: 120, max: 900 }), height: fc.integer({ min: 80, max: 500 }) });
/** Points on a coarse lattice so that many share a spot, with names of any measured width. */
const itemsArb = (chart: { width: number; height: number }) =>
  fc
    .array(
      fc.record({
        x: fc.oneof(
          fc.integer({ min: 0, max: 8 }).map((k) => (k / 8) * chart.width),
          fc.double({ min: 0, max: chart.width, noNaN: true }),
        ),
        y: fc.oneof(
          fc.integer({ min: 0, max: 6 }).map((k) => (k / 6) * chart.height),
          fc.double({ min: 0, max: chart.height, noNaN: true }),
        ),
        width: fc.integer({ min: 20, max: 170 }),
        height: fc.integer({ min: 16, max: 26 }),
        side: fc.constantFrom('left' as const, 'right' as const),
      }),
      { maxLength: 60 },
    )
    .map((rows) => rows.map((row, i): LabelItem => ({ id: `a${i}`, ...row })));

describe('placeLabels', () => {
  it('never draws a name or a count over another, over a marker or outside the chart, and loses no point', () => {
    fc.assert(
      fc.property(
        chartArb.chain((chart) => fc.tuple(fc.constant(chart), itemsArb(chart))),
        ([chart, items]) => {
          const layout = placeLabels(items, { ...chart, countSize: COUNT });
          const boxes: LabelBox[] = [
            ...layout.labels,
            ...layout.clusters.flatMap((cluster) => (cluster.count ? [cluster.count] : [])),
          ];
          for (let i = 0; i < boxes.length; i++) {
            const box = boxes[i]!;
            expect(
              box.x >= 0 && box.y >= 0 && box.x + box.width <= chart.width && box.y + box.height <= chart.height,
            ).toBe(true);
            for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(box, boxes[j]!)).toBe(false);
            for (const cluster of layout.clusters)
              expect(boxesOverlap(box, { x: cluster.x - 5, y: cluster.y - 5, width: 10, height: 10 })).toBe(false);
          }
          const shown = layout.labels.map((label) => label.id);
          const hidden = layout.clusters.flatMap((cluster) => cluster.hidden);
          expect([...shown, ...hidden].sort()).toEqual(items.map((item) => item.id).sort());
          for (const id of layout.overflow) expect(hidden).toContain(id);
          // A cluster hiding names has a count for them, or they are listed outside the chart.
          for (const cluster of layout.clusters)
            if (cluster.hidden.length > 0 && !cluster.count)
              for (const id of cluster.hidden) expect(layout.overflow).toContain(id);
          // Markers of different clusters keep apart, so no marker hides another.
          for (const a of layout.clusters)
            for (const b of layout.clusters)
              if (a !== b) expect(Math.abs(a.x - b.x) >= 12 || Math.abs(a.y - b.y) >= 12).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stacks the names of accounts on one spot beside their marker while they fit', () => {
    const items = ['Alpha', 'Beta', 'Gamma'].map((name, i) => ({
      id: name,
      x: 100,
      y: 100,
      width: 60 + i,
      height: 20,
    }));
    const layout = placeLabels(items, { width: 400, height: 300, countSize: COUNT });
    expect(layout.clusters).toHaveLength(1);
    expect(layout.clusters[0]!.count).toBeNull();
    expect(layout.labels.map((label) => label.id)).toEqual(['Alpha', 'Beta', 'Gamma']);
    // All on the right (the default side), one row apart.
    for (const label of layout.labels) expect(label.x).toBe(108);
    expect(new Set(layout.labels.map((label) => label.y)).size).toBe(3);
  });

  it('counts the rest as "+N" once a spot is too crowded, keeping the first names in view', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, x: 200, y: 150, width: 120, height: 20 }));
    const layout = placeLabels(items, { width: 400, height: 300, countSize: COUNT });
    const [cluster] = layout.clusters;
    expect(cluster!.count).not.toBeNull();
    expect(cluster!.hidden.length + layout.labels.length).toBe(30);
    expect(layout.labels[0]!.id).toBe('a0');
    expect(cluster!.hidden).toContain('a29');
  });

  it('keeps names off the obstacles given (the quadrant captions)', () => {
    const caption = { x: 0, y: 0, width: 200, height: 60 };
    const layout = placeLabels([{ id: 'a', x: 20, y: 50, width: 80, height: 20 }], {
      width: 400,
      height: 300,
      countSize: COUNT,
      obstacles: [caption],
    });
    expect(layout.labels).toHaveLength(1);
    expect(boxesOverlap(layout.labels[0]!, caption)).toBe(false);
  });
});
