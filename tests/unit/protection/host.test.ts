import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/app-version';
import { contractMethodNames } from '../../../electron/ipc';
import { MIN_PASSPHRASE_LENGTH as KEY_FILE_MIN } from '../../../electron/protection/key-file';
import { CONVERTING_MESSAGE, LOCKED_MESSAGE, openProtectedServices, type ProtectedServices } from '../../../electron/protection/host';
import { parseRecoveryKey } from '../../../electron/protection/recovery-key';
import type { AuditPage } from '../../../shared/domain/audit';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/protection';
import type { ProtectionInfo, TurnedOn } from '../../../shared/api';
import type { ApiResult } from '../../../shared/errors';
import type { FileDownload } from '../../../shared/files';

/**
 * The protection API as the renderer calls it through the host: answered while locked, every
 * other call refused with LOCKED, wrong passphrases beside their fields, audit entries for the
 * changes, the recovery sheet only for this folder's key, and the idle lock.
 */

const dirs: string[] = [];
const hosts: ProtectedServices[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const PASSPHRASE = 'kettle orange bicycle meadow';
let clock = new Date('2026-12-07T10:00:00').getTime();
const now = (): Date => new Date(clock);

async function openHost(dataDir?: string): Promise<ProtectedServices> {
  const dir = dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-host-')));
  if (!dataDir) dirs.push(dir);
  const host = await openProtectedServices({
    dataDir: dir,
    appVersion: APP_VERSION,
    fallbackActor: 'Test Coordinator',
    now,
    storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 },
    scryptParams: { N: 2 ** 14, r: 8, p: 1 },
    idleCheckEveryMs: 0,
  });
  hosts.push(host);
  return host;
}

async function ok<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

async function protectedWithSample(): Promise<{ host: ProtectedServices; recoveryKey: string }> {
  const host = await openHost();
  await ok(host.call('system.loadSampleData', {}));
  const { recoveryKey, info } = await ok<TurnedOn>(host.call('protection.turnOn', { passphrase: PASSPHRASE, understood: true }));
  expect(info.state).toBe('unlocked');
  return { host, recoveryKey };
}

