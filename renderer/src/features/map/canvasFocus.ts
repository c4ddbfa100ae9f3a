/**
 * Where the arrow keys take focus on the canvas. A card's lines come first: an arrow goes to the
 * nearest card joined to it by a line that lies that way. Up and down, that is within about 63° of
 * the arrow, so the reports fanned out below a manager are all "down" and the manager is "up" from
 * each; sideways only within about 27°, so that from one report → goes to the next report, not up
 * the line to the manager. Only when no line leaves that way does an arrow go to the nearest card
 * that way, joined or not, so every card can be reached.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

/** A card by the point the keys steer by (its centre; a department's header). */
export interface FocusPoint {
  id: string;
  x: number;
  y: number;
}

export interface FocusLine {
  id: string;
  source: string;
  target: string;
}

export const DIRECTION_OF_KEY: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const UNIT: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** How far `to` lies along the arrow and how far off to the side of it. */
function offset(from: FocusPoint, to: FocusPoint, direction: Direction) {
  const { x, y } = UNIT[direction];
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  return { along: dx * x + dy * y, aside: Math.abs(dx * y - dy * x) };
}

/** The nearest of `candidates` that way; a card off to the side counts as twice as far. */
function nearest(from: FocusPoint, candidates: FocusPoint[], direction: Direction, cone: number) {
  let best: FocusPoint | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const { along, aside } = offset(from, candidate, direction);
    if (along <= 0 || aside > along * cone) continue;
    const score = along + 2 * aside;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.id;
}

/** How far aside a joined card may stand for each unit along the arrow: tan 63° and tan 27°. */
const LINE_CONE_VERTICAL = 2;
const LINE_CONE_SIDEWAYS = 0.5;

/** The ids of the cards joined to `id` by a line. */
export function joinedTo(id: string, lines: readonly FocusLine[]): Set<string> {
  const ids = new Set<string>();
  for (const line of lines) {
    if (line.source === id) ids.add(line.target);
    if (line.target === id) ids.add(line.source);
  }
  return ids;
}

/** The card an arrow key goes to from `fromId`, or undefined at the edge of the map. */
export function nextCard(
  fromId: string,
  points: readonly FocusPoint[],
  lines: readonly FocusLine[],
  direction: Direction,
): string | undefined {
  const from = points.find((point) => point.id === fromId);
  if (!from) return undefined;
  const joined = joinedTo(fromId, lines);
  const cone = direction === 'up' || direction === 'down' ? LINE_CONE_VERTICAL : LINE_CONE_SIDEWAYS;
  const alongLine = nearest(
    from,
    points.filter((point) => joined.has(point.id)),
    direction,
    cone,
  );
  return alongLine ?? nearest(from, [...points], direction, Infinity);
}

/** The cards in reading order: top to bottom, then left to right within a row of cards. */
export function readingOrder<T extends FocusPoint>(points: readonly T[], rowHeight = 60): T[] {
  return [...points].sort((a, b) => Math.round(a.y / rowHeight) - Math.round(b.y / rowHeight) || a.x - b.x);
}

/** A card's lines in the order L steps through them: by where the card at the other end stands. */
export function linesOf(id: string, points: readonly FocusPoint[], lines: readonly FocusLine[]): FocusLine[] {
  const order = new Map(readingOrder(points).map((point, index) => [point.id, index]));
  const otherEnd = (line: FocusLine) => order.get(line.source === id ? line.target : line.source) ?? Infinity;
  return lines.filter((line) => line.source === id || line.target === id).sort((a, b) => otherEnd(a) - otherEnd(b));
}
