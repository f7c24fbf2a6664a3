import { ApiError } from '../../shared/errors';
import { plainCodec } from '../store/codec';
import type { AnyDocumentKind, OpenStoreOptions, Store } from '../store/types';
import { tombstonesKind } from '../store/tombstones';
import { WriteQueue } from '../store/write-queue';
import { convertFolder, type ConversionResult } from './convert-folder';
import {
  changePassphrase,
  checkNewPassphrase,
  createKeyFile,
  readKeyFile,
  removeKeyFile,
  replaceRecoveryKey,
  setPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeKeyFile,
  type KeyFile,
  type ScryptParams,
} from './key-file';
import { protectedCodec, type DataKey } from './protected-codec';
import { readWrongTries, removeWrongTries, writeWrongTries } from './wrong-tries';

/**
 * Protection for one data folder, as the UI will drive it: whether it is off, locked or
 * unlocked; turning it on (the recovery key is returned once) and off; unlocking with the
 * passphrase or the recovery key, with a growing wait after five wrong tries; locking (the
 * store is closed and the key dropped from memory); changing the passphrase.
 *
 * While locked nothing is open: the host (services) must answer every call but these with
 * "locked". The key never leaves this object; the renderer only ever sends the passphrase.
 */

export type ProtectionState = 'off' | 'locked' | 'unlocked';

export interface ProtectionStatus {
  state: ProtectionState;
  /** Wrong tries in a row since the last unlock. */
  wrongTries: number;
  /** When locked after too many wrong tries: ms until the next try is allowed. */
  waitMs: number;
  /** A conversion was cut short; unlocking finishes it. */
  unfinished: 'turning-on' | 'turning-off' | null;
  /** Unlocked with the recovery key: the coordinator should choose a new passphrase. */
  unlockedWithRecoveryKey: boolean;
  /** When protection was turned on (the key file's creation), while there is a key file. */
  since: string | null;
}

/** What the service opens: the app's services, or a bare store in tests. */
export interface Opened {
  readonly store: Store;
  close(): Promise<void>;
}

export interface ProtectionServiceOptions<T extends Opened> {
  dataDir: string;
  /** Document kinds, to know which files hold data (the store's tombstones are added). */
  kinds: readonly AnyDocumentKind[];
  /** Opens the folder with this codec, running `prepareFolder` under its lock first. */
  open(protection: Pick<OpenStoreOptions, 'codec' | 'prepareFolder'>): Promise<T>;
  now?: () => Date;
  /** After a conversion: how many files were rewritten, and which could not be read. */
  onConverted?: (result: ConversionResult) => void;
  /** During a conversion, after each file: for the set-up screen's progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Tests only: cheaper scrypt parameters for new passphrases (unlocking uses what the key file says). */
  scryptParams?: ScryptParams;
}

export type Secret = { passphrase: string } | { recoveryKey: string };

/** Wrong tries allowed before each further try has to wait. */
const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/** Enough wrong tries for the longest wait: what a missing or altered tries file counts as. */
const TRIES_FOR_LONGEST_WAIT = FREE_TRIES + Math.ceil(Math.log2(LONGEST_WAIT_MS / FIRST_WAIT_MS));

export function waitAfterWrongTries(wrongTries: number): number {
  if (wrongTries < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrongTries - FREE_TRIES));
}

export class ProtectionLockedError extends ApiError {
  constructor(message = 'Peer Desk is locked. Unlock it with your passphrase to see and change your records.') {
    super('LOCKED', message);
    this.name = 'ProtectionLockedError';
  }
}

export class ProtectionService<T extends Opened> {
  private readonly queue = new WriteQueue();
  private readonly kinds: readonly AnyDocumentKind[];
  private readonly now: () => Date;
  private opened: T | null = null;
  private keyFile: KeyFile | null = null;
  private dataKey: DataKey | null = null;
  private wrongTries = 0;
  private lastWrongAt = 0;
  /** The tries file was missing or altered when read: the wait is explained differently. */
  private triesTampered = false;
  private viaRecoveryKey = false;

  private constructor(private readonly options: ProtectionServiceOptions<T>) {
    this.kinds = [...options.kinds, tombstonesKind];
    this.now = options.now ?? (() => new Date());
  }

  /** Opens an unprotected folder straight away; a protected one starts locked, with nothing open. */
  static async start<T extends Opened>(options: ProtectionServiceOptions<T>): Promise<ProtectionService<T>> {
    const service = new ProtectionService(options);
    service.keyFile = await readKeyFile(options.dataDir);
    if (!service.keyFile) service.opened = await options.open({ codec: plainCodec });
    else await service.loadWrongTries(service.keyFile);
    return service;
  }

  /** The count survives a restart (wrong-tries.ts); a missing or altered record is written back at once, so restarts do not restart its wait. */
  private async loadWrongTries(keyFile: KeyFile): Promise<void> {
    const read = await readWrongTries(this.options.dataDir, keyFile, this.now().getTime(), TRIES_FOR_LONGEST_WAIT);
    this.wrongTries = read.wrongTries;
    this.lastWrongAt = read.lastWrongAt;
    this.triesTampered = read.tampered;
    if (read.tampered) await this.saveWrongTries(keyFile);
  }

