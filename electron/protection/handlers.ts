import type { HandlerMap, ProtectionInfo } from '../../shared/api';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/protection';
import { todayIso } from '../../shared/dates';
import { ApiError } from '../../shared/errors';
import type { AuditInput } from '../api/core/audit-log';
import { settingsValue } from '../documents';
import { pdfDownload } from '../pdf/render';
import { recoverySheetDocument } from '../pdf/recovery-sheet';
import type { Services } from '../services';
import type { IdleLock } from './idle-lock';
import { readKeyFile, unlockWithRecoveryKey, WrongSecretError } from './key-file';
import { formatRecoveryKey, parseRecoveryKey } from './recovery-key';
import type { ProtectionService } from './service';

/**
 * The `protection.*` API, answered by the host (host.ts) before the data folder's handlers,
 * so it works while locked. Each change that can be written down goes in the audit log once
 * the folder is open again (the service itself works on a bare folder).
 */

export interface ProtectionHostContext {
  readonly dataDir: string;
  readonly service: ProtectionService<Services>;
  readonly idle: IdleLock;
  now(): Date;
  info(): ProtectionInfo;
  /** Runs a conversion with the host marked busy (other calls are asked to wait) and its progress shown. */
  converting<T>(run: () => Promise<T>): Promise<T>;
  /** Set when unlocking finished an interrupted turn-on; cleared by a new recovery key. */
  needsNewRecoveryKey: boolean;
}

const PROTECTION = 'protection';

async function audit(ctx: ProtectionHostContext, summary: string): Promise<void> {
  const services = ctx.service.current;
  const entry: AuditInput = { action: 'settings', entity: PROTECTION, summary };
  // The change is made whatever happens here; a log that cannot be written is not a reason to report failure.
  await services?.recordAudit(entry).catch((error: unknown) => console.error('[peer-desk] could not record a protection change in the audit log', error));
}

/** The message for a wrong passphrase belongs beside the field it was typed in. */
async function asField<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof WrongSecretError) throw new ApiError('VALIDATION', error.message, { [field]: error.message });
    throw error;
  }
}

function checkNewPassphrase(next: string, field: string): void {
  if (next.trim().length < MIN_PASSPHRASE_LENGTH) {
    const message = `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters. A few ordinary words in a row are easy to remember and hard to guess.`;
    throw new ApiError('VALIDATION', message, { [field]: message });
  }
}

export const protectionHandlers: HandlerMap<ProtectionHostContext>['protection'] = {
  status: (_input, ctx) => Promise.resolve(ctx.info()),

  async turnOn({ passphrase }, ctx) {
    checkNewPassphrase(passphrase, 'passphrase');
    const { recoveryKey } = await ctx.converting(() => ctx.service.turnOn(passphrase));
    ctx.idle.touch();
    ctx.needsNewRecoveryKey = false;
    await audit(ctx, 'Turned on "Protect with a passphrase": every file in the data folder is now encrypted');
    return { recoveryKey, info: ctx.info() };
  },

  async turnOff(secret, ctx) {
    await asField('passphrase' in secret ? 'passphrase' : 'recoveryKey', () => ctx.converting(() => ctx.service.turnOff(secret)));
    ctx.needsNewRecoveryKey = false;
    await audit(ctx, 'Turned off "Protect with a passphrase": the data folder is no longer encrypted');
    return ctx.info();
  },

  async unlock(secret, ctx) {
    const finishing = ctx.service.status().unfinished === 'turning-on';
    await ctx.service.unlock(secret);
    ctx.idle.touch();
    if (finishing) ctx.needsNewRecoveryKey = true;
    if ('recoveryKey' in secret) await audit(ctx, 'Unlocked with the recovery key');
    return ctx.info();
  },

  async lock(_input, ctx) {
    if (ctx.service.status().state === 'unlocked') await ctx.service.lock();
    return ctx.info();
  },

  async changePassphrase({ current, next }, ctx) {
    checkNewPassphrase(next, 'next');
    await asField('current', () => ctx.service.changePassphrase(current, next));
    await audit(ctx, 'Changed the passphrase');
    return ctx.info();
  },

  async setNewPassphrase({ next }, ctx) {
    checkNewPassphrase(next, 'next');
    await ctx.service.setNewPassphrase(next);
    await audit(ctx, 'Chose a new passphrase after unlocking with the recovery key');
    return ctx.info();
  },

  async newRecoveryKey({ passphrase }, ctx) {
    const made = await asField('passphrase', () => ctx.service.replaceRecoveryKey(passphrase));
    ctx.needsNewRecoveryKey = false;
    await audit(ctx, 'Made a new recovery key: the one before no longer works');
    return made;
  },

  async recoverySheet({ recoveryKey }, ctx) {
    const services = ctx.service.current;
    const keyFile = services ? await readKeyFile(ctx.dataDir) : null;
    if (!services || !keyFile) throw new ApiError('CONFLICT', 'A recovery sheet can only be printed while protection is on and Peer Desk is unlocked.');
    // A sheet with a mistyped or old key would fail on the day it is needed: check it opens this folder.
    const check = await asField('recoveryKey', () => Promise.resolve(unlockWithRecoveryKey(keyFile, recoveryKey)));
    check.key.fill(0);
    const organisationName = services.store.value(settingsValue).organisationName;
    // Printed in its standard form, however it was typed (small letters, no dashes).
    const printed = formatRecoveryKey(parseRecoveryKey(recoveryKey)!);
    return pdfDownload('peer-desk-recovery-key.pdf', recoverySheetDocument({ recoveryKey: printed, organisationName, printedOn: todayIso(ctx.now()) }));
  },

  stillHere: (_input, ctx) => {
    ctx.idle.touch();
    return Promise.resolve({ lockAfterIdleMinutes: ctx.info().lockAfterIdleMinutes });
  },
};
