import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Opens web mode in the system browser without putting the token on a command line, where any
 * local user could read it (`ps`, /proc/PID/cmdline). The opener is handed the path of a launch
 * page instead: a file only its owner can read, in a folder only its owner can enter, which sends
 * the browser on to the address with the token. The page is removed as soon as the browser has
 * used the token, after `removeAfterMs` at the latest, and when the process exits.
 */
export interface BrowserLaunch {
  /** The launch page handed to the browser. */
  readonly file: string;
  /** Removes the launch page and its folder; calling it again does nothing. */
  remove(): void;
}

export interface OpenInBrowserOptions {
  platform?: NodeJS.Platform;
  /** How long the launch page may wait for the browser: a cold start of a browser takes seconds. */
  removeAfterMs?: number;
}

const DEFAULT_REMOVE_AFTER_MS = 120_000;
const LAUNCH_FILE = 'open-powermap.html';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The launch page: a refresh to `url` (no script needed) and a link for a browser that ignores it. */
export function launchPage(url: string): string {
  const target = escapeHtml(url);
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '<title>Powermap</title>',
    '</head>',
    `<body><a href="${target}">打开 Powermap · Open Powermap</a></body>`,
    '</html>',
    '',
  ].join('\n');
}

/** Writes the launch page into a fresh folder of its own: folder 0700, file 0600. */
function writeLaunchPage(url: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'powermap-open-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, LAUNCH_FILE);
  // 'wx': never write through a file or link someone placed there first.
  fs.writeFileSync(file, launchPage(url), { mode: 0o600, flag: 'wx' });
  return { dir, file };
}

function openerFor(platform: NodeJS.Platform, file: string): [string, string[]] {
  if (platform === 'darwin') return ['open', [file]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '', file]];
  return ['xdg-open', [file]];
}

export function openInBrowser(url: string, options: OpenInBrowserOptions = {}): BrowserLaunch {
  const { dir, file } = writeLaunchPage(url);
  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    clearTimeout(timer);
    process.removeListener('exit', remove);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const timer = setTimeout(remove, options.removeAfterMs ?? DEFAULT_REMOVE_AFTER_MS);
  timer.unref();
  process.once('exit', remove);

  const [command, args] = openerFor(options.platform ?? process.platform, file);
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  // No opener (a server without a desktop): the printed address still works.
  child.on('error', () => undefined);
  child.unref();
  return { file, remove };
}
