import { describe, expect, it } from 'vitest';
import { INFLUENCE_MAX, INFLUENCE_MIN, STANCES, type Stance } from '../../shared/domain/enums';
import {
  cellAt,
  cellCapacity,
  cellRect,
  cellValues,
  GRID_COLUMNS,
  GRID_ROWS,
  gridCellOf,
  gridRect,
  layoutInfluenceStanceGrid,
  placeInCell,
  type Point,
  type Rect,
  type Size,
} from '../../shared/domain/influenceStanceGrid';

const CELL: Size = { width: 300, height: 200 };
const CARD: Size = { width: 120, height: 60 };
const EPS = 1e-9;

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));

describe('gridCellOf and cellValues', () => {
  it('puts stance across (opposed left, champion right) and influence up (5 on top)', () => {
    expect(gridCellOf({ influence: 5, stance: 'opposed' })).toEqual({ column: 0, row: 0 });
    expect(gridCellOf({ influence: 1, stance: 'champion' })).toEqual({ column: 4, row: 4 });
    expect(gridCellOf({ influence: 3, stance: 'neutral' })).toEqual({ column: 2, row: 2 });
    expect(gridCellOf({ influence: 4, stance: 'skeptical' })).toEqual({ column: 1, row: 1 });
    expect(gridCellOf({ influence: 2, stance: 'supportive' })).toEqual({ column: 3, row: 3 });
  });

  it('round-trips every influence and stance through its cell', () => {
    expect(GRID_COLUMNS).toBe(5);
    expect(GRID_ROWS).toBe(5);
    for (const stance of STANCES) {
      for (let influence = INFLUENCE_MIN; influence <= INFLUENCE_MAX; influence++) {
        expect(cellValues(gridCellOf({ influence, stance }))).toEqual({ influence, stance });
      }
    }
  });

  it('clamps and rounds an influence outside 1..5', () => {
    expect(gridCellOf({ influence: 0, stance: 'neutral' }).row).toBe(4);
    expect(gridCellOf({ influence: 9, stance: 'neutral' }).row).toBe(0);
    expect(gridCellOf({ influence: 2.6, stance: 'neutral' }).row).toBe(2);
  });

  it('refuses a cell that is not on the grid', () => {
    expect(() => cellValues({ column: 5, row: 0 })).toThrow(RangeError);
    expect(() => cellValues({ column: 0, row: -1 })).toThrow(RangeError);
    expect(() => cellValues({ column: 1.5, row: 0 })).toThrow(RangeError);
  });
});

describe('cellRect and gridRect', () => {
  it('tiles the grid from its origin', () => {
    expect(cellRect(0, 0, CELL)).toEqual({ x: 0, y: 0, width: 300, height: 200 });
    expect(cellRect(4, 2, CELL, { x: 50, y: 10 })).toEqual({ x: 1250, y: 410, width: 300, height: 200 });
    expect(gridRect(CELL, { x: 50, y: 10 })).toEqual({ x: 50, y: 10, width: 1500, height: 1000 });
  });
});

