import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import { noInput } from './common';

/**
 * "Protect with a passphrase" (encryption at rest). These calls are answered by the main
 * process's protection host before the ordinary API, so they work while Peer Desk is locked,
 * when every other call is refused with the LOCKED code. Only passphrases and the recovery
 * key go in; the data key never comes out: unlocking answers yes (the status) or no (an error).
 */

export type ProtectionState = 'off' | 'locked' | 'unlocked';

export interface ProtectionInfo {
  state: ProtectionState;
  /** When protection was turned on (ISO), while it is on. */
  since: string | null;
  /** Wrong tries in a row since the last unlock. */
  wrongTries: number;
  /** Milliseconds before another try is allowed (after five wrong ones). */
  waitMs: number;
  /** Turning on or off was cut short (the laptop died): unlocking finishes it. */
  unfinished: 'turning-on' | 'turning-off' | null;
  /** Unlocked with the recovery key: the coordinator should choose a new passphrase. */
  unlockedWithRecoveryKey: boolean;
  /** While turning on or off: files done so far, of how many. */
  converting: { done: number; total: number } | null;
  /** Minutes without use before an automatic lock (Settings), while unlocked. */
  lockAfterIdleMinutes: number | null;
  /**
   * Turning on was cut short and finished at unlock: its recovery key may never have been
   * seen, so Settings offers a new one until one is made.
   */
  needsNewRecoveryKey: boolean;
}

const passphrase = z.string().min(1, 'Enter the passphrase').max(1000, 'Passphrases are 1,000 characters or fewer');
const recoveryKey = z.string().min(1, 'Enter the recovery key').max(200, 'A recovery key is 39 characters');

/** The passphrase, or the recovery key from the printed sheet. */
export const protectionSecretSchema = z.union([z.object({ passphrase }), z.object({ recoveryKey })]);
export type ProtectionSecret = z.infer<typeof protectionSecretSchema>;

export interface TurnedOn {
  /** Shown once and printed; never stored anywhere. */
  recoveryKey: string;
  info: ProtectionInfo;
}

export const protectionApi = {
  status: method(noInput).returns<ProtectionInfo>(),
  /** Converts every file in the data folder; `understood` is the tick under the plain warning about losing both secrets. */
  turnOn: method(z.object({ passphrase, understood: z.literal(true, { error: 'Tick to confirm you understand' }) })).returns<TurnedOn>(),
  /** Converts everything back; the passphrase (or recovery key) is asked for again. */
  turnOff: method(protectionSecretSchema).returns<ProtectionInfo>(),
  unlock: method(protectionSecretSchema).returns<ProtectionInfo>(),
  /** "Lock now", or the renderer's idle timer running out. */
  lock: method(z.object({ reason: z.enum(['lock-now', 'idle']).default('lock-now') }).default({ reason: 'lock-now' })).returns<ProtectionInfo>(),
  changePassphrase: method(z.object({ current: passphrase, next: passphrase })).returns<ProtectionInfo>(),
  /** After unlocking with the recovery key: a new passphrase without the forgotten one. */
  setNewPassphrase: method(z.object({ next: passphrase })).returns<ProtectionInfo>(),
  /** A new recovery key (the old one stops working), shown once. */
  newRecoveryKey: method(z.object({ passphrase })).returns<{ recoveryKey: string }>(),
  /** The A4 recovery sheet for the key just shown; refused unless it is this folder's key. */
  recoverySheet: method(z.object({ recoveryKey })).returns<FileDownload>(),
  /** The window saw a key press or the mouse: the idle lock starts counting again. */
  stillHere: method(noInput).returns<{ lockAfterIdleMinutes: number | null }>(),
};
