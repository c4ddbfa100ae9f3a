import type { DeepStrings } from '../deepStrings';

/** Strings of the people feature (table and person page); the zh-CN object below must have the same keys. */
export const peopleEn = {
  title: 'People',
  unnamed: 'Unnamed',
  open: 'Open person page',
  tabs: { details: 'Details', goal: 'Goal', timeline: 'Timeline', history: 'History' },
};

export const peopleZhCN: DeepStrings<typeof peopleEn> = {
  title: '人员',
  unnamed: '未命名',
  open: '打开人物页',
  tabs: { details: '资料', goal: '关系目标', timeline: '接触记录', history: '变化历史' },
};
