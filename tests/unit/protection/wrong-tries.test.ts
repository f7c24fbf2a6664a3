import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/app-version';
import { APP_KINDS } from '../../../electron/documents';
import { KEY_FILE } from '../../../electron/protection/key-file';
import { ProtectionService } from '../../../electron/protection/service';
import { TRIES_FILE } from '../../../electron/protection/wrong-tries';
import { openServices, type Services } from '../../../electron/services';

/** The wait after wrong passphrases survives quitting Peer Desk, and removing its record does not reset it. */

const dirs: string[] = [];
const services: ProtectionService<Services>[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const PASSPHRASE = 'kettle on the hob again';
let clock = new Date('2026-06-01T10:00:00').getTime();
const now = (): Date => new Date(clock);

async function start(dataDir: string): Promise<ProtectionService<Services>> {
  const service = await ProtectionService.start<Services>({
    dataDir,
    kinds: APP_KINDS,
    now,
    scryptParams: { N: 2 ** 14, r: 8, p: 1 },
    open: (protection) => openServices({ dataDir, appVersion: APP_VERSION, now, protection, storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 } }),
  });
  services.push(service);
  return service;
}

/** Quits (closes) and starts again on the same folder, as a restart of the app does. */
async function restart(service: ProtectionService<Services>, dataDir: string): Promise<ProtectionService<Services>> {
  await service.close();
  return start(dataDir);
}

async function protectedFolder(): Promise<{ dataDir: string; service: ProtectionService<Services> }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-tries-'));
  dirs.push(dataDir);
  const service = await start(dataDir);
  await service.turnOn(PASSPHRASE);
  await service.lock();
  return { dataDir, service };
}

const wrong = (service: ProtectionService<Services>, n: number) => expect(service.unlock({ passphrase: `wrong guess ${n}` })).rejects.toThrow('That passphrase is not right');

describe('wrong unlock tries across restarts', { timeout: 60_000 }, () => {
  it('keeps the count and the wait when Peer Desk is quit and started again', async () => {
    const { dataDir, service: first } = await protectedFolder();
    await expect(fs.access(path.join(dataDir, TRIES_FILE))).resolves.toBeUndefined();
    for (let i = 1; i <= 5; i++) await wrong(first, i);
    clock += 10_000;
    let service = await restart(first, dataDir);
    expect(service.status()).toMatchObject({ state: 'locked', wrongTries: 5, waitMs: 20_000 });
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toThrow('Too many wrong tries. Wait 20 seconds, then try again.');

    clock += 21_000;
    await wrong(service, 6);
    service = await restart(service, dataDir);
    expect(service.status()).toMatchObject({ wrongTries: 6, waitMs: 60_000 });

    clock += 61_000;
    await service.unlock({ passphrase: PASSPHRASE });
    await service.lock();
    service = await restart(service, dataDir);
    expect(service.status()).toMatchObject({ state: 'locked', wrongTries: 0, waitMs: 0 });
  });

  it('waits the longest wait, and says why, when the record is deleted or edited — and a restart does not start it again', async () => {
    const { dataDir, service: first } = await protectedFolder();
    for (let i = 1; i <= 3; i++) await wrong(first, i);
    await first.close();
    await fs.rm(path.join(dataDir, TRIES_FILE));
    let service = await start(dataDir);
    expect(service.status()).toMatchObject({ wrongTries: 10, waitMs: 15 * 60_000 });
    await expect(service.unlock({ passphrase: PASSPHRASE })).rejects.toThrow(/record of wrong passphrase tries is missing or has been changed.*Wait 15 minutes/);
    clock += 5 * 60_000;
    service = await restart(service, dataDir);
    expect(service.status().waitMs).toBe(10 * 60_000);

    clock += 10 * 60_000;
    await service.unlock({ passphrase: PASSPHRASE });
    await service.lock();
    await wrong(service, 1);
    await service.close();
    // A count edited down by hand no longer matches its check.
    const record = JSON.parse(await fs.readFile(path.join(dataDir, TRIES_FILE), 'utf8')) as { wrongTries: number };
    expect(record.wrongTries).toBe(1);
    await fs.writeFile(path.join(dataDir, TRIES_FILE), JSON.stringify({ ...record, wrongTries: 0 }));
    service = await start(dataDir);
    expect(service.status().waitMs).toBe(15 * 60_000);
  });

  it('never waits longer than the wait when the clock is put back', async () => {
    const { dataDir, service: first } = await protectedFolder();
    for (let i = 1; i <= 5; i++) await wrong(first, i);
    clock -= 60 * 60_000;
    const service = await restart(first, dataDir);
    expect(service.status().waitMs).toBe(30_000);
    clock += 60 * 60_000;
  });

  it('is removed with the key file when protection is turned off', async () => {
    const { dataDir, service } = await protectedFolder();
    await service.unlock({ passphrase: PASSPHRASE });
    await service.turnOff({ passphrase: PASSPHRASE });
    await expect(fs.access(path.join(dataDir, KEY_FILE))).rejects.toThrow();
    await expect(fs.access(path.join(dataDir, TRIES_FILE))).rejects.toThrow();
  });
});
