/**
 * The influence × stance view: influence 1..5 runs up, stance
 * −2..+2 (opposed … champion) runs across. Column 0 is `opposed`, column 4 `champion`; row 0 is
 * influence 5 (top), row 4 influence 1 (bottom). Cells are half-open: a cell holds the points
 * with `x` in [left, left + width) and `y` in [top, top + height).
 */
import { INFLUENCE_MAX, INFLUENCE_MIN, STANCES, stanceFromValue, stanceValue, type Stance } from './enums';

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Point, Size {}
export interface GridCell {
  column: number;
  row: number;
}
export interface GridValues {
  influence: number;
  stance: Stance;
}

export const GRID_COLUMNS = STANCES.length;
export const GRID_ROWS = INFLUENCE_MAX - INFLUENCE_MIN + 1;

/** The cell a person sits in. Influence outside 1..5 is clamped and rounded. */
export function gridCellOf(person: { influence: number; stance: Stance }): GridCell {
  const influence = Math.min(INFLUENCE_MAX, Math.max(INFLUENCE_MIN, Math.round(person.influence)));
  return { column: stanceValue(person.stance) + 2, row: INFLUENCE_MAX - influence };
}

/** The influence and stance a cell stands for (the inverse of `gridCellOf`). */
export function cellValues(cell: GridCell): GridValues {
  if (!isCell(cell)) throw new RangeError(`no such grid cell: ${cell.column},${cell.row}`);
  return { influence: INFLUENCE_MAX - cell.row, stance: stanceFromValue(cell.column - 2) };
}

function isCell({ column, row }: GridCell): boolean {
  return (
    Number.isInteger(column) &&
    Number.isInteger(row) &&
    column >= 0 &&
    column < GRID_COLUMNS &&
    row >= 0 &&
    row < GRID_ROWS
  );
}

/** The rectangle of a cell; `origin` is the grid's top-left corner. */
export function cellRect(column: number, row: number, cellSize: Size, origin: Point = { x: 0, y: 0 }): Rect {
  return {
    x: origin.x + column * cellSize.width,
    y: origin.y + row * cellSize.height,
    width: cellSize.width,
    height: cellSize.height,
  };
}

/** The whole grid's rectangle. */
export function gridRect(cellSize: Size, origin: Point = { x: 0, y: 0 }): Rect {
  return { x: origin.x, y: origin.y, width: GRID_COLUMNS * cellSize.width, height: GRID_ROWS * cellSize.height };
}

/**
 * The influence and stance under a point (e.g. where a dragged card is dropped). Outside the grid
 * it is `null`, or with `clamp: true` the nearest cell on the grid's edge (so a drop just past the
 * border still lands in the border cell).
 */
export function cellAt(
  point: Point,
  cellSize: Size,
  options: { origin?: Point; clamp?: boolean } = {},
): GridValues | null {
  const origin = options.origin ?? { x: 0, y: 0 };
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return null;
  let column = Math.floor((point.x - origin.x) / cellSize.width);
  let row = Math.floor((point.y - origin.y) / cellSize.height);
  if (options.clamp) {
    column = Math.min(GRID_COLUMNS - 1, Math.max(0, column));
    row = Math.min(GRID_ROWS - 1, Math.max(0, row));
  }
  return isCell({ column, row }) ? cellValues({ column, row }) : null;
}

export interface CellPlacementOptions {
  /** Space kept between the cell's border and the cards (default 8). */
  padding?: number;
  /** Space between cards while they fit without overlapping (default 8). */
  gap?: number;
  /**
   * The overlap limit: when the cards do not fit side by side, rows are stacked closer, each row
   * still showing at least this many pixels of the card above it (default a quarter of the card
   * height, enough for the name line). Cards never overlap sideways and never more than this; a
   * cell with more people than that overflows below its bottom edge instead.
   */
  minVisible?: number;
}

const defaults = (cardSize: Size, options: CellPlacementOptions) => ({
  padding: options.padding ?? 8,
  gap: options.gap ?? 8,
  minVisible: Math.min(cardSize.height, Math.max(1, options.minVisible ?? Math.round(cardSize.height / 4))),
});

/** How many cards of length `card`, `gap` apart, fit along `space` (at least one). */
const fitting = (space: number, card: number, gap: number) => Math.max(1, Math.floor((space + gap) / (card + gap)));

