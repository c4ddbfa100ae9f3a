import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/api/entities';
import { isFiltering, matchesFilter, NO_FILTER, tagsByPerson } from '../../renderer/src/features/map/mapFilter';

const person = (fields: Partial<Person>): Person =>
  ({ role: 'user', stance: 'neutral', layer: 'key', orgUnitId: null, ...fields }) as Person;

describe('map filter', () => {
  it('matches everyone when nothing is chosen', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(matchesFilter(person({ role: 'approver' }), NO_FILTER)).toBe(true);
  });

  it('matches any chosen value within a criterion', () => {
    const filter = { ...NO_FILTER, roles: ['approver', 'decision_maker'] as const };
    expect(matchesFilter(person({ role: 'approver' }), { ...filter, roles: [...filter.roles] })).toBe(true);
    expect(matchesFilter(person({ role: 'user' }), { ...filter, roles: [...filter.roles] })).toBe(false);
  });

  it('requires every chosen criterion', () => {
    const filter = { ...NO_FILTER, roles: ['approver' as const], stances: ['opposed' as const] };
    expect(isFiltering(filter)).toBe(true);
    expect(matchesFilter(person({ role: 'approver', stance: 'opposed' }), filter)).toBe(true);
    expect(matchesFilter(person({ role: 'approver', stance: 'champion' }), filter)).toBe(false);
  });

  it('filters by org unit, with people outside any unit never matching a chosen unit', () => {
    const filter = { ...NO_FILTER, orgUnitIds: ['finance'] };
    expect(matchesFilter(person({ orgUnitId: 'finance' }), filter)).toBe(true);
    expect(matchesFilter(person({ orgUnitId: null }), filter)).toBe(false);
  });
});

describe('map filter by tag', () => {
  it('matches people carrying any of the chosen tags', () => {
    const filter = { ...NO_FILTER, tagIds: ['golf', 'summit'] };
    expect(matchesFilter(person({}), filter, new Set(['summit']))).toBe(true);
    expect(matchesFilter(person({}), filter, new Set(['other']))).toBe(false);
    expect(matchesFilter(person({}), filter)).toBe(false);
  });

  it('collects each person’s tags from the map’s pairs', () => {
    const byPerson = tagsByPerson([
      { personId: 'wang', tagId: 'golf' },
      { personId: 'wang', tagId: 'summit' },
      { personId: 'li', tagId: 'golf' },
    ]);
    expect([...(byPerson.get('wang') ?? [])]).toEqual(['golf', 'summit']);
    expect([...(byPerson.get('li') ?? [])]).toEqual(['golf']);
  });
});
