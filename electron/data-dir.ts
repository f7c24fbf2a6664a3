import os from 'node:os';
import path from 'node:path';

/**
 * Where Peer Desk keeps its data, worked out without Electron so the browser harness and
 * command-line tools open the very folder the desktop app uses. A coordinator who tries
 * the browser version and then the desktop app must see the same records.
 */

/** Electron names the userData folder after package.json's productName. */
export const APP_NAME = 'Peer Desk';
/** Inside userData, so Chromium's own caches and our records never share a folder. */
export const DATA_FOLDER_NAME = 'data';

export function dataDirIn(userDataDir: string): string {
  return path.join(userDataDir, DATA_FOLDER_NAME);
}

/**
 * Mirrors Electron's `app.getPath('userData')` + "/data": `appData` (%APPDATA% on
 * Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME or ~/.config on
 * Linux) joined with the product name. Paths use the target platform's separators so the
 * result is right whatever machine computes it.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME, DATA_FOLDER_NAME);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_NAME, DATA_FOLDER_NAME);
  }
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored; honouring
  // it would put personal data wherever the command happened to be run.
  const xdg = env.XDG_CONFIG_HOME;
  const configHome = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(configHome, APP_NAME, DATA_FOLDER_NAME);
}
