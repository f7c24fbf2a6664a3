import { vi } from 'vitest';
import type { ProtectionInfo } from '../../../../../shared/api';
import type { ApiErrorShape, ApiResult } from '../../../../../shared/errors';

/** Plays the main process for the protection screens: answers, or refuses with an error envelope. */
export class Refused {
  constructor(readonly error: ApiErrorShape) {}
}

export function protectionBridge(answer: (name: string, input: unknown) => unknown) {
  const call = vi.fn(async (name: string, input: unknown): Promise<ApiResult<unknown>> => {
    await Promise.resolve();
    const value = answer(name, input);
    return value instanceof Refused ? { ok: false, error: value.error } : { ok: true, value };
  });
  window.peerDesk = { call };
  return call;
}

export function info(overrides: Partial<ProtectionInfo> = {}): ProtectionInfo {
  return {
    state: 'locked',
    since: '2026-12-07T10:00:00.000Z',
    wrongTries: 0,
    waitMs: 0,
    unfinished: null,
    unlockedWithRecoveryKey: false,
    converting: null,
    lockAfterIdleMinutes: null,
    needsNewRecoveryKey: false,
    ...overrides,
  };
}

export const WRONG_PASSPHRASE = 'That passphrase is not right. Check Caps Lock and try again, or use your recovery key.';
