import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../electron/app-version';
import { APP_KINDS } from '../../../electron/documents';
import { KEY_FILE } from '../../../electron/protection/key-file';
import { BACKUP_NEEDS_SECRET, PORTABLE_MAGIC, readBackupFile } from '../../../electron/protection/portable-backup';
import { isSealed } from '../../../electron/protection/sealed-format';
import { ProtectionService } from '../../../electron/protection/service';
import { openServices, type Services } from '../../../electron/services';
import { BackupInvalidError } from '../../../electron/store/errors';
import type { ApiClient } from '../../../shared/api';
import type { FileDownload } from '../../../shared/files';
import { makeVolunteerInput } from '../../factories/volunteers';
import { clientFor, expectFailure } from '../../helpers/services';

/**
 * A backup saved elsewhere from a protected folder: it stays sealed, carries the data key
 * wrapped under the passphrase and the recovery key, and restores on another laptop (a fresh
 * folder) with either — and with neither, or a wrong one, is refused with words that say what
 * to type. "Save it unprotected" gives plain gzip.
 */

const dirs: string[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c().catch(() => undefined)));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const PASSPHRASE = 'biscuit tin on the shelf';
const NAMES = ['Philippa Quartermaine', 'Ignatius Wolstenholme'];
/** What a grep of the files looks for: documents keep first and last names apart. */
const SURNAMES = ['Quartermaine', 'Wolstenholme'];
const now = (): Date => new Date('2026-06-01T10:00:00');

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'peerdesk-portable-'));
  dirs.push(dir);
  return dir;
}

const openPlain = (dataDir: string): Promise<Services> => openServices({ dataDir, appVersion: APP_VERSION, now, storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 } });

async function protectedFolder(names: readonly string[], passphrase = PASSPHRASE): Promise<{ service: ProtectionService<Services>; api: () => ApiClient; recoveryKey: string; dataDir: string }> {
  const dataDir = await tempDir();
  const service = await ProtectionService.start<Services>({
    dataDir,
    kinds: APP_KINDS,
    now,
    scryptParams: { N: 2 ** 14, r: 8, p: 1 },
    open: (protection) => openServices({ dataDir, appVersion: APP_VERSION, now, protection, storeOptions: { dailyBackupDelayMs: -1, idleCheckpointMs: 0 } }),
  });
  closers.push(() => service.close());
  const api = (): ApiClient => clientFor(service.current!);
  for (const name of names) {
    const [firstName = '', lastName = ''] = name.split(' ');
    await api().volunteers.create({ volunteer: makeVolunteerInput({ firstName, lastName }) });
  }
  const { recoveryKey } = await service.turnOn(passphrase);
  return { service, api, recoveryKey, dataDir };
}

async function freshFolder(): Promise<{ dataDir: string; api: ApiClient; services: Services }> {
  const dataDir = await tempDir();
  const services = await openPlain(dataDir);
  closers.push(() => services.close());
  return { dataDir, api: clientFor(services), services };
}

const upload = (file: FileDownload) => ({ name: file.filename, base64: file.base64 ?? '' });
const bytesOf = (file: FileDownload): Buffer => Buffer.from(file.base64 ?? '', 'base64');
const holdsAny = (bytes: Buffer, needles: readonly string[]): boolean => needles.some((n) => bytes.includes(Buffer.from(n, 'utf8')));
const names = async (api: ApiClient): Promise<string[]> => (await api.volunteers.list()).rows.map((r) => r.name).sort();

