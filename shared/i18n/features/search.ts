import type { DeepStrings } from '../deepStrings';

/** Strings of the search feature; the zh-CN object below must have the same keys. */
export const searchEn = {
  title: 'Search',
};

export const searchZhCN: DeepStrings<typeof searchEn> = {
  title: '搜索',
};
