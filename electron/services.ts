import os from 'node:os';
import { ApiError, type ApiResult } from '../shared/errors';
import { recordAudit, type AuditInput } from './api/core/audit-log';
import { dispatch } from './api/core/dispatch';
import type { AppContext } from './api/core/context';
import { handlers } from './api/handlers';
import { APP_COLLECTIONS, APP_KINDS, settingsValue, VERSIONS_BEFORE_STAMPS } from './documents';
import { readKeyFile } from './protection/key-file';
import { openStore, type OpenStoreOptions, type Store } from './store';

/**
 * Everything behind the API for one data folder: the store, the handlers and the context
 * they run in. Electron's ipc.ts and the browser harness both call `services.call`, so the
 * two transports cannot drift apart.
 */
export interface Services {
  readonly dataDir: string;
  /** Runs one API call; always resolves to an envelope, never throws. */
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Waits for pending writes and releases the data-folder lock. */
  close(): Promise<void>;
  /** The store behind the calls, for the benchmark and tests; the app itself goes through call(). */
  readonly store: Store;
  /** An audit entry for an action taken outside the API's handlers (protection turned on, a passphrase changed). */
  recordAudit(input: AuditInput): Promise<void>;
}

export interface OpenServicesOptions {
  dataDir: string;
  appVersion: string;
  /** Name recorded in the audit log when the coordinator has not set one. */
  fallbackActor?: string;
  /** Injected clock for tests. */
  now?: () => Date;
  /** Store tuning for tests and the benchmark (checkpoint and backup timing). */
  storeOptions?: Pick<OpenStoreOptions, 'checkpointBytes' | 'idleCheckpointMs' | 'dailyBackupDelayMs' | 'checkpointOnClose'>;
  /** Protection (electron/protection/service.ts): the data key's codec, and the conversion run under the folder's lock. */
  protection?: Pick<OpenStoreOptions, 'codec' | 'prepareFolder'>;
}

/** Until the app has its unlock screen, a protected folder is refused whole, untouched. */
export class ProtectedFolderError extends ApiError {
  constructor() {
    super('CONFLICT', 'This data folder is protected with a passphrase, and needs to be unlocked before it can be opened. Nothing has been changed.');
    this.name = 'ProtectedFolderError';
  }
}

function computerUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'Coordinator';
  }
}

/**
 * Opens the data folder. Throws AlreadyOpenError (another Peer Desk holds the folder) or
 * NewerVersionError (data from a newer version) — both ApiErrors with plain messages.
 */
export async function openServices(options: OpenServicesOptions): Promise<Services> {
  // A protected folder opened without its key would have every sealed file taken for a damaged one.
  if (!options.protection && (await readKeyFile(options.dataDir))) throw new ProtectedFolderError();
  const now = options.now ?? (() => new Date());
  const store = await openStore({ ...options.storeOptions, ...options.protection, dataDir: options.dataDir, kinds: APP_KINDS, collections: APP_COLLECTIONS, versionsBeforeStamps: VERSIONS_BEFORE_STAMPS, appVersion: options.appVersion, now });
  const fallback = options.fallbackActor ?? computerUserName();
  const ctx: AppContext = {
    store,
    appVersion: options.appVersion,
    now,
    actor: (settings = store.value(settingsValue)) => settings.yourName || fallback,
  };
  // What open found and put right (a restore finished) belongs in the audit log too.
  if (store.problems.length === 0 && store.notices.length > 0) {
    await recordAudit(ctx, { action: 'recovery', entity: 'store', summary: store.notices.map((n) => n.message).join(' ') }).catch(() => undefined);
  }
  return {
    dataDir: store.dataDir,
    call: (name, input) => dispatch(handlers, ctx, name, input),
    close: () => store.close(),
    store,
    recordAudit: (input) => recordAudit(ctx, input),
  };
}
