import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../shared/i18n';

describe('pickLanguage: the default follows the OS language', () => {
  it.each([['zh-CN'], ['zh-TW'], ['zh-Hans-CN'], ['zh-Hant-HK'], ['zh'], ['ZH-sg']])('%s gets 简体中文', (tag) => {
    expect(pickLanguage([tag])).toBe('zh-CN');
  });

  it.each([['en'], ['en-GB'], ['en-US'], ['EN-au']])('%s gets English', (tag) => {
    expect(pickLanguage([tag])).toBe('en');
  });

  it.each([['fr'], ['de-DE'], ['ja-JP'], ['']])('unsupported %j falls back to English', (tag) => {
    expect(pickLanguage([tag])).toBe('en');
  });

  it('falls back to English when the list is empty', () => {
    expect(pickLanguage([])).toBe('en');
  });

  it('takes the first supported language in order of preference', () => {
    expect(pickLanguage(['fr-FR', 'zh-TW', 'en-US'])).toBe('zh-CN');
    expect(pickLanguage(['de', 'en-GB', 'zh-CN'])).toBe('en');
  });
});
