import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Powermap';
export const DATABASE_FILE = 'powermap.sqlite';

/**
 * The platform's user-data folder, as Electron's app.getPath('userData') names it. The desktop
 * shell sets Electron's path from this function, so both modes share one database file.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

export function defaultDatabasePath(): string {
  return path.join(defaultUserDataDir(), DATABASE_FILE);
}
