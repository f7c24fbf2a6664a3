import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BackupInvalidError } from '../../../electron/store/index';
import { backupBytes } from '../../../electron/store/backups';
import type { Codec } from '../../../electron/store/types';
import { counterKind, logKind, makeNote, notesKind } from '../../fixtures/store/kinds';
import { FakeClock, listDir, snapshotFolder, useSandbox } from './helpers';

const sandbox = useSandbox();
const gunzip = promisify(zlib.gunzip);

const addNote = (text: string) => (doc: { notes: ReturnType<typeof makeNote>[] }) => void doc.notes.push(makeNote({ text }));
const noteTexts = (doc: { notes: { text: string }[] }) => doc.notes.map((n) => n.text);

describe('automatic daily backups', () => {
  it('backs up the state on disk before the first save of each day, once', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { now: clock.now });

    await store.update(notesKind, undefined, addNote('day 1 a')); // nothing on disk yet: nothing to back up
    await store.update(notesKind, undefined, addNote('day 1 b'));
    expect(await store.listBackups()).toEqual([]);

    clock.advanceDays(1);
    await store.update(notesKind, undefined, addNote('day 2 a'));
    await store.update(notesKind, undefined, addNote('day 2 b'));
    clock.advanceDays(1);
    await store.update(notesKind, undefined, addNote('day 3'));

    const backups = await store.listBackups();
    expect(backups.map((b) => [b.name, b.reason])).toEqual([
      ['peerdesk-2026-03-03-090000-daily.pdbackup', 'daily'],
      ['peerdesk-2026-03-02-090000-daily.pdbackup', 'daily'],
    ]);
    expect(backups[0]?.createdAt).toBe(new Date('2026-03-03T09:00:00').toISOString());

    // Day 2's backup is the state before day 2's first save.
    await store.restoreBackup('peerdesk-2026-03-02-090000-daily.pdbackup');
    expect(noteTexts(store.get(notesKind))).toEqual(['day 1 a', 'day 1 b']);
  });

  it('skips the daily backup when a backup from today already exists, even after reopening', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    let store = await sandbox.open(dataDir, { now: clock.now });
    await store.update(notesKind, undefined, addNote('a'));
    await store.createBackup('manual');
    await store.close();
    store = await sandbox.open(dataDir, { now: clock.now });
    await store.update(notesKind, undefined, addNote('b'));
    expect((await store.listBackups()).map((b) => b.reason)).toEqual(['manual']);
  });
});

describe('retention', () => {
  it('keeps the newest automatic backups and every manual one', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now, keepAutomaticBackups: 14 });
    await store.update(notesKind, undefined, addNote('a'));
    const reasons = ['daily', 'before-restore', 'before-migration', 'before-sample-data'] as const;
    const made: string[] = [];
    for (let i = 0; i < 20; i++) {
      clock.advance(60_000);
      if (i % 5 === 0) await store.createBackup('manual');
      made.push((await store.createBackup(reasons[i % reasons.length] ?? 'daily')).name);
    }
    const names = (await store.listBackups()).map((b) => b.name);
    const manual = names.filter((n) => n.endsWith('-manual.pdbackup'));
    const automatic = names.filter((n) => !n.endsWith('-manual.pdbackup'));
    expect(manual).toHaveLength(4);
    expect(automatic).toEqual(made.slice(-14).reverse());
  });
});

