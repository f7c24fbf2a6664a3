import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../electron/shell/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('has the edit menu and zoom on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const all = roles(menuTemplate(platform, true));
      expect(all).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    }
  });

  it('adds the app menu only on macOS', () => {
    expect(roles(menuTemplate('darwin', true))).toContain('appMenu');
    expect(roles(menuTemplate('win32', true))).not.toContain('appMenu');
  });

  it('leaves reload and developer tools out of packaged builds', () => {
    expect(roles(menuTemplate('win32', true))).not.toContain('reload');
    expect(roles(menuTemplate('win32', true))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('win32', false))).toContain('toggleDevTools');
  });
});
