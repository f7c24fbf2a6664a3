/**
 * How API calls are named on the IPC wire. Shared by ipc.ts and the preload; kept free of
 * imports so the sandboxed preload bundle stays tiny.
 */
export const API_CHANNEL_PREFIX = 'api:';

/** "volunteers.list": one area, one method, letters and digits only. */
const METHOD_NAME = /^[a-z][A-Za-z0-9]{0,63}\.[a-z][A-Za-z0-9]{0,63}$/;

export function isMethodName(name: unknown): name is string {
  return typeof name === 'string' && METHOD_NAME.test(name);
}

export function apiChannel(name: string): string {
  return API_CHANNEL_PREFIX + name;
}