describe('listing backups', () => {
  it('lists reason, date, counts and size, newest first, skipping unreadable files', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await store.update(notesKind, undefined, addNote('a'));
    await store.update(logKind, '2026', (doc) => void doc.entries.push('x', 'y'));
    const first = await store.createBackup('manual');
    await store.update(notesKind, undefined, addNote('b'));
    const second = await store.createBackup('manual'); // same second: gets "-2"
    await fs.writeFile(path.join(store.backupsDir, 'peerdesk-2026-03-01-100000-manual.pdbackup'), 'not gzip');
    await fs.writeFile(path.join(store.backupsDir, 'notes.txt'), 'hello');

    expect(second.name).toBe('peerdesk-2026-03-01-090000-manual-2.pdbackup');
    const list = await store.listBackups();
    expect(list).toEqual([second, first]);
    expect(list[1]).toMatchObject({ reason: 'manual', counts: { notes: 1, 'log entries': 2 }, createdAt: clock.now().toISOString() });
    expect(list[0]?.counts).toEqual({ notes: 2, 'log entries': 2 });
    expect(list[0]?.sizeBytes).toBe((await fs.stat(path.join(store.backupsDir, second.name))).size);
  });

  it('reads only the first line: a backup damaged further on is still listed', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.update(counterKind, undefined, (doc) => {
      doc.padding = Array.from({ length: 50_000 }, (_, i) => i.toString(36)).join(',');
    });
    const info = await store.createBackup('manual');
    const file = path.join(store.backupsDir, info.name);
    const bytes = await fs.readFile(file);
    await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await store.listBackups()).map((b) => b.name)).toEqual([info.name]);
    await expect(store.restoreBackup(info.name)).rejects.toBeInstanceOf(BackupInvalidError);
  });

  it('stores JSON Lines: a manifest, then each document exactly as on disk', async () => {
    const store = await sandbox.open(await sandbox.tempDir(), { appVersion: '1.2.3' });
    await store.update(notesKind, undefined, addNote('a'));
    await store.update(logKind, '2026', (doc) => void doc.entries.push('x'));
    const info = await store.createBackup('manual');
    const lines = (await gunzip(await fs.readFile(path.join(store.backupsDir, info.name)))).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      format: 'peer-desk-backup',
      formatVersion: 1,
      createdAt: info.createdAt,
      reason: 'manual',
      appVersion: '1.2.3',
      counts: { notes: 1, 'log entries': 1 },
      files: ['log-2026.json', 'notes.json'],
    });
    expect(JSON.parse(lines[2] ?? '')).toEqual({ file: 'notes.json', text: await fs.readFile(path.join(store.dataDir, 'notes.json'), 'utf8') });
  });
});

