import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/api/entities';
import { ROLES, STANCES } from '../../shared/domain/enums';
import { gridSizes, layoutGrid } from '../../renderer/src/features/views/gridModel';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1e-6 &&
  b.x < a.x + a.width - 1e-6 &&
  a.y < b.y + b.height - 1e-6 &&
  b.y < a.y + a.height - 1e-6;

/** The fields the grid reads; the rest of a person plays no part in where its chip goes. */
const person = (i: number, influence: number, stance: number, role: number): Person =>
  ({
    id: `p${i}`,
    name: `Person ${i}`,
    influence,
    stance: STANCES[stance],
    role: ROLES[role],
    title: null,
    isPlaceholder: false,
  }) as unknown as Person;

const peopleArb = fc
  .array(
    fc.tuple(
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: STANCES.length - 1 }),
      fc.integer({ min: 0, max: ROLES.length - 1 }),
    ),
    { maxLength: 80 },
  )
  .map((rows) => rows.map(([influence, stance, role], i) => person(i, influence, stance, role)));

describe('the influence × stance grid never stacks chips', () => {
  it('places no chip or "+N" over another, and every person is shown or counted once', () => {
    fc.assert(
      fc.property(
        peopleArb,
        fc.integer({ min: 300, max: 2400 }),
        fc.integer({ min: 300, max: 1400 }),
        fc.integer({ min: 30, max: 90 }),
        fc.nat(),
        (people, width, height, chipHeight, pick) => {
          const { cell, chip } = gridSizes({ width, height }, chipHeight);
          const keep = people.length > 0 ? people[pick % people.length]!.id : null;
          const layout = layoutGrid(people, cell, chip, keep);
          const boxes: Box[] = [...layout.chips, ...layout.overflows].map((at) => ({ ...at, ...chip }));
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          const seen = [
            ...layout.chips.map((c) => c.person.id),
            ...layout.overflows.flatMap((o) => o.hidden.map((p) => p.id)),
          ];
          expect(seen.sort()).toEqual(people.map((p) => p.id).sort());
          if (keep) expect(layout.chips.some((c) => c.person.id === keep)).toBe(true);
        },
      ),
    );
  });

  it('spaces chips by their measured height: taller chips, fewer per cell', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => person(i, 3, 2, 0));
    const room = { width: 1200, height: 800 };
    const short = gridSizes(room, 42);
    const tall = gridSizes(room, 60);
    expect(tall.chip.height).toBe(60);
    const shownShort = layoutGrid(crowd, short.cell, short.chip, null).chips.length;
    const shownTall = layoutGrid(crowd, tall.cell, tall.chip, null).chips.length;
    expect(shownTall).toBeLessThan(shownShort);
  });
});
