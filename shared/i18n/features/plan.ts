import type { DeepStrings } from '../deepStrings';

/** Strings of the plan feature; the zh-CN object below must have the same keys. */
export const planEn = {
  title: 'Plan',
};

export const planZhCN: DeepStrings<typeof planEn> = {
  title: '行动计划',
};
