import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateInsights, readThresholds, DEFAULT_THRESHOLDS as T } from '../../shared/domain/insights';
import { uncoveredKeyPerson } from '../../shared/domain/insights/uncoveredKeyPerson';
import { mapStatus } from '../../shared/domain/mapStatus';
import { ROLES, STANCES } from '../../shared/domain/enums';
import { covers, input, NOW, person } from './insights-fixture';

describe('map status (red / amber / green)', () => {
  it('is red without a named key player, or when none of them supports us', () => {
    expect(mapStatus([person({ stance: 'champion' })], []).status).toBe('red');
    const boss = person({ role: 'decision_maker', stance: 'neutral' });
    expect(mapStatus([boss, person({ stance: 'champion' })], [covers(boss.id)])).toMatchObject({
      status: 'red',
      reasons: [{ code: 'no_key_supporter', count: 1 }],
    });
  });

  it('is amber when a key supporter is uncovered, another key player does not support us, or a key role is unnamed', () => {
    const fan = person({ role: 'decision_maker', stance: 'supportive' });
    expect(mapStatus([fan], []).reasons).toEqual([{ code: 'key_uncovered', count: 1 }]);
    const other = person({ role: 'approver', stance: 'neutral' });
    expect(mapStatus([fan, other], [covers(fan.id), covers(other.id)])).toMatchObject({
      status: 'amber',
      reasons: [{ code: 'key_not_supportive', count: 1 }],
    });
    const slot = person({ role: 'approver', isPlaceholder: true });
    expect(mapStatus([fan, slot], [covers(fan.id)]).status).toBe('amber');
  });

  it('is green when every decision maker and approver supports us and is covered', () => {
    const a = person({ role: 'decision_maker', stance: 'supportive' });
    const b = person({ role: 'approver', stance: 'champion' });
    expect(mapStatus([a, b, person({ stance: 'opposed' })], [covers(a.id), covers(b.id, 2)]).status).toBe('green');
    expect(mapStatus([a, b], [covers(a.id), covers(b.id, 1)], 2).status).toBe('amber');
  });
});

describe('thresholds', () => {
  it('fall back to the default value by value when the stored ones cannot be read', () => {
    expect(readThresholds(null)).toEqual(T);
    expect(readThresholds({ highInfluence: 3, stuckDays: -1, cadenceDays: 'x' })).toEqual({ ...T, highInfluence: 3 });
  });
});

const arbitraryPerson = fc
  .record({
    role: fc.constantFrom(...ROLES),
    stance: fc.constantFrom(...STANCES),
    influence: fc.integer({ min: 1, max: 5 }),
    isPlaceholder: fc.boolean(),
    layer: fc.constantFrom('key' as const, 'broad' as const),
  })
  .map((fields) => person(fields));

describe('invariants', () => {
  it('adding a covering line never adds an "uncovered" insight', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPerson, { maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 0, max: 2 }),
        (people, pick, strength) => {
          const before = uncoveredKeyPerson(input({ people }), T, NOW).map((i) => i.subject);
          const target = people[pick % Math.max(1, people.length)];
          const relations = target ? [covers(target.id, strength)] : [];
          const after = uncoveredKeyPerson(input({ people, relations }), T, NOW).map((i) => i.subject);
          expect(after.every((subject) => before.includes(subject))).toBe(true);
        },
      ),
    );
  });

  it('insights come most severe first, with unique rule+subject, and actions due after today', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 10 }), (people) => {
        const all = evaluateInsights(input({ people }), T, NOW);
        const order = all.map((i) => ['high', 'medium', 'low'].indexOf(i.severity));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const keys = all.map((i) => `${i.rule}:${i.subject}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const found of all) expect(found.action.dueDate > '2026-06-15').toBe(true);
      }),
    );
  });

  it('a green map never has an uncovered decision maker or approver', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPerson, { maxLength: 8 }), (people) => {
        const relations = people.map((p) => covers(p.id, 2));
        if (mapStatus(people, relations).status !== 'green') return;
        expect(uncoveredKeyPerson(input({ people, relations }), T, NOW)).toEqual([]);
      }),
    );
  });
});
