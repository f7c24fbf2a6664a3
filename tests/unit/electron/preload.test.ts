import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeerDeskBridge } from '../../../electron/preload';
import { contextBridge, ipcRenderer } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

let bridge: PeerDeskBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, PeerDeskBridge];
  expect(key).toBe('peerDesk');
  bridge = api;
});

beforeEach(() => {
  ipcRenderer.invoke.mockClear();
  ipcRenderer.invoke.mockImplementation(() => Promise.resolve({ ok: true, value: [] }));
});

describe('preload bridge', () => {
  it('exposes call and nothing else', () => {
    expect(Object.keys(bridge)).toEqual(['call']);
    expect(typeof bridge.call).toBe('function');
  });

  it('sends a method call on its api: channel', async () => {
    await expect(bridge.call('volunteers.list', { query: 'Ann' })).resolves.toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('api:volunteers.list', { query: 'Ann' });
  });

  it.each([
    ['no dot', 'volunteers'],
    ['two dots', 'volunteers.list.extra'],
    ['prototype path', '__proto__.constructor'],
    ['another channel', 'api:volunteers.list'],
    ['spaces', 'volunteers. list'],
    ['not a string', 42],
    ['empty', ''],
  ])('refuses a bad name (%s) without touching IPC', async (_label, name) => {
    await expect(bridge.call(name as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke into an error envelope', async () => {
    ipcRenderer.invoke.mockImplementation(() => Promise.reject(new Error("No handler registered for 'api:x.y'")));
    const result = await bridge.call('volunteers.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('No handler');
  });
});
