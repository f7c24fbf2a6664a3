import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { contract } from '../shared/api';
import type { ApiResult } from '../shared/errors';
import type { Services } from './services';
import { apiChannel } from './shell/api-channel';
import { isAppUrl } from './shell/security';

/**
 * Binds every method of the API contract to one IPC channel ("api:volunteers.list").
 * Input validation happens in `services.call` (the contract's zod schema), the same code
 * the browser harness uses; this file only decides who may call at all.
 */

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Wire names of every method in the contract, in declaration order. */
export function contractMethodNames(): string[] {
  return Object.entries(contract).flatMap(([area, methods]) => Object.keys(methods).map((method) => `${area}.${method}`));
}

const UNAUTHORISED: ApiResult<never> = {
  ok: false,
  error: { code: 'UNAUTHORISED', message: 'This request did not come from the Peer Desk window, so it was ignored.' },
};

const INTERNAL: ApiResult<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Something went wrong and the action was not completed. Your saved data is safe. If it happens again, restart Peer Desk.',
  },
};

/**
 * Only our own window's top frame, showing our own origin, may call the API. A frame that
 * navigated elsewhere, an iframe, or any other webContents gets UNAUTHORISED, not an
 * exception, so the renderer's client handles it like any other error.
 */
export function senderCheckFor(getWindow: () => BrowserWindow | null): SenderCheck {
  return (event) => {
    const win = getWindow();
    const frame = event.senderFrame;
    if (!win || win.isDestroyed() || !frame) return false;
    return event.sender === win.webContents && frame === win.webContents.mainFrame && isAppUrl(frame.url);
  };
}

export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Pick<Services, 'call'>,
  isTrustedSender: SenderCheck,
  log: (message: string, error: unknown) => void = (message, error) => console.error(`[peer-desk] ${message}`, error),
): string[] {
  const names = contractMethodNames();
  for (const name of names) {
    ipcMain.handle(apiChannel(name), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event)) return UNAUTHORISED;
      try {
        return await services.call(name, input);
      } catch (error) {
        // services.call promises never to throw; if it does, the renderer still gets an
        // envelope rather than Electron's "Error invoking remote method" text.
        log(`${name} threw instead of returning an error`, error);
        return INTERNAL;
      }
    });
  }
  return names;
}
