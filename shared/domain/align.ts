/**
 * Align, distribute and snap for the cards selected on the canvas.
 * Nodes are top-left positioned rectangles. The functions return new nodes (the other fields of a
 * node are kept) in the order given; they never change their input.
 */

export interface AlignNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type AlignMode = 'left' | 'centerX' | 'right' | 'top' | 'centerY' | 'bottom';
export type DistributeMode = 'horizontal' | 'vertical';

export interface Point {
  x: number;
  y: number;
}

/** The selection's bounding box. */
export function selectionBounds(
  nodes: readonly AlignNode[],
): { x: number; y: number; width: number; height: number } | null {
  if (nodes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    left = Math.min(left, node.x);
    top = Math.min(top, node.y);
    right = Math.max(right, node.x + node.width);
    bottom = Math.max(bottom, node.y + node.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Lines the nodes up on an edge or centre of the selection's bounding box: `left` moves every
 * node to the leftmost left edge, `centerX` centres each on the box's vertical centre line, and so
 * on. With fewer than two nodes nothing moves.
 */
export function align<T extends AlignNode>(nodes: readonly T[], mode: AlignMode): T[] {
  const box = selectionBounds(nodes);
  if (!box || nodes.length < 2) return nodes.map((node) => ({ ...node }));
  return nodes.map((node) => {
    switch (mode) {
      case 'left':
        return { ...node, x: box.x };
      case 'right':
        return { ...node, x: box.x + box.width - node.width };
      case 'centerX':
        return { ...node, x: box.x + (box.width - node.width) / 2 };
      case 'top':
        return { ...node, y: box.y };
      case 'bottom':
        return { ...node, y: box.y + box.height - node.height };
      case 'centerY':
        return { ...node, y: box.y + (box.height - node.height) / 2 };
    }
  });
}

/**
 * Spaces the nodes evenly along an axis: the outermost edges of the selection stay where they are
 * and the gaps between consecutive nodes (ordered by their centres, ties by the order given)
 * become equal. The gap is negative when the nodes are wider than the span (they then overlap
 * evenly). With fewer than three nodes nothing moves.
 */
export function distribute<T extends AlignNode>(nodes: readonly T[], mode: DistributeMode): T[] {
  const result = nodes.map((node) => ({ ...node }));
  if (nodes.length < 3) return result;
  const horizontal = mode === 'horizontal';
  const start = (n: AlignNode) => (horizontal ? n.x : n.y);
  const length = (n: AlignNode) => (horizontal ? n.width : n.height);
  const order = nodes
    .map((node, index) => ({ index, centre: start(node) + length(node) / 2 }))
    .sort((a, b) => a.centre - b.centre || a.index - b.index)
    .map(({ index }) => index);
  let low = Infinity;
  let high = -Infinity;
  let total = 0;
  for (const node of nodes) {
    low = Math.min(low, start(node));
    high = Math.max(high, start(node) + length(node));
    total += length(node);
  }
  const gap = (high - low - total) / (nodes.length - 1);
  let cursor = low;
  for (const index of order) {
    const node = result[index]!;
    if (horizontal) node.x = cursor;
    else node.y = cursor;
    cursor += length(node) + gap;
  }
  return result;
}

/**
 * The nearest grid point (a grid of `grid` × `grid`, or `grid.x` × `grid.y`). A grid size of zero
 * or less (or not finite) leaves that coordinate alone.
 */
export function snapToGrid(point: Point, grid: number | Point): Point {
  const gx = typeof grid === 'number' ? grid : grid.x;
  const gy = typeof grid === 'number' ? grid : grid.y;
  const snap = (value: number, step: number) =>
    step > 0 && Number.isFinite(step) ? Math.round(value / step) * step + 0 : value;
  return { x: snap(point.x, gx), y: snap(point.y, gy) };
}
