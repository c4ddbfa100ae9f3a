import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, contactDue, daysBetween, isValidTimeZone, localDateOf } from '../../shared/domain/contactDue';

describe('the local calendar date of a contact', () => {
  it('is the Shanghai date for a contact in Shanghai, a day ahead of UTC after 16:00 UTC', () => {
    const instant = '2024-02-29T15:30:00.000Z'; // 23:30 on 29 Feb in Shanghai
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2024-02-29');
    const lateNight = '2024-02-29T16:30:00.000Z'; // 00:30 on 1 March in Shanghai, still 29 Feb in UTC
    expect(localDateOf(lateNight, 'Asia/Shanghai')).toBe('2024-03-01');
    expect(localDateOf(lateNight, 'UTC')).toBe('2024-02-29');
    expect(localDateOf(lateNight, '+08:00')).toBe('2024-03-01');
  });

  it('is the previous day west of UTC', () => {
    const instant = '2025-01-01T02:00:00.000Z'; // 21:00 on 31 Dec in New York
    expect(localDateOf(instant, 'America/New_York')).toBe('2024-12-31');
    expect(localDateOf(instant, '-05:00')).toBe('2024-12-31');
    expect(localDateOf(instant, 'Z')).toBe('2025-01-01');
  });

  it('follows daylight saving time in an IANA zone but not in a fixed offset', () => {
    // 23:30 on 30 March 2025 in Berlin is summer time (UTC+2): 21:30 UTC.
    const instant = '2025-03-30T21:30:00.000Z';
    expect(localDateOf(instant, 'Europe/Berlin')).toBe('2025-03-30');
    expect(localDateOf(instant, '+01:00')).toBe('2025-03-30');
    // 22:30 UTC is 00:30 on 31 March in Berlin summer time, still 23:30 on 30 March at +01:00.
    expect(localDateOf('2025-03-30T22:30:00.000Z', 'Europe/Berlin')).toBe('2025-03-31');
    expect(localDateOf('2025-03-30T22:30:00.000Z', '+01:00')).toBe('2025-03-30');
  });

  it('accepts IANA names and offsets and refuses anything else', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/Sao_Paulo', '+08:00', '-0330', 'Z']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['Mars/Olympus', '', '+25:00', 'GMT+8:00:00']) expect(isValidTimeZone(zone), zone).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('rolls over month ends, year ends and leap days', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-01-31', 30)).toBe('2025-03-02');
    expect(addDays('2024-01-31', 30)).toBe('2024-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-25', 7)).toBe('2025-01-01');
    expect(addDays('2024-09-01', 180)).toBe('2025-02-28');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('counts days across a DST change as whole days', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-03-02', '2025-02-28')).toBe(-2);
  });

  it('adding n days and counting them back agree for any date and n', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -2000, max: 2000 }),
        (date, n) => {
          const day = date.toISOString().slice(0, 10);
          expect(daysBetween(day, addDays(day, n))).toBe(n);
        },
      ),
    );
  });
});

describe('next contact due', () => {
  const strategic = 7;
  const key = 30;

  it('is the local date of the last contact plus the cadence', () => {
    const due = contactDue({
      lastContactAt: '2025-01-29T03:00:00.000Z',
      cadenceDays: key,
      now: '2025-02-10T09:00:00.000Z',
      timeZone: 'UTC',
    });
    expect(due).toEqual({
      lastContactDate: '2025-01-29',
      nextDueDate: '2025-02-28',
      daysOverdue: -18,
      due: false,
      overdue: false,
    });
  });

  it('counts a late-evening contact in Shanghai on its Shanghai date, a day later than UTC', () => {
    // 00:30 on 1 March in Shanghai = 16:30 UTC on 29 Feb 2024 (a leap year).
    const lastContactAt = '2024-02-29T16:30:00.000Z';
    const now = '2024-03-08T01:00:00.000Z'; // 09:00 on 8 March in Shanghai
    const shanghai = contactDue({ lastContactAt, cadenceDays: strategic, now, timeZone: 'Asia/Shanghai' });
    expect(shanghai.lastContactDate).toBe('2024-03-01');
    expect(shanghai.nextDueDate).toBe('2024-03-08');
    expect(shanghai).toMatchObject({ daysOverdue: 0, due: true, overdue: false });
    const utc = contactDue({ lastContactAt, cadenceDays: strategic, now, timeZone: 'UTC' });
    expect(utc.nextDueDate).toBe('2024-03-07');
    expect(utc).toMatchObject({ daysOverdue: 1, overdue: true });
  });

  it('crosses month ends without drifting', () => {
    const due = (last: string, days: number) =>
      contactDue({ lastContactAt: last, cadenceDays: days, now: last, timeZone: 'Europe/London' }).nextDueDate;
    expect(due('2025-01-31T10:00:00.000Z', 30)).toBe('2025-03-02');
    expect(due('2025-04-30T10:00:00.000Z', 7)).toBe('2025-05-07');
    expect(due('2024-11-30T10:00:00.000Z', 90)).toBe('2025-02-28');
    expect(due('2023-11-30T10:00:00.000Z', 90)).toBe('2024-02-28');
    expect(due('2025-12-28T10:00:00.000Z', 7)).toBe('2026-01-04');
  });

  it('is not moved by the hour lost or gained to DST', () => {
    // Contact at 09:00 on 29 March 2025 in Berlin (winter time); due a week later is 5 April.
    const berlin = contactDue({
      lastContactAt: '2025-03-29T08:00:00.000Z',
      cadenceDays: 7,
      now: '2025-04-05T22:30:00.000Z', // 00:30 on 6 April in Berlin summer time
      timeZone: 'Europe/Berlin',
    });
    expect(berlin).toMatchObject({ nextDueDate: '2025-04-05', daysOverdue: 1, overdue: true });
  });

  it('is due now for someone never contacted', () => {
    const due = contactDue({
      lastContactAt: null,
      cadenceDays: 180,
      now: '2025-06-30T23:00:00.000Z',
      timeZone: '+08:00',
    });
    expect(due).toEqual({
      lastContactDate: null,
      nextDueDate: '2025-07-01',
      daysOverdue: 0,
      due: true,
      overdue: false,
    });
  });

  it('is overdue exactly when today is past the due date, in any zone', () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', '+05:45'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2080-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        fc.integer({ min: 1, max: 365 }),
        fc.constantFrom(...zones),
        (last, elapsedMs, cadenceDays, timeZone) => {
          const now = new Date(last.getTime() + elapsedMs);
          const due = contactDue({ lastContactAt: last.toISOString(), cadenceDays, now, timeZone });
          const today = localDateOf(now, timeZone);
          expect(due.nextDueDate).toBe(addDays(localDateOf(last, timeZone), cadenceDays));
          expect(due.overdue).toBe(today > due.nextDueDate);
          expect(due.due).toBe(today >= due.nextDueDate);
        },
      ),
    );
  });

  it('refuses a cadence that is not a positive whole number', () => {
    for (const cadenceDays of [0, -7, 1.5]) {
      expect(() => contactDue({ lastContactAt: null, cadenceDays, now: new Date(), timeZone: 'UTC' })).toThrow(
        RangeError,
      );
    }
  });
});
