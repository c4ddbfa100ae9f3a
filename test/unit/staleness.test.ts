import { afterEach, describe, expect, it } from 'vitest';
import { CARE_CADENCE_DAYS } from '../../shared/domain/cadence';
import { TIERS } from '../../shared/domain/enums';
import {
  type AssessedPerson,
  ASSESSMENTS,
  isStale,
  parseInstant,
  STALE_AFTER_DAYS,
  STALE_CADENCE_FACTOR,
  staleAfterDays,
  staleAssessments,
} from '../../shared/domain/staleness';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms);

describe('stale-after defaults', () => {
  it('is the care cadence of the tier times the exported factor', () => {
    expect(STALE_CADENCE_FACTOR).toBe(3);
    for (const tier of TIERS) {
      expect(staleAfterDays(tier)).toBe(CARE_CADENCE_DAYS[tier] * STALE_CADENCE_FACTOR);
      expect(STALE_AFTER_DAYS[tier]).toBe(staleAfterDays(tier));
    }
    expect(STALE_AFTER_DAYS).toEqual({ strategic: 21, key: 90, growth: 270, standard: 540 });
  });

  it("follows a person's own cadence when they have one", () => {
    expect(staleAfterDays('standard', 10)).toBe(30);
    expect(staleAfterDays('strategic', null)).toBe(21);
  });
});

