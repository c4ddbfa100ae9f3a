import type { DeepStrings } from '../deepStrings';

/** Strings of the interactions feature; the zh-CN object below must have the same keys. */
export const interactionsEn = {
  title: 'Interactions',
};

export const interactionsZhCN: DeepStrings<typeof interactionsEn> = {
  title: '接触记录',
};
