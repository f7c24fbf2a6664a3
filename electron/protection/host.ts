import type { ProtectionInfo } from '../../shared/api';
import { ApiError, type ApiResult } from '../../shared/errors';
import { dispatch } from '../api/core/dispatch';
import { APP_KINDS, settingsValue } from '../documents';
import { openServices, type OpenServicesOptions, type Services } from '../services';
import type { Store } from '../store/types';
import { protectionHandlers, type ProtectionHostContext } from './handlers';
import { IdleLock } from './idle-lock';
import type { ScryptParams } from './key-file';
import { ProtectionService } from './service';

/**
 * Services for a folder that may be protected, in the shape the transports (ipc.ts, the
 * harness) already take. `protection.*` calls are answered here, first, locked or not. While
 * locked nothing is open and every other call is refused with the LOCKED code (the renderer
 * then shows its unlock screen); while a folder is being converted they are asked to wait;
 * otherwise they go to the services opened with the data key.
 */
export interface ProtectedServices extends Services {
  readonly protection: ProtectionService<Services>;
  /** The idle timer (tests move the clock and call check()). */
  readonly idle: IdleLock;
}

export const LOCKED_MESSAGE = 'Peer Desk is locked. Unlock it with your passphrase to see and change your records.';
export const CONVERTING_MESSAGE = 'Peer Desk is converting the files in its data folder. Wait until it has finished, then try again.';

export interface ProtectedServicesOptions extends Omit<OpenServicesOptions, 'protection'> {
  /** Tests only: cheaper scrypt for new passphrases. */
  scryptParams?: ScryptParams;
  /** Tests only: how often the idle lock looks at the clock (0: never by itself). */
  idleCheckEveryMs?: number;
}

const failure = (code: 'LOCKED' | 'CONFLICT', message: string): ApiResult<never> => ({ ok: false, error: { code, message } });

export async function openProtectedServices(options: ProtectedServicesOptions): Promise<ProtectedServices> {
  const { scryptParams, idleCheckEveryMs, ...open } = options;
  const now = options.now ?? (() => new Date());
  let progress: ProtectionInfo['converting'] = null;
  const protection = await ProtectionService.start<Services>({
    dataDir: options.dataDir,
    kinds: APP_KINDS,
    now,
    ...(scryptParams ? { scryptParams } : {}),
    onProgress: (done, total) => {
      progress = { done, total };
    },
    open: (codec) => openServices({ ...open, protection: codec }),
  });

  const idleMinutes = (): number | null => {
    const services = protection.status().state === 'unlocked' ? protection.current : null;
    return services ? services.store.value(settingsValue).lockAfterIdleMinutes : null;
  };
  const idle = new IdleLock({ now, minutes: idleMinutes, lock: () => protection.lock(), ...(idleCheckEveryMs !== undefined ? { checkEveryMs: idleCheckEveryMs } : {}) });

  const ctx: ProtectionHostContext = {
    dataDir: options.dataDir,
    service: protection,
    idle,
    now,
    needsNewRecoveryKey: false,
    info: () => {
      const s = protection.status();
      return {
        state: s.state,
        since: s.since,
        wrongTries: s.wrongTries,
        waitMs: s.waitMs,
        unfinished: s.unfinished,
        unlockedWithRecoveryKey: s.unlockedWithRecoveryKey,
        converting: progress,
        lockAfterIdleMinutes: idleMinutes(),
        needsNewRecoveryKey: s.state === 'unlocked' && ctx.needsNewRecoveryKey,
      };
    },
    converting: async (run) => {
      progress = { done: 0, total: 0 };
      try {
        return await run();
      } finally {
        progress = null;
      }
    },
  };
  const hostHandlers = { protection: protectionHandlers };

  const current = (): Services => {
    const services = protection.current;
    if (!services) throw new ApiError('LOCKED', LOCKED_MESSAGE);
    return services;
  };
  return {
    dataDir: options.dataDir,
    protection,
    idle,
    call: (name, input): Promise<ApiResult<unknown>> => {
      if (name.startsWith('protection.')) return dispatch(hostHandlers, ctx, name, input);
      if (progress) return Promise.resolve(failure('CONFLICT', CONVERTING_MESSAGE));
      const services = protection.current;
      return services ? services.call(name, input) : Promise.resolve(failure('LOCKED', LOCKED_MESSAGE));
    },
    recordAudit: (input) => current().recordAudit(input),
    close: () => {
      idle.stop();
      return protection.close();
    },
    get store(): Store {
      return current().store;
    },
  };
}