describe('restoring', () => {
  it('takes a before-restore backup, then replaces every document', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { now: clock.now });
    await store.update(notesKind, undefined, addNote('in the backup'));
    const backup = await store.createBackup('manual');
    clock.advance(60_000);
    await store.update(notesKind, undefined, addNote('after the backup'));
    await store.update(logKind, '2026', (doc) => void doc.entries.push('not in the backup'));

    clock.advance(60_000);
    await store.restoreBackup(backup.name);
    expect(noteTexts(store.get(notesKind))).toEqual(['in the backup']);
    expect(store.keys(logKind)).toEqual([]);
    expect(await listDir(dataDir)).toEqual(['backups', 'notes.json', 'peerdesk.lock']);

    const list = await store.listBackups();
    expect(list.map((b) => b.reason)).toEqual(['before-restore', 'manual']);
    expect(list[0]?.counts).toEqual({ notes: 2, 'log entries': 1 });

    // The restore can itself be undone from the before-restore backup.
    await store.restoreBackup(list[0]?.name ?? '');
    expect(noteTexts(store.get(notesKind))).toEqual(['in the backup', 'after the backup']);
    expect(store.get(logKind, '2026').entries).toEqual(['not in the backup']);
    await store.close();
    const reopened = await sandbox.open(dataDir, { now: clock.now });
    expect(noteTexts(reopened.get(notesKind))).toEqual(['in the backup', 'after the backup']);
  });

  it('restores from bytes (a backup saved elsewhere) and migrates old documents in it', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.update(notesKind, undefined, addNote('current'));
    const bytes = await backupBytes(
      {
        reason: 'manual',
        createdAt: new Date(),
        appVersion: '0.0.1',
        counts: {},
        entries: [{ file: 'notes.json', text: JSON.stringify({ items: ['from an old version'] }) }],
      },
      plainCodecFor(),
    );
    await store.restoreBackupBytes(bytes);
    expect(store.get(notesKind).notes).toEqual([{ id: 'n1', text: 'from an old version', pinned: false }]);
  });

  it('round-trips through backupToBytes without keeping a copy in backups/', async () => {
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { now: clock.now });
    await store.update(notesKind, undefined, addNote('keep me'));
    const { filename, bytes } = await store.backupToBytes();
    expect(filename).toBe('peerdesk-2026-03-01-090000-manual.pdbackup');
    expect(await store.listBackups()).toEqual([]);
    await store.update(notesKind, undefined, addNote('later'));
    await store.restoreBackupBytes(bytes);
    expect(noteTexts(store.get(notesKind))).toEqual(['keep me']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.update(notesKind, undefined, addNote('current'));
    const good = await store.backupToBytes();
    const before = await snapshotFolder(dataDir);

    const cutShort = good.bytes.subarray(0, good.bytes.length - 20);
    await expect(store.restoreBackupBytes(cutShort)).rejects.toThrow(BackupInvalidError);
    await expect(store.restoreBackupBytes(Buffer.from('hello'))).rejects.toThrow(/not a Peer Desk backup/);

    const wrongShape = await backupBytes(
      { reason: 'manual', createdAt: new Date(), appVersion: 'x', counts: {}, entries: [{ file: 'notes.json', text: '{"schemaVersion":2,"notes":[{}]}' }] },
      plainCodecFor(),
    );
    await expect(store.restoreBackupBytes(wrongShape)).rejects.toThrow(
      'notes.json in this backup is damaged. The file has the wrong shape: notes.0.id is missing (and 2 more problems).',
    );
    const unknownFile = await backupBytes(
      { reason: 'manual', createdAt: new Date(), appVersion: 'x', counts: {}, entries: [{ file: '../evil.json', text: '{}' }] },
      plainCodecFor(),
    );
    await expect(store.restoreBackupBytes(unknownFile)).rejects.toThrow(/does not recognise/);

    expect(await snapshotFolder(dataDir)).toEqual(before);
    expect(noteTexts(store.get(notesKind))).toEqual(['current']);
  });

  it('refuses names that are not a plain file in backups/', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.update(notesKind, undefined, addNote('current'));
    await fs.writeFile(path.join(dataDir, 'x'), 'outside the backups folder');
    for (const name of ['../x', '..', '', 'sub/x.pdbackup', '..\\x', '/etc/passwd']) {
      await expect(store.restoreBackup(name)).rejects.toBeInstanceOf(BackupInvalidError);
    }
    await expect(store.restoreBackup('peerdesk-2020-01-01-000000-manual.pdbackup')).rejects.toThrow(/There is no backup called/);
  });
});

describe('with a codec other than plain', () => {
  it('passes backups through the codec too, and still lists and restores them', async () => {
    const codec = xorCodec();
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    await store.update(notesKind, undefined, addNote('secret'));
    const info = await store.createBackup('manual');

    const onDisk = await fs.readFile(path.join(dataDir, 'notes.json'));
    expect(onDisk.toString('utf8')).not.toContain('secret');
    const backupFile = await fs.readFile(path.join(store.backupsDir, info.name));
    await expect(gunzip(backupFile)).rejects.toThrow(); // not a plain gzip stream

    expect((await store.listBackups()).map((b) => b.counts)).toEqual([{ notes: 1 }]);
    await store.update(notesKind, undefined, addNote('later'));
    await store.restoreBackup(info.name);
    expect(noteTexts(store.get(notesKind))).toEqual(['secret']);
  });
});

function plainCodecFor(): Codec {
  return { id: 'plain', encode: (t) => Buffer.from(t, 'utf8'), decode: (b) => b.toString('utf8') };
}

/** Stands in for an encrypting codec: bytes on disk are not the text. */
function xorCodec(): Codec {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return { id: 'xor-test', encode: (t) => flip(Buffer.from(t, 'utf8')), decode: (b) => flip(b).toString('utf8') };
}