describe('parseInstant', () => {
  it('reads ISO timestamps with and without offsets, and SQLite timestamps, as instants', () => {
    const utc = Date.UTC(2025, 0, 31, 10, 0, 0);
    expect(parseInstant('2025-01-31T10:00:00.000Z')).toBe(utc);
    expect(parseInstant('2025-01-31T10:00:00Z')).toBe(utc);
    expect(parseInstant('2025-01-31T18:00:00+08:00')).toBe(utc);
    expect(parseInstant('2025-01-31T18:00:00+0800')).toBe(utc);
    expect(parseInstant('2025-01-31T05:00-05')).toBe(utc);
    expect(parseInstant('2025-01-31 10:00:00')).toBe(utc); // SQLite datetime('now'): UTC
    expect(parseInstant('2025-01-31T10:00')).toBe(utc); // no offset: UTC, whatever the machine's zone
    expect(parseInstant('2025-01-31')).toBe(Date.UTC(2025, 0, 31));
    expect(parseInstant('2025-01-31T10:00:00.123456Z')).toBe(utc + 123);
  });

  it('refuses what is not a real ISO instant instead of guessing in the local zone', () => {
    for (const text of [
      '',
      'yesterday',
      'Jan 5 2025',
      '2025-02-30',
      '2025-02-29T00:00Z',
      '2025-13-01',
      '2025-01-31T25:00Z',
      '31/01/2025',
    ]) {
      expect(parseInstant(text), text).toBeNull();
    }
    expect(parseInstant('2024-02-29T00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('isStale', () => {
  const assessed = '2025-01-31T12:00:00.000Z';

  it('is not stale at exactly the maximum age and stale one millisecond later', () => {
    expect(isStale(assessed, plus(assessed, 30 * DAY), 30)).toBe(false);
    expect(isStale(assessed, plus(assessed, 30 * DAY + 1), 30)).toBe(true);
    expect(isStale(assessed, at(assessed), 0)).toBe(false);
    expect(isStale(assessed, plus(assessed, 1), 0)).toBe(true);
  });

  it('is not stale when assessed after "now" (a clock skew)', () => {
    expect(isStale(assessed, plus(assessed, -5 * DAY), 30)).toBe(false);
  });

  it('counts elapsed days across month ends, not calendar months', () => {
    // 30 days after 31 January is 2 March in 2025 and 1 March in the leap year 2024.
    expect(isStale(assessed, at('2025-03-02T12:00:00Z'), 30)).toBe(false);
    expect(isStale(assessed, at('2025-03-02T12:00:01Z'), 30)).toBe(true);
    expect(isStale('2024-01-31T12:00:00Z', at('2024-03-01T12:00:00Z'), 30)).toBe(false);
    expect(isStale('2024-01-31T12:00:00Z', at('2024-03-01T12:00:01Z'), 30)).toBe(true);
    // "One month later" (28 Feb) is 28 days: not 30.
    expect(isStale(assessed, at('2025-02-28T12:00:01Z'), 28)).toBe(true);
    expect(isStale(assessed, at('2025-02-28T12:00:00Z'), 28)).toBe(false);
    // Across the year end.
    expect(isStale('2024-12-31T23:59:59Z', at('2025-01-07T23:59:59Z'), 7)).toBe(false);
    expect(isStale('2024-12-31T23:59:59Z', at('2025-01-08T00:00:00Z'), 7)).toBe(true);
  });

  it('compares instants, whatever offsets the timestamps are written in', () => {
    // 31 March 23:30 in New York is 1 April 04:30 UTC; one day later is not yet more than a day,
    // although the local calendar dates (31 March → 2 April) are two days apart.
    const ny = '2025-03-31T23:30:00-05:00';
    expect(isStale(ny, at('2025-04-02T04:30:00Z'), 1)).toBe(false);
    expect(isStale(ny, at('2025-04-02T12:30:00+08:00'), 1)).toBe(false); // the same instant in Shanghai
    expect(isStale(ny, at('2025-04-02T04:30:01Z'), 1)).toBe(true);
    // The same assessment written in three zones gives the same answer.
    for (const written of ['2025-04-01T04:30:00Z', ny, '2025-04-01T12:30:00+08:00']) {
      expect(isStale(written, at('2025-04-02T04:30:00Z'), 1)).toBe(false);
      expect(isStale(written, at('2025-04-02T04:30:00.001Z'), 1)).toBe(true);
    }
  });

  it('treats a day across a daylight-saving change as 24 hours of elapsed time', () => {
    // New York springs forward on 9 March 2025: noon to noon local time is only 23 hours.
    expect(isStale('2025-03-08T12:00:00-05:00', at('2025-03-09T12:00:00-04:00'), 1)).toBe(false);
    expect(isStale('2025-03-08T12:00:00-05:00', at('2025-03-09T13:00:00-04:00'), 1)).toBe(false);
    expect(isStale('2025-03-08T12:00:00-05:00', at('2025-03-09T13:00:01-04:00'), 1)).toBe(true);
  });

  describe('whatever time zone the machine is in', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('gives the same answers in UTC, New York, Shanghai and Chatham', () => {
      const cases: [string | null, string, number, string | null][] = [
        ['2025-01-31T12:00:00Z', '2025-03-02T12:00:00Z', 30, null],
        ['2025-01-31 23:30:00', '2025-02-01T23:30:00Z', 1, null],
        ['2025-03-08T12:00:00', '2025-03-09T12:00:00.001Z', 1, null],
        ['2025-10-31', '2025-11-30T00:00:00Z', 30, null],
        [null, '2025-03-01T00:00:00Z', 28, '2025-02-01'],
        [null, '2025-03-01T00:00:00Z', 27, '2025-02-01'],
      ];
      const answers = (zone: string) => {
        process.env.TZ = zone;
        return cases.map(([a, now, days, created]) => isStale(a, new Date(now), days, created));
      };
      const utc = answers('UTC');
      expect(utc).toEqual([false, false, true, false, false, true]);
      for (const zone of ['America/New_York', 'Asia/Shanghai', 'Pacific/Chatham', 'Australia/Lord_Howe']) {
        expect(answers(zone), zone).toEqual(utc);
      }
    });
  });

  it('never assessed: stale only once the person has existed for longer than the maximum age', () => {
    const created = '2025-01-01T00:00:00Z';
    expect(isStale(null, plus(created, 10 * DAY), 30, created)).toBe(false);
    expect(isStale(null, plus(created, 30 * DAY), 30, created)).toBe(false);
    expect(isStale(null, plus(created, 30 * DAY + 1), 30, created)).toBe(true);
  });

  it('never assessed and no creation time known: stale', () => {
    expect(isStale(null, at('2025-01-01T00:00:00Z'), 30)).toBe(true);
    expect(isStale(null, at('2025-01-01T00:00:00Z'), 30, 'garbage')).toBe(true);
  });

  it('reads an unreadable assessment time as never assessed', () => {
    const created = '2025-01-01T00:00:00Z';
    expect(isStale('not a date', plus(created, DAY), 30, created)).toBe(false);
    expect(isStale('not a date', plus(created, 31 * DAY), 30, created)).toBe(true);
  });
});

describe('staleAssessments', () => {
  const now = at('2025-06-30T00:00:00Z');
  const base: AssessedPerson = {
    roleAssessedAt: null,
    influenceAssessedAt: null,
    stanceAssessedAt: null,
    accessAssessedAt: null,
    createdAt: '2025-01-01T00:00:00Z',
  };

  it('lists every never-assessed item of a person created long ago, in a fixed order', () => {
    expect(staleAssessments(base, now, 90)).toEqual([...ASSESSMENTS]);
    expect(ASSESSMENTS).toEqual(['role', 'influence', 'stance', 'access']);
  });

  it('lists nothing for a person created recently and not yet assessed', () => {
    expect(staleAssessments({ ...base, createdAt: '2025-06-01T00:00:00Z' }, now, 90)).toEqual([]);
  });

  it('lists only the assessments older than the maximum age', () => {
    const person: AssessedPerson = {
      ...base,
      roleAssessedAt: '2025-06-29T00:00:00Z', // fresh
      influenceAssessedAt: '2025-04-01T00:00:00Z', // exactly 90 days: not stale
      stanceAssessedAt: '2025-03-31T23:59:59Z', // 90 days and a second: stale
      accessAssessedAt: null, // never, person created 180 days ago: stale
    };
    expect(staleAssessments(person, now, 90)).toEqual(['stance', 'access']);
    expect(staleAssessments(person, now, STALE_AFTER_DAYS.standard)).toEqual([]);
    expect(staleAssessments(person, now, STALE_AFTER_DAYS.strategic)).toEqual(['influence', 'stance', 'access']);
  });
});
