/**
 * The org-chart view's auto-layout: a top-down tree on `reports_to` lines, grouped by org unit.
 * Pure and dependency-free; linear time per try.
 *
 * Two shapes are tried and the one that fits a screen best (the largest zoom at which the whole
 * chart fits a `aspect`-shaped screen) is kept, the classic one on a tie:
 * - the classic tidy tree (`layoutTidyTree`): every report one level below the manager, side by
 *   side (Buchheim, Jünger and Leipert, "Improving Walker's algorithm to run in linear time", 2002);
 * - the wrapped chart (`layoutWrappedTree`), as org-chart tools draw big organisations: a manager's
 *   reports are stacked in columns of at most `stackRows`, each column with a trunk line down its
 *   left side that the reporting lines branch off (`ORG_CHART_TRUNK` wide), and no subtree grows
 *   wider than `wrapWidth` (fewer, taller columns instead); trees and loners wrap into rows of
 *   that width too.
 *
 * Rules common to both:
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
  /** The screen shape (width ÷ height) the chart should fit; a wide window by default. */
  aspect?: number;
}

/** Options of one wrapped layout; `layoutOrgChart` tries several and keeps the best. */
export interface WrapOptions {
  /** At most this many reports stacked in one column (1: side by side, as in the classic tree). */
  stackRows: number;
  /** No subtree wider than this (flow units), unless one column of cards is already wider. */
  wrapWidth: number;
}

export const ORG_CHART_CARD: Readonly<Size> = { width: 200, height: 120 };
export const ORG_CHART_GAP: Readonly<Point> = { x: 30, y: 80 };
/** Room left of a stacked column for its trunk line; the line runs down its middle. */
export const ORG_CHART_TRUNK = 24;
/** Vertical gap between cards stacked in one column. */
export const ORG_CHART_STACK_GAP = 20;
/** A wide window's canvas, side panels open: what Fit has to fit the chart into. */
export const SCREEN_ASPECT = 1.5;

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

/** The forest as arrays by person index, shared by every try of the layout. */
interface Forest {
  people: OrgChartPerson[];
  n: number;
  parent: Int32Array;
  rank: Int32Array;
  firstKid: Int32Array;
  kidCount: Int32Array;
  kids: Int32Array;
  siblingNumber: Int32Array;
  roots: number[];
  loners: number[];
  size: Size;
  gap: Point;
}

function toPositions(forest: Forest, xs: Float64Array, ys: Float64Array): Map<string, Point> {
  const result = new Map<string, Point>();
  for (let v = 0; v < forest.n; v++) result.set(forest.people[v]!.id, { x: xs[v]!, y: ys[v]! });
  return result;
}

/** How big a zoom fits `bounds` into a screen of the given shape (relative: higher is better). */
function fitScore(width: number, height: number, aspect: number): number {
  return Math.min(aspect / Math.max(width, 1), 1 / Math.max(height, 1));
}

/**
 * Lays out the people as an org chart: the classic tree or a wrapped one, whichever fits a screen
 * of shape `aspect` at the larger zoom. Returns the top-left corner of every person's card, in the
 * order of `people` (a repeated id keeps its first entry).
 */
export function layoutOrgChart(input: OrgChartInput): Map<string, Point> {
  const forest = prepareForest(input);
  if (forest.n === 0) return new Map();
  const aspect = input.aspect ?? SCREEN_ASPECT;
  const { size, gap } = forest;
  let best = tidyForest(forest);
  let bestScore = fitScore(best.width, best.height, aspect) * 1.02; // the classic shape wins a near tie
  // Widths around the one a perfectly packed chart of this many cards would have on that screen.
  const ideal = Math.sqrt(forest.n * (size.width + gap.x) * (size.height + ORG_CHART_STACK_GAP) * aspect);
  for (const stackRows of [2, 3, 4, 6, 9, 14, 1e9]) {
    for (const factor of [0.5, 0.7, 1, 1.4, 2, 3]) {
      const tryIt = wrappedForest(forest, { stackRows, wrapWidth: ideal * factor });
      const score = fitScore(tryIt.width, tryIt.height, aspect);
      if (score > bestScore) {
        best = tryIt;
        bestScore = score;
      }
    }
  }
  return toPositions(forest, best.xs, best.ys);
}

