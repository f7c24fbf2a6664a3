import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupForRestore, stageRestore, RESTORE_MARKER, RESTORE_STAGING } from '../../../electron/store/restore';
import { plainCodec } from '../../../electron/store/codec';
import { encodeCommit } from '../../../electron/store/commit-format';
import { emptyManifest } from '../../../electron/store/open-store';
import { MANIFEST_FILE } from '../../../electron/store/manifest';
import { StoreNeedsRecoveryError } from '../../../electron/store/index';
import { events, eventsKind, makeEvent, makeNote, notes, notesKind, TEST_KINDS } from '../../fixtures/store/kinds';
import { FakeClock, listDir, readJson, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => {
  vi.restoreAllMocks();
});

/** A folder with three notes and two years of events, written and checkpointed, then closed. */
async function savedFolder(clock = new FakeClock('2026-06-01T10:00:00')): Promise<string> {
  const dataDir = await sandbox.tempDir();
  const store = await sandbox.open(dataDir, { now: clock.now });
  await store.transaction((tx) => {
    for (const text of ['one', 'two', 'three']) tx.put(notes, makeNote({ text }));
    tx.put(events, makeEvent({ at: '2025-02-01T10:00:00Z' }));
    tx.put(events, makeEvent({ at: '2026-02-01T10:00:00Z' }));
  });
  await store.close();
  return dataDir;
}

describe('missing and unexpectedly empty documents', () => {
  it('the folder remembers which documents it holds and how many records', async () => {
    const dataDir = await savedFolder();
    const manifest = (await readJson(path.join(dataDir, MANIFEST_FILE))) as { documents: Record<string, { records: number }> };
    expect(Object.fromEntries(Object.entries(manifest.documents).map(([f, e]) => [f, e.records]))).toEqual({
      'events-2025.json': 1,
      'events-2026.json': 1,
      'notes.json': 3,
    });
  });

  it('a deleted document goes to recovery, never opens as an empty list', async () => {
    const dataDir = await savedFolder();
    await fs.rm(path.join(dataDir, 'notes.json'));
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([{ file: 'notes.json', reason: 'The file is missing from the data folder. It held 3 records when Peer Desk last saved it' }]);
    await expect(store.transaction((tx) => tx.put(notes, makeNote()))).rejects.toBeInstanceOf(StoreNeedsRecoveryError);
  });

  it('an older year not read at start-up is missed too', async () => {
    const dataDir = await savedFolder();
    await fs.rm(path.join(dataDir, 'events-2025.json'));
    const store = await sandbox.open(dataDir, { now: () => new Date('2026-06-01T10:00:00') });
    expect(store.problems.map((p) => p.file)).toEqual(['events-2025.json']);
  });

  it('a document emptied behind Peer Desk’s back is moved aside and reported', async () => {
    const dataDir = await savedFolder();
    await fs.writeFile(path.join(dataDir, 'notes.json'), JSON.stringify(notesKind.empty()));
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([
      { file: 'notes.json', movedTo: expect.stringMatching(/^notes\.corrupt-/) as string, reason: 'The file holds no records, but it held 3 when Peer Desk last saved it' },
    ]);
  });

  it('a document the coordinator emptied through Peer Desk opens normally', async () => {
    const dataDir = await savedFolder();
    let store = await sandbox.open(dataDir);
    const all = store.get(notesKind).notes;
    await store.transaction((tx) => all.forEach((n) => tx.remove(notes, n)));
    await store.close();
    store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes).toEqual([]);
  });

  it('continuing without restoring writes the empty document and the folder’s list, so the next open is clean', async () => {
    const dataDir = await savedFolder();
    await fs.rm(path.join(dataDir, 'notes.json'));
    let store = await sandbox.open(dataDir);
    await store.resolveProblemsWithEmpty();
    await store.transaction((tx) => tx.put(notes, makeNote({ text: 'fresh start' })));
    await store.close();
    store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['fresh start']);
  });

  it('a damaged folder list is rebuilt after checking every file in full, and says so', async () => {
    const dataDir = await savedFolder();
    await fs.writeFile(path.join(dataDir, MANIFEST_FILE), '{"format":');
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.notices.map((n) => n.id)).toEqual(['manifest-damaged']);
    expect(store.get(notesKind).notes).toHaveLength(3);
    await store.close();
    expect(((await readJson(path.join(dataDir, MANIFEST_FILE))) as { format: string }).format).toBe('peer-desk-folder');
  });
});

