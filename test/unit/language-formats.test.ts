import { describe, expect, it } from 'vitest';
import { calendarWords, pickedDayText } from '../../renderer/src/app/calendarLanguage';
import { formatList, listParts } from '../../renderer/src/app/listFormat';

describe('lists in the language in use', () => {
  it('joins names as English and Chinese each list them', () => {
    expect(formatList(['Li', 'Wang', 'Zhao'], 'en')).toBe('Li, Wang, and Zhao');
    expect(formatList(['李娜', '王建国', '赵磊'], 'zh-CN')).toBe('李娜、王建国和赵磊');
    expect(formatList(['Li'], 'en')).toBe('Li');
    expect(formatList([], 'zh-CN')).toBe('');
  });

  it('hands back the items as given between the separators, for lists of elements', () => {
    expect(listParts(['p1', 'p2'], 'zh-CN')).toEqual([
      { type: 'element', value: 'p1' },
      { type: 'literal', value: '和' },
      { type: 'element', value: 'p2' },
    ]);
    expect(listParts(['p1', 'p2'], 'en').map((part) => part.value)).toEqual(['p1', ' and ', 'p2']);
  });
});

describe('date pickers in the language in use', () => {
  it('head a month, a year and a decade as the language writes them', () => {
    const zh = calendarWords('zh-CN');
    expect(zh.monthLabelFormat('2026-12-01')).toBe('2026年12月');
    expect(zh.yearLabelFormat('2026-01-01')).toBe('2026年');
    expect(zh.monthsListFormat('2026-03-01')).toBe('3月');
    expect(zh.decadeLabelFormat('2020-01-01', '2029-12-31')).toBe('2020年 – 2029年');
    const en = calendarWords('en');
    expect(en.monthLabelFormat('2026-12-01 00:00:00')).toBe('December 2026');
    expect(en.monthsListFormat('2026-03-01')).toBe('Mar');
    expect(zh.getDayAriaLabel('1975-06-14')).toBe('1975年6月14日');
    expect(en.getDayAriaLabel('1975-06-14')).toBe('June 14, 1975');
  });

  it('show a picked day in words, never a dayjs token such as LL', () => {
    expect(pickedDayText('zh-CN')({ date: '1975-06-14' })).toBe('1975年6月14日');
    expect(pickedDayText('en')({ date: '1975-06-14' })).toBe('Jun 14, 1975');
    expect(pickedDayText('en')({ date: null })).toBe('');
  });
});
