import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contract, type ApiClient } from '../../shared/api';
import type { ApiErrorShape } from '../../shared/errors';
import { openServices, type Services } from '../../electron/services';

export class CallFailed extends Error {
  constructor(readonly error: ApiErrorShape) {
    super(`${error.code}: ${error.message}`);
  }
}

/** A typed client over services.call, as the renderer has, throwing CallFailed on an error envelope. */
export function clientFor(services: Services): ApiClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [area, methods] of Object.entries(contract)) {
    client[area] = {};
    for (const m of Object.keys(methods)) {
      client[area][m] = async (input?: unknown) => {
        const result = await services.call(`${area}.${m}`, input);
        if (!result.ok) throw new CallFailed(result.error);
        return result.value;
      };
    }
  }
  return client as unknown as ApiClient;
}

export interface TestApp {
  dir: string;
  services: Services;
  api: ApiClient;
  /** Move the clock (the store's daily backups and all timestamps follow it). */
  setNow(date: Date): void;
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** Services on a fresh temp data folder with a controllable clock. */
export async function openTestApp(options: { dir?: string; now?: Date } = {}): Promise<TestApp> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'peer-desk-test-')));
  let now = options.now ?? new Date(2026, 10, 23, 10, 0, 0);
  const open = () => openServices({ dataDir: dir, appVersion: '0.0.0-test', fallbackActor: 'Test Coordinator', now: () => now });
  const app: TestApp = {
    dir,
    services: await open(),
    api: undefined as unknown as ApiClient,
    setNow: (d) => {
      now = d;
    },
    reopen: async () => {
      await app.services.close();
      app.services = await open();
      app.api = clientFor(app.services);
    },
    close: async () => {
      await app.services.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  app.api = clientFor(app.services);
  return app;
}

/**
 * Sample data loaded through "Load sample data", once per clock time in this worker, into a
 * folder each test then gets its own copy of: copying is a fraction of generating and saving it.
 */
const sampleFolders = new Map<string, Promise<string>>();

async function sampleFolder(now: Date): Promise<string> {
  const key = now.toISOString();
  let folder = sampleFolders.get(key);
  if (!folder) {
    folder = (async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-sample-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      const services = await openServices({ dataDir: dir, appVersion: '0.0.0-test', fallbackActor: 'Test Coordinator', now: () => now });
      try {
        const loaded = await services.call('system.loadSampleData', undefined);
        if (!loaded.ok) throw new CallFailed(loaded.error);
      } finally {
        await services.close();
      }
      return dir;
    })();
    sampleFolders.set(key, folder);
  }
  return folder;
}

/** Services on a fresh copy of the sample data, as "Load sample data" leaves it at `now`. */
export async function openSampleApp(options: { now?: Date } = {}): Promise<TestApp> {
  const now = options.now ?? new Date(2026, 10, 23, 10, 0, 0);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'peer-desk-test-'));
  await cp(await sampleFolder(now), dir, { recursive: true });
  return openTestApp({ dir, now });
}

export async function expectFailure(promise: Promise<unknown>): Promise<ApiErrorShape> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof CallFailed) return e.error;
    throw e;
  }
  throw new Error('expected the call to fail');
}