describe('a checkpoint cut short', () => {
  it('documents already renamed into place are trusted; the journal still replays onto them', async () => {
    const dataDir = await savedFolder();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'late', text: 'after the checkpoint started' })));
    // What a crash between the pending manifest and the final one leaves: the new notes.json
    // in place, the manifest still naming the old one, with the new one as pending.
    const manifestBefore = await fs.readFile(path.join(dataDir, MANIFEST_FILE), 'utf8');
    await store.checkpoint();
    const manifestAfter = JSON.parse(await fs.readFile(path.join(dataDir, MANIFEST_FILE), 'utf8')) as { checkpointSeq: number; documents: Record<string, unknown> };
    await store.close();
    const pending = { ...(JSON.parse(manifestBefore) as object), pending: { checkpointSeq: manifestAfter.checkpointSeq, documents: manifestAfter.documents } };
    await fs.writeFile(path.join(dataDir, MANIFEST_FILE), JSON.stringify(pending));

    const reopened = await sandbox.open(dataDir);
    expect(reopened.problems).toEqual([]);
    expect(reopened.get(notesKind).notes.map((n) => n.id)).toContain('late');
  });
});

describe('a restore cut short', () => {
  async function backupAndChange(): Promise<{ dataDir: string; backup: Buffer }> {
    const dataDir = await savedFolder();
    const store = await sandbox.open(dataDir);
    const info = await store.createBackup('manual');
    await store.transaction((tx) => {
      tx.put(notes, makeNote({ text: 'added after the backup' }));
      tx.put(events, makeEvent({ at: '2024-01-01T00:00:00Z', text: 'a year the backup lacks' }));
    });
    await store.close();
    return { dataDir, backup: await fs.readFile(path.join(dataDir, 'backups', info.name)) };
  }

  it('after the decision (marker written), the next open finishes it and says so', async () => {
    const { dataDir, backup } = await backupAndChange();
    const restored = await readBackupForRestore(backup, plainCodec, [...TEST_KINDS]);
    await stageRestore(dataDir, restored, plainCodec, (documents) => ({ ...emptyManifest('0.0.0-test', new Date(), 99), feedFloor: 99, documents }), 'the backup from 01/06/2026', new Date());
    // Crash: one file moved, the rest still staged.
    await fs.rename(path.join(dataDir, RESTORE_STAGING, 'notes.json'), path.join(dataDir, 'notes.json'));

    const store = await sandbox.open(dataDir);
    expect(store.notices).toEqual([
      { id: 'restore-finished', message: expect.stringMatching(/^Restoring the backup from 01\/06\/2026 was interrupted .* It has now been finished/) as string },
    ]);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['one', 'two', 'three']);
    expect(store.keys(eventsKind)).toEqual(['2025', '2026']);
    expect(await listDir(dataDir)).not.toContain(RESTORE_MARKER);
    expect(await listDir(dataDir)).not.toContain(RESTORE_STAGING);
    // Commits made before the restore are not replayed onto the restored data.
    expect(store.get(notesKind).notes.some((n) => n.text === 'added after the backup')).toBe(false);
  });

  it('before the decision, the next open throws the staging away, changes nothing and says so', async () => {
    const { dataDir, backup } = await backupAndChange();
    const restored = await readBackupForRestore(backup, plainCodec, [...TEST_KINDS]);
    await stageRestore(dataDir, restored, plainCodec, (documents) => ({ ...emptyManifest('0.0.0-test', new Date()), documents }), 'a backup', new Date());
    await fs.rm(path.join(dataDir, RESTORE_MARKER)); // the crash came before the marker

    const store = await sandbox.open(dataDir);
    expect(store.notices.map((n) => n.id)).toEqual(['restore-rolled-back']);
    expect(store.get(notesKind).notes.map((n) => n.text)).toContain('added after the backup');
    expect(store.keys(eventsKind)).toEqual(['2024', '2025', '2026']);
    expect(await listDir(dataDir)).not.toContain(RESTORE_STAGING);
  });
});

