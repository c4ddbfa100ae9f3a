import { FileProblem } from '../backend/files/fileProblem';

/**
 * The shell's own words (files, windows, errors), in the two languages the app ships, chosen from
 * the OS locale. Commands of the action registry take their names from shared/i18n instead, the
 * same words the page shows.
 */
const en = {
  file: 'File',
  newDatabase: 'New Database…',
  openDatabase: 'Open Database…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Databases',
  clearRecent: 'Clear Menu',
  saveCopy: 'Save a Copy…',
  databaseFilter: 'Powermap database',
  newDatabaseExists: 'The file {{file}} exists already. Choose a new name for the new database; nothing was replaced.',
  quit: 'Quit',
  edit: 'Edit',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: 'Window',
  help: 'Help',
  about: 'About Powermap',
  hide: 'Hide Powermap',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  services: 'Services',
  databaseErrorTitle: 'Powermap cannot open its database',
  databaseErrorBody: 'The database file {{file}} could not be opened: {{error}}',
  databaseProblem: {
    not_database: 'The file {{file}} is not a Powermap database. Powermap has not changed it.',
    foreign: 'The file {{file}} belongs to another program. Powermap has not changed it.',
    too_new: 'The file {{file}} was written by a newer Powermap. Update Powermap to open it.',
    damaged: 'The file {{file}} is damaged. Powermap will not write to it.',
    locked: 'The file {{file}} is encrypted. Unlock it with its passphrase or recovery key.',
    unreadable: 'The file {{file}} cannot be read: {{error}}',
    driver: 'The database file {{file}} cannot be opened because the database driver did not load: {{error}}',
  },
  databaseDriverHint:
    'In a development checkout, run "node build/native-for-electron.mjs" (npm start does this) to build the database driver for Electron.',
};

export type ShellStrings = typeof en;

const zhCN: ShellStrings = {
  file: '文件',
  newDatabase: '新建数据库…',
  openDatabase: '打开数据库…',
  openRecent: '最近打开',
  noRecent: '没有最近打开的数据库',
  clearRecent: '清除列表',
  saveCopy: '另存副本…',
  databaseFilter: 'Powermap 数据库',
  newDatabaseExists: '文件 {{file}} 已存在。请为新数据库另取一个名字；没有替换任何文件。',
  quit: '退出',
  edit: '编辑',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '切换全屏',
  window: '窗口',
  help: '帮助',
  about: '关于 Powermap',
  hide: '隐藏 Powermap',
  hideOthers: '隐藏其他',
  showAll: '全部显示',
  services: '服务',
  databaseErrorTitle: 'Powermap 无法打开数据库',
  databaseErrorBody: '无法打开数据库文件 {{file}}：{{error}}',
  databaseProblem: {
    not_database: '文件 {{file}} 不是 Powermap 数据库，Powermap 没有改动它。',
    foreign: '文件 {{file}} 属于另一个程序，Powermap 没有改动它。',
    too_new: '文件 {{file}} 由更新版本的 Powermap 写入，请先升级 Powermap。',
    damaged: '文件 {{file}} 已损坏，Powermap 不会再向它写入。',
    locked: '文件 {{file}} 已加密，请用密码或恢复密钥解锁。',
    unreadable: '无法读取文件 {{file}}：{{error}}',
    driver: '数据库驱动未能加载，所以无法打开数据库文件 {{file}}：{{error}}',
  },
  databaseDriverHint:
    '如果这是开发环境，请运行 "node build/native-for-electron.mjs"（npm start 会自动运行）为 Electron 构建数据库驱动。',
};

/** Why `file` could not be opened, in the user's words; the driver hint only when the driver failed. */
export function fileProblemText(t: ShellStrings, error: unknown, file: string): string {
  const problem = error instanceof FileProblem ? error : null;
  const detail = problem ? problem.detail : error instanceof Error ? error.message : String(error);
  const body = (problem ? t.databaseProblem[problem.kind] : t.databaseErrorBody)
    .replace('{{file}}', () => file)
    .replace('{{error}}', () => detail);
  return problem?.kind === 'driver' ? `${body}\n\n${t.databaseDriverHint}` : body;
}

/** The shell's strings for an OS locale. */
export const stringsFor = (locale: string): ShellStrings => (locale.toLowerCase().startsWith('zh') ? zhCN : en);
