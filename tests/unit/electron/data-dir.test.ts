import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_NAME, dataDirIn, defaultDataDir } from '../../../electron/data-dir';

describe('defaultDataDir', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam')).toBe(
      'C:\\Users\\sam\\AppData\\Roaming\\Peer Desk\\data',
    );
  });

  it('falls back to the roaming profile when %APPDATA% is not set', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\sam')).toBe('C:\\Users\\sam\\AppData\\Roaming\\Peer Desk\\data');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/sam')).toBe(
      '/Users/sam/Library/Application Support/Peer Desk/data',
    );
  });

  it('uses $XDG_CONFIG_HOME on Linux', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/sam/.conf' }, '/home/sam')).toBe('/home/sam/.conf/Peer Desk/data');
  });

  it('uses ~/.config on Linux when $XDG_CONFIG_HOME is unset, empty or relative', () => {
    for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'relative/dir' }]) {
      expect(defaultDataDir('linux', env, '/home/sam')).toBe('/home/sam/.config/Peer Desk/data');
    }
  });

  it('never points at the working directory', () => {
    for (const platform of ['win32', 'darwin', 'linux', 'freebsd'] as const) {
      expect(defaultDataDir(platform, {}, '/home/sam')).not.toBe(path.join(process.cwd(), 'data'));
    }
  });

  it('matches the productName Electron takes the userData folder name from', async () => {
    const pkg = JSON.parse(await readFile(path.resolve('package.json'), 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe(APP_NAME);
  });

  it('puts data in a sub-folder of userData, as main.ts does', () => {
    expect(dataDirIn('/x/Peer Desk')).toBe(path.join('/x/Peer Desk', 'data'));
  });
});
