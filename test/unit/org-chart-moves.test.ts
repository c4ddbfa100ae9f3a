import { describe, expect, it } from 'vitest';
import type { MapView } from '../../shared/api/entities';
import {
  foldableUnit,
  foldUnitUpdates,
  orgChartUpdates,
  type ItemUpdate,
} from '../../renderer/src/features/map/orgChartMoves';

const CARD = { width: 200, height: 120 };

/** A company: executives, and three departments whose heads report to the CEO. */
function company(): MapView {
  const units = ['exec', 'finance', 'it', 'ops'];
  const people: { id: string; unit: string | null; manager?: string }[] = [
    { id: 'chair', unit: 'exec' },
    { id: 'ceo', unit: 'exec', manager: 'chair' },
    { id: 'cfo', unit: 'finance', manager: 'ceo' },
    { id: 'acc1', unit: 'finance', manager: 'cfo' },
    { id: 'acc2', unit: 'finance', manager: 'cfo' },
    { id: 'cio', unit: 'it', manager: 'ceo' },
    { id: 'dev1', unit: 'it', manager: 'cio' },
    { id: 'dev2', unit: 'it', manager: 'cio' },
    { id: 'dev3', unit: 'it', manager: 'dev1' },
    { id: 'coo', unit: 'ops', manager: 'ceo' },
    { id: 'plant', unit: 'ops', manager: 'coo' },
    { id: 'freelancer', unit: null },
  ];
  return {
    people: people.map((p) => ({ id: p.id, orgUnitId: p.unit })),
    orgUnits: units.map((id, i) => ({ id, sortOrder: i, name: id, accountId: 'a', parentId: null })),
    relations: people.flatMap((p) =>
      p.manager ? [{ id: `${p.id}>${p.manager}`, kind: 'reports_to', fromPersonId: p.id, toPersonId: p.manager }] : [],
    ),
    items: [
      ...people.map((p, i) => ({
        id: `item-${p.id}`,
        personId: p.id,
        orgUnitId: null,
        x: 500 + i * 7,
        y: 300 + i * 3,
      })),
      ...units.map((id) => ({ id: `item-${id}`, personId: null, orgUnitId: id, x: 0, y: 0 })),
      { id: 'item-me', personId: null, orgUnitId: null, memberId: 'me', x: 0, y: 0 },
    ],
  } as unknown as MapView;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('org-chart layout of a map', () => {
  const view = company();
  const updates = orgChartUpdates(view);
  const at = (itemId: string) => updates.find((u) => u.itemId === itemId) as ItemUpdate;
  const card = (personId: string) => ({ ...at(`item-${personId}`), ...CARD });
  const box = (unitId: string) => {
    const u = at(`item-${unitId}`);
    return { x: u.x, y: u.y, width: u.width as number, height: u.height as number };
  };

  it('moves every person and fits every unit box', () => {
    expect(updates).toHaveLength(12 + 4 + 1);
  });

  it('puts our team in a row beneath the whole chart', () => {
    const lowest = Math.max(...view.orgUnits.map((unit) => box(unit.id).y + box(unit.id).height));
    expect(at('item-me').y).toBeGreaterThan(lowest);
  });

  it('keeps every card inside its own department and out of the others', () => {
    for (const person of view.people) {
      for (const unit of view.orgUnits) {
        const inside = overlap(card(person.id), box(unit.id));
        expect(inside, `${person.id} vs ${unit.id}`).toBe(person.orgUnitId === unit.id);
      }
    }
  });

  it('never lets two department boxes or two cards overlap', () => {
    const units = view.orgUnits.map((unit) => box(unit.id));
    units.forEach((a, i) => units.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    const cards = view.people.map((p) => card(p.id));
    cards.forEach((a, i) => cards.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it('puts managers above their reports and departments below the executives they report to', () => {
    expect(card('chair').y).toBeLessThan(card('ceo').y);
    expect(card('cio').y).toBeLessThan(card('dev1').y);
    expect(card('dev1').y).toBeLessThan(card('dev3').y);
    for (const unit of ['finance', 'it', 'ops'])
      expect(box(unit).y).toBeGreaterThan(box('exec').y + box('exec').height);
  });

  it('starts where the cards were, so the map does not jump', () => {
    const xs = updates.map((u) => u.x);
    const ys = updates.map((u) => u.y);
    expect(Math.min(...xs)).toBe(500);
    expect(Math.min(...ys)).toBe(300);
  });
});

describe('folding a department from the layout', () => {
  const view = company();
  const boxOf = (updates: ItemUpdate[], unitId: string) => {
    const u = updates.find((one) => one.itemId === `item-${unitId}`) as ItemUpdate;
    return { x: u.x, y: u.y, width: u.width as number, height: u.height as number };
  };

  it('folds the selected department, or the selected person’s, when it is on the map', () => {
    expect(foldableUnit(view, { kind: 'orgUnit', id: 'it' })).toBe('it');
    expect(foldableUnit(view, { kind: 'person', id: 'dev2' })).toBe('it');
    expect(foldableUnit(view, { kind: 'person', id: 'freelancer' })).toBeNull();
    expect(foldableUnit(view, null)).toBeNull();
  });

  it('closes the gap a folded department leaves, and makes room again when it unfolds', () => {
    const open = orgChartUpdates(view);
    const folding = foldUnitUpdates(view, 'it');
    const it = boxOf(folding, 'it');
    expect(folding.find((u) => u.itemId === 'item-it')?.collapsed).toBe(true);
    expect(it.height).toBeLessThan(boxOf(open, 'it').height);
    // The chart is no bigger anywhere, and smaller where the department was.
    const extent = (updates: ItemUpdate[]) => ({
      right: Math.max(...updates.map((u) => u.x + (u.width ?? 200))),
      bottom: Math.max(...updates.map((u) => u.y + (u.height ?? 120))),
    });
    const before = extent(open.filter((u) => !['item-dev1', 'item-dev2', 'item-dev3', 'item-cio'].includes(u.itemId)));
    const after = extent(
      folding.filter((u) => !['item-dev1', 'item-dev2', 'item-dev3', 'item-cio'].includes(u.itemId)),
    );
    expect(after.right + after.bottom).toBeLessThan(before.right + before.bottom);
    // No other box overlaps the folded one.
    for (const unit of ['exec', 'finance', 'ops']) {
      const other = boxOf(folding, unit);
      expect(overlap(it, other)).toBe(false);
    }
    // Unfolding (the item now folded) lays it out in full again.
    const folded = {
      ...view,
      items: view.items.map((item) => (item.orgUnitId === 'it' ? { ...item, collapsed: true } : item)),
    } as MapView;
    const unfolding = foldUnitUpdates(folded, 'it');
    expect(unfolding.find((u) => u.itemId === 'item-it')?.collapsed).toBe(false);
    expect(boxOf(unfolding, 'it')).toEqual(boxOf(open, 'it'));
  });
});
