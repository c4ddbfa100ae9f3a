import type { DeepStrings } from '../deepStrings';

/** Strings of the history feature; the zh-CN object below must have the same keys. */
export const historyEn = {
  title: 'History',
};

export const historyZhCN: DeepStrings<typeof historyEn> = {
  title: '变化历史',
};
