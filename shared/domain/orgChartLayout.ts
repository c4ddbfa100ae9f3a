/**
 * The org-chart view's auto-layout: a top-down tidy tree on `reports_to` lines,
 * grouped by org unit. Pure and dependency-free; runs in O(n log n) (one sort, then the linear-time
 * tidy-tree algorithm of Buchheim, Jünger and Leipert, "Improving Walker's algorithm to run in
 * linear time", 2002).
 *
 * Rules:
 * - Each person gets at most one manager for the tree: the first `reportsTo` line (input order)
 *   whose manager is a known person, is not the person themself and does not close a cycle. Later
 *   lines (extra managers, the line that closes a cycle, unknown ids) are ignored for layout.
 * - Siblings and roots are ordered by org unit (units in `orgUnitOrder`, then the remaining units in
 *   the order they first appear in `people`, then people without a unit), and by input order
 *   within a unit, so people of one unit sit next to each other.
 * - Trees are packed side by side by their bounding boxes, `gap.x` apart within an org unit and
 *   `2 × gap.x` apart between units.
 * - People with neither manager nor reports are placed below the forest, one grid block per org
 *   unit (⌈√n⌉ columns), blocks side by side in the same unit order.
 * - Positions are the top-left corners of the cards; the layout starts at (0, 0).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface OrgChartPerson {
  id: string;
  orgUnitId: string | null;
}

export interface ReportsToLine {
  reportId: string;
  managerId: string;
}

export interface OrgChartInput {
  people: readonly OrgChartPerson[];
  reportsTo: readonly ReportsToLine[];
  orgUnitOrder?: readonly string[];
  size?: Size;
  gap?: Point;
}

export const ORG_CHART_CARD: Readonly<Size> = { width: 200, height: 120 };
export const ORG_CHART_GAP: Readonly<Point> = { x: 30, y: 80 };

/** The manager each person hangs under in the tree (`-1` for none), by index into `people`. */
function chooseParents(
  people: readonly OrgChartPerson[],
  lines: readonly ReportsToLine[],
  index: Map<string, number>,
): Int32Array {
  const n = people.length;
  const parent = new Int32Array(n).fill(-1);
  // Union-find over trees: a person without a manager is the root of their tree, so a line closes
  // a cycle exactly when the manager is already in the same tree.
  const set = new Int32Array(n);
  for (let i = 0; i < n; i++) set[i] = i;
  const find = (i: number): number => {
    let root = i;
    while (set[root] !== root) root = set[root]!;
    while (set[i] !== root) {
      const next = set[i]!;
      set[i] = root;
      i = next;
    }
    return root;
  };
  for (const line of lines) {
    const child = index.get(line.reportId);
    const manager = index.get(line.managerId);
    if (child === undefined || manager === undefined || child === manager) continue;
    if (parent[child] !== -1) continue;
    const childSet = find(child);
    const managerSet = find(manager);
    if (childSet === managerSet) continue;
    parent[child] = manager;
    set[childSet] = managerSet;
  }
  return parent;
}

/** Rank of each person's org unit: `orgUnitOrder` first, then by first appearance, `null` last. */
function unitRanks(people: readonly OrgChartPerson[], orgUnitOrder: readonly string[]): Int32Array {
  const rankOf = new Map<string, number>();
  for (const unit of orgUnitOrder) if (!rankOf.has(unit)) rankOf.set(unit, rankOf.size);
  for (const person of people) {
    if (person.orgUnitId !== null && !rankOf.has(person.orgUnitId)) rankOf.set(person.orgUnitId, rankOf.size);
  }
  const noUnit = rankOf.size;
  const ranks = new Int32Array(people.length);
  people.forEach((person, i) => {
    ranks[i] = person.orgUnitId === null ? noUnit : rankOf.get(person.orgUnitId)!;
  });
  return ranks;
}

/**
 * Lays out the people as an org chart. Returns the top-left corner of every person's card, in
 * the order of `people` (a repeated id keeps its first entry).
 */
