import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { startThreadedBackend, type ThreadedBackend } from '../backend/threads/threadedBackend';
import { defaultDatabasePath, defaultUserDataDir } from '../backend/paths';
import { withRoom } from '../backend/room/withRoom';
import { registerAppScheme, rendererRoot, serveAppProtocol } from './app-protocol';
import { registerIpc } from './ipc';
import { installMenu, shellStrings } from './menu';
import { fileProblemText } from './shellText';
import { databaseFiles } from './databaseFiles';
import { rememberedKeys } from './rememberedKeys';
import { createMainWindow, secureSession } from './window';

// Before `ready`: the desktop app and web mode share one user-data folder, hence one database.
app.setPath('userData', defaultUserDataDir());
// Before `ready` too: the window's page comes from app://, not file://.
registerAppScheme();

let backend: ThreadedBackend | null = null;
let removeIpc: (() => void) | null = null;
/** Share to the room: its server runs in this process, beside the window's transport. */
let room: ReturnType<typeof withRoom> | null = null;

/**
 * better-sqlite3 built for Electron's ABI by build/native-for-electron.mjs. Packaged, it sits in
 * app.asar.unpacked; the Node build in node_modules stays for tests and web mode.
 */
function electronNativeBinding(): string | undefined {
  const file = path
    .join(app.getAppPath(), '.native-electron', 'better_sqlite3.node')
    .replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
  return fs.existsSync(file) ? file : undefined;
}

function showMainWindow(): void {
  const [existing] = BrowserWindow.getAllWindows();
  if (!existing) {
    createMainWindow();
    return;
  }
  if (existing.isMinimized()) existing.restore();
  existing.show();
  existing.focus();
}

function closeBackend(): Promise<void> {
  removeIpc?.();
  removeIpc = null;
  const opened = backend;
  const closing = (room?.close() ?? Promise.resolve()).then(() => opened?.close());
  room = null;
  backend = null;
  return closing;
}

async function start(): Promise<void> {
  const databasePath = defaultDatabasePath();
  try {
    // The backend's threads: the window's main process only passes calls on, so a slow one
    // never freezes the window or holds up another call.
    backend = await startThreadedBackend(databasePath, {
      version: app.getVersion(),
      nativeBinding: electronNativeBinding(),
      keychain: rememberedKeys(path.join(app.getPath('userData'), 'remembered-keys.json')),
      entry: new URL('./backendThread.js', import.meta.url),
    });
  } catch (error) {
    const t = shellStrings();
    dialog.showErrorBox(t.databaseErrorTitle, fileProblemText(t, error, databasePath));
    app.exit(1);
    return;
  }
  const opened = backend;
  const files = databaseFiles(
    () => opened,
    () => shellStrings(),
    () => installMenu(files),
  );
  room = withRoom(opened.call, { staticRoot: rendererRoot() });
  removeIpc = registerIpc(room.dispatch, (command) => files.run(command));
  secureSession(session.defaultSession);
  serveAppProtocol(session.defaultSession);
  installMenu(files);
  // Every window's title names the open file; the page's own <title> does not replace it.
  app.on('browser-window-created', (_event, window) => {
    window.on('page-title-updated', (event) => event.preventDefault());
    files.titleFor(window);
  });
  createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Powermap already owns the database; it will bring its window forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (backend) showMainWindow();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The threads close their connections (checkpointing the write-ahead log) before the app goes.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void closeBackend().finally(() => {
      closed = true;
      app.quit();
    });
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('[powermap] Electron failed to start:', error);
    app.exit(1);
  });
}
