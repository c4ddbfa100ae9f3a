import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../shared/i18n';

async function translate(language: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: RESOURCES[language] } },
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n);
}

describe('the count under a timeline', () => {
  it('writes big numbers as each language groups their digits', async () => {
    const en = await translate('en');
    const zh = await translate('zh-CN');
    expect(en('interactions.shownOfTotal', { shown: 50, total: 1234 })).toBe('Showing 50 of 1,234');
    expect(zh('interactions.shownOfTotal', { shown: 50, total: 1234 })).toBe('已显示 50 条，共 1,234 条');
    expect(en('interactions.loadMore')).toBe('Load more');
    expect(zh('interactions.loadMore')).toBe('加载更多');
  });
});