export function layoutOrgChart(input: OrgChartInput): Map<string, Point> {
  const size = input.size ?? ORG_CHART_CARD;
  const gap = input.gap ?? ORG_CHART_GAP;
  const people: OrgChartPerson[] = [];
  const index = new Map<string, number>();
  for (const person of input.people) {
    if (index.has(person.id)) continue;
    index.set(person.id, people.length);
    people.push(person);
  }
  const n = people.length;
  const result = new Map<string, Point>();
  if (n === 0) return result;

  const parent = chooseParents(people, input.reportsTo, index);
  const rank = unitRanks(people, input.orgUnitOrder ?? []);

  // People in display order: by unit rank, then input order (a counting sort, stable).
  const order = new Int32Array(n);
  {
    let maxRank = 0;
    for (let i = 0; i < n; i++) maxRank = Math.max(maxRank, rank[i]!);
    const start = new Int32Array(maxRank + 2);
    for (let i = 0; i < n; i++) start[rank[i]! + 1]!++;
    for (let r = 1; r < start.length; r++) start[r]! += start[r - 1]!;
    for (let i = 0; i < n; i++) order[start[rank[i]!]!++] = i;
  }

  // Children lists in display order, as a compressed array: children of v are
  // kids[firstKid[v] .. firstKid[v] + kidCount[v]).
  const kidCount = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) kidCount[parent[i]!]!++;
  const firstKid = new Int32Array(n);
  for (let v = 0, offset = 0; v < n; v++) {
    firstKid[v] = offset;
    offset += kidCount[v]!;
  }
  const kids = new Int32Array(n);
  const fill = new Int32Array(n);
  const siblingNumber = new Int32Array(n); // 1-based position among siblings
  const roots: number[] = [];
  const loners: number[] = [];
  for (const v of order) {
    const p = parent[v]!;
    if (p >= 0) {
      siblingNumber[v] = fill[p]! + 1;
      kids[firstKid[p]! + fill[p]!] = v;
      fill[p]!++;
    } else if (kidCount[v]! > 0) {
      roots.push(v);
    } else {
      loners.push(v);
    }
  }

  const stepX = size.width + gap.x;
  const stepY = size.height + gap.y;
  const xs = new Float64Array(n);
  const depth = new Int32Array(n);
  const tidy = new TidyTree(n, parent, firstKid, kidCount, kids, siblingNumber, stepX);

  // Forest: each tree laid out on its own, trees side by side by bounding box.
  let cursorX = 0;
  let maxDepth = -1;
  let previousRank = -1;
  for (const root of roots) {
    if (previousRank !== -1) cursorX += rank[root] === previousRank ? gap.x : 2 * gap.x;
    previousRank = rank[root]!;
    const members = tidy.layout(root, xs, depth);
    let minX = Infinity;
    let maxX = -Infinity;
    for (const v of members) {
      minX = Math.min(minX, xs[v]!);
      maxX = Math.max(maxX, xs[v]!);
      maxDepth = Math.max(maxDepth, depth[v]!);
    }
    const shift = cursorX - minX;
    for (const v of members) xs[v]! += shift;
    cursorX += maxX - minX + size.width;
  }
  const ys = new Float64Array(n);
  for (let v = 0; v < n; v++) ys[v] = depth[v]! * stepY;

  // People with no manager and no reports: a grid block per org unit, below the forest.
  const gridTop = maxDepth >= 0 ? (maxDepth + 1) * stepY + gap.y : 0;
  let blockX = 0;
  for (let start = 0; start < loners.length;) {
    let end = start;
    while (end < loners.length && rank[loners[end]!] === rank[loners[start]!]) end++;
    const count = end - start;
    const columns = Math.ceil(Math.sqrt(count));
    for (let k = 0; k < count; k++) {
      const v = loners[start + k]!;
      xs[v] = blockX + (k % columns) * stepX;
      ys[v] = gridTop + Math.floor(k / columns) * stepY;
    }
    blockX += columns * stepX + gap.x; // blocks 2 × gap.x apart
    start = end;
  }

  for (let v = 0; v < n; v++) result.set(people[v]!.id, { x: xs[v]!, y: ys[v]! });
  return result;
}

/**
 * Buchheim–Jünger–Leipert's linear-time version of Walker's tidy tree, written without recursion
 * so that a reporting chain thousands deep cannot overflow the stack. All nodes have the same
 * width, so the separation between neighbours is one constant `distance` (card width + gap).
 */
class TidyTree {
  private readonly prelim: Float64Array;
  private readonly mod: Float64Array;
  private readonly shift: Float64Array;
  private readonly change: Float64Array;
  private readonly thread: Int32Array;
  private readonly ancestor: Int32Array;
  private readonly midpoint: Float64Array;
  private readonly modSum: Float64Array;

  constructor(
    n: number,
    private readonly parent: Int32Array,
    private readonly firstKid: Int32Array,
    private readonly kidCount: Int32Array,
    private readonly kids: Int32Array,
    private readonly number: Int32Array,
    private readonly distance: number,
  ) {
    this.prelim = new Float64Array(n);
    this.mod = new Float64Array(n);
    this.shift = new Float64Array(n);
    this.change = new Float64Array(n);
    this.thread = new Int32Array(n).fill(-1);
    this.ancestor = new Int32Array(n);
    this.midpoint = new Float64Array(n);
    this.modSum = new Float64Array(n);
  }

  /** Lays out the tree under `root`; writes x (relative) and depth, returns the tree's nodes. */
  layout(root: number, xs: Float64Array, depth: Int32Array): number[] {
    // Pre-order list of the tree; reversed it is a valid post-order (children before parents).
    const preorder: number[] = [root];
    depth[root] = 0;
    for (let i = 0; i < preorder.length; i++) {
      const v = preorder[i]!;
      this.ancestor[v] = v;
      const first = this.firstKid[v]!;
      for (let k = 0; k < this.kidCount[v]!; k++) {
        const w = this.kids[first + k]!;
        depth[w] = depth[v]! + 1;
        preorder.push(w);
      }
    }
    for (let i = preorder.length - 1; i >= 0; i--) this.firstWalk(preorder[i]!);
    this.prelim[root] = this.midpoint[root]!;
    // Second walk: x = prelim + the sum of the ancestors' mods (kept per node in `modSum`).
    this.modSum[root] = 0;
    for (const v of preorder) {
      xs[v] = this.prelim[v]! + this.modSum[v]!;
      const first = this.firstKid[v]!;
      const below = this.modSum[v]! + this.mod[v]!;
      for (let k = 0; k < this.kidCount[v]!; k++) this.modSum[this.kids[first + k]!] = below;
    }
    return preorder;
  }

