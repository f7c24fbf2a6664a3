import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../shared/errors';
import { apiChannel, isMethodName } from './shell/api-channel';

/**
 * The renderer's only door to the main process: `window.peerDesk.call(name, input)`.
 * No ipcRenderer, no Node, no event objects cross the bridge. Runs sandboxed, so it is
 * bundled into one CommonJS file (a sandboxed preload cannot load other modules).
 */

export interface PeerDeskBridge {
  call(name: string, input?: unknown): Promise<ApiResult<unknown>>;
}

function failure(code: 'UNKNOWN_METHOD' | 'INTERNAL', message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

const bridge: PeerDeskBridge = {
  async call(name, input) {
    if (!isMethodName(name)) {
      return failure('UNKNOWN_METHOD', 'Peer Desk does not know that action.');
    }
    try {
      return (await ipcRenderer.invoke(apiChannel(name), input)) as ApiResult<unknown>;
    } catch {
      // invoke rejects when the main process has no handler or the input cannot be
      // cloned; the renderer expects an envelope either way.
      return failure('INTERNAL', 'Peer Desk could not complete that action. Your saved data is safe. If it happens again, restart Peer Desk.');
    }
  },
};

contextBridge.exposeInMainWorld('peerDesk', bridge);
