import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BackupInvalidError } from '../../../electron/store/index';
import { compressPart, readBackupManifest } from '../../../electron/store/backup-format';
import { backupBytes } from '../../../electron/store/backups';
import type { Codec, Store } from '../../../electron/store/types';
import { counterPadding, events, eventsKind, makeEvent, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { FakeClock, listDir, snapshotFolder, useSandbox } from './helpers';

const sandbox = useSandbox();
const gunzip = promisify(zlib.gunzip);

const addNote = (store: Store, text: string) => store.transaction((tx) => tx.put(notes, makeNote({ text })));
const addEvent = (store: Store, text: string, at = '2026-03-01T10:00:00Z') => store.transaction((tx) => tx.put(events, makeEvent({ text, at })));
const noteTexts = (store: Store) => store.get(notesKind).notes.map((n) => n.text);

function plainCodecFor(): Codec {
  return { id: 'plain', encode: (t) => Buffer.from(t, 'utf8'), decode: (b) => b.toString('utf8') };
}

/** Stands in for an encrypting codec: bytes on disk are not the text. */
function xorCodec(): Codec {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return { id: 'xor-test', encode: (t) => flip(Buffer.from(t, 'utf8')), decode: (b) => flip(b).toString('utf8') };
}

/** A backup's bytes from documents given as text, as an older version or another folder might have made. */
async function backupOf(files: Record<string, string>, codec: Codec = plainCodecFor()): Promise<Buffer> {
  const parts = await Promise.all(Object.entries(files).map(([file, text]) => compressPart(file, Buffer.from(text, 'utf8'), zlib.crc32(Buffer.from(text, 'utf8')), 0)));
  return backupBytes({ reason: 'manual', createdAt: new Date(), appVersion: '0.0.1', counts: {}, parts }, codec);
}

/** Format 1, as Peer Desk wrote it before the journal: one gzip member of JSON Lines. */
function formatOneBackup(files: Record<string, string>): Buffer {
  const manifest = { format: 'peer-desk-backup', formatVersion: 1, createdAt: '2026-01-01T09:00:00.000Z', reason: 'daily', appVersion: '0.1.0', counts: { notes: 1 }, files: Object.keys(files) };
  const lines = [JSON.stringify(manifest), ...Object.entries(files).map(([file, text]) => JSON.stringify({ file, text }))];
  return zlib.gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
}

describe('automatic daily backups', () => {
  it('are taken in the background after open, once a day, of the state at that moment', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    let store = await sandbox.open(dataDir, { now: clock.now });
    expect(await store.dailyBackup()).toBeNull(); // nothing saved yet: nothing to back up
    await addNote(store, 'day 1 a');
    await addNote(store, 'day 1 b');
    await store.close();

    clock.advanceDays(1);
    store = await sandbox.open(dataDir, { now: clock.now, dailyBackupDelayMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await store.whenIdle();
    await addNote(store, 'day 2 a');
    expect(await store.dailyBackup()).toBeNull(); // already taken today

    const backups = await store.listBackups();
    expect(backups.map((b) => [b.name, b.reason])).toEqual([['peerdesk-2026-03-02-090000-daily.pdbackup', 'daily']]);
    await store.restoreBackup('peerdesk-2026-03-02-090000-daily.pdbackup');
    expect(noteTexts(store)).toEqual(['day 1 a', 'day 1 b']);
  });

  it('when Peer Desk stays open past midnight, the first commit of the new day starts that day’s backup', async () => {
    const clock = new FakeClock('2026-03-01T23:50:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await addNote(store, 'before midnight');
    await store.dailyBackup(); // what the timer after open does
    clock.advance(20 * 60_000);
    await addNote(store, 'after midnight');
    await store.whenIdle();
    expect((await store.listBackups()).map((b) => b.name)).toEqual(['peerdesk-2026-03-02-001000-daily.pdbackup', 'peerdesk-2026-03-01-235000-daily.pdbackup']);
  });

  it('skips the daily backup when a backup from today already exists, even after reopening', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    let store = await sandbox.open(dataDir, { now: clock.now });
    await addNote(store, 'a');
    await store.createBackup('manual');
    await store.close();
    store = await sandbox.open(dataDir, { now: clock.now });
    await addNote(store, 'b');
    expect(await store.dailyBackup()).toBeNull();
    expect((await store.listBackups()).map((b) => b.reason)).toEqual(['manual']);
  });
});

describe('what a backup costs', () => {
  it('copies documents unchanged since the last backup across, already compressed', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await addNote(store, 'unchanged');
    await addEvent(store, 'old year', '2025-01-01T00:00:00Z');
    const first = await store.createBackup('manual');
    clock.advance(60_000);
    await addEvent(store, 'this year');
    const second = await store.createBackup('manual');

    const read = async (name: string) => {
      const file = path.join(store.backupsDir, name);
      const manifest = await readBackupManifest(file, plainCodecFor());
      const bytes = await fs.readFile(file);
      let offset = bytes.length - (manifest.parts ?? []).reduce((n, p) => n + p.gz, 0);
      const members = new Map<string, Buffer>();
      for (const p of manifest.parts ?? []) {
        members.set(p.file, bytes.subarray(offset, offset + p.gz));
        offset += p.gz;
      }
      return members;
    };
    const [a, b] = [await read(first.name), await read(second.name)];
    expect([...b.keys()]).toEqual(['events-2025.json', 'events-2026.json', 'notes.json']);
    expect(b.get('notes.json')?.equals(a.get('notes.json')!)).toBe(true);
    expect(b.get('events-2025.json')?.equals(a.get('events-2025.json')!)).toBe(true);
    expect(a.has('events-2026.json')).toBe(false);
  });

  it('stores the manifest first, then each document exactly as on disk', async () => {
    const store = await sandbox.open(await sandbox.tempDir(), { appVersion: '1.2.3' });
    await addNote(store, 'a');
    await addEvent(store, 'x');
    const info = await store.createBackup('manual');
    const all = (await gunzip(await fs.readFile(path.join(store.backupsDir, info.name)))).toString('utf8');
    const [head = '', ...rest] = all.split('\n');
    const manifest = JSON.parse(head) as { formatVersion: number; counts: object; files: string[]; parts: { file: string; records: number }[] };
    expect(manifest).toMatchObject({ format: 'peer-desk-backup', formatVersion: 2, reason: 'manual', appVersion: '1.2.3', counts: { notes: 1, events: 1 }, files: ['events-2026.json', 'notes.json'] });
    expect(manifest.parts.map((p) => [p.file, p.records])).toEqual([
      ['events-2026.json', 1],
      ['notes.json', 1],
    ]);
    const onDisk = (await fs.readFile(path.join(store.dataDir, 'events-2026.json'), 'utf8')) + (await fs.readFile(path.join(store.dataDir, 'notes.json'), 'utf8'));
    expect(rest.join('\n')).toBe(onDisk);
  });
});

describe('retention', () => {
  it('keeps the newest automatic backups and every manual one', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now, keepAutomaticBackups: 14 });
    await addNote(store, 'a');
    const reasons = ['daily', 'before-restore', 'before-migration', 'before-sample-data'] as const;
    const made: string[] = [];
    for (let i = 0; i < 20; i++) {
      clock.advance(60_000);
      if (i % 5 === 0) await store.createBackup('manual');
      made.push((await store.createBackup(reasons[i % reasons.length] ?? 'daily')).name);
    }
    const names = (await store.listBackups()).map((b) => b.name);
    expect(names.filter((n) => n.endsWith('-manual.pdbackup'))).toHaveLength(4);
    expect(names.filter((n) => !n.endsWith('-manual.pdbackup'))).toEqual(made.slice(-14).reverse());
  });

  it('never prunes the last backup holding a document the data has lost', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    let store = await sandbox.open(dataDir, { now: clock.now });
    await addNote(store, 'Amira');
    await addEvent(store, 'kept');
    await store.dailyBackup();
    await store.close();

    // Someone deletes notes.json; the coordinator carries on without restoring.
    await fs.rm(path.join(dataDir, 'notes.json'));
    clock.advanceDays(1);
    store = await sandbox.open(dataDir, { now: clock.now });
    expect(store.problems.map((p) => p.file)).toEqual(['notes.json']);
    await store.resolveProblemsWithEmpty();
    await store.close();

    // Twenty days of daily backups of the state without notes.
    for (let day = 0; day < 20; day++) {
      clock.advanceDays(1);
      store = await sandbox.open(dataDir, { now: clock.now });
      await addEvent(store, `day ${day}`);
      expect(await store.dailyBackup()).not.toBeNull();
      await store.close();
    }
    store = await sandbox.open(dataDir, { now: clock.now });
    const backups = await store.listBackups();
    expect(backups.filter((b) => b.reason === 'daily')).toHaveLength(15); // 14 kept, plus the one protected
    const oldest = backups.at(-1)!;
    expect(oldest.name).toBe('peerdesk-2026-03-01-090000-daily.pdbackup');
    expect(oldest.counts).toMatchObject({ notes: 1 });
    await store.restoreBackup(oldest.name);
    expect(noteTexts(store)).toEqual(['Amira']);
  });
});