  /** Failing to write the count must not stop an unlock: the wait still holds in memory until the app quits. */
  private saveWrongTries(keyFile: KeyFile): Promise<void> {
    return writeWrongTries(this.options.dataDir, keyFile, this.wrongTries, this.lastWrongAt).catch(() => undefined);
  }

  /** The open services, or null while locked. */
  get current(): T | null {
    return this.opened;
  }

  status(): ProtectionStatus {
    const state: ProtectionState = !this.keyFile ? 'off' : this.opened ? 'unlocked' : 'locked';
    // A clock put back must not stretch the wait beyond its length.
    const since = Math.max(0, this.now().getTime() - this.lastWrongAt);
    return {
      state,
      wrongTries: this.wrongTries,
      waitMs: state === 'locked' ? Math.max(0, waitAfterWrongTries(this.wrongTries) - since) : 0,
      unfinished: this.keyFile && this.keyFile.state !== 'on' ? this.keyFile.state : null,
      unlockedWithRecoveryKey: state === 'unlocked' && this.viaRecoveryKey,
      since: this.keyFile?.createdAt ?? null,
    };
  }

  /**
   * Turns protection on: a backup first (plain, like the folder), then — under the folder's
   * lock — the key file, then every file sealed one at a time, then the key file marked "on".
   * Returns the recovery key, which is never stored and cannot be shown again.
   */
  turnOn(passphrase: string): Promise<{ recoveryKey: string; conversion: ConversionResult }> {
    return this.queue.run(async () => {
      if (this.keyFile) throw new ApiError('CONFLICT', 'This data folder is already protected with a passphrase.');
      const opened = this.requireOpen();
      checkNewPassphrase(passphrase);
      await opened.store.createBackup('before-protection');
      const created = await createKeyFile(passphrase, this.now(), this.options.scryptParams);
      await this.closeOpened();
      let conversion: ConversionResult | undefined;
      try {
        this.opened = await this.options.open({
          codec: protectedCodec(created.dataKey),
          prepareFolder: async (dataDir) => {
            // Before the key file, so a protected folder always has its tries record (wrong-tries.ts).
            this.wrongTries = 0;
            this.lastWrongAt = 0;
            this.triesTampered = false;
            await writeWrongTries(dataDir, created.keyFile, 0, 0);
            await writeKeyFile(dataDir, created.keyFile);
            this.keyFile = created.keyFile;
            conversion = await this.convert(dataDir, created.dataKey, 'sealed');
            this.keyFile = { ...created.keyFile, state: 'on' };
            await writeKeyFile(dataDir, this.keyFile);
          },
        });
      } catch (error) {
        await this.afterFailedOpen();
        throw error;
      }
      this.dataKey = created.dataKey;
      this.viaRecoveryKey = false;
      return { recoveryKey: created.recoveryKey, conversion: conversion! };
    });
  }

  /**
   * Turns protection off (the passphrase or recovery key is asked for again, so someone at an
   * unlocked laptop cannot quietly remove it): a backup first (sealed), then every file
   * rewritten plain, and the key file removed last.
   */
  turnOff(secret: Secret): Promise<{ conversion: ConversionResult }> {
    return this.queue.run(async () => {
      const keyFile = this.requireUnlocked();
      // Wrong answers here do not count towards the wait: the folder is already unlocked.
      const dataKey = await this.unwrap(keyFile, secret);
      await this.requireOpen().store.createBackup('before-protection');
      await this.closeOpened();
      this.dataKey = dataKey;
      const conversion = await this.openTurningOff(keyFile);
      return { conversion };
    });
  }