describe('a damaged journal', () => {
  it('keeps the commits before the damage, goes to recovery, and on "continue" sets the journal aside', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    for (const text of ['a', 'b', 'c']) await store.transaction((tx) => tx.put(notes, makeNote({ text })));
    await (store as unknown as { journal: { close(): Promise<void> } }).journal.close();
    await (store as unknown as { lock: { release(): Promise<void> } }).lock.release();
    const segment = path.join(dataDir, 'journal', '00000000000001.log');
    const bytes = await fs.readFile(segment);
    const second = bytes.indexOf(0x0a) + 1;
    bytes[second + 40] = bytes[second + 40]! ^ 0x01; // inside commit 2, with commit 3 after it
    await fs.writeFile(segment, bytes);

    const reopened = await sandbox.open(dataDir);
    expect(reopened.problems).toEqual([{ file: 'journal/00000000000001.log', reason: 'A change in the journal is damaged (its checksum does not match)' }]);
    expect(reopened.get(notesKind).notes.map((n) => n.text)).toEqual(['a']);
    await reopened.resolveProblemsWithEmpty();
    expect((await listDir(path.join(dataDir, 'journal'))).some((n) => n.startsWith('00000000000001.log.corrupt-'))).toBe(true);
    await reopened.transaction((tx) => tx.put(notes, makeNote({ text: 'd' })));
    await reopened.close();
    const again = await sandbox.open(dataDir);
    expect(again.problems).toEqual([]);
    expect(again.get(notesKind).notes.map((n) => n.text)).toEqual(['a', 'd']);
  });
});

describe('a file Peer Desk may not read', () => {
  it('stops the open with the file named and what to check, and changes nothing', async () => {
    const dataDir = await savedFolder();
    const realReadFile = fs.readFile.bind(fs);
    vi.spyOn(fs, 'readFile').mockImplementation(((file: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
      if (typeof file === 'string' && file.endsWith('notes.json')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
      return (realReadFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
    }) as typeof fs.readFile);
    const opening = sandbox.open(dataDir);
    await expect(opening).rejects.toMatchObject({ code: 'STORAGE' });
    await expect(opening).rejects.toThrow(/^Peer Desk cannot read notes\.json in .* \(permission was refused\)\. Check that your user account can open that file/);
    vi.restoreAllMocks();
    expect(await listDir(dataDir)).not.toContain('peerdesk.lock');
    const store = await sandbox.open(dataDir);
    expect(store.get(notesKind).notes).toHaveLength(3);
  });
});

describe('a journal from a newer version', () => {
  it('stops at a change it cannot apply, applies nothing of it, and goes to recovery', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'kept' })));
    await (store as unknown as { journal: { close(): Promise<void> } }).journal.close();
    await (store as unknown as { lock: { release(): Promise<void> } }).lock.release();
    const line = encodeCommit({ seq: 2, at: new Date().toISOString(), ops: [{ op: 'put', c: 'notes', v: { id: 'half', text: 'x', pinned: false } }, { op: 'put', c: 'programmes', v: { id: 'p1' } }] }, plainCodec);
    await fs.appendFile(path.join(dataDir, 'journal', '00000000000001.log'), line);

    const reopened = await sandbox.open(dataDir);
    expect(reopened.problems).toEqual([{ file: 'journal', reason: expect.stringMatching(/^A change in the journal could not be applied \(The journal names "programmes"/) as string }]);
    expect(reopened.get(notesKind).notes.map((n) => n.id)).toEqual(['kept']);
  });
});

describe('a checkpoint cut short, opened by another version', () => {
  it('a document the coordinator emptied, already in place when the crash came, is not taken for damage', async () => {
    const dataDir = await savedFolder();
    const store = await sandbox.open(dataDir);
    const [event] = store.get(eventsKind, '2025').events;
    await store.transaction((tx) => tx.remove(events, event!));
    const before = await fs.readFile(path.join(dataDir, MANIFEST_FILE), 'utf8');
    await store.close(); // its checkpoint writes the emptied events-2025.json
    const after = JSON.parse(await fs.readFile(path.join(dataDir, MANIFEST_FILE), 'utf8')) as { checkpointSeq: number; documents: Record<string, unknown> };
    // The crash came after the file was renamed into place, before the manifest's final write.
    await fs.writeFile(path.join(dataDir, MANIFEST_FILE), JSON.stringify({ ...(JSON.parse(before) as object), pending: { checkpointSeq: after.checkpointSeq, documents: after.documents } }));

    const reopened = await sandbox.open(dataDir, { appVersion: '0.0.1-newer' });
    expect(reopened.problems).toEqual([]);
    expect(reopened.get(eventsKind, '2025').events).toEqual([]);
  });
});
