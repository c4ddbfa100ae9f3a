import type { DeepStrings } from '../deepStrings';

/** Strings of the insights feature; the zh-CN object below must have the same keys. */
export const insightsEn = {
  title: 'Insights',
};

export const insightsZhCN: DeepStrings<typeof insightsEn> = {
  title: '洞察',
};