describe('a backup saved elsewhere from a protected folder', { timeout: 60_000 }, () => {
  it('is sealed, carries the wrapped key, and restores on another laptop with the passphrase', async () => {
    const source = await protectedFolder(NAMES);
    const file = await source.api().backups.download();
    const bytes = bytesOf(file);
    expect(bytes.subarray(0, 4).equals(PORTABLE_MAGIC)).toBe(true);
    expect(holdsAny(bytes, SURNAMES)).toBe(false);
    const read = readBackupFile(bytes);
    expect(read.sealed && read.wrapped !== null).toBe(true);
    // The key block is the key file's two wrappings and nothing else: never the bare key.
    const keyFile = JSON.parse(await fs.readFile(path.join(source.dataDir, KEY_FILE), 'utf8')) as { passphrase: object; recovery: object };
    if (read.sealed && read.wrapped) expect(read.wrapped).toEqual({ keyId: read.keyId, passphrase: keyFile.passphrase, recovery: keyFile.recovery });

    const target = await freshFolder();
    const asked = await expectFailure(target.api.backups.restoreFromFile({ file: upload(file) }));
    expect(asked).toMatchObject({ code: 'VALIDATION', message: BACKUP_NEEDS_SECRET, fields: { passphrase: BACKUP_NEEDS_SECRET } });
    const wrong = await expectFailure(target.api.backups.restoreFromFile({ file: upload(file), passphrase: 'not the passphrase at all' }));
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.fields?.passphrase).toMatch(/does not open this backup/);
    expect(await names(target.api)).toEqual([]);

    const status = await target.api.backups.restoreFromFile({ file: upload(file), passphrase: PASSPHRASE });
    expect(await names(target.api)).toEqual(NAMES.slice().sort());
    // The folder stays unprotected (its documents plain), and the coordinator is told so.
    expect(status.notices.map((n) => n.id)).toContain('restored-unprotected');
    await expect(fs.access(path.join(target.dataDir, KEY_FILE))).rejects.toThrow();
    expect(holdsAny(await fs.readFile(path.join(target.dataDir, 'volunteers.json')), SURNAMES)).toBe(true);
    expect((await target.api.audit.list()).entries[0]?.summary).toBe('Restored a protected backup from a file');
  });

  it('restores with the recovery key, and needs the passphrase in use when it was made', async () => {
    const source = await protectedFolder(NAMES);
    const file = await source.api().backups.download();
    await source.service.changePassphrase(PASSPHRASE, 'a newer passphrase entirely');

    const target = await freshFolder();
    const wrongKey = await expectFailure(target.api.backups.restoreFromFile({ file: upload(file), recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' }));
    expect(wrongKey.fields?.recoveryKey).toMatch(/does not open this backup/);
    const newer = await expectFailure(target.api.backups.restoreFromFile({ file: upload(file), passphrase: 'a newer passphrase entirely' }));
    expect(newer.fields?.passphrase).toMatch(/does not open this backup/);
    await target.api.backups.restoreFromFile({ file: upload(file), recoveryKey: source.recoveryKey.toLowerCase() });
    expect(await names(target.api)).toEqual(NAMES.slice().sort());
  });

  it('restores into its own folder with no question, and into another protected folder sealed with that folder’s key', async () => {
    const source = await protectedFolder(NAMES);
    const file = await source.api().backups.download();
    await source.api().volunteers.create({ volunteer: makeVolunteerInput({ firstName: 'Later', lastName: 'Addition' }) });
    await source.api().backups.restoreFromFile({ file: upload(file) });
    expect(await names(source.api())).toEqual(NAMES.slice().sort());

    const other = await protectedFolder(['Someone Else'], 'another folder passphrase');
    const asked = await expectFailure(other.api().backups.restoreFromFile({ file: upload(file) }));
    expect(asked.fields?.passphrase).toBe(BACKUP_NEEDS_SECRET);
    const status = await other.api().backups.restoreFromFile({ file: upload(file), passphrase: PASSPHRASE });
    expect(status.notices.map((n) => n.id)).not.toContain('restored-unprotected');
    expect(await names(other.api())).toEqual(NAMES.slice().sort());
    const written = await fs.readFile(path.join(other.dataDir, 'volunteers.json'));
    expect(isSealed(written)).toBe(true);
    expect(holdsAny(written, SURNAMES)).toBe(false);
    // Still this folder's key: it locks and unlocks with its own passphrase and shows the restored records.
    await other.service.lock();
    await other.service.unlock({ passphrase: 'another folder passphrase' });
    expect(await names(other.api())).toEqual(NAMES.slice().sort());
  });

  it('saved unprotected is a plain gzip backup, and the audit log says so', async () => {
    const source = await protectedFolder(NAMES);
    const file = await source.api().backups.download({ unprotected: true });
    const bytes = bytesOf(file);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(isSealed(bytes)).toBe(false);
    expect(holdsAny(zlib.gunzipSync(bytes), SURNAMES)).toBe(true);
    expect((await source.api().audit.list()).entries[0]?.summary).toBe('Saved a backup to a file without protection');

    const target = await freshFolder();
    const status = await target.api.backups.restoreFromFile({ file: upload(file) });
    expect(status.notices.map((n) => n.id)).not.toContain('restored-unprotected');
    expect(await names(target.api)).toEqual(NAMES.slice().sort());
  });

  it('refuses a sealed backup that does not carry its key, and one whose key block was altered or swapped', async () => {
    const source = await protectedFolder(NAMES);
    await source.api().backups.create();
    const inFolder = (await fs.readdir(path.join(source.dataDir, 'backups'))).find((n) => n.endsWith('-manual.pdbackup'))!;
    const bare = await fs.readFile(path.join(source.dataDir, 'backups', inFolder));
    const target = await freshFolder();
    const refused = await expectFailure(target.api.backups.restoreFromFile({ file: { name: inFolder, base64: bare.toString('base64') }, passphrase: PASSPHRASE }));
    expect(refused).toMatchObject({ code: 'BAD_FILE' });
    expect(refused.message).toMatch(/does not carry its key/);

    const file = bytesOf(await source.api().backups.download());
    const other = bytesOf(await (await protectedFolder(['Someone Else'], PASSPHRASE)).api().backups.download());
    // The other backup's key block in front of this backup's sealed body: the key ids differ, so it is damaged.
    const blockEnd = (b: Buffer): number => 8 + b.readUInt32BE(4);
    const swapped = Buffer.concat([other.subarray(0, blockEnd(other)), file.subarray(blockEnd(file))]);
    expect(() => readBackupFile(swapped)).toThrow(BackupInvalidError);
    expect(() => readBackupFile(file.subarray(0, 20))).toThrow(/damaged/);
    // One byte of the passphrase wrapping changed: the passphrase no longer opens it, nothing is restored.
    const text = file.subarray(8, blockEnd(file)).toString('utf8');
    const block = JSON.parse(text) as { passphrase: { wrapped: string } };
    const flipped = Buffer.from(block.passphrase.wrapped, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    const altered = Buffer.from(text.replace(block.passphrase.wrapped, flipped.toString('base64')), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(altered.length);
    const tampered = Buffer.concat([PORTABLE_MAGIC, length, altered, file.subarray(blockEnd(file))]);
    const wrong = await expectFailure(target.api.backups.restoreFromFile({ file: { name: 'x.pdbackup', base64: tampered.toString('base64') }, passphrase: PASSPHRASE }));
    expect(wrong.fields?.passphrase).toMatch(/does not open this backup/);
    expect(await names(target.api)).toEqual([]);
  });
});