  unlock(secret: Secret): Promise<void> {
    return this.queue.run(async () => {
      if (!this.keyFile) throw new ApiError('CONFLICT', 'This data folder is not protected, so there is nothing to unlock.');
      if (this.opened) return;
      const wait = this.status().waitMs;
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        const length = seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`;
        throw new ApiError(
          'CONFLICT',
          this.triesTampered
            ? `Peer Desk’s record of wrong passphrase tries is missing or has been changed, so it waits as it would after many wrong tries. Wait ${length}, then try again.`
            : `Too many wrong tries. Wait ${length}, then try again.`,
        );
      }
      // Read again: the file may have been put back from a copy since the app started.
      this.keyFile = (await readKeyFile(this.options.dataDir)) ?? this.keyFile;
      let dataKey: DataKey;
      try {
        dataKey = await this.unwrap(this.keyFile, secret);
      } catch (error) {
        this.wrongTries += 1;
        this.lastWrongAt = this.now().getTime();
        await this.saveWrongTries(this.keyFile);
        throw error;
      }
      if (this.wrongTries > 0 || this.triesTampered) {
        this.wrongTries = 0;
        this.lastWrongAt = 0;
        this.triesTampered = false;
        await this.saveWrongTries(this.keyFile);
      }
      this.viaRecoveryKey = 'recoveryKey' in secret;
      this.dataKey = dataKey;
      if (this.keyFile.state === 'turning-off') {
        await this.openTurningOff(this.keyFile);
        return;
      }
      const keyFile = this.keyFile;
      try {
        this.opened = await this.options.open({
          codec: protectedCodec(dataKey),
          prepareFolder:
            keyFile.state === 'turning-on'
              ? async (dataDir) => {
                  await this.convert(dataDir, dataKey, 'sealed');
                  this.keyFile = { ...keyFile, state: 'on' };
                  await writeKeyFile(dataDir, this.keyFile);
                }
              : undefined,
        });
      } catch (error) {
        await this.afterFailedOpen();
        throw error;
      }
    });
  }

  /** Closes the store (waiting for saves under way) and forgets the key. */
  lock(): Promise<void> {
    return this.queue.run(async () => {
      if (!this.keyFile) throw new ApiError('CONFLICT', 'Turn on "Protect with a passphrase" first: without it there is nothing to lock.');
      await this.closeOpened();
      this.forgetKey();
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.queue.run(async () => {
      const keyFile = this.requireUnlocked();
      this.keyFile = await changePassphrase(keyFile, current, next, this.now(), this.options.scryptParams);
      await writeKeyFile(this.options.dataDir, this.keyFile);
    });
  }

  /** After unlocking with the recovery key: a new passphrase without the old one. */
  setNewPassphrase(next: string): Promise<void> {
    return this.queue.run(async () => {
      const keyFile = this.requireUnlocked();
      if (!this.viaRecoveryKey) throw new ApiError('CONFLICT', 'Use "Change passphrase", which asks for the current passphrase.');
      this.keyFile = await setPassphrase(keyFile, this.dataKey!, next, this.now(), this.options.scryptParams);
      await writeKeyFile(this.options.dataDir, this.keyFile);
      this.viaRecoveryKey = false;
    });
  }

  /** A new recovery key (the old one stops working). The passphrase is asked for again. */
  replaceRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.queue.run(async () => {
      const keyFile = this.requireUnlocked();
      const dataKey = await unlockWithPassphrase(keyFile, passphrase);
      const replaced = replaceRecoveryKey(keyFile, dataKey, this.now());
      await writeKeyFile(this.options.dataDir, replaced.keyFile);
      this.keyFile = replaced.keyFile;
      return { recoveryKey: replaced.recoveryKey };
    });
  }

  close(): Promise<void> {
    return this.queue.run(async () => {
      await this.closeOpened();
      this.forgetKey();
    });
  }

  // ----- inside the queue -------------------------------------------------------------------

  private requireOpen(): T {
    if (!this.opened) throw new ProtectionLockedError();
    return this.opened;
  }

  private requireUnlocked(): KeyFile {
    if (!this.keyFile) throw new ApiError('CONFLICT', 'This data folder is not protected with a passphrase.');
    this.requireOpen();
    return this.keyFile;
  }

  private unwrap(keyFile: KeyFile, secret: Secret): Promise<DataKey> {
    return 'passphrase' in secret ? unlockWithPassphrase(keyFile, secret.passphrase) : Promise.resolve(unlockWithRecoveryKey(keyFile, secret.recoveryKey));
  }

  private async convert(dataDir: string, dataKey: DataKey, to: 'sealed' | 'plain'): Promise<ConversionResult> {
    const onProgress = this.options.onProgress;
    const result = await convertFolder({ dataDir, kinds: this.kinds, dataKey, to, ...(onProgress ? { onProgress } : {}) });
    this.options.onConverted?.(result);
    return result;
  }

  /** Marks the key file "turning-off", rewrites everything plain, removes the key file last, and opens plain. */
  private async openTurningOff(keyFile: KeyFile): Promise<ConversionResult> {
    const dataKey = this.dataKey!;
    let conversion: ConversionResult | undefined;
    try {
      this.opened = await this.options.open({
        codec: plainCodec,
        prepareFolder: async (dataDir) => {
          this.keyFile = { ...keyFile, state: 'turning-off' };
          await writeKeyFile(dataDir, this.keyFile);
          conversion = await this.convert(dataDir, dataKey, 'plain');
          await removeKeyFile(dataDir);
          await removeWrongTries(dataDir);
          this.keyFile = null;
        },
      });
    } catch (error) {
      await this.afterFailedOpen();
      throw error;
    }
    this.forgetKey();
    return conversion!;
  }

  /** Whatever a failed open left on disk decides the state: locked if a key file is there, else open plain again. */
  private async afterFailedOpen(): Promise<void> {
    this.forgetKey();
    this.keyFile = await readKeyFile(this.options.dataDir);
    if (!this.keyFile) this.opened = await this.options.open({ codec: plainCodec });
  }

  private async closeOpened(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    if (opened) await opened.close();
  }

  private forgetKey(): void {
    // Overwritten, not just dropped: a later heap snapshot or swap file should not hold it.
    this.dataKey?.key.fill(0);
    this.dataKey = null;
    this.viaRecoveryKey = false;
  }
}
