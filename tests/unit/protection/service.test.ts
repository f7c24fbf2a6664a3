import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/app-version';
import { APP_KINDS } from '../../../electron/documents';
import { KEY_FILE } from '../../../electron/protection/key-file';
import { ProtectionService, waitAfterWrongTries } from '../../../electron/protection/service';
import { isSealed } from '../../../electron/protection/sealed-format';
import { LOCKED_MESSAGE, openProtectedServices } from '../../../electron/protection/host';
import { openServices, ProtectedFolderError, type Services } from '../../../electron/services';
import { writeDemoData } from '../../../scripts/demo-data';
import type { Volunteer } from '../../../shared/domain/volunteers';

/**
 * Protection as the UI will drive it, on the sample data: turned on, nothing readable left in
 * the folder; locked and unlocked (passphrase, recovery key, the wait after five wrong tries);
 * the passphrase changed; turned off again.
 */

const dirs: string[] = [];
const services: ProtectionService<Services>[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const PASSPHRASE = 'tea urn by the window';
let clock = new Date('2026-06-01T10:00:00').getTime();
const now = (): Date => new Date(clock);

async function start(dataDir: string): Promise<ProtectionService<Services>> {
  const service = await ProtectionService.start<Services>({
    dataDir,
    kinds: APP_KINDS,
    now,
    // Cheap scrypt for new passphrases here; key-file.test.ts covers the real parameters.
    scryptParams: { N: 2 ** 14, r: 8, p: 1 },
    open: (protection) => openServices({ dataDir, appVersion: APP_VERSION, protection, storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 } }),
  });
  services.push(service);
  return service;
}

/** Names, emails, phone numbers and notes of every volunteer and member in the sample. */
async function knownDetails(dataDir: string): Promise<string[]> {
  const out = new Set<string>();
  for (const [file, list] of [['volunteers.json', 'volunteers'], ['members.json', 'members']] as const) {
    const doc = JSON.parse(await fs.readFile(path.join(dataDir, file), 'utf8')) as Record<string, Record<string, unknown>[]>;
    for (const person of doc[list]!) {
      for (const field of ['lastName', 'email', 'phone', 'notes']) {
        const value = person[field];
        // Short values ("Ali") could turn up in random bytes by chance; long ones cannot.
        if (typeof value === 'string' && value.length >= 7) out.add(value);
      }
    }
  }
  return [...out];
}

async function filesHolding(dir: string, needles: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const buffers = needles.map((n) => Buffer.from(n, 'utf8'));
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = await fs.readFile(full);
    const view = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes;
    for (const b of buffers) if (view.includes(b)) found.add(path.relative(dir, full));
  }
  return [...found].sort();
}

async function volunteerCount(service: ProtectionService<Services>): Promise<number> {
  const result = await service.current!.call('volunteers.list', { limit: 500 });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { rows: unknown[] }).rows.length;
}