/** The classic tidy tree: every report one level below the manager, side by side. */
export function layoutTidyTree(input: OrgChartInput): Map<string, Point> {
  const forest = prepareForest(input);
  const laid = tidyForest(forest);
  return toPositions(forest, laid.xs, laid.ys);
}

/** The wrapped chart with the given options (see the module comment). */
export function layoutWrappedTree(input: OrgChartInput, options: WrapOptions): Map<string, Point> {
  const forest = prepareForest(input);
  const laid = wrappedForest(forest, options);
  return toPositions(forest, laid.xs, laid.ys);
}

interface Laid {
  xs: Float64Array;
  ys: Float64Array;
  width: number;
  height: number;
}

function extent(forest: Forest, xs: Float64Array, ys: Float64Array): Laid {
  let width = 0;
  let height = 0;
  for (let v = 0; v < forest.n; v++) {
    width = Math.max(width, xs[v]! + forest.size.width);
    height = Math.max(height, ys[v]! + forest.size.height);
  }
  return { xs, ys, width, height };
}

function prepareForest(input: OrgChartInput): Forest {
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
  return { people, n, parent, rank, firstKid, kidCount, kids, siblingNumber, roots, loners, size, gap };
}

function tidyForest(forest: Forest): Laid {
  const { n, parent, rank, firstKid, kidCount, kids, siblingNumber, roots, loners, size, gap } = forest;
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
  return extent(forest, xs, ys);
}

/**
 * The wrapped chart. Bottom-up, each subtree gets a box: the manager's card on top, the reports'
 * boxes below in columns (at most `stackRows` a column, fewer columns while the row is wider than
 * the room left at that depth). A column of two or more is stacked: its boxes sit `ORG_CHART_TRUNK`
 * right of the column's edge, their managers' cards at the left of their boxes, so the trunk line
 * down that edge reaches each card's left side without crossing anything. Top-down, the boxes get
 * their places. Trees and loner blocks then wrap into rows no wider than `wrapWidth`.
 */
