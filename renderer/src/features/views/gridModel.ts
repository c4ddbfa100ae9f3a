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
/** A chip's height before it has been measured: its two lines at the default font size. */
export const CHIP_HEIGHT = 42;
const CHIP_MIN_WIDTH = 140;
const CHIP_MAX_WIDTH = 220;
export const PLACEMENT: CellPlacementOptions = { padding: 8, gap: 6, minVisible: 20 };

/**
 * Cell and chip sizes that fill the room the view has (scrolling below a legible minimum).
 * `chipHeight` is a chip's measured height (its two lines in the current font and language), so
 * chips are spaced by what they take on screen.
 */
export function gridSizes(room: Size, chipHeight: number = CHIP_HEIGHT): { cell: Size; chip: Size } {
  const padding = PLACEMENT.padding ?? 8;
  const gap = PLACEMENT.gap ?? 8;
  const chipH = Math.max(CHIP_HEIGHT, Math.ceil(chipHeight));
  // A cell holds at least two rows, so a crowded one can show a person and its "+N" under it.
  const minHeight = Math.max(MIN_CELL.height, 2 * chipH + gap + 2 * padding);
  const cell = {
    width: Math.max(MIN_CELL.width, Math.floor((room.width - AXIS.left - 8) / GRID_COLUMNS)),
    height: Math.max(minHeight, Math.floor((room.height - AXIS.top - AXIS.bottom - 8) / 5)),
  };
  const inner = cell.width - 2 * padding;
  // Two chips side by side once both stay readable; else one chip as wide as the cell allows.
  const width =
    inner >= 2 * CHIP_MIN_WIDTH + gap
      ? Math.min(CHIP_MAX_WIDTH, Math.floor((inner - gap) / 2))
      : Math.min(CHIP_MAX_WIDTH, inner);
  return { cell, chip: { width, height: chipH } };
}

export interface ChipPlacement extends Point {
  person: Person;
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
 * Every person in the cell of their influence and stance, placed with the pure grid layout. Chips
 * never lie over each other: a cell holding more than fit side by side and row under row shows the
 * first ones and a "+N" chip for the rest; `keepVisible` (the selected person) is always among
 * those shown.
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
  const capacity = Math.max(1, cellCapacity(cell, chip, PLACEMENT).withoutOverlap);
  const layout: GridLayout = { chips: [], overflows: [] };
  for (const [key, members] of byCell) {
    members.sort(byImportance);
    const rect = cellRect(key % GRID_COLUMNS, Math.floor(key / GRID_COLUMNS), cell, { x: AXIS.left, y: AXIS.top });
    let shown = members;
    let hidden: Person[] = [];
    if (members.length > 1 && capacity === 1) {
      // Room for one chip only (a cell smaller than two rows): the count stands for them all.
      shown = [];
      hidden = members;
    } else if (members.length > capacity) {
      shown = members.slice(0, capacity - 1);
      hidden = members.slice(capacity - 1);
      const kept = hidden.findIndex((person) => person.id === keepVisible);
      if (kept >= 0) {
        // Swap the selected person into the last visible place, so focus and selection stay on screen.
        const [selected] = hidden.splice(kept, 1, shown[shown.length - 1] as Person);
        shown = [...shown.slice(0, -1), selected as Person];
      }
    }
    const slots = hidden.length > 0 ? [...shown, { id: `more:${key}` }] : shown;
    const positions = placeInCell(slots, rect, chip, PLACEMENT);
    for (const person of shown) {
      const at = positions.get(person.id);
      if (at) layout.chips.push({ person, ...at });
    }
    const more = positions.get(`more:${key}`);
    if (more) layout.overflows.push({ key, hidden, ...more });
  }
  return layout;
}