describe('cellAt', () => {
  const origin = { x: 40, y: -30 };
  const stanceAt = (x: number) => cellAt({ x, y: origin.y + 1 }, CELL, { origin })?.stance;
  const influenceAt = (y: number) => cellAt({ x: origin.x + 1, y }, CELL, { origin })?.influence;

  it('changes stance exactly at each column border (left side belongs to the left cell)', () => {
    for (let column = 1; column < GRID_COLUMNS; column++) {
      const border = origin.x + column * CELL.width;
      expect(stanceAt(border - 0.001)).toBe(STANCES[column - 1]);
      expect(stanceAt(border)).toBe(STANCES[column]);
    }
  });

  it('changes influence exactly at each row border', () => {
    for (let row = 1; row < GRID_ROWS; row++) {
      const border = origin.y + row * CELL.height;
      expect(influenceAt(border - 0.001)).toBe(INFLUENCE_MAX - (row - 1));
      expect(influenceAt(border)).toBe(INFLUENCE_MAX - row);
    }
  });

  it('is null just outside each edge of the grid and a cell just inside', () => {
    const right = origin.x + GRID_COLUMNS * CELL.width;
    const bottom = origin.y + GRID_ROWS * CELL.height;
    expect(stanceAt(origin.x)).toBe('opposed');
    expect(stanceAt(origin.x - 0.001)).toBeUndefined();
    expect(stanceAt(right - 0.001)).toBe('champion');
    expect(stanceAt(right)).toBeUndefined();
    expect(influenceAt(origin.y)).toBe(5);
    expect(influenceAt(origin.y - 0.001)).toBeUndefined();
    expect(influenceAt(bottom - 0.001)).toBe(1);
    expect(influenceAt(bottom)).toBeUndefined();
    expect(cellAt({ x: Number.NaN, y: 0 }, CELL)).toBeNull();
  });

  it('with clamp, takes the nearest border cell outside the grid', () => {
    const clamp = (p: Point) => cellAt(p, CELL, { clamp: true });
    expect(clamp({ x: -1, y: -1 })).toEqual({ influence: 5, stance: 'opposed' });
    expect(clamp({ x: 99_999, y: 99_999 })).toEqual({ influence: 1, stance: 'champion' });
    expect(clamp({ x: 1500, y: 999.999 })).toEqual({ influence: 1, stance: 'champion' });
    expect(clamp({ x: 650, y: -500 })).toEqual({ influence: 5, stance: 'neutral' });
    expect(clamp({ x: 0, y: 0 })).toEqual({ influence: 5, stance: 'opposed' });
  });
});

/** Checks the layout rule: never side by side overlapping, and rows at least `minVisible` apart. */
function expectWithinOverlapLimit(positions: Map<string, Point>, card: Size, minVisible: number) {
  const list = [...positions.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const dx = Math.abs(a.x - b.x);
      const dy = Math.abs(a.y - b.y);
      if (dx < card.width - EPS && dy < minVisible - EPS) {
        throw new Error(`cards at ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap past the limit`);
      }
    }
  }
}
const overlapping = (positions: Map<string, Point>, card: Size) => {
  const list = [...positions.values()];
  return list.some((a, i) =>
    list.some((b, j) => j > i && Math.abs(a.x - b.x) < card.width - EPS && Math.abs(a.y - b.y) < card.height - EPS),
  );
};
const inside = (positions: Map<string, Point>, rect: Rect, card: Size) =>
  [...positions.values()].every(
    (p) =>
      p.x >= rect.x - EPS &&
      p.y >= rect.y - EPS &&
      p.x + card.width <= rect.x + rect.width + EPS &&
      p.y + card.height <= rect.y + rect.height + EPS,
  );

