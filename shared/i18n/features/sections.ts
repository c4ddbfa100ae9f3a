import type { DeepStrings } from '../deepStrings';

/** Names of the parts of an account; the zh-CN object below must have the same keys. */
export const sectionsEn = {
  label: 'Section',
  map: 'Map',
  people: 'People',
  timeline: 'Timeline',
  plan: 'Action plan',
  analysis: 'Analysis',
  profile: 'Profile',
};

export const sectionsZhCN: DeepStrings<typeof sectionsEn> = {
  label: '分区',
  map: '权力地图',
  people: '人员',
  timeline: '联系记录',
  plan: '行动计划',
  analysis: '客户分析',
  profile: '客户档案',
};
