/**
 * A long dashed curve, cut into short pieces that carry the dash pattern on from one to the next.
 *
 * Why: the browser's rasteriser dashes a curved path along its whole length for every tile it
 * paints, even when the tile shows a sliver of it (straight lines it clips first). A dashed
 * influence line across a big map is thousands of dashes, redone for each tile a drag repaints:
 * at 2,000 people, a drag step's frame waited some 300 ms on raster threads while the page's own
 * thread was idle. A piece whose bounds miss a tile is skipped, so each tile dashes only what it
 * shows. The line looks the same: each piece starts its dashes where the one before stopped.
 */

interface Point {
  x: number;
  y: number;
}

export interface DashedPiece {
  /** One cubic Bézier segment of the curve, as SVG path data. */
  d: string;
  /** The length of the curve before this piece: its stroke-dashoffset. */
  offset: number;
}

/** Curves shorter than this (flow units) stay one path: the cost only shows on long ones. */
export const LONG_CURVE = 800;
/** About how long each piece is. */
const PIECE_LENGTH = 300;
/** Chords a piece's length is measured with. */
const CHORDS = 12;

const CUBIC = /^M\s*(\S+?),(\S+?)\s*C\s*(\S+?),(\S+?)\s+(\S+?),(\S+?)\s+(\S+?),(\S+?)\s*$/;

/** The four points of a path that is a single cubic Bézier ("M x,y C x,y x,y x,y"), or null. */
export function cubicOf(path: string): [Point, Point, Point, Point] | null {
  const match = CUBIC.exec(path);
  if (!match) return null;
  const n = match.slice(1).map(Number);
  if (n.some((value) => !Number.isFinite(value))) return null;
  return [
    { x: n[0]!, y: n[1]! },
    { x: n[2]!, y: n[3]! },
    { x: n[4]!, y: n[5]! },
    { x: n[6]!, y: n[7]! },
  ];
}

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

function pointAt([p0, p1, p2, p3]: [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/** The part of the curve between t0 and t1, as a cubic of its own (de Casteljau). */
function segment(curve: [Point, Point, Point, Point], t0: number, t1: number): [Point, Point, Point, Point] {
  // Split at t1 and keep the first part, then split that at t0 / t1 and keep the second.
  const split = ([p0, p1, p2, p3]: [Point, Point, Point, Point], t: number) => {
    const a = lerp(p0, p1, t);
    const b = lerp(p1, p2, t);
    const c = lerp(p2, p3, t);
    const ab = lerp(a, b, t);
    const bc = lerp(b, c, t);
    const mid = lerp(ab, bc, t);
    return { before: [p0, a, ab, mid] as [Point, Point, Point, Point], after: [mid, bc, c, p3] as typeof curve };
  };
  const head = t1 >= 1 ? curve : split(curve, t1).before;
  return t0 <= 0 ? head : split(head, t0 / t1).after;
}

function lengthOf(curve: [Point, Point, Point, Point]): number {
  let length = 0;
  let previous = curve[0];
  for (let i = 1; i <= CHORDS; i++) {
    const next = pointAt(curve, i / CHORDS);
    length += distance(previous, next);
    previous = next;
  }
  return length;
}

const number = (value: number) => String(Math.round(value * 100) / 100);
const pathOf = ([p0, p1, p2, p3]: [Point, Point, Point, Point]) =>
  `M${number(p0.x)},${number(p0.y)} C${number(p1.x)},${number(p1.y)} ${number(p2.x)},${number(p2.y)} ${number(p3.x)},${number(p3.y)}`;

/**
 * The pieces of a dashed curve `path`, or null when it is short, or not one cubic Bézier: then it
 * is drawn as it is.
 */
export function dashedPieces(path: string): DashedPiece[] | null {
  const curve = cubicOf(path);
  if (!curve) return null;
  // The control polygon is at least as long as the curve: a cheap bound to skip short lines.
  const bound = distance(curve[0], curve[1]) + distance(curve[1], curve[2]) + distance(curve[2], curve[3]);
  if (bound < LONG_CURVE) return null;
  const count = Math.ceil(bound / PIECE_LENGTH);
  const pieces: DashedPiece[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const piece = segment(curve, i / count, (i + 1) / count);
    pieces.push({ d: pathOf(piece), offset });
    offset += lengthOf(piece);
  }
  return pieces;
}
