import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOP_PENALTY,
  pathToPower,
  reachableFromSupporters,
  type PathPerson,
  type PathRelation,
} from '../../shared/domain/pathToPower';
import { STANCES } from '../../shared/domain/enums';

const p = (id: string, stance: PathPerson['stance'] = 'neutral', isPlaceholder = false): PathPerson => ({
  id,
  stance,
  isPlaceholder,
});
const r = (kind: string, from: string, to: string, strength = 1): PathRelation => ({
  kind,
  fromPersonId: from,
  toPersonId: to,
  strength,
});

describe('path to power', () => {
  it('follows an influence line only in its direction', () => {
    const people = [p('boss'), p('fan', 'champion')];
    expect(pathToPower('boss', people, [r('influences', 'fan', 'boss', 3)]).paths).toEqual([
      {
        personIds: ['fan', 'boss'],
        steps: [{ fromId: 'fan', toId: 'boss', via: 'influences', weight: 1 }],
        score: HOP_PENALTY,
      },
    ]);
    expect(pathToPower('boss', people, [r('influences', 'boss', 'fan', 3)]).paths).toEqual([]);
  });

  it('walks reporting lines both ways and ally lines, saying who introduces whom', () => {
    const people = [p('boss'), p('mid'), p('fan', 'supportive')];
    const up = pathToPower('boss', people, [r('reports_to', 'mid', 'boss'), r('ally', 'mid', 'fan')]);
    expect(up.paths[0]?.personIds).toEqual(['fan', 'mid', 'boss']);
    expect(up.paths[0]?.steps.map((s) => s.via)).toEqual(['ally', 'reports_to']);
    const down = pathToPower('mid', people, [r('reports_to', 'mid', 'boss'), r('ally', 'boss', 'fan')]);
    expect(down.paths[0]?.steps.map((s) => s.via)).toEqual(['ally', 'manages']);
  });

  it('prefers a strong direct influence over a weak one and a short chain over a long one', () => {
    const people = [p('boss'), p('a', 'champion'), p('b', 'champion'), p('c', 'champion'), p('x'), p('y')];
    const result = pathToPower('boss', people, [
      r('influences', 'a', 'boss', 1),
      r('influences', 'b', 'boss', 3),
      r('influences', 'c', 'x', 3),
      r('influences', 'x', 'y', 3),
      r('influences', 'y', 'boss', 3),
    ]);
    expect(result.paths.map((path) => path.personIds[0])).toEqual(['b', 'c', 'a']);
  });

  it('keeps at most three chains and never runs a chain through another supporter', () => {
    const people = [p('boss'), ...['a', 'b', 'c', 'd'].map((id) => p(id, 'supportive'))];
    const result = pathToPower('boss', people, [
      r('influences', 'a', 'boss', 3),
      r('influences', 'b', 'boss', 2),
      r('influences', 'c', 'boss', 1),
      r('influences', 'd', 'a', 3),
    ]);
    expect(result.paths.map((path) => path.personIds)).toEqual([
      ['a', 'boss'],
      ['b', 'boss'],
      ['c', 'boss'],
    ]);
  });

  it('reports that the target already supports us, and skips placeholders, rivals and unknown targets', () => {
    expect(pathToPower('boss', [p('boss', 'champion')], [])).toEqual({
      targetId: 'boss',
      targetSupports: true,
      paths: [],
    });
    const people = [p('boss'), p('slot', 'neutral', true), p('fan', 'champion')];
    const relations = [
      r('influences', 'fan', 'slot', 3),
      r('influences', 'slot', 'boss', 3),
      r('rival', 'fan', 'boss'),
    ];
    expect(pathToPower('boss', people, relations).paths).toEqual([]);
    expect(pathToPower('nobody', people, relations).paths).toEqual([]);
  });

  it('every chain starts at a supporter, ends at the target, uses existing lines and scores ≤ 1', () => {
    const ids = ['t', 'a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STANCES), { minLength: ids.length, maxLength: ids.length }),
        fc.array(
          fc.record({
            kind: fc.constantFrom('influences', 'reports_to', 'ally', 'rival'),
            from: fc.constantFrom(...ids),
            to: fc.constantFrom(...ids),
            strength: fc.integer({ min: 1, max: 3 }),
          }),
          { maxLength: 12 },
        ),
        (stances, lines) => {
          const people = ids.map((id, i) => p(id, i === 0 ? 'neutral' : stances[i]));
          const relations = lines.filter((l) => l.from !== l.to).map((l) => r(l.kind, l.from, l.to, l.strength));
          const result = pathToPower('t', people, relations);
          for (const path of result.paths) {
            const first = people.find((person) => person.id === path.personIds[0]);
            expect(['supportive', 'champion']).toContain(first?.stance);
            expect(path.personIds.at(-1)).toBe('t');
            expect(new Set(path.personIds).size).toBe(path.personIds.length);
            expect(path.score).toBeLessThanOrEqual(1);
            for (const step of path.steps) {
              const used = relations.some(
                (l) =>
                  (l.fromPersonId === step.fromId && l.toPersonId === step.toId) ||
                  (l.kind !== 'influences' && l.fromPersonId === step.toId && l.toPersonId === step.fromId),
              );
              expect(used).toBe(true);
            }
          }
          expect(result.paths.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});

describe('reachable from supporters', () => {
  it('agrees with path to power on whether any chain reaches a target', () => {
    const ids = ['t', 'a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STANCES), { minLength: ids.length, maxLength: ids.length }),
        fc.array(
          fc.record({
            kind: fc.constantFrom('influences', 'reports_to', 'ally', 'rival'),
            from: fc.constantFrom(...ids),
            to: fc.constantFrom(...ids),
          }),
          { maxLength: 10 },
        ),
        (stances, lines) => {
          const people = ids.map((id, i) => p(id, i === 0 ? 'neutral' : stances[i]));
          const relations = lines.filter((l) => l.from !== l.to).map((l) => r(l.kind, l.from, l.to));
          expect(reachableFromSupporters(people, relations).has('t')).toBe(
            pathToPower('t', people, relations).paths.length > 0,
          );
        },
      ),
    );
  });
});
