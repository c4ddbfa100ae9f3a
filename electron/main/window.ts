import path from 'node:path';
import { app, BrowserWindow, shell, type Session, type WebContents } from 'electron';
import { METHOD_NAMES } from '../../shared/api/contract';
import { contentSecurityPolicy, CSP_NONCE_PLACEHOLDER } from '../backend/http/content-security-policy';
import { isExternalLink } from '../../shared/domain/externalLinks';
import { APP_ORIGIN, APP_PAGE_URL, isAppPageUrl } from './app-files';

/**
 * The contract's method names, handed to the sandboxed preload on its command line so the
 * preload can refuse unknown names without bundling the zod schemas. Same literal in preload/index.ts.
 */
const METHODS_ARGUMENT = '--powermap-methods=';

/** electron-vite's dev server, honoured only in an unpackaged checkout so no one can point a shipped app elsewhere. */
function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
}

const preloadFile = (): string => path.join(app.getAppPath(), 'out', 'preload', 'index.cjs');

/** True for the app's own page (any hash or query), and for nothing else. */
export function isAppUrl(raw: string): boolean {
  const dev = devServerUrl();
  if (!dev) return isAppPageUrl(raw);
  try {
    return new URL(raw).origin === new URL(dev).origin;
  } catch {
    return false;
  }
}

/**
 * The policy for any response not from app:// (whose handler sends the page's own, with a fresh
 * nonce). Vite's dev server leaves the nonce placeholder in the page, so in a checkout running
 * `electron-vite dev` the placeholder is the nonce; a packaged app loads nothing but app://.
 */
const policyForOtherResponses = (): string =>
  devServerUrl() ? contentSecurityPolicy(CSP_NONCE_PLACEHOLDER) : contentSecurityPolicy();

/** Once per session: our CSP on every response, and no permission is ever granted. */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith(`${APP_ORIGIN}/`)) {
      // Our own handler's answer: its policy names this load's nonce, so it stays as it is.
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policyForOtherResponses()] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * No new windows, no navigation away from our page, no <webview>. A web or mail link in a note
 * (opened as a new window) goes to the system browser or mail program instead.
 */
function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The address of our page with `hash` (e.g. a print route), from the dev server in a checkout. */
export const appPageUrl = (hash = ''): string => `${devServerUrl() ?? APP_PAGE_URL}${hash}`;

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Powermap',
    webPreferences: {
      preload: preloadFile(),
      additionalArguments: [METHODS_ARGUMENT + METHOD_NAMES.join(',')],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
  lockDown(window.webContents);
  window.once('ready-to-show', () => window.show());
  const loading = window.loadURL(appPageUrl());
  loading.catch((error: unknown) => console.error('[powermap] could not load the renderer:', error));
  return window;
}

/**
 * A window that is never shown, locked down like the main one (its preferences are written out
 * in full here too, so the security linter sees them): for printing a page to PDF.
 */
export function createHiddenWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 1000,
    show: false,
    webPreferences: {
      preload: preloadFile(),
      additionalArguments: [METHODS_ARGUMENT + METHOD_NAMES.join(',')],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  });
  lockDown(window.webContents);
  return window;
}
