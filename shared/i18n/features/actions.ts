import type { DeepStrings } from '../deepStrings';

/** Names of registry commands that have no older string, and the command palette's own words. */
export const actionsEn = {
  copy: 'Copy the selected cards',
  paste: 'Paste cards',
  duplicate: 'Duplicate the selected cards',
  backToToday: 'Back to today',
  goHome: 'Go to the account list',
  palette: {
    hint: 'Type > to run a command',
    title: 'Commands',
    nothing: 'No command matches “{{text}}”.',
    none: 'No command can run here.',
    navigate: '↑ ↓ to choose · Enter to run · Esc to close',
    unavailable: 'Not available here',
  },
  /** When a command can run, shown beside it in the palette while it cannot. */
  when: {
    notPresenting: 'Not while presenting',
    home: 'On the account list',
    notHome: 'You are on the account list',
    editableMap: 'On an account’s map, when not looking back in time or presenting',
    noContactOpen: 'A contact is already being logged',
    selection: 'Select cards on the map first',
    copied: 'Copy cards on an account’s map first',
    mapWithPeople: 'On an account’s map with people on it',
    justChanged: 'Right after a change, while its notice shows',
    inThePast: 'While looking back in time or presenting',
    mapOrPeople: 'On an account’s map or people list',
    map: 'On an account’s map',
  },
};

export const actionsZhCN: DeepStrings<typeof actionsEn> = {
  copy: '复制所选卡片',
  paste: '粘贴卡片',
  duplicate: '复制一份所选卡片',
  backToToday: '回到今天',
  goHome: '回到客户列表',
  palette: {
    hint: '输入 > 可执行命令',
    title: '命令',
    nothing: '没有与“{{text}}”匹配的命令。',
    none: '此处没有可执行的命令。',
    navigate: '↑ ↓ 选择 · Enter 执行 · Esc 关闭',
    unavailable: '此处不可用',
  },
  when: {
    notPresenting: '演示时不可用',
    home: '在客户列表中可用',
    notHome: '当前已在客户列表',
    editableMap: '在客户的地图上可用，回看历史或演示时除外',
    noContactOpen: '正在记录一次联系',
    selection: '请先在地图上选中卡片',
    copied: '请先在客户地图上复制卡片',
    mapWithPeople: '在已有人员的客户地图上可用',
    justChanged: '刚做出修改、提示仍在显示时可用',
    inThePast: '回看历史或演示时可用',
    mapOrPeople: '在客户的地图或人员列表中可用',
    map: '在客户的地图上可用',
  },
};