/** How many cards a cell holds without any overlap, and within the documented overlap limit. */
export function cellCapacity(
  rect: Size,
  cardSize: Size,
  options: CellPlacementOptions = {},
): { withoutOverlap: number; withinLimit: number } {
  const { padding, minVisible } = defaults(cardSize, options);
  const innerW = rect.width - 2 * padding;
  const innerH = rect.height - 2 * padding;
  const columns = fitting(innerW, cardSize.width, 0);
  const rowsTouching = fitting(innerH, cardSize.height, 0);
  const rowsStacked = innerH < cardSize.height ? 1 : 1 + Math.floor((innerH - cardSize.height) / minVisible);
  return { withoutOverlap: columns * rowsTouching, withinLimit: columns * Math.max(rowsTouching, rowsStacked) };
}

/**
 * Top-left corners for the cards of the people in one cell, in the order given, row by row.
 * While they fit, cards keep `gap` between them and the group is centred in the cell; then the
 * gaps shrink to zero; then rows overlap (each still showing `minVisible` pixels); beyond that
 * the rows continue below the cell. Cards wider than the cell sit in one column at its left edge.
 */
export function placeInCell(
  people: readonly { id: string }[],
  rect: Rect,
  cardSize: Size,
  options: CellPlacementOptions = {},
): Map<string, Point> {
  const { padding, gap, minVisible } = defaults(cardSize, options);
  const positions = new Map<string, Point>();
  const ids = [...new Set(people.map((person) => person.id))];
  const n = ids.length;
  if (n === 0) return positions;
  const innerX = rect.x + padding;
  const innerY = rect.y + padding;
  const innerW = rect.width - 2 * padding;
  const innerH = rect.height - 2 * padding;

  let columns: number;
  let stepX: number;
  let stepY: number;
  const roomy = fitting(innerW, cardSize.width, gap);
  if (n <= roomy * fitting(innerH, cardSize.height, gap)) {
    columns = Math.min(n, roomy);
    stepX = cardSize.width + gap;
    stepY = cardSize.height + gap;
  } else {
    columns = fitting(innerW, cardSize.width, 0);
    const rows = Math.ceil(n / columns);
    // Spread what room there is: the gap shrinks first, then rows overlap up to the limit.
    stepX = columns > 1 ? Math.min(cardSize.width + gap, (innerW - cardSize.width) / (columns - 1)) : 0;
    stepY = rows > 1 ? Math.min(cardSize.height + gap, (innerH - cardSize.height) / (rows - 1)) : 0;
    stepX = Math.max(stepX, cardSize.width);
    stepY = Math.max(stepY, minVisible);
  }
  const rows = Math.ceil(n / columns);
  const blockW = (columns - 1) * stepX + cardSize.width;
  const blockH = (rows - 1) * stepY + cardSize.height;
  const left = innerX + Math.max(0, (innerW - blockW) / 2);
  const top = innerY + Math.max(0, (innerH - blockH) / 2);
  ids.forEach((id, k) => {
    positions.set(id, { x: left + (k % columns) * stepX, y: top + Math.floor(k / columns) * stepY });
  });
  return positions;
}

/**
 * The whole view: every person placed in the cell of their influence and stance. People keep the
 * order given within their cell (sort them first, e.g. by name).
 */
export function layoutInfluenceStanceGrid(
  people: readonly { id: string; influence: number; stance: Stance }[],
  cellSize: Size,
  cardSize: Size,
  options: CellPlacementOptions & { origin?: Point } = {},
): Map<string, Point> {
  const byCell = new Map<number, { id: string }[]>();
  for (const person of people) {
    const { column, row } = gridCellOf(person);
    const key = row * GRID_COLUMNS + column;
    const list = byCell.get(key);
    if (list) list.push(person);
    else byCell.set(key, [person]);
  }
  const positions = new Map<string, Point>();
  for (const [key, members] of byCell) {
    const rect = cellRect(key % GRID_COLUMNS, Math.floor(key / GRID_COLUMNS), cellSize, options.origin);
    for (const [id, point] of placeInCell(members, rect, cardSize, options))
      if (!positions.has(id)) positions.set(id, point);
  }
  return positions;
}
