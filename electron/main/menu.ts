import { app, BrowserWindow, Menu } from 'electron';
import { IPC_MENU_CHANNEL, type MenuCommand } from '../../shared/api/bridge';
import { pickLanguage } from '../../shared/i18n';
import type { DatabaseFiles } from './databaseFiles';
import { menuTemplate } from './menuTemplate';
import { stringsFor, type ShellStrings } from './shellText';

/** Call after `app` is ready: the locale is not known before. */
export function shellStrings(locale: string = app.getLocale()): ShellStrings {
  return stringsFor(locale);
}

/** Menu items speak to the focused window; the renderer runs the registry action there. */
function send(command: MenuCommand, byKey: boolean): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(IPC_MENU_CHANNEL, command, byKey);
}

/** Builds the menu; call again when the recent databases change. */
export function installMenu(files: DatabaseFiles): void {
  const locale = app.getLocale();
  const template = menuTemplate({
    appName: app.name,
    platform: process.platform === 'darwin' ? 'mac' : 'other',
    isDev: !app.isPackaged,
    language: pickLanguage([locale]),
    strings: shellStrings(locale),
    recent: files.recent(),
    send,
    runFile: (command) => void files.run(command),
    openRecent: (file) => files.openRecent(file),
    clearRecent: () => files.clearRecent(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