describe('protection through the host', { timeout: 60_000 }, () => {
  it('keeps the set-up screen\'s length rule and the key file\'s the same', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(KEY_FILE_MIN);
  });

  it('answers "off" for an unprotected folder, whose calls go straight through', async () => {
    const host = await openHost();
    const info = await ok<ProtectionInfo>(host.call('protection.status', {}));
    expect(info).toMatchObject({ state: 'off', since: null, converting: null, lockAfterIdleMinutes: null });
    expect((await host.call('system.status', {})).ok).toBe(true);
  });

  it('refuses to turn on without the tick, or with a short passphrase, beside the field', async () => {
    const host = await openHost();
    const unticked = await host.call('protection.turnOn', { passphrase: PASSPHRASE, understood: false });
    expect(unticked.ok || unticked.error.fields).toEqual({ understood: 'Tick to confirm you understand' });
    const short = await host.call('protection.turnOn', { passphrase: 'short', understood: true });
    expect(short.ok || short.error.fields?.['passphrase']).toMatch(/at least 10 characters/);
    expect((await ok<ProtectionInfo>(host.call('protection.status', {}))).state).toBe('off');
  });

  it('while locked refuses every other call with LOCKED, answers protection calls, and tells a wrong passphrase plainly', async () => {
    const { host } = await protectedWithSample();
    const info = await ok<ProtectionInfo>(host.call('protection.lock', {}));
    expect(info.state).toBe('locked');
    for (const name of contractMethodNames().filter((n) => !n.startsWith('protection.'))) {
      expect(await host.call(name, {}), name).toEqual({ ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } });
    }
    const wrong = await host.call('protection.unlock', { passphrase: 'not the passphrase at all' });
    expect(wrong.ok || wrong.error).toMatchObject({ code: 'VALIDATION', fields: { passphrase: expect.stringMatching(/^That passphrase is not right\./) as unknown } });
    expect((await ok<ProtectionInfo>(host.call('protection.status', {}))).wrongTries).toBe(1);
    const unlocked = await ok<ProtectionInfo>(host.call('protection.unlock', { passphrase: PASSPHRASE }));
    expect(unlocked).toMatchObject({ state: 'unlocked', wrongTries: 0, lockAfterIdleMinutes: 15 });
    expect((await host.call('volunteers.list', { limit: 5 })).ok).toBe(true);
  });

  it('asks for a wait, shown as a countdown, after five wrong tries', async () => {
    const { host } = await protectedWithSample();
    await ok(host.call('protection.lock', {}));
    for (let i = 0; i < 5; i++) await host.call('protection.unlock', { passphrase: `wrong passphrase ${i}` });
    const info = await ok<ProtectionInfo>(host.call('protection.status', {}));
    expect(info).toMatchObject({ state: 'locked', wrongTries: 5, waitMs: 30_000 });
    const refused = await host.call('protection.unlock', { passphrase: PASSPHRASE });
    expect(refused.ok || refused.error.message).toBe('Too many wrong tries. Wait 30 seconds, then try again.');
    clock += 30_000;
    expect((await ok<ProtectionInfo>(host.call('protection.unlock', { passphrase: PASSPHRASE }))).state).toBe('unlocked');
  });

  it('changes the passphrase (a wrong current one beside its field) and writes the changes in the audit log', async () => {
    const { host, recoveryKey } = await protectedWithSample();
    const wrong = await host.call('protection.changePassphrase', { current: 'not the one we set', next: 'a new passphrase for winter' });
    expect(wrong.ok || Object.keys(wrong.error.fields ?? {})).toEqual(['current']);
    const short = await host.call('protection.changePassphrase', { current: PASSPHRASE, next: 'tiny' });
    expect(short.ok || Object.keys(short.error.fields ?? {})).toEqual(['next']);
    await ok(host.call('protection.changePassphrase', { current: PASSPHRASE, next: 'a new passphrase for winter' }));
    await ok(host.call('protection.lock', {}));
    expect((await host.call('protection.unlock', { passphrase: PASSPHRASE })).ok).toBe(false);
    await ok(host.call('protection.unlock', { passphrase: 'a new passphrase for winter' }));
    await ok(host.call('protection.lock', {}));
    const viaKey = await ok<ProtectionInfo>(host.call('protection.unlock', { recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') }));
    expect(viaKey.unlockedWithRecoveryKey).toBe(true);
    await ok(host.call('protection.setNewPassphrase', { next: 'spring lambs on the hill' }));

    const audit = await ok<AuditPage>(host.call('audit.list', { limit: 20 }));
    const summaries = audit.entries.filter((e) => e.entity === 'protection').map((e) => e.summary);
    expect(summaries).toEqual([
      'Chose a new passphrase after unlocking with the recovery key',
      'Unlocked with the recovery key',
      'Changed the passphrase',
      'Turned on "Protect with a passphrase": every file in the data folder is now encrypted',
    ]);
    // Summaries never carry the secrets themselves.
    expect(JSON.stringify(audit)).not.toContain(PASSPHRASE);
  });

  it('prints the recovery sheet only for this folder\'s own key', async () => {
    const { host, recoveryKey } = await protectedWithSample();
    const wrongKey = '0000-0000-0000-0000-0000-0000-0000-0000';
    expect(parseRecoveryKey(wrongKey)).not.toBeNull();
    const refused = await host.call('protection.recoverySheet', { recoveryKey: wrongKey });
    expect(refused.ok || Object.keys(refused.error.fields ?? {})).toEqual(['recoveryKey']);
    const sheet = await ok<FileDownload>(host.call('protection.recoverySheet', { recoveryKey }));
    expect(sheet).toMatchObject({ filename: 'peer-desk-recovery-key.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(sheet.base64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('locks after the idle minutes in Settings, counted from the last sign of use', async () => {
    const { host } = await protectedWithSample();
    await ok(host.call('settings.update', { lockAfterIdleMinutes: 5 }));
    clock += 4 * 60_000;
    expect(await host.idle.check()).toBe(false);
    // Calls alone do not count as use (a page refreshing itself would never let it lock)...
    await ok(host.call('volunteers.list', {}));
    expect(await ok<{ lockAfterIdleMinutes: number }>(host.call('protection.stillHere', {}))).toEqual({ lockAfterIdleMinutes: 5 });
    clock += 4 * 60_000;
    expect(await host.idle.check()).toBe(false);
    clock += 60_000;
    expect(await host.idle.check()).toBe(true);
    expect((await host.call('volunteers.list', {})).ok).toBe(false);
    expect((await ok<ProtectionInfo>(host.call('protection.status', {}))).lockAfterIdleMinutes).toBeNull();
  });

  it('turns off again with the passphrase, asking the other calls to wait meanwhile', async () => {
    const { host } = await protectedWithSample();
    const turningOff = host.call('protection.turnOff', { passphrase: PASSPHRASE });
    expect(await host.call('volunteers.list', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: CONVERTING_MESSAGE } });
    expect((await ok<ProtectionInfo>(turningOff)).state).toBe('off');
    const audit = await ok<AuditPage>(host.call('audit.list', { limit: 5 }));
    expect(audit.entries[0]?.summary).toBe('Turned off "Protect with a passphrase": the data folder is no longer encrypted');
  });
});
