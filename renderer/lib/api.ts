import type { ApiClient } from '../../shared/api';
import type { ApiErrorCode, ApiErrorShape, ApiResult } from '../../shared/errors';

/**
 * The typed API client. In Electron the preload bridge (`window.peerDesk.call`) carries calls
 * over IPC; in the browser harness they go to POST /api/<name> with the session token.
 * Either way the same contract object types every call, and errors arrive as ApiCallError.
 */

interface PeerDeskBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    peerDesk?: PeerDeskBridge;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string>;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiCallError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
  }
}

const TOKEN_KEY = 'peer-desk-token';

/** The harness prints its address as …/#token=…; keep the token for this tab and tidy the address bar. */
export function takeTokenFromAddress(): void {
  const match = /^#token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
}

const NOT_RESPONDING: ApiErrorShape = {
  code: 'INTERNAL',
  message: 'Peer Desk is not responding. If you closed the window where it was started, start it again.',
};

async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-peer-desk-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: NOT_RESPONDING };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: NOT_RESPONDING };
  }
}

let lockedListener = (): void => undefined;

/**
 * App.tsx listens: any call refused because Peer Desk is locked (by "Lock now", the idle
 * lock, or at start) swaps the whole app for the unlock screen.
 */
export function onLocked(listener: () => void): void {
  lockedListener = listener;
}

/** "Lock now" and the idle lock, once the main process has locked. */
export const reportLocked = (): void => lockedListener();

async function call(name: string, input: unknown): Promise<unknown> {
  const result = window.peerDesk ? await window.peerDesk.call(name, input) : await overHttp(name, input);
  if (!result.ok && result.error.code === 'LOCKED') lockedListener();
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

type ClientArea = Record<string, (input?: unknown) => Promise<unknown>>;

/**
 * `api.<area>.<method>(input)` calls "<area>.<method>". The client is built from the names
 * as they are used, not from the contract object: importing that would put every zod schema
 * into the first screen's download. The types still come from the contract, and the main
 * process refuses a name it does not know. Each area and method is made once, so they keep
 * their identity between renders.
 */
function buildClient(): ApiClient {
  const areas = new Map<string, ClientArea>();
  const areaClient = (area: string): ClientArea => {
    const methods = new Map<string, (input?: unknown) => Promise<unknown>>();
    return new Proxy<ClientArea>({}, {
      get(_target, method) {
        // Not a method name: a symbol, or "then" asked by `await` (the client is not a promise).
        if (typeof method !== 'string' || method === 'then') return undefined;
        let fn = methods.get(method);
        if (!fn) {
          fn = (input?: unknown) => call(`${area}.${method}`, input);
          methods.set(method, fn);
        }
        return fn;
      },
    });
  };
  return new Proxy({} as ApiClient, {
    get(_target, area) {
      if (typeof area !== 'string' || area === 'then') return undefined;
      let client = areas.get(area);
      if (!client) {
        client = areaClient(area);
        areas.set(area, client);
      }
      return client;
    },
  });
}

export const api: ApiClient = buildClient();

/** A plain sentence for any failure, for places that just show a message. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Something went wrong. Your saved data is safe. Try again, and restart Peer Desk if it keeps happening.';
}
