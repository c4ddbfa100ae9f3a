import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { IPC_MENU_CHANNEL, type FileCommand, type MenuCommand } from '../../shared/api/bridge';
import type { DatabaseFiles } from './databaseFiles';
import { FileProblem } from '../backend/files/fileProblem';

/**
 * The shell's own words. The main process cannot reach the renderer's i18next, so this small
 * table carries the two languages the app ships (zh-CN and en), chosen from the OS locale.
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
  newAccount: 'New Account',
  addPerson: 'Add Person',
  settings: 'Settings…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  home: 'Accounts',
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
  newAccount: '新建客户',
  addPerson: '添加人员',
  settings: '设置…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  home: '客户列表',
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

/** Call after `app` is ready: the locale is not known before. */
export function shellStrings(locale: string = app.getLocale()): ShellStrings {
  return locale.toLowerCase().startsWith('zh') ? zhCN : en;
}

/** Menu items speak to the focused window; the renderer decides what each command means there. */
function send(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_MENU_CHANNEL, command);
}

function template(t: ShellStrings, isMac: boolean, isDev: boolean, files: DatabaseFiles): MenuItemConstructorOptions[] {
  const recent = files.recent();
  const run = (command: FileCommand) => () => void files.run(command);
  const settings: MenuItemConstructorOptions = {
    label: t.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => send('settings'),
  };
  const appMenu: MenuItemConstructorOptions = {
    label: app.name,
    submenu: [
      { role: 'about', label: t.about },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services', label: t.services },
      { type: 'separator' },
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      { type: 'separator' },
      { role: 'quit', label: `${t.quit} ${app.name}` },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newDatabase, click: run('new-database') },
      { label: t.openDatabase, accelerator: 'CmdOrCtrl+O', click: run('open-database') },
      {
        label: t.openRecent,
        submenu:
          recent.length === 0
            ? [{ label: t.noRecent, enabled: false }]
            : [
                ...recent.map((file) => ({ label: file, click: () => files.openRecent(file) })),
                { type: 'separator' as const },
                { label: t.clearRecent, click: () => files.clearRecent() },
              ],
      },
      { label: t.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: run('save-copy') },
      { type: 'separator' },
      { label: t.newAccount, accelerator: 'CmdOrCtrl+N', click: () => send('new-account') },
      { label: t.addPerson, accelerator: 'CmdOrCtrl+Shift+N', click: () => send('add-person') },
      ...(isMac
        ? []
        : [
            { type: 'separator' } as const,
            settings,
            { type: 'separator' } as const,
            { role: 'quit', label: t.quit } as const,
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
      { label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
      // Windows and Linux users also expect Ctrl+Y; a hidden twin keeps the menu tidy.
      ...(isMac
        ? []
        : [
            {
              label: t.redo,
              accelerator: 'Ctrl+Y',
              visible: false,
              acceleratorWorksWhenHidden: true,
              click: () => send('redo'),
            },
          ]),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { label: t.home, accelerator: 'CmdOrCtrl+Shift+H', click: () => send('go-home') },
      { type: 'separator' },
      ...(isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu', label: t.window };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: isMac ? [] : [{ role: 'about', label: t.about }],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

/** Builds the menu; call again when the recent databases change. */
export function installMenu(files: DatabaseFiles): void {
  const menu = Menu.buildFromTemplate(template(shellStrings(), process.platform === 'darwin', !app.isPackaged, files));
  Menu.setApplicationMenu(menu);
}
