import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * The one Electron mock for every test of main.ts, ipc.ts and preload.ts:
 *
 *   vi.mock('electron', () => import('../../mocks/electron'));
 *
 * The real package cannot be loaded here (it downloads a binary on require). Objects keep
 * what the code under test registered (handlers, listeners, options) so tests can drive
 * them the way Electron would. Call `resetElectronMock()` in `beforeEach`.
 */

type Handler = (...args: never[]) => unknown;

/** Electron's event object: only the part our code uses. */
export interface MockEvent {
  preventDefault: ReturnType<typeof vi.fn>;
  defaultPrevented: boolean;
}

export function mockEvent<T extends object>(extra?: T): MockEvent & T {
  const event = {
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
    ...extra,
  } as MockEvent & T;
  return event;
}

export interface MockFrame {
  url: string;
}

export class WebContentsMock extends EventEmitter {
  mainFrame: MockFrame = { url: '' };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  readonly isDestroyed = vi.fn(() => false);
  readonly getURL = vi.fn(() => this.mainFrame.url);
}

export class BrowserWindowMock extends EventEmitter {
  static instances: BrowserWindowMock[] = [];
  static readonly getAllWindows = vi.fn(() => [...BrowserWindowMock.instances]);

  readonly webContents = new WebContentsMock();
  readonly loadURL = vi.fn((url: string) => {
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindowMock.instances.push(this);
    // Electron announces every new webContents on the app.
    app.emit('web-contents-created', mockEvent(), this.webContents);
  }
}

class AppMock extends EventEmitter {
  isPackaged = false;
  appPath = '/mock/app';
  readonly paths = new Map<string, string>([
    ['userData', '/mock/user-data/Peer Desk'],
    ['downloads', '/mock/home/Downloads'],
  ]);
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? `/mock/${name}`);
  readonly getAppPath = vi.fn(() => this.appPath);
  readonly getVersion = vi.fn(() => '0.1.0-test');
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
}

class SessionMock extends EventEmitter {
  readonly setPermissionRequestHandler = vi.fn();
  readonly setPermissionCheckHandler = vi.fn();
}

class IpcMainMock extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  readonly handle = vi.fn((channel: string, listener: Handler) => {
    // Electron throws on a second handler for the same channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

export const app = new AppMock();

export { BrowserWindowMock as BrowserWindow };

export const session = { defaultSession: new SessionMock() };

export const protocol = {
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const ipcMain = new IpcMainMock();

export const ipcRenderer = {
  invoke: vi.fn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.appPath = '/mock/app';
  app.requestSingleInstanceLock.mockImplementation(() => true);
  session.defaultSession.removeAllListeners();
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  contextBridge.exposed.clear();
  BrowserWindowMock.instances = [];
}