describe('listing backups', () => {
  it('lists reason, date, counts and size, newest first, skipping unreadable files', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await addNote(store, 'a');
    await addEvent(store, 'x');
    await addEvent(store, 'y');
    const first = await store.createBackup('manual');
    await addNote(store, 'b');
    const second = await store.createBackup('manual'); // same second: gets "-2"
    await fs.writeFile(path.join(store.backupsDir, 'peerdesk-2026-03-01-100000-manual.pdbackup'), 'not gzip');
    await fs.writeFile(path.join(store.backupsDir, 'notes.txt'), 'hello');

    expect(second.name).toBe('peerdesk-2026-03-01-090000-manual-2.pdbackup');
    const list = await store.listBackups();
    expect(list).toEqual([second, first]);
    expect(list[1]).toMatchObject({ reason: 'manual', counts: { notes: 1, events: 2 }, createdAt: clock.now().toISOString() });
    expect(list[0]?.counts).toEqual({ notes: 2, events: 2 });
    expect(list[0]?.sizeBytes).toBe((await fs.stat(path.join(store.backupsDir, second.name))).size);
  });

  it('reads only the first line: a backup damaged further on is still listed', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.transaction((tx) => tx.set(counterPadding, Array.from({ length: 50_000 }, (_, i) => i.toString(36)).join(',')));
    const info = await store.createBackup('manual');
    const file = path.join(store.backupsDir, info.name);
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await store.listBackups()).map((b) => b.name)).toEqual([info.name]);
    await expect(store.restoreBackup(info.name)).rejects.toBeInstanceOf(BackupInvalidError);
  });
});

