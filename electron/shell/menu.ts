import type { MenuItemConstructorOptions } from 'electron';

/**
 * The standard menus, built from Electron roles so the platform's usual shortcuts work
 * (copy/paste in forms, zoom for people who need larger text). Reload and developer tools
 * are left out of packaged builds: a reload would throw away a half-filled form.
 */
export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(isPackaged ? [] : ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    // The zoomIn role listens for Ctrl/Cmd+Plus, which needs Shift on most keyboards;
    // people expect Ctrl/Cmd+= to work too.
    { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
