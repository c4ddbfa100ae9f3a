import type { DeepStrings } from '../deepStrings';

/** Strings of the search feature; the zh-CN object below must have the same keys. */
export const searchEn = {
  title: 'Search',
  placeholder: 'Search people, notes, contacts, actions, accounts…',
  nothing: 'Nothing found for “{{text}}”.',
  start: 'Type a name or any words from your notes, in Chinese or English.',
  error: 'Search failed',
  navigate: '↑ ↓ to choose · Enter to open · Esc to close',
  kind: {
    person: 'People',
    account: 'Accounts',
    interaction: 'Contacts',
    commitment: 'Commitments',
    action: 'Actions',
    note: 'Map notes',
  },
  untitled: '(no title)',
};

export const searchZhCN: DeepStrings<typeof searchEn> = {
  title: '搜索',
  placeholder: '搜索人员、备注、联系记录、行动、客户…',
  nothing: '没有找到“{{text}}”。',
  start: '输入姓名或备注中的任意词语，中英文均可。',
  error: '搜索失败',
  navigate: '↑ ↓ 选择 · Enter 打开 · Esc 关闭',
  kind: {
    person: '人员',
    account: '客户',
    interaction: '联系记录',
    commitment: '承诺',
    action: '行动',
    note: '地图便签',
  },
  untitled: '（无标题）',
};
