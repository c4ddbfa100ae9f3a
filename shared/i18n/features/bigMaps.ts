import type { DeepStrings } from '../deepStrings';

/** Focus on a neighbourhood and folding departments, for reading big maps. */
export const bigMapsEn = {
  focus: 'Focus on the selected person',
  focusDeal: 'Focus on this opportunity',
  endFocus: 'End the focus',
  foldUnit: 'Fold or unfold the department and close the gap',
  when: {
    personSelected: 'Select a person on the map, or open an opportunity’s map',
    focusing: 'While the map is focused',
    dealMap: 'On an opportunity’s map where people are assessed for it',
    unitSelected: 'Select a department or one of its people on the map',
  },
  bar: {
    label: 'Focus',
    person: 'Focused on {{name}}',
    deal: 'Focused on the opportunity {{name}}',
    shown: '{{count}} people shown, the rest faded',
    steps: 'Steps out',
    step_one: '{{count}} step',
    step_other: '{{count}} steps',
    close: 'End the focus (Esc)',
  },
};

export const bigMapsZhCN: DeepStrings<typeof bigMapsEn> = {
  focus: '聚焦所选人员',
  focusDeal: '聚焦此项目',
  endFocus: '结束聚焦',
  foldUnit: '折叠或展开部门并收拢空位',
  when: {
    personSelected: '请先在地图上选中一个人，或打开项目的地图',
    focusing: '地图处于聚焦时可用',
    dealMap: '在已为项目评估人员的项目地图上可用',
    unitSelected: '请先在地图上选中部门或其中的人员',
  },
  bar: {
    label: '聚焦',
    person: '聚焦于 {{name}}',
    deal: '聚焦于项目 {{name}}',
    shown: '显示 {{count}} 人，其余淡化',
    steps: '向外步数',
    step_one: '{{count}} 步',
    step_other: '{{count}} 步',
    close: '结束聚焦（Esc）',
  },
};
