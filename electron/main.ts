import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type WebContents,
} from 'electron';
import { ApiError } from '../shared/errors';
import { dataDirIn } from './data-dir';
import { registerApi, senderCheckFor } from './ipc';
import { openProtectedServices } from './protection/host';
import type { Services } from './services';
import { saveDialogOptionsFor } from './shell/downloads';
import { menuTemplate } from './shell/menu';
import { serveRendererRequest } from './shell/renderer-files';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedDownloadUrl, isAppUrl, parseExternalUrl } from './shell/security';

/**
 * The Electron shell: one window, one data folder, and the security settings around them.
 * Everything with rules in it lives in ./shell (tested without Electron); this file only
 * connects those rules to Electron's events.
 */

const APP_ID = 'uk.org.peerdesk.app';
const START_FAILURE_TITLE = 'Peer Desk cannot start';

/** Built files live inside the app (app.asar when packaged, the project folder in dev). */
export function rendererDir(): string {
  return path.join(app.getAppPath(), 'dist', 'renderer');
}

export function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
}

export function openFailureMessage(error: unknown, dataDir: string): string {
  // ApiErrors from openServices (already open elsewhere, data from a newer version) are
  // written for the coordinator already.
  if (error instanceof ApiError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Peer Desk could not open its data folder:\n${dataDir}\n\nNothing in it has been changed.\n\nDetails for whoever supports your computer: ${detail}`;
}

function openExternally(raw: string): void {
  const url = parseExternalUrl(raw);
  if (url === null) return;
  shell.openExternal(url).catch((error: unknown) => console.error('[peer-desk] could not open a link', error));
}

/**
 * Applied to every webContents Electron creates, not only our window, so nothing can end
 * up showing a remote page with access to the preload.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A plain link to a website should still do what the coordinator expects.
    openExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  // Peer Desk needs no camera, microphone, location or notifications.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.on('will-download', (event, item) => {
    if (!isAllowedDownloadUrl(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename(), app.getPath('downloads')));
  });
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 540,
    show: false,
    title: 'Peer Desk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  // A form with unsaved changes holds back closing or reloading (beforeunload, see
  // renderer/lib/use-unsaved-changes.tsx). Electron does not ask on its own: without this
  // the window would silently refuse to close.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Peer Desk',
      message: 'Discard your changes?',
      detail: 'What you typed on this page has not been saved. If you leave now, it will be lost.',
      buttons: ['Stay on this page', 'Discard changes'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // Preventing the event lets the window close or reload after all.
    if (choice === 1) event.preventDefault();
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[peer-desk] the window could not load', error));
  return win;
}

function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Starts Peer Desk. Exported so tests can run it against the Electron mock; it runs by
 * itself only inside Electron (see the bottom of this file).
 */
export async function startApp(): Promise<void> {
  // One process per data folder: a second copy would race the first one's writes.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  app.enableSandbox();
  // Must happen before "ready". "standard" + "secure" give the page a real origin and a
  // secure context (localStorage, crypto.randomUUID, relative URLs).
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);

  let mainWindow: BrowserWindow | null = null;
  let services: Services | null = null;
  let closing = false;

  app.on('second-instance', () => bringToFront(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // One window holds the whole app, so closing it means quitting, on macOS too: otherwise
  // the data folder would stay locked by an app with no window.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!services) return;
    // Pending writes must reach the disk and the folder lock be released before exit.
    event.preventDefault();
    if (closing) return;
    closing = true;
    services
      .close()
      .catch((error: unknown) => console.error('[peer-desk] closing the data folder failed', error))
      .finally(() => {
        services = null;
        app.quit();
      });
  });

  await app.whenReady();

  const dataDir = dataDirIn(app.getPath('userData'));
  try {
    // A protected folder opens locked: the window shows the unlock screen and nothing else.
    services = await openProtectedServices({ dataDir, appVersion: app.getVersion() });
  } catch (error) {
    dialog.showErrorBox(START_FAILURE_TITLE, openFailureMessage(error, dataDir));
    app.quit();
    return;
  }

  const root = rendererDir();
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(root, request));
  hardenSession();
  registerApi(ipcMain, services, senderCheckFor(() => mainWindow));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, app.isPackaged)));

  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Only Electron sets process.versions.electron; importing this file under vitest (with the
// Electron mock) must not start anything.
if (process.versions.electron !== undefined) {
  startApp().catch((error: unknown) => {
    dialog.showErrorBox(START_FAILURE_TITLE, error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