describe('protection for a data folder', { timeout: 60_000 }, () => {
  it('turns on, leaves nothing readable, locks, unlocks, and turns off again', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-protect-'));
    dirs.push(dataDir);
    await writeDemoData({ dataDir, size: 'small', seed: 3, today: '2026-06-01' });
    const details = await knownDetails(dataDir);
    expect(details.length).toBeGreaterThan(500);
    expect(await filesHolding(dataDir, details)).toContain('volunteers.json');

    const service = await start(dataDir);
    expect(service.status().state).toBe('off');
    const volunteers = await volunteerCount(service);
    const { recoveryKey, conversion } = await service.turnOn(PASSPHRASE);
    expect(recoveryKey).toMatch(/^(\w{4}-){7}\w{4}$/);
    expect(conversion.leftAsTheyWere).toEqual([]);
    expect(service.status()).toMatchObject({ state: 'unlocked', unfinished: null });
    expect(await volunteerCount(service)).toBe(volunteers);

    // A save under protection goes to the journal sealed, like everything else.
    const first = ((await service.current!.call('volunteers.list', { limit: 1 })) as { ok: true; value: { rows: { id: string }[] } }).value.rows[0]!;
    const v = ((await service.current!.call('volunteers.get', { id: first.id })) as { ok: true; value: Volunteer }).value;
    const { id: _id, createdAt: _c, updatedAt: _u, status: _s, statusHistory: _h, leftDate: _l, leftReason: _r, ...input } = v;
    const saved = await service.current!.call('volunteers.update', { id: v.id, volunteer: { ...input, notes: 'Prefers Zebedee Winterbottom as a buddy' }, allowDuplicate: true });
    expect(saved.ok).toBe(true);
    const backups = await fs.readdir(path.join(dataDir, 'backups'));
    expect(backups.some((n) => n.includes('before-protection'))).toBe(true);
    expect(await filesHolding(dataDir, [...details, 'Zebedee Winterbottom'])).toEqual([]);
    for (const name of ['volunteers.json', 'members.json', ...backups.filter((n) => n.endsWith('.pdbackup')).map((n) => `backups/${n}`)]) {
      expect(isSealed(await fs.readFile(path.join(dataDir, name))), name).toBe(true);
    }

    await service.lock();
    expect(service.status().state).toBe('locked');
    expect(service.current).toBeNull();
    // The folder's lock is released while locked: nothing holds the data open.
    await expect(fs.access(path.join(dataDir, 'peerdesk.lock'))).rejects.toThrow();

    for (let i = 1; i <= 5; i++) await expect(service.unlock({ passphrase: `wrong guess number ${i}` })).rejects.toThrow('That passphrase is not right');
    expect(service.status()).toMatchObject({ wrongTries: 5, waitMs: 30_000 });
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toThrow('Too many wrong tries. Wait 30 seconds, then try again.');
    clock += 31_000;
    await expect(service.unlock({ passphrase: 'wrong guess number 6' })).rejects.toThrow('That passphrase is not right');
    expect(service.status().waitMs).toBe(60_000);
    clock += 61_000;
    await service.unlock({ passphrase: PASSPHRASE });
    expect(service.status()).toMatchObject({ state: 'unlocked', wrongTries: 0, unlockedWithRecoveryKey: false });
    expect(await volunteerCount(service)).toBe(volunteers);

    // Forgotten passphrase: the recovery key opens it, then a new passphrase is chosen without the old one.
    await service.lock();
    await service.unlock({ recoveryKey: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(service.status().unlockedWithRecoveryKey).toBe(true);
    await service.setNewPassphrase('a brand new passphrase');
    await expect(service.setNewPassphrase('another new passphrase')).rejects.toThrow(/Change passphrase/);
    await service.changePassphrase('a brand new passphrase', 'the third passphrase');
    await service.lock();
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toThrow('That passphrase is not right');
    await service.unlock({ passphrase: 'the third passphrase' });

    // A restart finds the folder protected and opens nothing until unlocked.
    await service.close();
    const restarted = await start(dataDir);
    expect(restarted.status().state).toBe('locked');
    expect(restarted.current).toBeNull();
    await restarted.unlock({ passphrase: 'the third passphrase' });

    await expect(restarted.turnOff({ passphrase: PASSPHRASE })).rejects.toThrow('That passphrase is not right');
    expect(restarted.status().state).toBe('unlocked');
    const off = await restarted.turnOff({ passphrase: 'the third passphrase' });
    expect(off.conversion.leftAsTheyWere).toEqual([]);
    expect(restarted.status().state).toBe('off');
    await expect(fs.access(path.join(dataDir, KEY_FILE))).rejects.toThrow();
    expect(await volunteerCount(restarted)).toBe(volunteers);
    expect(await filesHolding(dataDir, ['Zebedee Winterbottom'])).not.toEqual([]);
    await expect(restarted.lock()).rejects.toThrow(/Protect with a passphrase/);
  });

  it('waits longer after each wrong try past five, up to fifteen minutes', () => {
    expect([0, 4, 5, 6, 7, 20].map(waitAfterWrongTries)).toEqual([0, 0, 30_000, 60_000, 120_000, 15 * 60_000]);
  });
});

describe('opening a protected folder', { timeout: 60_000 }, () => {
  it('is refused whole by openServices without its key, and answered "locked" by the protected services until unlocked', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-protect-'));
    dirs.push(dataDir);
    await writeDemoData({ dataDir, size: 'small', seed: 4, today: '2026-06-01' });
    const service = await start(dataDir);
    await service.turnOn(PASSPHRASE);
    await service.close();
    const before = (await fs.readdir(dataDir)).sort();

    await expect(openServices({ dataDir, appVersion: APP_VERSION })).rejects.toBeInstanceOf(ProtectedFolderError);
    expect((await fs.readdir(dataDir)).sort()).toEqual(before); // nothing moved aside

    const host = await openProtectedServices({ dataDir, appVersion: APP_VERSION, storeOptions: { dailyBackupDelayMs: -1 } });
    try {
      expect(await host.call('volunteers.list', { limit: 5 })).toEqual({ ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } });
      expect(() => host.store).toThrow(LOCKED_MESSAGE);
      await host.protection.unlock({ passphrase: PASSPHRASE });
      const listed = await host.call('volunteers.list', { limit: 5 });
      expect(listed.ok && (listed.value as { rows: unknown[] }).rows.length).toBe(5);
      await host.protection.lock();
      expect((await host.call('volunteers.list', { limit: 5 })).ok).toBe(false);
    } finally {
      await host.close();
    }
  });
});
