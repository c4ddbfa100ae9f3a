import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { IPC_MENU_CHANNEL, type FileCommand } from '../../shared/api/bridge';
import type { ThreadedBackend } from '../backend/threads/threadedBackend';
import { fileProblemText, type ShellStrings } from './shellText';
import { readRecent, withRecent, writeRecent } from './recentDatabases';

const FILTERS = (t: ShellStrings) => [{ name: t.databaseFilter, extensions: ['sqlite', 'db'] }];

export interface DatabaseFiles {
  run(command: FileCommand): Promise<void>;
  openRecent(file: string): void;
  clearRecent(): void;
  recent(): string[];
  /** The window title names the open file, as any document app's does. */
  titleFor(window: BrowserWindow): void;
}

/**
 * File → New, Open, Open Recent and Save a Copy: the desktop's own dialogs around the backend's
 * file operations. A file that cannot be opened is explained and the open one stays; a new
 * database never replaces an existing file.
 */
export function databaseFiles(
  backend: () => ThreadedBackend,
  strings: () => ShellStrings,
  onRecentChanged: () => void,
): DatabaseFiles {
  const recentStore = path.join(app.getPath('userData'), 'recent-databases.json');
  const remember = (file: string) => {
    writeRecent(recentStore, withRecent(readRecent(recentStore), file));
    onRecentChanged();
  };

  const explain = (error: unknown, file: string) => {
    const t = strings();
    dialog.showErrorBox(t.databaseErrorTitle, fileProblemText(t, error, file));
  };

  const titleFor = (window: BrowserWindow) => {
    const file = backend().file();
    window.setTitle(`${path.basename(file)} — Powermap`);
    window.setRepresentedFilename(file);
  };

  const switchTo = async (file: string) => {
    try {
      await backend().openFile(file);
    } catch (error) {
      explain(error, file);
      return;
    }
    remember(file);
    for (const window of BrowserWindow.getAllWindows()) {
      titleFor(window);
      window.webContents.send(IPC_MENU_CHANNEL, 'database-changed');
    }
  };

  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  async function run(command: FileCommand): Promise<void> {
    const t = strings();
    const window = parent();
    const current = backend().file();
    if (command === 'reveal-backups') {
      const folder = (await backend().status()).backupsFolder;
      fs.mkdirSync(folder, { recursive: true });
      await shell.openPath(folder);
      return;
    }
    if (command === 'open-database') {
      const options = {
        title: t.openDatabase,
        defaultPath: path.dirname(current),
        filters: FILTERS(t),
        properties: ['openFile' as const],
      };
      const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const [file] = chosen.filePaths;
      if (!chosen.canceled && file) await switchTo(file);
      return;
    }
    const options = {
      title: command === 'new-database' ? t.newDatabase : t.saveCopy,
      defaultPath: path.join(
        path.dirname(current),
        command === 'new-database' ? 'Powermap.sqlite' : `${path.basename(current, '.sqlite')} copy.sqlite`,
      ),
      filters: FILTERS(t),
    };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return;
    if (command === 'new-database') {
      // The save dialog asked "replace?", but a new database must not destroy an existing file.
      if (fs.existsSync(chosen.filePath)) {
        dialog.showErrorBox(
          t.newDatabase,
          t.newDatabaseExists.replace('{{file}}', () => chosen.filePath),
        );
        return;
      }
      await switchTo(chosen.filePath);
      return;
    }
    // The dialog has asked whether to replace an existing file.
    const outcome = await backend().call('files.saveCopy', { path: chosen.filePath, overwrite: true });
    if (!outcome.ok) dialog.showErrorBox(t.saveCopy, outcome.error.message);
  }

  return {
    run,
    openRecent: (file) => void switchTo(file),
    clearRecent() {
      writeRecent(recentStore, []);
      onRecentChanged();
    },
    recent: () => readRecent(recentStore).filter((file) => file !== backend().file()),
    titleFor,
  };
}
