import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { contract } from '../../../shared/api';
import { contractMethodNames, registerApi, senderCheckFor } from '../../../electron/ipc';
import { isMethodName } from '../../../electron/shell/api-channel';
import { BrowserWindowMock, ipcMain, resetElectronMock } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

type Listener = (event: unknown, input: unknown) => Promise<unknown>;

function fakeServices() {
  return { call: vi.fn((name: string) => Promise.resolve({ ok: true as const, value: name })) };
}

const trusted = () => true;
const untrusted = () => false;

beforeEach(() => resetElectronMock());

describe('registerApi', () => {
  it('registers exactly one handler per contract method', () => {
    const names = registerApi(ipcMain, fakeServices(), trusted);
    const expected = Object.entries(contract).flatMap(([area, methods]) => Object.keys(methods).map((m) => `api:${area}.${m}`));
    expect(ipcMain.handle).toHaveBeenCalledTimes(expected.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected.sort());
    expect(names).toEqual(contractMethodNames());
  });

  it('uses only names the preload will pass on', () => {
    for (const name of contractMethodNames()) expect(isMethodName(name), name).toBe(true);
  });

  it('passes a trusted call to services with its input untouched', async () => {
    const services = fakeServices();
    registerApi(ipcMain, services, trusted);
    const handler = ipcMain.handlers.get('api:volunteers.get') as Listener;
    await expect(handler({}, { id: 'v1' })).resolves.toEqual({ ok: true, value: 'volunteers.get' });
    expect(services.call).toHaveBeenCalledWith('volunteers.get', { id: 'v1' });
  });

  it('answers a foreign sender with UNAUTHORISED and never calls services', async () => {
    const services = fakeServices();
    registerApi(ipcMain, services, untrusted);
    const handler = ipcMain.handlers.get('api:volunteers.delete') as Listener;
    await expect(handler({}, { id: 'v1' })).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    expect(services.call).not.toHaveBeenCalled();
  });

  it('turns a throwing service into an INTERNAL envelope', async () => {
    const log = vi.fn();
    registerApi(ipcMain, { call: () => Promise.reject(new Error('boom')) }, trusted, log);
    const handler = ipcMain.handlers.get('api:system.status') as Listener;
    await expect(handler({}, {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalled();
  });
});

describe('senderCheckFor', () => {
  function setup(url = 'app://peer-desk/index.html') {
    const win = new BrowserWindowMock();
    win.webContents.mainFrame.url = url;
    const check = senderCheckFor(() => win as unknown as BrowserWindow);
    const event = (sender: unknown, senderFrame: unknown) => ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;
    return { win, check, event };
  }

  it('trusts our window’s main frame on our origin', () => {
    const { win, check, event } = setup();
    expect(check(event(win.webContents, win.webContents.mainFrame))).toBe(true);
  });

  it('rejects sub-frames, other windows, destroyed frames and foreign origins', () => {
    const { win, check, event } = setup();
    const other = new BrowserWindowMock();
    expect(check(event(win.webContents, { url: 'app://peer-desk/index.html' }))).toBe(false);
    expect(check(event(other.webContents, other.webContents.mainFrame))).toBe(false);
    expect(check(event(win.webContents, null))).toBe(false);
    win.webContents.mainFrame.url = 'https://example.org/';
    expect(check(event(win.webContents, win.webContents.mainFrame))).toBe(false);
  });

  it('rejects everything once the window is gone', () => {
    const { win, event } = setup();
    const check = senderCheckFor(() => null);
    expect(check(event(win.webContents, win.webContents.mainFrame))).toBe(false);
    win.isDestroyed.mockReturnValue(true);
    expect(senderCheckFor(() => win as unknown as BrowserWindow)(event(win.webContents, win.webContents.mainFrame))).toBe(false);
  });
});
