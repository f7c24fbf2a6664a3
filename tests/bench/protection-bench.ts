import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION } from '../../electron/app-version';
import { APP_KINDS } from '../../electron/documents';
import { readKeyFile, unlockWithPassphrase } from '../../electron/protection/key-file';
import { protectedCodec } from '../../electron/protection/protected-codec';
import { ProtectionService } from '../../electron/protection/service';
import { openServices, type OpenServicesOptions, type Services } from '../../electron/services';
import type { Codec } from '../../electron/store/types';
import type { Volunteer } from '../../shared/domain/volunteers';
import { call, median, percentile, time } from './measure';

/**
 * Passphrase protection in `npm run bench`: two copies of the folder, one left plain and one
 * with protection turned on (every file sealed with AES-256-GCM), opened and saved to in
 * turn — off, on, off, on — so that whatever else the machine is doing weighs on both alike.
 * Target: each within 1.25× of off. Unlocking adds the passphrase's scrypt once, reported on
 * its own: it is the price of a guess, paid at unlock, not by opening or saving.
 */

export interface ProtectionBench {
  openOffMs: number;
  openOnMs: number;
  openRatio: number;
  saveOffP50Ms: number;
  saveOffP95Ms: number;
  saveOnP50Ms: number;
  saveOnP95Ms: number;
  /** Medians, on ÷ off: a p95 of 50 saves is one or two samples, too noisy on a shared machine to judge by. */
  saveRatio: number;
  /** Of an open with protection on, the time spent decrypting (AES-256-GCM alone), and how much it decrypted. */
  decryptPerOpenMs: number;
  decryptedMB: number;
  /** scrypt on the passphrase (the key file's parameters). */
  unlockKdfMs: number;
  /** "Back up now" after a save (medians): with protection on the backup is sealed whole, unchanged documents still copied from the last one. */
  backupOffMs: number;
  backupOnMs: number;
  backupRatio: number;
  /** Turning protection on: backup, then every document, journal segment and backup sealed. */
  turnOnMs: number;
  filesConverted: number;
}

const PASSPHRASE = 'benchmark passphrase here';
const quiet: OpenServicesOptions['storeOptions'] = { dailyBackupDelayMs: -1, idleCheckpointMs: 0 };
// More rounds than the bench's own open step: the two sides differ by little, and the machine may be busy.
const ROUNDS = 10;
const SAVES = 50;
/** Rounds that also time "Back up now": a backup of the large set takes about half a second. */
const BACKUP_ROUNDS = 3;

type Protection = OpenServicesOptions['protection'];
const open = (dataDir: string, protection: Protection): Promise<Services> => openServices({ dataDir, appVersion: APP_VERSION, storeOptions: quiet, ...(protection ? { protection } : {}) });

/** volunteers.update with the whole record, as the bench's own save step; `tag` makes every save a real change. */
async function saves(svc: Services, tag: string, count: number): Promise<number[]> {
  const ids = (await call<{ rows: { id: string }[] }>(svc, 'volunteers.list', { limit: 50 })).rows.map((r) => r.id);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = await call<Volunteer>(svc, 'volunteers.get', { id: ids[i % ids.length]! });
    const { id, createdAt: _c, updatedAt: _u, status: _s, statusHistory: _h, leftDate: _l, leftReason: _r, ...input } = v;
    const [ms] = await time(() => call(svc, 'volunteers.update', { id, volunteer: { ...input, notes: `Protection bench edit ${tag} ${i}` }, allowDuplicate: true }));
    out.push(ms);
  }
  return out;
}

async function copyFolder(sourceDir: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peer-desk-bench-protect-'));
  // Not the lock: the folder may still be open, and a copied lock would name this process.
  await fs.cp(sourceDir, dir, { recursive: true, filter: (src) => path.basename(src) !== 'peerdesk.lock' });
  return dir;
}

export async function benchProtection(sourceDir: string): Promise<ProtectionBench> {
  const offDir = await copyFolder(sourceDir);
  const onDir = await copyFolder(sourceDir);
  try {
    let filesConverted = 0;
    const service = await ProtectionService.start<Services>({
      dataDir: onDir,
      kinds: APP_KINDS,
      open: (protection) => open(onDir, protection),
      onConverted: (r) => (filesConverted = r.converted),
    });
    const [turnOnMs] = await time(() => service.turnOn(PASSPHRASE));
    await service.close();
    const [unlockKdfMs, dataKey] = await time(async () => unlockWithPassphrase((await readKeyFile(onDir))!, PASSPHRASE));
    const sealed = protectedCodec(dataKey);
    // The same codec, timing its decryption on its own (the UTF-8 decode after it is paid with protection off too).
    let decrypt = { ms: 0, bytes: 0 };
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const codec: Codec = {
      ...sealed,
      decode: (bytes) => {
        const start = performance.now();
        const plain = sealed.decodeBytes(bytes);
        decrypt = { ms: decrypt.ms + performance.now() - start, bytes: decrypt.bytes + bytes.length };
        return utf8.decode(plain);
      },
    };
    const decrypts: { ms: number; bytes: number }[] = [];

    const opens = { off: [] as number[], on: [] as number[] };
    const saved = { off: [] as number[], on: [] as number[] };
    const backups = { off: [] as number[], on: [] as number[] };
    for (let round = 0; round <= ROUNDS; round++) {
      for (const side of ['off', 'on'] as const) {
        decrypt = { ms: 0, bytes: 0 };
        const [ms, svc] = await time(() => (side === 'off' ? open(offDir, undefined) : open(onDir, { codec })));
        if (side === 'on' && round > 0) decrypts.push(decrypt);
        // Round 0 warms up modules and the disk cache for both.
        if (round > 0) {
          opens[side].push(ms);
          saved[side].push(...(await saves(svc, `${side} ${round}`, Math.ceil(SAVES / ROUNDS))));
          if (round <= BACKUP_ROUNDS) backups[side].push((await time(() => svc.store.createBackup('manual')))[0]);
        }
        await svc.close();
      }
    }
    return {
      openOffMs: median(opens.off),
      openOnMs: median(opens.on),
      openRatio: median(opens.on) / median(opens.off),
      saveOffP50Ms: median(saved.off),
      saveOffP95Ms: percentile(saved.off, 95),
      saveOnP50Ms: median(saved.on),
      saveOnP95Ms: percentile(saved.on, 95),
      saveRatio: median(saved.on) / median(saved.off),
      backupOffMs: median(backups.off),
      backupOnMs: median(backups.on),
      backupRatio: median(backups.on) / median(backups.off),
      decryptPerOpenMs: median(decrypts.map((d) => d.ms)),
      decryptedMB: (decrypts[0]?.bytes ?? 0) / 1024 / 1024,
      unlockKdfMs,
      turnOnMs,
      filesConverted,
    };
  } finally {
    await fs.rm(offDir, { recursive: true, force: true });
    await fs.rm(onDir, { recursive: true, force: true });
  }
}
