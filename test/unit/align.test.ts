import { describe, expect, it } from 'vitest';
import { align, type AlignNode, distribute, selectionBounds, snapToGrid } from '../../shared/domain/align';

const node = (id: string, x: number, y: number, width = 200, height = 120): AlignNode => ({ id, x, y, width, height });
const nodes = [node('a', 10, 50, 200, 120), node('b', 300, 0, 100, 60), node('c', 150, 400, 40, 40)];
// Bounding box: x 10..400, y 0..440.

describe('selectionBounds', () => {
  it('is null for nothing and the enclosing box otherwise', () => {
    expect(selectionBounds([])).toBeNull();
    expect(selectionBounds(nodes)).toEqual({ x: 10, y: 0, width: 390, height: 440 });
  });
});

describe('align', () => {
  const xs = (list: AlignNode[]) => list.map((n) => n.x);
  const ys = (list: AlignNode[]) => list.map((n) => n.y);

  it('aligns left edges to the leftmost, right edges to the rightmost', () => {
    expect(xs(align(nodes, 'left'))).toEqual([10, 10, 10]);
    expect(xs(align(nodes, 'right'))).toEqual([200, 300, 360]);
  });

  it('centres horizontally on the selection centre line', () => {
    const result = align(nodes, 'centerX');
    for (const n of result) expect(n.x + n.width / 2).toBe(205);
  });

  it('aligns top, bottom and vertical centres', () => {
    expect(ys(align(nodes, 'top'))).toEqual([0, 0, 0]);
    expect(ys(align(nodes, 'bottom'))).toEqual([320, 380, 400]);
    for (const n of align(nodes, 'centerY')) expect(n.y + n.height / 2).toBe(220);
  });

  it('moves only the aligned axis and keeps the other fields and the order', () => {
    const tagged = nodes.map((n) => ({ ...n, label: n.id.toUpperCase() }));
    const result = align(tagged, 'left');
    expect(result.map((n) => [n.id, n.label, n.y, n.width, n.height])).toEqual(
      tagged.map((n) => [n.id, n.label, n.y, n.width, n.height]),
    );
    const top = align(tagged, 'top');
    expect(xs(top)).toEqual(xs(tagged));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(nodes);
    align(nodes, 'right');
    distribute(nodes, 'vertical');
    expect(JSON.stringify(nodes)).toBe(before);
  });

  it('leaves a single node or an empty selection where it is', () => {
    expect(align([node('a', 5, 6)], 'right')).toEqual([node('a', 5, 6)]);
    expect(align([], 'left')).toEqual([]);
  });
});

describe('distribute', () => {
  it('makes the horizontal gaps equal, keeping the outer edges', () => {
    const row = [node('a', 0, 0, 100), node('b', 130, 0, 50), node('c', 500, 0, 100), node('d', 400, 30, 20)];
    // Span 0..600, widths 270: three gaps of 110. Order by centre: a, b, d, c.
    const result = distribute(row, 'horizontal');
    expect(result.map((n) => n.x)).toEqual([0, 210, 500, 370]);
    expect(result.map((n) => n.y)).toEqual([0, 0, 0, 30]);
    const sorted = [...result].sort((p, q) => p.x - q.x);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.x - (sorted[i - 1]!.x + sorted[i - 1]!.width)).toBe(110);
    }
  });

  it('makes the vertical gaps equal', () => {
    const column = [
      node('a', 0, 0, 10, 100),
      node('b', 0, 700, 10, 100),
      node('c', 0, 150, 10, 40),
      node('d', 0, 160, 10, 60),
    ];
    // Span 0..800, heights 300: gaps of 500 / 3.
    const result = distribute(column, 'vertical');
    const gap = 500 / 3;
    expect(result[0]!.y).toBe(0);
    expect(result[2]!.y).toBeCloseTo(100 + gap);
    expect(result[3]!.y).toBeCloseTo(100 + gap + 40 + gap);
    expect(result[1]!.y).toBeCloseTo(700);
  });

  it('keeps the order given for nodes with the same centre', () => {
    const same = [node('a', 0, 0, 10), node('b', 50, 0, 10), node('c', 50, 0, 10), node('d', 210, 0, 10)];
    const result = distribute(same, 'horizontal');
    expect(result.map((n) => n.x)).toEqual([0, 70, 140, 210]);
  });

  it('overlaps evenly when the nodes are wider than the span', () => {
    const crowded = [node('a', 0, 0, 100), node('b', 10, 0, 100), node('c', 20, 0, 100)];
    // Span 0..120, widths 300: gaps of -90.
    expect(distribute(crowded, 'horizontal').map((n) => n.x)).toEqual([0, 10, 20]);
  });

  it('leaves fewer than three nodes where they are', () => {
    const two = [node('a', 0, 0), node('b', 999, 5)];
    expect(distribute(two, 'horizontal')).toEqual(two);
    expect(distribute([], 'vertical')).toEqual([]);
  });
});

describe('snapToGrid', () => {
  it('snaps to the nearest grid point on a square grid', () => {
    expect(snapToGrid({ x: 14, y: 16 }, 10)).toEqual({ x: 10, y: 20 });
    expect(snapToGrid({ x: 15, y: 25 }, 10)).toEqual({ x: 20, y: 30 }); // halves go up
    expect(snapToGrid({ x: 20, y: 0 }, 10)).toEqual({ x: 20, y: 0 });
  });

  it('snaps negative coordinates without producing -0', () => {
    const snapped = snapToGrid({ x: -4, y: -16 }, 10);
    expect(snapped).toEqual({ x: 0, y: -20 });
    expect(Object.is(snapped.x, 0)).toBe(true);
  });

  it('snaps each axis to its own step on a rectangular grid', () => {
    expect(snapToGrid({ x: 33, y: 33 }, { x: 25, y: 20 })).toEqual({ x: 25, y: 40 });
  });

  it('leaves a coordinate alone when its grid step is zero, negative or not finite', () => {
    expect(snapToGrid({ x: 3.3, y: 7.7 }, 0)).toEqual({ x: 3.3, y: 7.7 });
    expect(snapToGrid({ x: 3.3, y: 7.7 }, { x: -5, y: 5 })).toEqual({ x: 3.3, y: 10 });
    expect(snapToGrid({ x: 3.3, y: 7.7 }, Number.NaN)).toEqual({ x: 3.3, y: 7.7 });
  });
});
