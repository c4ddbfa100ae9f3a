import { describe, expect, it } from 'vitest';
import { endOfDay } from '../../shared/domain/history';
import { LEARNED_ON_MAX_AGE_DAYS, dayAt, learnedInstant, learnedOnBounds } from '../../shared/domain/learnedOn';

const NOW = new Date('2026-12-03T20:30:00.000Z');

describe('the day a change was learned', () => {
  it('is bounded by the user’s own today and two years back', () => {
    expect(learnedOnBounds(NOW, 0)).toEqual({ min: '2024-12-03', max: '2026-12-03' });
    // 04:30 the next morning in Beijing.
    expect(learnedOnBounds(NOW, 480)).toEqual({ min: '2024-12-04', max: '2026-12-04' });
    expect(LEARNED_ON_MAX_AGE_DAYS).toBe(730);
  });

  it('today means now; an earlier day is an instant inside that day wherever the user is', () => {
    expect(learnedInstant(dayAt(NOW, 480), NOW, 480)).toBeNull();
    for (const utcOffset of [-720, -300, 0, 330, 480, 840]) {
      const at = learnedInstant('2026-11-03', NOW, utcOffset);
      expect(at).not.toBeNull();
      expect(at! >= endOfDay('2026-11-02', utcOffset) && at! < endOfDay('2026-11-03', utcOffset)).toBe(true);
      expect(dayAt(new Date(at!), utcOffset)).toBe('2026-11-03');
    }
  });
});
