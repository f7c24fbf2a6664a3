import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/errors';
import type { Services } from '../../../electron/services';
// main.ts opens the folder through the protection host (locked until unlocked when protected).
import { openProtectedServices as openServices, type ProtectedServices } from '../../../electron/protection/host';
import { startApp } from '../../../electron/main';
import { contractMethodNames } from '../../../electron/ipc';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/security';
import {
  app,
  BrowserWindowMock,
  dialog,
  ipcMain,
  Menu,
  mockEvent,
  protocol,
  resetElectronMock,
  session,
  shell,
} from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));
vi.mock('../../../electron/protection/host', () => ({ openProtectedServices: vi.fn() }));

function fakeServices(): Services & { call: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> } {
  return {
    dataDir: '/mock/user-data/Peer Desk/data',
    call: vi.fn(() => Promise.resolve({ ok: true as const, value: 'called' })),
    close: vi.fn(() => Promise.resolve()),
    // main.ts never reaches into the store; calls go through services.call.
    store: {} as Services['store'],
    recordAudit: vi.fn(() => Promise.resolve()),
  };
}

let appDir: string;
let services: ReturnType<typeof fakeServices>;

beforeEach(async () => {
  resetElectronMock();
  appDir = await mkdtemp(path.join(tmpdir(), 'peer-desk-main-'));
  await mkdir(path.join(appDir, 'dist', 'renderer', 'assets'), { recursive: true });
  await writeFile(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Peer Desk</title>');
  await writeFile(path.join(appDir, 'dist', 'renderer', 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(path.join(appDir, 'dist', 'secret.txt'), 'not for the renderer');
  app.appPath = appDir;
  services = fakeServices();
  vi.mocked(openServices).mockReset().mockResolvedValue(services as unknown as ProtectedServices);
});

afterEach(async () => {
  await rm(appDir, { recursive: true, force: true });
});

function theWindow(): BrowserWindowMock {
  expect(BrowserWindowMock.instances).toHaveLength(1);
  return BrowserWindowMock.instances[0]!;
}

function appHandler(): (request: Request) => Response | Promise<Response> {
  const handler = protocol.handlers.get('app');
  expect(handler).toBeDefined();
  return handler!;
}

describe('startApp', () => {
  it('takes the single-instance lock before anything else', async () => {
    await startApp();
    expect(app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(app.requestSingleInstanceLock.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('quits a second copy without opening the data folder or a window', async () => {
    app.requestSingleInstanceLock.mockImplementation(() => false);
    await startApp();
    expect(app.quit).toHaveBeenCalled();
    expect(openServices).not.toHaveBeenCalled();
    expect(BrowserWindowMock.instances).toHaveLength(0);
  });

  it('brings the existing window to the front when a second copy starts', async () => {
    await startApp();
    const win = theWindow();
    win.isMinimized.mockReturnValue(true);
    app.emit('second-instance', mockEvent(), [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('opens the data folder inside userData', async () => {
    await startApp();
    expect(openServices).toHaveBeenCalledWith({ dataDir: path.join('/mock/user-data/Peer Desk', 'data'), appVersion: '0.1.0-test' });
  });

  it('shows the plain message and quits when the data folder cannot be opened', async () => {
    const message = 'Peer Desk is already open on this computer. Switch to that window.';
    vi.mocked(openServices).mockRejectedValue(new ApiError('ALREADY_OPEN', message));
    await startApp();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Peer Desk cannot start', message);
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindowMock.instances).toHaveLength(0);
  });

  it('explains an unexpected failure without hiding the detail', async () => {
    vi.mocked(openServices).mockRejectedValue(new Error('EACCES: permission denied'));
    await startApp();
    const [, text] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(text).toContain('could not open its data folder');
    expect(text).toContain('EACCES');
  });

  it('creates one locked-down window that loads the app from its own origin', async () => {
    await startApp();
    const win = theWindow();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(appDir, 'dist', 'electron', 'preload.cjs'),
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://peer-desk/index.html');
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('registers app:// as a privileged standard, secure scheme before the app is ready', async () => {
    await startApp();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown }),
    ]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('sets the Content-Security-Policy on every protocol response', async () => {
    await startApp();
    const ok = await appHandler()(new Request('app://peer-desk/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('<title>Peer Desk</title>');
    const missing = await appHandler()(new Request('app://peer-desk/assets/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    await startApp();
    for (const url of ['app://peer-desk/..%2fsecret.txt', 'app://peer-desk/assets/..%2f..%2fsecret.txt', 'app://peer-desk/..%5csecret.txt']) {
      const response = await appHandler()(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });

  it('blocks navigation away from the app and sends https links to the browser', async () => {
    await startApp();
    const contents = theWindow().webContents;

    const inside = mockEvent({ url: 'app://peer-desk/index.html#/volunteers' });
    contents.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const website = mockEvent({ url: 'https://example.org/help' });
    contents.emit('will-navigate', website);
    expect(website.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/help');

    for (const url of ['file:///etc/passwd', 'http://example.org/', 'javascript:alert(1)', 'app://evil/index.html']) {
      const event = mockEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks sub-frames from navigating elsewhere and refuses webviews', async () => {
    await startApp();
    const contents = theWindow().webContents;
    const frame = mockEvent({ url: 'https://example.org/', isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const webview = mockEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('never opens new windows, but hands https links to the browser', async () => {
    await startApp();
    const handler = theWindow().webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler!({ url: 'https://www.gov.uk/dbs-check' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/dbs-check');
    for (const url of ['http://example.org/', 'file:///C:/Windows/system32/calc.exe', 'smb://server/share', 'app://peer-desk/index.html']) {
      expect(handler!({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request', async () => {
    await startApp();
    const [handler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ];
    for (const permission of ['media', 'geolocation', 'notifications']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('gives the app’s own downloads a Save As dialog and cancels any other download', async () => {
    await startApp();
    const item = {
      getURL: () => 'blob:app://peer-desk/5d1c2a',
      getFilename: () => 'volunteers.csv',
      setSaveDialogOptions: vi.fn(),
    };
    const event = mockEvent();
    session.defaultSession.emit('will-download', event, item);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/mock/home/Downloads', 'volunteers.csv') }),
    );

    const foreign = { ...item, getURL: () => 'https://example.org/payload.exe', setSaveDialogOptions: vi.fn() };
    const blocked = mockEvent();
    session.defaultSession.emit('will-download', blocked, foreign);
    expect(blocked.preventDefault).toHaveBeenCalled();
    expect(foreign.setSaveDialogOptions).not.toHaveBeenCalled();
  });

  it('answers API calls from its own window only', async () => {
    await startApp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(contractMethodNames().map((name) => `api:${name}`).sort());
    const win = theWindow();
    const handler = ipcMain.handlers.get('api:volunteers.list') as (event: unknown, input: unknown) => Promise<unknown>;

    await expect(handler({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { query: 'Sam' })).resolves.toEqual({
      ok: true,
      value: 'called',
    });
    expect(services.call).toHaveBeenCalledWith('volunteers.list', { query: 'Sam' });

    const iframe = { url: 'app://peer-desk/index.html' };
    await expect(handler({ sender: win.webContents, senderFrame: iframe }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORISED' },
    });
    expect(services.call).toHaveBeenCalledTimes(1);
  });

  it('installs menus with edit shortcuts and zoom', async () => {
    await startApp();
    const [template] = Menu.buildFromTemplate.mock.calls[0] as [Array<{ role?: string; submenu?: Array<{ role?: string }> }>];
    expect(template.map((item) => item.role)).toContain('editMenu');
    const view = template.find((item) => Array.isArray(item.submenu));
    expect(view?.submenu?.map((item) => item.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('closes the data folder before quitting', async () => {
    await startApp();
    const quitting = mockEvent();
    app.emit('will-quit', quitting);
    expect(quitting.preventDefault).toHaveBeenCalled();
    expect(services.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());

    // Electron fires will-quit again after app.quit(); this time it must go through.
    const again = mockEvent();
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(services.close).toHaveBeenCalledTimes(1);
  });

  it('quits when the window is closed, on every platform', async () => {
    await startApp();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});
