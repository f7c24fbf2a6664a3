import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainCodec } from '../../../electron/store/codec';
import { decodeCommitLine, encodeCommit, encodeCommitInSlices, type CommitRecord } from '../../../electron/store/commit-format';
import { Journal, readJournal } from '../../../electron/store/journal';
import { makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { journalCommits, listDir, RecordingCodec, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => {
  vi.restoreAllMocks();
});

const commit = (seq: number, text = `note ${seq}`): CommitRecord => ({ seq, at: '2026-03-01T10:00:00.000Z', ops: [{ op: 'put', c: 'notes', v: { id: `n${seq}`, text, pinned: false } }] });

async function writeSegment(dir: string, name: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, name), bytes);
}

describe('the commit line', () => {
  it('round-trips, and a changed byte fails its checksum', () => {
    const line = encodeCommit(commit(1), plainCodec);
    expect(line.at(-1)).toBe(0x0a);
    expect(decodeCommitLine(line.subarray(0, -1), plainCodec)).toEqual({ ok: true, commit: commit(1) });
    const damaged = Buffer.from(line.subarray(0, -1));
    damaged[20] = damaged[20]! ^ 0x01;
    expect(decodeCommitLine(damaged, plainCodec)).toEqual({ ok: false, reason: 'its checksum does not match' });
    expect(decodeCommitLine(Buffer.from('12345678'), plainCodec).ok).toBe(false);
  });

  it('passes through another codec as base64, so a line never holds a newline', () => {
    const codec = new RecordingCodec();
    (codec as { id: string }).id = 'test-codec';
    const line = encodeCommit(commit(3, 'two\nlines'), codec);
    expect(line.subarray(0, -1).includes(0x0a)).toBe(false);
    expect(decodeCommitLine(line.subarray(0, -1), codec)).toEqual({ ok: true, commit: commit(3, 'two\nlines') });
  });
});

describe('reading the journal', () => {
  it('drops a torn last line (a commit cut short was never acknowledged) and keeps the rest', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    const full = Buffer.concat([encodeCommit(commit(1), plainCodec), encodeCommit(commit(2), plainCodec)]);
    const torn = encodeCommit(commit(3), plainCodec).subarray(0, 30);
    await writeSegment(dir, '00000000000001.log', Buffer.concat([full, torn]));
    const read = await readJournal(dir, plainCodec, 0);
    expect(read.commits.map((c) => c.seq)).toEqual([1, 2]);
    expect(read.tornTails).toBe(1);
    expect(read.damage).toBeNull();
  });

  it('skips commits already in the documents, and starts after the checkpoint', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    await writeSegment(dir, '00000000000001.log', Buffer.concat([1, 2, 3, 4].map((n) => encodeCommit(commit(n), plainCodec))));
    expect((await readJournal(dir, plainCodec, 2)).commits.map((c) => c.seq)).toEqual([3, 4]);
  });

  it('reads segments in order, including one written after a crash left a torn tail', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    await writeSegment(dir, '00000000000001.log', Buffer.concat([encodeCommit(commit(1), plainCodec), encodeCommit(commit(2), plainCodec).subarray(0, 12)]));
    await writeSegment(dir, '00000000000002.log', Buffer.concat([encodeCommit(commit(2), plainCodec), encodeCommit(commit(3), plainCodec)]));
    const read = await readJournal(dir, plainCodec, 0);
    expect(read.commits.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(read.damage).toBeNull();
  });

  it('a damaged line with good ones after it is damage: the commits before it are kept and the file named', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    const bad = Buffer.from(encodeCommit(commit(2), plainCodec));
    bad[30] = bad[30]! ^ 0x02;
    await writeSegment(dir, '00000000000001.log', Buffer.concat([encodeCommit(commit(1), plainCodec), bad, encodeCommit(commit(3), plainCodec)]));
    const read = await readJournal(dir, plainCodec, 0);
    expect(read.commits.map((c) => c.seq)).toEqual([1]);
    expect(read.damage).toEqual({ file: 'journal/00000000000001.log', reason: 'A change in the journal is damaged (its checksum does not match)', lastGoodSeq: 1 });
  });

  it('a gap in the sequence is damage too', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    await writeSegment(dir, '00000000000001.log', Buffer.concat([encodeCommit(commit(1), plainCodec), encodeCommit(commit(4), plainCodec)]));
    const read = await readJournal(dir, plainCodec, 0);
    expect(read.damage?.reason).toBe('Changes 2 to 3 are missing from the journal');
    expect(read.commits.map((c) => c.seq)).toEqual([1]);
  });
});

