import type { Person } from '../../../../shared/api/entities';
import { ROLES } from '../../../../shared/domain/enums';
import {
  cellCapacity,
  cellRect,
  GRID_COLUMNS,
  gridCellOf,
  placeInCell,
  type CellPlacementOptions,
  type Point,
  type Size,
} from '../../../../shared/domain/influenceStanceGrid';

/** Room around the grid for the axis labels: influence on the left, stance above, a caption below. */
export const AXIS = { left: 88, top: 36, bottom: 28 } as const;
const MIN_CELL: Size = { width: 120, height: 104 };
const CHIP_HEIGHT = 42;
const CHIP_MIN_WIDTH = 140;
const CHIP_MAX_WIDTH = 220;
export const PLACEMENT: CellPlacementOptions = { padding: 8, gap: 6, minVisible: 20 };

/** Cell and chip sizes that fill the room the view has (scrolling below a legible minimum). */
export function gridSizes(room: Size): { cell: Size; chip: Size } {
  const cell = {
    width: Math.max(MIN_CELL.width, Math.floor((room.width - AXIS.left - 8) / GRID_COLUMNS)),
    height: Math.max(MIN_CELL.height, Math.floor((room.height - AXIS.top - AXIS.bottom - 8) / 5)),
  };
  const padding = PLACEMENT.padding ?? 8;
  const gap = PLACEMENT.gap ?? 8;
  const inner = cell.width - 2 * padding;
  // Two chips side by side once both stay readable; else one chip as wide as the cell allows.
  const width =
    inner >= 2 * CHIP_MIN_WIDTH + gap
      ? Math.min(CHIP_MAX_WIDTH, Math.floor((inner - gap) / 2))
      : Math.min(CHIP_MAX_WIDTH, inner);
  return { cell, chip: { width, height: CHIP_HEIGHT } };
}

export interface ChipPlacement extends Point {
  person: Person;
  /** Another chip lies over this one's lower part: only its name line is in view. */
  covered: boolean;
}
export interface OverflowPlacement extends Point {
  /** The cell's key (row × columns + column). */
  key: number;
  hidden: Person[];
}
export interface GridLayout {
  chips: ChipPlacement[];
  overflows: OverflowPlacement[];
}

const roleRank = (person: Person) => ROLES.indexOf(person.role);

/** Within a cell, the people who decide come first (so they stay visible), then by name. */
export function byImportance(a: Person, b: Person): number {
  return (
    b.influence - a.influence || roleRank(a) - roleRank(b) || a.name.localeCompare(b.name, undefined, { numeric: true })
  );
}

/**
 * Every person in the cell of their influence and stance, placed with the pure grid layout. A cell
 * holding more than fit within the overlap limit shows the first ones and a "+N" chip for the rest;
 * `keepVisible` (the selected person) is always among those shown.
 */
export function layoutGrid(people: readonly Person[], cell: Size, chip: Size, keepVisible: string | null): GridLayout {
  const byCell = new Map<number, Person[]>();
  for (const person of people) {
    const { column, row } = gridCellOf(person);
    const key = row * GRID_COLUMNS + column;
    const list = byCell.get(key);
    if (list) list.push(person);
    else byCell.set(key, [person]);
  }
  const capacity = Math.max(1, cellCapacity(cell, chip, PLACEMENT).withinLimit);
  const layout: GridLayout = { chips: [], overflows: [] };
  for (const [key, members] of byCell) {
    members.sort(byImportance);
    const rect = cellRect(key % GRID_COLUMNS, Math.floor(key / GRID_COLUMNS), cell, { x: AXIS.left, y: AXIS.top });
    let shown = members;
    let hidden: Person[] = [];
    if (members.length > capacity) {
      shown = members.slice(0, capacity - 1);
      hidden = members.slice(capacity - 1);
      const kept = hidden.findIndex((person) => person.id === keepVisible);
      if (kept >= 0 && shown.length > 0) {
        // Swap the selected person into the last visible place, so focus and selection stay on screen.
        const [selected] = hidden.splice(kept, 1, shown[shown.length - 1] as Person);
        shown = [...shown.slice(0, -1), selected as Person];
      } else if (kept >= 0) {
        shown = hidden.splice(kept, 1);
      }
    }
    const slots = hidden.length > 0 ? [...shown, { id: `more:${key}` }] : shown;
    const positions = placeInCell(slots, rect, chip, PLACEMENT);
    const points = [...positions.values()];
    const isCovered = (at: Point) =>
      points.some((other) => Math.abs(other.x - at.x) < 1 && other.y > at.y && other.y < at.y + chip.height);
    for (const person of shown) {
      const at = positions.get(person.id);
      if (at) layout.chips.push({ person, ...at, covered: isCovered(at) });
    }
    const more = positions.get(`more:${key}`);
    if (more) layout.overflows.push({ key, hidden, ...more });
  }
  return layout;
}
