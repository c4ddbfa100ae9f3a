import type { MapView } from '../../../../shared/api/entities';
import { COLLAPSED_UNIT_HEIGHT } from './drawing';
import type { Selection } from './selection';
import { layoutOrgChart, ORG_CHART_CARD, SCREEN_ASPECT } from '../../../../shared/domain/orgChartLayout';

export interface ItemUpdate {
  itemId: string;
  x: number;
  y: number;
  width?: number | null;
  height?: number | null;
  collapsed?: boolean;
}

const UNIT_MARGIN = { x: 24, top: 44, bottom: 24 };
const BLOCK_GAP = { x: 60, y: 90 };
const NO_UNIT = '';
const MEMBER_WIDTH = 180;
const MEMBER_STEP = MEMBER_WIDTH + 40;
/** A folded department's header: wide enough for its name and the count of its people. */
const FOLDED_WIDTH = 2 * ORG_CHART_CARD.width;

interface Block {
  unitId: string;
  positions: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
  parent: string | null;
}

/**
 * The org-chart layout: a top-down tree on reports-to lines, grouped by org unit. Each unit is
 * laid out as its own tree inside its box (wrapped when it is big, see layoutOrgChart); the boxes
 * are then placed as a tree of units (a unit hangs under the unit its top person reports to), a
 * level of many units wrapping into several rows, so boxes never overlap. The result is
 * anchored at the top-left of the cards as they are now, so the map does not jump.
 */
export function orgChartUpdates(view: MapView): ItemUpdate[] {
  const placed = new Map(view.items.filter((item) => item.personId).map((item) => [item.personId as string, item]));
  const people = view.people.filter((person) => placed.has(person.id));
  if (people.length === 0) return [];
  const unitOf = new Map(people.map((person) => [person.id, person.orgUnitId ?? NO_UNIT]));
  const lines = view.relations.flatMap((r) =>
    r.kind === 'reports_to' && r.fromPersonId && r.toPersonId && unitOf.has(r.fromPersonId) && unitOf.has(r.toPersonId)
      ? [{ reportId: r.fromPersonId, managerId: r.toPersonId }]
      : [],
  );
  const folded = new Set(view.items.flatMap((item) => (item.orgUnitId && item.collapsed ? [item.orgUnitId] : [])));
  const unitOrder = [...[...view.orgUnits].sort((a, b) => a.sortOrder - b.sortOrder).map((unit) => unit.id), NO_UNIT];
  const blocks = unitOrder.flatMap((unitId) => {
    const members = people.filter((person) => unitOf.get(person.id) === unitId);
    if (members.length === 0) return [];
    const inside = lines.filter(
      (line) => unitOf.get(line.reportId) === unitId && unitOf.get(line.managerId) === unitId,
    );
    const positions = layoutOrgChart({
      people: members.map((p) => ({ id: p.id, orgUnitId: unitId })),
      reportsTo: inside,
    });
    const xs = [...positions.values()];
    // A unit hangs under the unit that most of its people's managers outside it belong to.
    const outside = lines.filter(
      (line) => unitOf.get(line.reportId) === unitId && unitOf.get(line.managerId) !== unitId,
    );
    const parent = mostCommon(outside.map((line) => unitOf.get(line.managerId) as string));
    // A folded department is only its header: its people wait, hidden, at its corner.
    if (unitId !== NO_UNIT && folded.has(unitId)) {
      const corner = new Map([...positions.keys()].map((id) => [id, { x: 0, y: -UNIT_MARGIN.top }]));
      return [{ unitId, positions: corner, width: FOLDED_WIDTH, height: COLLAPSED_UNIT_HEIGHT, parent }];
    }
    return [
      {
        unitId,
        positions,
        width: Math.max(...xs.map((p) => p.x)) + ORG_CHART_CARD.width + 2 * UNIT_MARGIN.x,
        height: Math.max(...xs.map((p) => p.y)) + ORG_CHART_CARD.height + UNIT_MARGIN.top + UNIT_MARGIN.bottom,
        parent,
      },
    ];
  });
  const origins = placeBlocks(blocks);
  const anchor = {
    x: Math.min(...[...placed.values()].map((item) => item.x)),
    y: Math.min(...[...placed.values()].map((item) => item.y)),
  };

  const updates: ItemUpdate[] = [];
  for (const block of blocks) {
    const origin = origins.get(block.unitId) as { x: number; y: number };
    const left = anchor.x + origin.x;
    const top = anchor.y + origin.y;
    for (const [personId, at] of block.positions) {
      const item = placed.get(personId);
      if (item) updates.push({ itemId: item.id, x: left + UNIT_MARGIN.x + at.x, y: top + UNIT_MARGIN.top + at.y });
    }
    const unitItem = view.items.find((item) => item.orgUnitId === block.unitId && block.unitId !== NO_UNIT);
    if (unitItem) updates.push({ itemId: unitItem.id, x: left, y: top, width: block.width, height: block.height });
  }
  // Our team goes in a row beneath the chart, centred, where their coverage lines read upwards.
  const memberItems = view.items.filter((item) => item.memberId);
  if (memberItems.length > 0) {
    const right = Math.max(...updates.map((u) => u.x + (u.width ?? ORG_CHART_CARD.width)));
    const bottom = Math.max(...updates.map((u) => u.y + (u.height ?? ORG_CHART_CARD.height)));
    const rowWidth = memberItems.length * MEMBER_STEP - (MEMBER_STEP - MEMBER_WIDTH);
    const start = anchor.x + (right - anchor.x - rowWidth) / 2;
    memberItems.forEach((item, i) =>
      updates.push({ itemId: item.id, x: start + i * MEMBER_STEP, y: bottom + BLOCK_GAP.y }),
    );
  }
  return updates;
}