describe('appending', () => {
  it('a failed append cuts its partial line off, so the next commit follows good bytes', async () => {
    const dir = path.join(await sandbox.tempDir(), 'journal');
    const journal = new Journal(dir, plainCodec, [], 0);
    await journal.append(commit(1));
    const realOpen = fs.open.bind(fs);
    let failNext = false;
    // Wrap the segment's handle: a write that stops half way with ENOSPC, as on a full disk.
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const write = handle.write.bind(handle) as (b: Buffer, o: number, l: number) => Promise<{ bytesWritten: number }>;
      (handle as unknown as { write: typeof write }).write = async (b, o, l) => {
        if (!failNext) return write(b, o, l);
        failNext = false;
        await write(b, o, Math.floor(l / 2));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    await journal.rotate();
    await journal.append(commit(2));
    failNext = true;
    await expect(journal.append(commit(3))).rejects.toMatchObject({ code: 'ENOSPC' });
    await journal.append(commit(3, 'written after the disk had room again'));
    await journal.close();
    const read = await readJournal(dir, plainCodec, 0);
    expect(read.tornTails).toBe(0);
    expect(read.commits.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(read.commits[2]?.ops[0]).toMatchObject({ v: { text: 'written after the disk had room again' } });
  });

  it('through the store: a full disk gives a plain message and changes nothing', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'kept' })));
    vi.spyOn(Journal.prototype, 'append').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    await expect(store.transaction((tx) => tx.put(notes, makeNote({ id: 'lost' })))).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: 'The disk is full. Free some space, then try again. Nothing was changed.',
    });
    expect(store.get(notesKind).notes.map((n) => n.id)).toEqual(['kept']);
    expect(store.seq).toBe(1);
    vi.spyOn(Journal.prototype, 'append').mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    await expect(store.transaction((tx) => tx.put(notes, makeNote({ id: 'lost' })))).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringMatching(/^Peer Desk could not save to its data folder \(permission was refused\)\. Nothing was changed\./) as string,
    });
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'later' })));
    expect((await journalCommits(dataDir)).map((c) => c.seq)).toEqual([1, 2]);
  });

  it('a checkpoint starts a new segment; the old one moves to the archive once the documents hold it', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.put(notes, makeNote()));
    expect(await listDir(path.join(dataDir, 'journal'))).toEqual(['00000000000001.log']);
    await store.checkpoint();
    await store.transaction((tx) => tx.put(notes, makeNote()));
    expect(await listDir(path.join(dataDir, 'journal'))).toEqual(['00000000000002.log', 'archive']);
    expect(await listDir(path.join(dataDir, 'journal', 'archive'))).toEqual(['00000000000001.log']);
  });

  it('starts a checkpoint by itself when the journal passes its size', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { checkpointBytes: 2_000 });
    for (let i = 0; i < 20; i++) await store.transaction((tx) => tx.put(notes, makeNote({ text: 'x'.repeat(200) })));
    await store.whenIdle();
    expect(await listDir(dataDir)).toContain('notes.json');
    expect((await journalCommits(dataDir)).length).toBeLessThan(20);
  });

  it('starts a checkpoint by itself when saves pause', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { idleCheckpointMs: 30 });
    await store.transaction((tx) => tx.put(notes, makeNote()));
    expect(await listDir(dataDir)).not.toContain('notes.json');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await store.whenIdle();
    expect(await listDir(dataDir)).toContain('notes.json');
  });
});

describe('a commit of many records', () => {
  it('is written in slices, byte for byte what JSON.stringify gives', async () => {
    const big: CommitRecord = { seq: 7, at: '2026-03-01T10:00:00.000Z', ops: Array.from({ length: 5_000 }, (_, i) => ({ op: 'put' as const, c: 'notes', v: { id: `n${i}`, text: `note "${i}"`, pinned: i % 2 === 0 } })) };
    expect((await encodeCommitInSlices(big, plainCodec)).equals(encodeCommit(big, plainCodec))).toBe(true);
  });
});