  private leftSibling(v: number): number {
    const n = this.number[v]!;
    return n > 1 ? this.kids[this.firstKid[this.parent[v]!]! + n - 2]! : -1;
  }

  private leftmostSibling(v: number): number {
    return this.kids[this.firstKid[this.parent[v]!]!]!;
  }

  private nextLeft(v: number): number {
    return this.kidCount[v]! > 0 ? this.kids[this.firstKid[v]!]! : this.thread[v]!;
  }

  private nextRight(v: number): number {
    return this.kidCount[v]! > 0 ? this.kids[this.firstKid[v]! + this.kidCount[v]! - 1]! : this.thread[v]!;
  }

  /** Walker's first walk for `v`, once every child's own subtree is done (post-order). */
  private firstWalk(v: number): void {
    const count = this.kidCount[v]!;
    if (count === 0) {
      this.midpoint[v] = 0;
      return;
    }
    const first = this.firstKid[v]!;
    let defaultAncestor = this.kids[first]!;
    for (let k = 0; k < count; k++) {
      const w = this.kids[first + k]!;
      // The part of the first walk of `w` that depends on its left sibling.
      if (k === 0) {
        this.prelim[w] = this.midpoint[w]!;
      } else {
        const left = this.kids[first + k - 1]!;
        this.prelim[w] = this.prelim[left]! + this.distance;
        this.mod[w] = this.prelim[w]! - this.midpoint[w]!;
      }
      defaultAncestor = this.apportion(w, defaultAncestor);
    }
    this.executeShifts(v);
    const leftmost = this.kids[first]!;
    const rightmost = this.kids[first + count - 1]!;
    this.midpoint[v] = (this.prelim[leftmost]! + this.prelim[rightmost]!) / 2;
  }

  private apportion(v: number, defaultAncestor: number): number {
    const w = this.leftSibling(v);
    if (w < 0) return defaultAncestor;
    let vip = v;
    let vop = v;
    let vim = w;
    let vom = this.leftmostSibling(vip);
    let sip = this.mod[vip]!;
    let sop = this.mod[vop]!;
    let sim = this.mod[vim]!;
    let som = this.mod[vom]!;
    let nextVim = this.nextRight(vim);
    let nextVip = this.nextLeft(vip);
    while (nextVim >= 0 && nextVip >= 0) {
      vim = nextVim;
      vip = nextVip;
      vom = this.nextLeft(vom);
      vop = this.nextRight(vop);
      this.ancestor[vop] = v;
      const shift = this.prelim[vim]! + sim - (this.prelim[vip]! + sip) + this.distance;
      if (shift > 0) {
        const a = this.parent[this.ancestor[vim]!] === this.parent[v] ? this.ancestor[vim]! : defaultAncestor;
        this.moveSubtree(a, v, shift);
        sip += shift;
        sop += shift;
      }
      sim += this.mod[vim]!;
      sip += this.mod[vip]!;
      som += this.mod[vom]!;
      sop += this.mod[vop]!;
      nextVim = this.nextRight(vim);
      nextVip = this.nextLeft(vip);
    }
    if (nextVim >= 0 && this.nextRight(vop) < 0) {
      this.thread[vop] = nextVim;
      this.mod[vop]! += sim - sop;
    }
    if (nextVip >= 0 && this.nextLeft(vom) < 0) {
      this.thread[vom] = nextVip;
      this.mod[vom]! += sip - som;
      defaultAncestor = v;
    }
    return defaultAncestor;
  }

  private moveSubtree(wm: number, wp: number, shift: number): void {
    const subtrees = this.number[wp]! - this.number[wm]!;
    const perSubtree = shift / subtrees;
    this.change[wp]! -= perSubtree;
    this.shift[wp]! += shift;
    this.change[wm]! += perSubtree;
    this.prelim[wp]! += shift;
    this.mod[wp]! += shift;
  }

  private executeShifts(v: number): void {
    let shift = 0;
    let change = 0;
    const first = this.firstKid[v]!;
    for (let k = this.kidCount[v]! - 1; k >= 0; k--) {
      const w = this.kids[first + k]!;
      this.prelim[w]! += shift;
      this.mod[w]! += shift;
      change += this.change[w]!;
      shift += this.shift[w]! + change;
    }
  }
}

/** The rectangle that holds every card, for zoom-to-fit. An empty layout has a zero rectangle. */
export function layoutBounds(
  positions: ReadonlyMap<string, Point> | readonly Point[],
  size: Size = ORG_CHART_CARD,
): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const points: Iterable<Point> = Array.isArray(positions)
    ? (positions as readonly Point[])
    : (positions as ReadonlyMap<string, Point>).values();
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + size.width);
    maxY = Math.max(maxY, p.y + size.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
