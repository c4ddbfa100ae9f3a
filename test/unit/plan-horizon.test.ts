import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  effectiveHorizon,
  horizonEnd,
  horizonOfDate,
  isOverdue,
} from '../../shared/domain/horizon';

describe('planning horizons', () => {
  it('adds months, keeping the day or falling on the month end', () => {
    expect(addMonths('2026-11-23', 3)).toBe('2027-02-23');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
  });

  it('3m, 6m and 12m end 3, 6 and 12 months from today', () => {
    expect(horizonEnd('3m', '2026-11-23')).toBe('2027-02-23');
    expect(horizonEnd('6m', '2026-11-23')).toBe('2027-05-23');
    expect(horizonEnd('12m', '2026-11-23')).toBe('2027-11-23');
  });

  it('places a due date in the shortest horizon that holds it; overdue in 3m, far away in 12m', () => {
    const today = '2026-11-23';
    expect(horizonOfDate('2026-10-01', today)).toBe('3m');
    expect(horizonOfDate('2027-02-23', today)).toBe('3m');
    expect(horizonOfDate('2027-02-24', today)).toBe('6m');
    expect(horizonOfDate('2027-05-24', today)).toBe('12m');
    expect(horizonOfDate('2030-01-01', today)).toBe('12m');
    expect(effectiveHorizon({ horizon: '12m', dueDate: '2026-12-01' }, today)).toBe('12m');
    expect(effectiveHorizon({ horizon: null, dueDate: '2026-12-01' }, today)).toBe('3m');
    expect(effectiveHorizon({ horizon: null, dueDate: null }, today)).toBeNull();
  });

  it('counts days across month and year ends, and says when a date is past', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(isOverdue('2026-11-22', '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isOverdue(null, '2026-11-23')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -800, max: 800 }), (offset, days) => {
        const start = addDays('1990-01-01', offset);
        expect(daysBetween(start, addDays(start, days))).toBe(days);
      }),
    );
  });
});