function wrappedForest(forest: Forest, { stackRows, wrapWidth }: WrapOptions): Laid {
  const { n, rank, firstKid, kidCount, kids, roots, loners, size, gap } = forest;
  const W = size.width;
  const H = size.height;
  const T = ORG_CHART_TRUNK;
  const stepX = W + gap.x;
  const stepY = H + gap.y;
  const boxW = new Float64Array(n);
  const boxH = new Float64Array(n);
  const cardAt = new Float64Array(n); // the card's x in its box when the box is not stacked
  const relX = new Float64Array(n); // the box's corner in its manager's box
  const relY = new Float64Array(n);
  const stacked = new Uint8Array(n);
  const depth = new Int32Array(n);

  const preorder: number[] = [];
  for (const root of roots) {
    depth[root] = 0;
    const start = preorder.length;
    preorder.push(root);
    for (let i = start; i < preorder.length; i++) {
      const v = preorder[i]!;
      for (let k = 0; k < kidCount[v]!; k++) {
        const w = kids[firstKid[v]! + k]!;
        depth[w] = depth[v]! + 1;
        preorder.push(w);
      }
    }
  }

  const order: number[] = [];
  for (let i = preorder.length - 1; i >= 0; i--) {
    const v = preorder[i]!;
    const count = kidCount[v]!;
    if (count === 0) {
      boxW[v] = W;
      boxH[v] = H;
      cardAt[v] = 0;
      continue;
    }
    const first = firstKid[v]!;
    // Each level down has one trunk less of room, so a stacked column of subtrees still fits.
    const room = Math.max(W + 2 * T, wrapWidth - T * depth[v]!);
    // Reports without reports of their own first, stacked `stackRows` high; then the subtrees side
    // by side. While that is wider than the room, the leaf columns grow taller, then the subtrees
    // stack too.
    order.length = 0;
    for (let k = 0; k < count; k++) if (kidCount[kids[first + k]!] === 0) order.push(kids[first + k]!);
    const leafCount = order.length;
    for (let k = 0; k < count; k++) if (kidCount[kids[first + k]!]! > 0) order.push(kids[first + k]!);
    const branchCount = count - leafCount;
    let leafColumns = leafCount === 0 ? 0 : Math.ceil(leafCount / stackRows);
    let branchColumns = branchCount;
    let oneColumn = false;
    const columnsOf = (): number[][] => {
      const columns: number[][] = [];
      const split = (from: number, length: number, parts: number) => {
        const per = Math.ceil(length / parts);
        for (let k = 0; k < length; k += per) columns.push(order.slice(from + k, from + Math.min(length, k + per)));
      };
      if (oneColumn) return [order.slice(0, count)];
      if (leafColumns > 0) split(0, leafCount, leafColumns);
      if (branchColumns === branchCount) for (let k = leafCount; k < count; k++) columns.push([order[k]!]);
      else if (branchColumns > 0) {
        // Subtrees differ in height: each column takes about its share of the total height.
        let left = 0;
        for (let k = leafCount; k < count; k++) left += boxH[order[k]!]! + ORG_CHART_STACK_GAP;
        let column: number[] = [];
        let height = 0;
        let parts = branchColumns;
        for (let k = leafCount; k < count; k++) {
          const h = boxH[order[k]!]! + ORG_CHART_STACK_GAP;
          if (column.length > 0 && parts > 1 && height + h / 2 > left / parts) {
            columns.push(column);
            left -= height;
            parts--;
            column = [];
            height = 0;
          }
          column.push(order[k]!);
          height += h;
        }
        columns.push(column);
      }
      return columns;
    };
    const widthOf = (columns: number[][]): number => {
      let total = (columns.length - 1) * gap.x;
      for (const column of columns) {
        let widest = 0;
        for (const w of column) widest = Math.max(widest, boxW[w]!);
        total += widest + (column.length > 1 ? T : 0);
      }
      return total;
    };
    let columns = columnsOf();
    let total = widthOf(columns);
    while (total > room) {
      if (leafColumns > 1) leafColumns--;
      else if (branchColumns > 1) branchColumns--;
      else if (!oneColumn && leafColumns + branchColumns > 1) oneColumn = true;
      else break;
      columns = columnsOf();
      total = widthOf(columns);
    }
    let x = 0;
    let tallest = 0;
    for (const column of columns) {
      const stack = column.length > 1;
      let y = H + gap.y;
      let widest = 0;
      for (const w of column) {
        relX[w] = x + (stack ? T : 0);
        relY[w] = y;
        stacked[w] = stack ? 1 : 0;
        y += boxH[w]! + ORG_CHART_STACK_GAP;
        widest = Math.max(widest, boxW[w]!);
      }
      tallest = Math.max(tallest, y - ORG_CHART_STACK_GAP);
      x += widest + (stack ? T : 0) + gap.x;
    }
    // The manager centred over the reports' cards (the first and last column's), as in the classic tree.
    const firstKidId = order[0]!;
    const lastKidId = order[count - 1]!;
    const centreOf = (w: number) => relX[w]! + (stacked[w] ? 0 : cardAt[w]!) + W / 2;
    let card = columns.length === count ? (centreOf(firstKidId) + centreOf(lastKidId)) / 2 - W / 2 : (total - W) / 2;
    if (card < 0) {
      for (const w of order) relX[w]! -= card;
      total -= card;
      card = 0;
    }
    cardAt[v] = card;
    boxW[v] = Math.max(W, total, card + W);
    boxH[v] = tallest;
  }

  // Trees, then each unit's loners, wrap into rows; a new unit starts two gaps on.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const boxX = new Float64Array(n); // each box's corner on the map
  const boxY = new Float64Array(n);
  let cursorX = 0;
  let rowTop = 0;
  let rowHeight = 0;
  let previousRank = -1;
  const place = (width: number, height: number, unitRank: number, newRow: boolean): Point => {
    let x = cursorX === 0 ? 0 : cursorX + (unitRank === previousRank ? gap.x : 2 * gap.x);
    if ((newRow || x + width > wrapWidth) && cursorX > 0) {
      rowTop += rowHeight + gap.y;
      rowHeight = 0;
      x = 0;
    }
    cursorX = x + width;
    rowHeight = Math.max(rowHeight, height);
    previousRank = unitRank;
    return { x, y: rowTop };
  };
  for (const root of roots) {
    const at = place(boxW[root]!, boxH[root]!, rank[root]!, false);
    boxX[root] = at.x;
    boxY[root] = at.y;
  }
  for (let start = 0, firstBlock = true; start < loners.length; firstBlock = false) {
    let end = start;
    while (end < loners.length && rank[loners[end]!] === rank[loners[start]!]) end++;
    const count = end - start;
    const columns = Math.ceil(Math.sqrt(count));
    const rows = Math.ceil(count / columns);
    const at = place(columns * stepX - gap.x, rows * stepY - gap.y, rank[loners[start]!]!, firstBlock);
    for (let k = 0; k < count; k++) {
      const v = loners[start + k]!;
      xs[v] = at.x + (k % columns) * stepX;
      ys[v] = at.y + Math.floor(k / columns) * stepY;
    }
    start = end;
  }

  // Top-down: each box's corner from its manager's, each card at its place in its box.
  for (const v of preorder) {
    const p = forest.parent[v]!;
    if (p >= 0 && depth[v]! > 0) {
      boxX[v] = boxX[p]! + relX[v]!;
      boxY[v] = boxY[p]! + relY[v]!;
    }
    xs[v] = boxX[v]! + (stacked[v] ? 0 : cardAt[v]!);
    ys[v] = boxY[v]!;
  }
  return extent(forest, xs, ys);
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

/** Where a stacked report's line runs: down the trunk at `x`, from the bus above the column's top card. */
export interface ReportTrunk {
  x: number;
  headTop: number;
}

/**
 * The reporting lines that reach a card stacked in a column: two or more of one manager's reports
 * whose cards share a left edge, below the manager. Their lines run down a trunk `ORG_CHART_TRUNK / 2`
 * left of the column and into each card's left side; every other line keeps its plain route.
 * Keyed by line id. Works on any positions, so cards aligned by hand into a column read the same.
 */
export function reportTrunks(
  positions: ReadonlyMap<string, Point>,
  lines: readonly { id: string; reportId: string; managerId: string }[],
  size: Size = ORG_CHART_CARD,
): Map<string, ReportTrunk> {
  const byColumn = new Map<string, { id: string; y: number }[]>();
  for (const line of lines) {
    const manager = positions.get(line.managerId);
    const report = positions.get(line.reportId);
    if (!manager || !report || report.y < manager.y + size.height) continue;
    const key = `${line.managerId}\u0000${Math.round(report.x)}`;
    const column = byColumn.get(key);
    if (column) column.push({ id: line.id, y: report.y });
    else byColumn.set(key, [{ id: line.id, y: report.y }]);
  }
  const trunks = new Map<string, ReportTrunk>();
  for (const [key, column] of byColumn) {
    if (column.length < 2) continue;
    const x = Number(key.slice(key.indexOf('\u0000') + 1)) - ORG_CHART_TRUNK / 2;
    const headTop = Math.min(...column.map((one) => one.y));
    for (const one of column) trunks.set(one.id, { x, headTop });
  }
  return trunks;
}