describe('restoring', () => {
  it('takes a before-restore backup, then replaces every document', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { now: clock.now });
    await addNote(store, 'in the backup');
    const backup = await store.createBackup('manual');
    clock.advance(60_000);
    await addNote(store, 'after the backup');
    await addEvent(store, 'not in the backup');

    clock.advance(60_000);
    await store.restoreBackup(backup.name);
    expect(noteTexts(store)).toEqual(['in the backup']);
    expect(store.keys(eventsKind)).toEqual([]);
    expect((await listDir(dataDir)).filter((n) => n.endsWith('.json'))).toEqual(['notes.json', 'peerdesk-folder.json']);

    const list = await store.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    expect(list[0]?.counts).toEqual({ notes: 2, events: 1 });

    // The restore can itself be undone from the before-restore backup.
    await store.restoreBackup(list[0]?.name ?? '');
    expect(noteTexts(store)).toEqual(['in the backup', 'after the backup']);
    expect(store.get(eventsKind, '2026').events.map((e) => e.text)).toEqual(['not in the backup']);
    await addNote(store, 'after both restores');
    await store.close();
    const reopened = await sandbox.open(dataDir, { now: clock.now });
    expect(noteTexts(reopened)).toEqual(['in the backup', 'after the backup', 'after both restores']);
  });

  it('restores from bytes (a backup saved elsewhere) and migrates old documents in it', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await addNote(store, 'current');
    await store.restoreBackupBytes(await backupOf({ 'notes.json': JSON.stringify({ items: ['from an old version'] }) }));
    expect(store.get(notesKind).notes).toEqual([{ id: 'n1', text: 'from an old version', pinned: false }]);
  });

  it('still restores a backup in the format before the journal (format 1)', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await addNote(store, 'current');
    await store.restoreBackupBytes(formatOneBackup({ 'notes.json': JSON.stringify({ schemaVersion: 2, notes: [makeNote({ text: 'from format 1' })] }) }));
    expect(noteTexts(store)).toEqual(['from format 1']);
  });

  it('round-trips through backupToBytes without keeping a copy in backups/', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await addNote(store, 'keep me');
    const { filename, bytes } = await store.backupToBytes();
    expect(filename).toBe('peerdesk-2026-03-01-090000-manual.pdbackup');
    expect(await store.listBackups()).toEqual([]);
    await addNote(store, 'later');
    await store.restoreBackupBytes(bytes);
    expect(noteTexts(store)).toEqual(['keep me']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await addNote(store, 'current');
    const good = await store.backupToBytes();
    const before = await snapshotFolder(dataDir);

    await expect(store.restoreBackupBytes(good.bytes.subarray(0, good.bytes.length - 20))).rejects.toThrow(BackupInvalidError);
    await expect(store.restoreBackupBytes(Buffer.from('hello'))).rejects.toThrow(/not a Peer Desk backup/);
    await expect(store.restoreBackupBytes(await backupOf({ 'notes.json': '{"schemaVersion":2,"notes":[{}]}' }))).rejects.toThrow(
      'notes.json in this backup is damaged. The file has the wrong shape: notes.0.id is missing (and 2 more problems).',
    );
    await expect(store.restoreBackupBytes(await backupOf({ '../evil.json': '{}' }))).rejects.toThrow(/does not recognise/);

    expect(await snapshotFolder(dataDir)).toEqual(before);
    expect(noteTexts(store)).toEqual(['current']);
  });

  it('refuses names that are not a plain file in backups/', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await addNote(store, 'current');
    await fs.writeFile(path.join(dataDir, 'x'), 'outside the backups folder');
    for (const name of ['../x', '..', '', 'sub/x.pdbackup', '..\\x', '/etc/passwd']) {
      await expect(store.restoreBackup(name)).rejects.toBeInstanceOf(BackupInvalidError);
    }
    await expect(store.restoreBackup('peerdesk-2020-01-01-000000-manual.pdbackup')).rejects.toThrow(/There is no backup called/);
  });
});

describe('with a codec other than plain', () => {
  it('passes documents, the journal and backups through the codec, and still lists and restores them', async () => {
    const codec = xorCodec();
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    await addNote(store, 'secret');
    const journal = await fs.readFile(path.join(dataDir, 'journal', '00000000000001.log'));
    expect(journal.toString('utf8')).not.toContain('secret');
    const info = await store.createBackup('manual');

    const onDisk = await fs.readFile(path.join(dataDir, 'notes.json'));
    expect(onDisk.toString('utf8')).not.toContain('secret');
    await expect(gunzip(await fs.readFile(path.join(store.backupsDir, info.name)))).rejects.toThrow(); // not a plain gzip stream

    expect((await store.listBackups()).map((b) => b.counts)).toEqual([{ notes: 1 }]);
    await addNote(store, 'later');
    await store.restoreBackup(info.name);
    expect(noteTexts(store)).toEqual(['secret']);
    await addNote(store, 'after the restore');
    await store.close();
    const reopened = await sandbox.open(dataDir, { codec });
    expect(noteTexts(reopened)).toEqual(['secret', 'after the restore']);
  });
});