/** Rows by depth in the tree of units; each row left to right, children under their parent's order. */
function placeBlocks(blocks: Block[]): Map<string, { x: number; y: number }> {
  const known = new Set(blocks.map((block) => block.unitId));
  const depth = new Map<string, number>();
  const depthOf = (block: Block, seen = new Set<string>()): number => {
    const cached = depth.get(block.unitId);
    if (cached !== undefined) return cached;
    const parent = block.parent && known.has(block.parent) && !seen.has(block.parent) ? block.parent : null;
    const parentBlock = parent ? blocks.find((other) => other.unitId === parent) : undefined;
    const value = parentBlock ? depthOf(parentBlock, new Set([...seen, block.unitId])) + 1 : 0;
    depth.set(block.unitId, value);
    return value;
  };
  const levels: Block[][] = [];
  for (const block of blocks) (levels[depthOf(block)] ??= []).push(block);
  // A level of many departments wraps into rows; of a few widths around the one the whole would
  // have on a screen, the one that fits a screen at the largest zoom wins.
  const area = blocks.reduce((sum, block) => sum + (block.width + BLOCK_GAP.x) * (block.height + BLOCK_GAP.y), 0);
  const widestBlock = Math.max(...blocks.map((block) => block.width));
  let rows: Block[][] = [];
  let bestScore = -1;
  for (const factor of [0.6, 0.8, 1, 1.25, 1.6, 2, 2.5]) {
    const tried = wrapLevels(levels, Math.max(widestBlock, Math.sqrt(area * SCREEN_ASPECT) * factor));
    const width = Math.max(...tried.map(rowWidth));
    const height = tried.reduce((sum, row) => sum + Math.max(...row.map((block) => block.height)) + BLOCK_GAP.y, 0);
    const score = Math.min(SCREEN_ASPECT / width, 1 / height);
    if (score > bestScore) {
      bestScore = score;
      rows = tried;
    }
  }
  const origins = new Map<string, { x: number; y: number }>();
  const widths = rows.map(rowWidth);
  const widest = Math.max(...widths);
  let y = 0;
  rows.forEach((row, i) => {
    // Each row is centred under the widest one, which reads as a tree of departments.
    let x = (widest - (widths[i] ?? 0)) / 2;
    for (const block of row) {
      origins.set(block.unitId, { x, y });
      x += block.width + BLOCK_GAP.x;
    }
    y += Math.max(...row.map((block) => block.height)) + BLOCK_GAP.y;
  });
  return origins;
}

const rowWidth = (row: Block[]): number =>
  row.reduce((sum, block) => sum + block.width, 0) + (row.length - 1) * BLOCK_GAP.x;

/** Each level's blocks in order, into rows no wider than `bound` (a block wider than it alone). */
function wrapLevels(levels: Block[][], bound: number): Block[][] {
  const rows: Block[][] = [];
  for (const level of levels) {
    if (!level) continue;
    let row: Block[] = [];
    let width = 0;
    for (const block of level) {
      if (row.length > 0 && width + BLOCK_GAP.x + block.width > bound) {
        rows.push(row);
        row = [];
        width = 0;
      }
      width += (row.length > 0 ? BLOCK_GAP.x : 0) + block.width;
      row.push(block);
    }
    rows.push(row);
  }
  return rows;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

/**
 * The department to fold or unfold: the selected one, or the selected person's, if it is on the map.
 */
export function foldableUnit(view: MapView, selection: Selection): string | null {
  const unitId =
    selection?.kind === 'orgUnit'
      ? selection.id
      : selection?.kind === 'person'
        ? (view.people.find((person) => person.id === selection.id)?.orgUnitId ?? null)
        : null;
  return unitId && view.items.some((item) => item.orgUnitId === unitId) ? unitId : null;
}

/**
 * Folds the department (or unfolds a folded one) and lays the chart out again, so the rest closes
 * the gap it leaves (or makes room for it): one undo step.
 */
export function foldUnitUpdates(view: MapView, unitId: string): ItemUpdate[] {
  const unitItem = view.items.find((item) => item.orgUnitId === unitId);
  if (!unitItem) return [];
  const collapsed = !unitItem.collapsed;
  const next = { ...view, items: view.items.map((item) => (item === unitItem ? { ...item, collapsed } : item)) };
  const updates = orgChartUpdates(next);
  const own = updates.find((update) => update.itemId === unitItem.id);
  if (own) own.collapsed = collapsed;
  else updates.push({ itemId: unitItem.id, x: unitItem.x, y: unitItem.y, collapsed });
  return updates;
}
