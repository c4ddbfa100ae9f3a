import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dealValueAsOf,
  direction,
  endOfDay,
  movesBetween,
  pathOf,
  valueAsOf,
  type Change,
} from '../../shared/domain/history';

const at = (day: number): string => new Date(Date.UTC(2026, 9, day, 10)).toISOString();
const change = (day: number, oldValue: string, newValue: string): Change => ({
  field: 'stance',
  oldValue,
  newValue,
  changedAt: at(day),
});

describe('values as they stood on a past day', () => {
  const log = [change(5, 'neutral', 'skeptical'), change(12, 'skeptical', 'supportive')];

  it('reads the old value of the first change after the day, or today’s value', () => {
    expect(valueAsOf('supportive', log, endOfDay('2026-10-01'))).toBe('neutral');
    expect(valueAsOf('supportive', log, endOfDay('2026-10-05'))).toBe('skeptical');
    expect(valueAsOf('supportive', log, endOfDay('2026-10-11'))).toBe('skeptical');
    expect(valueAsOf('supportive', log, endOfDay('2026-10-12'))).toBe('supportive');
    expect(valueAsOf('supportive', [], endOfDay('2026-10-01'))).toBe('supportive');
  });

  it('ends the day where the user is: 23:00 UTC on the 5th is already the 6th in Beijing', () => {
    expect(endOfDay('2026-10-05', 480)).toBe('2026-10-05T16:00:00.000Z');
    const early = { ...change(5, 'neutral', 'champion'), changedAt: '2026-10-05T23:00:00.000Z' };
    expect(valueAsOf('champion', [early], endOfDay('2026-10-05', 0))).toBe('champion');
    expect(valueAsOf('champion', [early], endOfDay('2026-10-05', 480))).toBe('neutral');
    expect(valueAsOf('champion', [early], endOfDay('2026-10-06', 480))).toBe('champion');
  });

  it('replays any log: the value as of each day is the last new value before its end', () => {
    const values = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'];
    fc.assert(
      fc.property(
        fc.constantFrom(...values),
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), value: fc.constantFrom(...values) }), {
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 28 }),
        (start, steps, asOfDay) => {
          const sorted = [...steps].sort((a, b) => a.day - b.day);
          let value = start;
          const changes = sorted.map((step, i) => {
            const entry: Change = {
              field: 'stance',
              oldValue: value,
              newValue: step.value,
              // Distinct instants the same day, in log order.
              changedAt: new Date(Date.UTC(2026, 9, step.day, 8, i)).toISOString(),
            };
            value = step.value;
            return entry;
          });
          const expected = sorted.filter((step) => step.day <= asOfDay).at(-1)?.value ?? start;
          expect(valueAsOf(value, changes, endOfDay(`2026-10-${String(asOfDay).padStart(2, '0')}`))).toBe(expected);
        },
      ),
    );
  });

  it('on a deal map follows the person until the deal had a value of its own', () => {
    const account = { current: 'supportive', changes: [change(3, 'neutral', 'supportive')] };
    const deal = { current: 'opposed', changes: [change(10, 'supportive', 'opposed')] };
    expect(dealValueAsOf(account, deal, endOfDay('2026-10-01'))).toBe('neutral');
    expect(dealValueAsOf(account, deal, endOfDay('2026-10-05'))).toBe('supportive');
    expect(dealValueAsOf(account, deal, endOfDay('2026-10-10'))).toBe('opposed');
  });
});

describe('which way someone moved', () => {
  it('calls warmer stance, more influence, access and progress up; a role change just a change', () => {
    expect(direction('stance', 'neutral', 'champion')).toBe('up');
    expect(direction('stance', 'supportive', 'opposed')).toBe('down');
    expect(direction('influence', '2', '5')).toBe('up');
    expect(direction('access', '3', '1')).toBe('down');
    expect(direction('progress', 'trust', 'know')).toBe('down');
    expect(direction('role', 'user', 'approver')).toBe('changed');
  });

  it('lists only the fields that differ', () => {
    const before = { role: 'user', influence: '3', stance: 'neutral', access: '1', progress: 'know' };
    expect(movesBetween(before, { ...before, stance: 'champion', access: '0' })).toEqual([
      { field: 'stance', from: 'neutral', to: 'champion', direction: 'up' },
      { field: 'access', from: '1', to: '0', direction: 'down' },
    ]);
    expect(movesBetween(before, before)).toEqual([]);
  });
});

describe('a person’s path over time', () => {
  it('starts from the value before the first change and steps through each', () => {
    const log = [change(12, 'skeptical', 'supportive'), change(5, 'neutral', 'skeptical')];
    expect(pathOf('supportive', log, at(1))).toEqual([
      { at: at(1), value: 'neutral' },
      { at: at(5), value: 'skeptical' },
      { at: at(12), value: 'supportive' },
    ]);
    expect(pathOf('champion', [], at(1))).toEqual([{ at: at(1), value: 'champion' }]);
  });
});
