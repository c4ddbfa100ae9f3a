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
  },
};
