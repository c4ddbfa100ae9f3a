import { describe, expect, it } from 'vitest';
import { isCalendarDate, isSaneDate, isSaneInstant } from '../../shared/domain/calendarDate';
import { formatCalendarDate } from '../../renderer/src/app/localDate';
import { DATE_FORMAT, parseTypedDate, typedDateProblem } from '../../renderer/src/app/typedDate';

describe('the calendar’s span', () => {
  it('knows the days each month has', () => {
    expect(['2024-02-29', '2000-02-29', '2023-04-30', '1900-12-31'].every(isCalendarDate)).toBe(true);
    expect(
      ['2023-02-29', '1900-02-29', '2100-02-29', '2023-04-31', '2099-13-45', '2024-00-10'].some(isCalendarDate),
    ).toBe(false);
  });

  it('takes dates from 1900-01-01 to 2200-12-31', () => {
    expect(['1900-01-01', '2200-12-31'].every(isSaneDate)).toBe(true);
    expect(['1899-12-31', '2201-01-01', '0000-01-01', '9999-12-31', null, 42].some(isSaneDate)).toBe(false);
  });

  it('takes an instant that falls on a day of the span in some time zone', () => {
    // Midnight at the start of the span in Beijing is still 1899 in UTC.
    expect(isSaneInstant('1900-01-01T00:00:00+08:00')).toBe(true);
    expect(isSaneInstant('1899-12-31T16:00:00.000Z')).toBe(true);
    expect(isSaneInstant('1899-12-31T10:00:00.000Z')).toBe(true);
    expect(isSaneInstant('1899-12-31T09:59:59.999Z')).toBe(false);
    expect(isSaneInstant('2200-12-31T23:00:00-05:00')).toBe(true);
    expect(isSaneInstant('2201-01-01T12:00:00.000Z')).toBe(false);
    expect(isSaneInstant('9999-12-31T23:59:59.000Z')).toBe(false);
    expect(isSaneInstant('0000-01-01T00:00:00.000Z')).toBe(false);
    expect(isSaneInstant('not a time')).toBe(false);
  });
});

describe('a typed date', () => {
  const en = [DATE_FORMAT.en, 'en'] as const;
  const zh = [DATE_FORMAT['zh-CN'], 'zh-cn'] as const;

  it('reads the field’s own form and YYYY-MM-DD', () => {
    expect(parseTypedDate('Feb 23, 2027', ...en)).toBe('2027-02-23');
    expect(parseTypedDate('2027年2月23日', ...zh)).toBe('2027-02-23');
    expect(parseTypedDate(' 2027-02-23 ', ...zh)).toBe('2027-02-23');
  });

  it('is no date when the calendar has no such day, instead of rolling over', () => {
    expect(parseTypedDate('2099-13-45', ...en)).toBeNull();
    expect(typedDateProblem('2099-13-45', ...en)).toBe('not_a_date');
    expect(typedDateProblem('Feb 30, 2027', ...en)).toBe('not_a_date');
    expect(typedDateProblem('2027年2月30日', ...zh)).toBe('not_a_date');
    expect(typedDateProblem('next Tuesday', ...en)).toBe('not_a_date');
  });

  it('is out of range before 1900 and after 2200', () => {
    for (const text of ['1899-01-01', '0000-01-01', '9999-12-31', '2201-01-01']) {
      expect(typedDateProblem(text, ...en), text).toBe('date_out_of_range');
    }
    expect(typedDateProblem('1900-01-01', ...en)).toBeNull();
    expect(typedDateProblem('2200-12-31', ...zh)).toBeNull();
    expect(typedDateProblem('', ...en)).toBeNull();
  });
});

describe('a calendar date as shown', () => {
  it('shows the span’s first and last days as themselves, never 1899', () => {
    expect(formatCalendarDate('1900-01-01', 'en')).toBe('Jan 1, 1900');
    expect(formatCalendarDate('1900-01-01', 'zh-CN')).toBe('1900年1月1日');
    expect(formatCalendarDate('2200-12-31', 'en')).toBe('Dec 31, 2200');
  });

  it('shows a year below 100 as that year, not as 19xx', () => {
    expect(formatCalendarDate('0001-06-01', 'en')).not.toMatch(/19\d\d/);
  });
});
