export interface Point {
  x: number;
  y: number;
}

/** The footprint of a person card on the canvas, with the gap kept between cards. */
export const CARD_SIZE = { width: 200, height: 120 };
const GAP = { x: 30, y: 40 };

/**
 * The free slot nearest to `centre` on a grid of card-sized cells, so a new card never lands on
 * top of another. Rings are searched outward; the first free cell in the nearest ring wins.
 */
export function freeSpotNear(centre: Point, taken: readonly Point[], maxRings = 30): Point {
  const stepX = CARD_SIZE.width + GAP.x;
  const stepY = CARD_SIZE.height + GAP.y;
  const origin = { x: centre.x - CARD_SIZE.width / 2, y: centre.y - CARD_SIZE.height / 2 };
  const overlaps = (spot: Point) =>
    taken.some((other) => Math.abs(other.x - spot.x) < stepX && Math.abs(other.y - spot.y) < stepY);
  for (let ring = 0; ring <= maxRings; ring++) {
    const offsets: { dx: number; dy: number }[] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) offsets.push({ dx, dy });
      }
    }
    // Rows fill first (right, then left), then the row below, then above: cards added one after
    // another line up the way people read.
    offsets.sort(
      (a, b) => Math.abs(a.dy) - Math.abs(b.dy) || b.dy - a.dy || Math.abs(a.dx) - Math.abs(b.dx) || b.dx - a.dx,
    );
    const free = offsets
      .map(({ dx, dy }) => ({ x: origin.x + dx * stepX, y: origin.y + dy * stepY }))
      .find((cell) => !overlaps(cell));
    if (free) return free;
  }
  return origin;
}
