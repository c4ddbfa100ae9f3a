/**
 * A readable top-down picture of an account: each org unit is a container holding a small tree of
 * its people (by reporting line), the first unit (the leadership) centred on top, the others side by
 * side below it, our team in a row underneath, notes to the right of the leadership.
 * All coordinates are absolute canvas coordinates.
 */
export interface LayoutPerson {
  key: string;
  unit: string;
  reportsTo: string | null;
}
export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}
export interface AccountLayout {
  people: Map<string, Point>;
  units: Map<string, Rect>;
  members: Point[];
  notes: Point[];
}

/** Matches the renderer's card (200 × 120) with the gaps it keeps between cards. */
export const CARD = { width: 200, height: 120 };
const STEP = { x: CARD.width + 30, y: CARD.height + 50 };
const PAD = { x: 30, top: 56, bottom: 30 };
const UNIT_GAP = 80;
const ROW_GAP = 120;
export const NOTE_SIZE = { width: 240, height: 140 };

interface UnitTree {
  unit: string;
  slots: number;
  depth: number;
  relative: Map<string, Point>;
}

function layoutUnit(unit: string, people: LayoutPerson[]): UnitTree {
  const members = people.filter((p) => p.unit === unit);
  const inUnit = new Set(members.map((p) => p.key));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const person of members) {
    if (person.reportsTo && inUnit.has(person.reportsTo)) {
      children.set(person.reportsTo, [...(children.get(person.reportsTo) ?? []), person.key]);
    } else {
      roots.push(person.key);
    }
  }
  const slotsOf = (key: string): number =>
    Math.max(
      1,
      (children.get(key) ?? []).reduce((sum, child) => sum + slotsOf(child), 0),
    );
  const relative = new Map<string, Point>();
  let depth = 0;
  const place = (key: string, start: number, level: number): void => {
    depth = Math.max(depth, level + 1);
    relative.set(key, { x: (start + slotsOf(key) / 2 - 0.5) * STEP.x, y: level * STEP.y });
    let next = start;
    for (const child of children.get(key) ?? []) {
      place(child, next, level + 1);
      next += slotsOf(child);
    }
  };
  let slots = 0;
  for (const root of roots) {
    place(root, slots, 0);
    slots += slotsOf(root);
  }
  return { unit, slots, depth, relative };
}

const widthOf = (tree: UnitTree) => tree.slots * STEP.x - (STEP.x - CARD.width) + 2 * PAD.x;
const heightOf = (tree: UnitTree) => tree.depth * STEP.y - (STEP.y - CARD.height) + PAD.top + PAD.bottom;

export function layoutAccount(
  people: LayoutPerson[],
  unitOrder: readonly string[],
  memberCount: number,
  noteCount: number,
): AccountLayout {
  const trees = unitOrder.map((unit) => layoutUnit(unit, people)).filter((tree) => tree.slots > 0 && tree.depth > 0);
  const [top, ...below] = trees;
  const result: AccountLayout = { people: new Map(), units: new Map(), members: [], notes: [] };
  if (!top) return result;
  const rowWidth = below.reduce((sum, tree) => sum + widthOf(tree), 0) + UNIT_GAP * Math.max(0, below.length - 1);
  const put = (tree: UnitTree, x: number, y: number) => {
    result.units.set(tree.unit, { x, y, width: widthOf(tree), height: heightOf(tree) });
    for (const [key, point] of tree.relative) {
      result.people.set(key, { x: x + PAD.x + point.x, y: y + PAD.top + point.y });
    }
  };
  const topX = Math.max(0, (rowWidth - widthOf(top)) / 2);
  put(top, topX, 0);
  const rowY = heightOf(top) + ROW_GAP;
  let x = 0;
  let bottom = heightOf(top);
  for (const tree of below) {
    put(tree, x, rowY);
    x += widthOf(tree) + UNIT_GAP;
    bottom = Math.max(bottom, rowY + heightOf(tree));
  }
  const membersWidth = memberCount * STEP.x * 1.5;
  const membersX = Math.max(0, (Math.max(rowWidth, widthOf(top)) - membersWidth) / 2);
  for (let i = 0; i < memberCount; i++) {
    result.members.push({ x: membersX + i * STEP.x * 1.5 + STEP.x * 0.25, y: bottom + ROW_GAP });
  }
  for (let i = 0; i < noteCount; i++) {
    result.notes.push({ x: topX + widthOf(top) + UNIT_GAP, y: i * (NOTE_SIZE.height + 30) });
  }
  return result;
}
