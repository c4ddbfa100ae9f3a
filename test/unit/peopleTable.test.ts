import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterPeople,
  isFiltering,
  lastAssessedAt,
  selectAfterClick,
  weakestConfidence,
  type TablePerson,
} from '../../shared/domain/peopleTable';

const person = (id: string, patch: Partial<TablePerson> = {}): TablePerson => ({
  id,
  name: id,
  title: '',
  role: 'unknown',
  stance: 'neutral',
  layer: 'key',
  orgUnitId: null,
  roleConfidence: 'guess',
  influenceConfidence: 'guess',
  stanceConfidence: 'guess',
  accessConfidence: 'guess',
  roleAssessedAt: null,
  influenceAssessedAt: null,
  stanceAssessedAt: null,
  accessAssessedAt: null,
  progressAssessedAt: null,
  ...patch,
});

const people = [
  person('Wang Jianguo', { title: 'CIO', role: 'decision_maker', stance: 'champion', orgUnitId: 'it' }),
  person('Li Na', { title: 'Procurement manager', role: 'gatekeeper', stance: 'skeptical', layer: 'broad' }),
  person('Zhao Min', { title: 'Network engineer', role: 'user', orgUnitId: 'it' }),
];
const context = (p: TablePerson) => ({
  orgUnitName: p.orgUnitId === 'it' ? 'Information Technology' : '',
  reportsToName: p.name === 'Zhao Min' ? 'Wang Jianguo' : '',
  tags: p.name === 'Li Na' ? ['Steering committee'] : [],
});
const names = (list: TablePerson[]) => list.map((p) => p.name);

describe('filterPeople', () => {
  it('keeps everyone without a filter', () => {
    expect(isFiltering(EMPTY_FILTER)).toBe(false);
    expect(names(filterPeople(people, EMPTY_FILTER, context))).toEqual(names(people));
  });

  it('matches every word of the search in name, title, department, manager or tags, ignoring case', () => {
    expect(names(filterPeople(people, { ...EMPTY_FILTER, text: 'information ENGINEER' }, context))).toEqual([
      'Zhao Min',
    ]);
    expect(names(filterPeople(people, { ...EMPTY_FILTER, text: 'wang' }, context))).toEqual([
      'Wang Jianguo',
      'Zhao Min',
    ]);
    expect(names(filterPeople(people, { ...EMPTY_FILTER, text: 'steering' }, context))).toEqual(['Li Na']);
  });

  it('combines the enum, department and tag filters with and, values of one filter with or', () => {
    const filter = { ...EMPTY_FILTER, roles: ['decision_maker', 'user'] as const, orgUnitIds: ['it'] };
    expect(names(filterPeople(people, filter, context))).toEqual(['Wang Jianguo', 'Zhao Min']);
    expect(names(filterPeople(people, { ...filter, stances: ['champion'] }, context))).toEqual(['Wang Jianguo']);
    expect(names(filterPeople(people, { ...EMPTY_FILTER, orgUnitIds: [''] }, context))).toEqual(['Li Na']);
    expect(names(filterPeople(people, { ...EMPTY_FILTER, tags: ['steering COMMITTEE'] }, context))).toEqual(['Li Na']);
    expect(names(filterPeople(people, { ...EMPTY_FILTER, layers: ['broad'] }, context))).toEqual(['Li Na']);
  });
});

describe('selectAfterClick', () => {
  const shown = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one row on a plain click', () => {
    expect([...selectAfterClick(new Set(), shown, 'c', null, false)]).toEqual(['c']);
    expect([...selectAfterClick(new Set(['c']), shown, 'c', 'c', false)]).toEqual([]);
  });

  it('selects the shown range between the anchor and a shift-clicked row, in either direction', () => {
    expect([...selectAfterClick(new Set(['b']), shown, 'd', 'b', true)].sort()).toEqual(['b', 'c', 'd']);
    expect([...selectAfterClick(new Set(['d']), shown, 'a', 'd', true)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clears the range when the shift-clicked row was selected', () => {
    expect([...selectAfterClick(new Set(shown), shown, 'd', 'b', true)].sort()).toEqual(['a', 'e']);
  });

  it('only ever changes rows between the anchor and the clicked row', () => {
    fc.assert(
      fc.property(
        fc.subarray(shown),
        fc.constantFrom(...shown),
        fc.constantFrom(...shown),
        (initial, anchor, clicked) => {
          const before = new Set(initial);
          const after = selectAfterClick(before, shown, clicked, anchor, true);
          const [lo, hi] = [shown.indexOf(anchor), shown.indexOf(clicked)].sort((x, y) => x - y);
          shown.forEach((id, i) => {
            if (i < (lo as number) || i > (hi as number)) expect(after.has(id)).toBe(before.has(id));
            else expect(after.has(id)).toBe(!before.has(clicked));
          });
        },
      ),
    );
  });
});

describe('summary values', () => {
  it('gives the latest assessment and the weakest confidence', () => {
    const p = person('x', {
      roleAssessedAt: '2026-01-02T00:00:00.000Z',
      progressAssessedAt: '2026-03-01T00:00:00.000Z',
      roleConfidence: 'confirmed',
      influenceConfidence: 'confirmed',
      stanceConfidence: 'believed',
      accessConfidence: 'confirmed',
    });
    expect(lastAssessedAt(p)).toBe('2026-03-01T00:00:00.000Z');
    expect(lastAssessedAt(person('y'))).toBeNull();
    expect(weakestConfidence(p)).toBe('believed');
  });
});
