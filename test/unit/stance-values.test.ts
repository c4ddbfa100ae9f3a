import { describe, expect, it } from 'vitest';
import { STANCES, stanceFromValue, stanceValue } from '../../shared/domain/enums';

describe('stance on the -2..+2 scale', () => {
  it('maps each code to its value', () => {
    expect(stanceValue('opposed')).toBe(-2);
    expect(stanceValue('skeptical')).toBe(-1);
    expect(stanceValue('neutral')).toBe(0);
    expect(stanceValue('supportive')).toBe(1);
    expect(stanceValue('champion')).toBe(2);
  });

  it('maps each value back to its code', () => {
    expect([-2, -1, 0, 1, 2].map(stanceFromValue)).toEqual([
      'opposed',
      'skeptical',
      'neutral',
      'supportive',
      'champion',
    ]);
  });

  it('round-trips every stance', () => {
    for (const stance of STANCES) expect(stanceFromValue(stanceValue(stance))).toBe(stance);
  });

  it('rounds averages to the nearest stance', () => {
    expect(stanceFromValue(0.4)).toBe('neutral');
    expect(stanceFromValue(0.6)).toBe('supportive');
    expect(stanceFromValue(-1.4)).toBe('skeptical');
    expect(stanceFromValue(1.6)).toBe('champion');
  });

  it.each([[3], [-3], [2.6], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %j', (value) => {
    expect(() => stanceFromValue(value)).toThrow(RangeError);
  });
});