describe('placeInCell', () => {
  const rect = cellRect(1, 1, CELL); // x 300..600, y 200..400
  // With padding 8 the inner area is 284 × 184: 2 columns; 2 rows with the 8 px gap, 3 rows
  // touching (180 ≤ 184), 1 + ⌊(184 − 60) / 15⌋ = 9 rows stacked at the default 15 px limit.
  const capacity = cellCapacity(rect, CARD);

  it('places nobody for an empty cell', () => {
    expect(placeInCell([], rect, CARD).size).toBe(0);
  });

  it('centres one card in the cell', () => {
    expect(placeInCell(ids(1), rect, CARD).get('p0')).toEqual({ x: 390, y: 270 });
  });

  it('puts cards row by row in the order given, with the gap, centred', () => {
    const positions = placeInCell(ids(3), rect, CARD);
    // Block 2 × 2 cards: 248 × 128 in the inner 284 × 184 starting at (308, 208).
    expect(positions.get('p0')).toEqual({ x: 326, y: 236 });
    expect(positions.get('p1')).toEqual({ x: 454, y: 236 });
    expect(positions.get('p2')).toEqual({ x: 326, y: 304 });
  });

  it('reports its capacity without overlap and within the overlap limit', () => {
    expect(capacity).toEqual({ withoutOverlap: 6, withinLimit: 18 });
  });

  it('fills without overlap up to the capacity, and only then starts to overlap', () => {
    const atLimit = placeInCell(ids(capacity.withoutOverlap), rect, CARD);
    expect(overlapping(atLimit, CARD)).toBe(false);
    expect(inside(atLimit, rect, CARD)).toBe(true);
    const past = placeInCell(ids(capacity.withoutOverlap + 1), rect, CARD);
    expect(overlapping(past, CARD)).toBe(true);
    expectWithinOverlapLimit(past, CARD, 15);
    expect(inside(past, rect, CARD)).toBe(true);
  });

  it('stays inside the cell up to the overlap limit and overflows below it after', () => {
    const atLimit = placeInCell(ids(capacity.withinLimit), rect, CARD);
    expect(inside(atLimit, rect, CARD)).toBe(true);
    expectWithinOverlapLimit(atLimit, CARD, 15);
    const past = placeInCell(ids(capacity.withinLimit + 1), rect, CARD);
    expect(inside(past, rect, CARD)).toBe(false);
    expectWithinOverlapLimit(past, CARD, 15);
    for (const p of past.values()) {
      expect(p.x).toBeGreaterThanOrEqual(rect.x);
      expect(p.x + CARD.width).toBeLessThanOrEqual(rect.x + rect.width);
      expect(p.y).toBeGreaterThanOrEqual(rect.y);
    }
  });

  it('never overlaps beyond the limit, for any number of people and cell shape', () => {
    const cells: Rect[] = [
      { x: 0, y: 0, width: 300, height: 200 },
      { x: -50, y: 20, width: 137, height: 500 },
      { x: 10, y: 10, width: 900, height: 90 },
      { x: 0, y: 0, width: 80, height: 40 }, // smaller than a card
    ];
    for (const cell of cells) {
      for (const minVisible of [15, 30, 60]) {
        const limit = cellCapacity(cell, CARD, { minVisible });
        for (let n = 1; n <= 60; n++) {
          const positions = placeInCell(ids(n), cell, CARD, { minVisible });
          expect(positions.size).toBe(n);
          expectWithinOverlapLimit(positions, CARD, minVisible);
          if (n <= limit.withoutOverlap) expect(overlapping(positions, CARD)).toBe(false);
          if (n <= limit.withinLimit && cell.width >= CARD.width + 16 && cell.height >= CARD.height + 16) {
            expect(inside(positions, cell, CARD)).toBe(true);
          }
        }
      }
    }
  });

  it('places a repeated id once', () => {
    expect([...placeInCell([{ id: 'a' }, { id: 'a' }, { id: 'b' }], rect, CARD).keys()]).toEqual(['a', 'b']);
  });
});

describe('layoutInfluenceStanceGrid', () => {
  it('puts every card inside the cell of its influence and stance', () => {
    const people: { id: string; influence: number; stance: Stance }[] = [];
    let k = 0;
    for (const stance of STANCES) {
      for (let influence = 1; influence <= 5; influence++) {
        for (let i = 0; i < ((influence + k) % 4) + 1; i++) people.push({ id: `p${k++}`, influence, stance });
      }
    }
    const origin = { x: 100, y: 50 };
    const positions = layoutInfluenceStanceGrid(people, CELL, CARD, { origin });
    expect(positions.size).toBe(people.length);
    for (const person of people) {
      const p = positions.get(person.id)!;
      const centre = { x: p.x + CARD.width / 2, y: p.y + CARD.height / 2 };
      expect(cellAt(centre, CELL, { origin })).toEqual({ influence: person.influence, stance: person.stance });
      const { column, row } = gridCellOf(person);
      expect(inside(new Map([[person.id, p]]), cellRect(column, row, CELL, origin), CARD)).toBe(true);
    }
    expect(overlapping(positions, CARD)).toBe(false);
  });
});
