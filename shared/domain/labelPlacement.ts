/**
 * Placing the names of points on a chart (the portfolio matrix) so that no name is drawn over
 * another. Pure: sizes come from the screen's measurements, the answer is rectangles.
 *
 * Points closer than `clusterPx` share one marker (a cluster). Each name is tried at spots
 * around its marker — beside it on the preferred side, then stacked above and below there, then
 * the other side, then over and under — and takes the first spot inside the chart that touches no
 * name, marker, count or obstacle placed before. A cluster whose names do not all fit gets a "+N"
 * count next to it standing for the rest; when even the count finds no room, those points go to
 * `overflow`, which the screen lists outside the chart.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelItem {
  id: string;
  /** The point, in px from the chart's top-left corner. */
  x: number;
  y: number;
  /** The measured size of its name. */
  width: number;
  height: number;
  /** The side its name goes to first (e.g. toward the middle of its quadrant). */
  side?: 'left' | 'right';
}

export interface LabelOptions {
  /** The chart's size; nothing is placed outside it. */
  width: number;
  height: number;
  /** The measured size of the widest "+N" count. */
  countSize: { width: number; height: number };
  /** Points closer than this (in px, on both axes) share a marker. Default 12. */
  clusterPx?: number;
  /** A marker's radius. Default 5. */
  markerRadius?: number;
  /** Space between a marker and a name, and between stacked names. Default 3 and 2. */
  gap?: number;
  rowGap?: number;
  /** How many rows above and below the marker's own a name may be stacked. Default 2. */
  stackRows?: number;
  /** Places taken already (e.g. captions). */
  obstacles?: readonly LabelBox[];
}

export interface PlacedLabel extends LabelBox {
  id: string;
}

export interface LabelCluster {
  /** Where the marker goes: the first point of the cluster. */
  x: number;
  y: number;
  /** The points in it, in the order given. */
  ids: string[];
  /** The "+N" count, and the points it stands for (none: every name is placed). */
  count: LabelBox | null;
  hidden: string[];
}

export interface LabelLayout {
  clusters: LabelCluster[];
  labels: PlacedLabel[];
  /** Points whose names found no room and no count near them. */
  overflow: string[];
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Spots for a box of `size` around a marker at (x, y), best first. */
function candidates(
  x: number,
  y: number,
  size: { width: number; height: number },
  side: 'left' | 'right',
  { markerRadius, gap, rowGap, stackRows }: { markerRadius: number; gap: number; rowGap: number; stackRows: number },
): LabelBox[] {
  const { width, height } = size;
  const step = height + rowGap;
  const rows = [0];
  for (let k = 1; k <= stackRows; k++) rows.push(k, -k);
  const column = (to: 'left' | 'right') =>
    rows.map((k) => ({
      x: to === 'right' ? x + markerRadius + gap : x - markerRadius - gap - width,
      y: y - height / 2 + k * step,
      width,
      height,
    }));
  const other = side === 'right' ? 'left' : 'right';
  return [
    ...column(side),
    ...column(other),
    { x: x - width / 2, y: y - markerRadius - gap - height, width, height },
    { x: x - width / 2, y: y + markerRadius + gap, width, height },
  ];
}

export function placeLabels(items: readonly LabelItem[], options: LabelOptions): LabelLayout {
  const clusterPx = options.clusterPx ?? 12;
  const spacing = {
    markerRadius: options.markerRadius ?? 5,
    gap: options.gap ?? 3,
    rowGap: options.rowGap ?? 2,
    stackRows: options.stackRows ?? 2,
  };
  const r = spacing.markerRadius;

  // Clusters: a point joins the first cluster whose marker is within reach, so markers of
  // different clusters stay at least `clusterPx` apart and a point moves less than that.
  const clusters: (LabelCluster & { items: LabelItem[] })[] = [];
  for (const item of items) {
    const near = clusters.find((c) => Math.abs(c.x - item.x) < clusterPx && Math.abs(c.y - item.y) < clusterPx);
    if (near) {
      near.ids.push(item.id);
      near.items.push(item);
    } else clusters.push({ x: item.x, y: item.y, ids: [item.id], items: [item], count: null, hidden: [] });
  }

  const inside = (box: LabelBox) =>
    box.x >= 0 && box.y >= 0 && box.x + box.width <= options.width && box.y + box.height <= options.height;
  // Every marker is taken before any name, so no name covers a point.
  const taken: LabelBox[] = [
    ...(options.obstacles ?? []),
    ...clusters.map((c) => ({ x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r })),
  ];
  const free = (box: LabelBox) => inside(box) && !taken.some((other) => boxesOverlap(box, other));
  const spotFor = (x: number, y: number, size: { width: number; height: number }, side: 'left' | 'right') =>
    candidates(x, y, size, side, spacing).find(free) ?? null;

  const labels: PlacedLabel[] = [];
  const overflow: string[] = [];
  // Crowded spots first: they need the room around them most.
  const order = clusters.map((_, index) => index).sort((a, b) => clusters[b]!.ids.length - clusters[a]!.ids.length);
  for (const index of order) {
    const cluster = clusters[index]!;
    const side = cluster.items[0]?.side ?? 'right';
    const mark = taken.length;
    const placed: PlacedLabel[] = [];
    for (const item of cluster.items) {
      const spot = spotFor(cluster.x, cluster.y, item, side);
      if (!spot) break;
      placed.push({ id: item.id, ...spot });
      taken.push(spot);
    }
    if (placed.length === cluster.items.length) {
      labels.push(...placed);
      continue;
    }
    // Not all fit: take the count's place first, then as many names as still fit beside it.
    taken.length = mark;
    const count = spotFor(cluster.x, cluster.y, options.countSize, side);
    if (!count) {
      overflow.push(...cluster.ids);
      cluster.hidden = [...cluster.ids];
      continue;
    }
    taken.push(count);
    cluster.count = count;
    for (const item of cluster.items) {
      const spot = cluster.hidden.length === 0 ? spotFor(cluster.x, cluster.y, item, side) : null;
      if (spot) {
        labels.push({ id: item.id, ...spot });
        taken.push(spot);
      } else cluster.hidden.push(item.id);
    }
  }
  return { clusters: clusters.map(({ x, y, ids, count, hidden }) => ({ x, y, ids, count, hidden })), labels, overflow };
}
