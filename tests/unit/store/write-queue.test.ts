import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreNeedsRecoveryError } from '../../../electron/store/index';
import { WriteQueue } from '../../../electron/store/write-queue';
import { counterValue, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { journalCommits, readJson, RecordingCodec, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => {
  vi.restoreAllMocks();
});


describe('WriteQueue', () => {
  it('runs tasks one at a time in order, and carries on after a failure', async () => {
    const queue = new WriteQueue();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 5))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await queue.idle();
  });
});

describe('checkpoints that fail', () => {
  it('a failed rename leaves every commit safe in the journal; the next checkpoint writes them', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.set(counterValue, 1));
    await store.checkpoint();
    await store.transaction((tx) => tx.set(counterValue, 2));
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(store.checkpoint()).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(await fs.readdir(dataDir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
    // Saving carries on; nothing was lost from memory or the journal.
    await store.transaction((tx) => tx.set(counterValue, 3));
    expect(store.value(counterValue)).toBe(3);
    expect((await journalCommits(dataDir)).map((c) => c.seq)).toEqual([2, 3]);
    await store.checkpoint();
    expect(await readJson(path.join(dataDir, 'counter.json'))).toMatchObject({ value: 3 });
    expect(await journalCommits(dataDir)).toEqual([]);
  });

  it('a checkpoint that fails before the documents move keeps the old files and the journal', async () => {
    const codec = new RecordingCodec();
    (codec as { id: string }).id = 'recording';
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    await store.transaction((tx) => tx.put(notes, makeNote({ text: 'first' })));
    await store.checkpoint();
    await store.transaction((tx) => tx.put(notes, makeNote({ text: 'second' })));
    codec.failures = 1;
    await expect(store.checkpoint()).rejects.toThrow();
    await store.close(); // its own checkpoint succeeds
    const reopened = await sandbox.open(dataDir, { codec });
    expect(reopened.get(notesKind).notes.map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('saves carry on while a checkpoint is being written', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => {
      for (let i = 0; i < 2_000; i++) tx.put(notes, makeNote({ text: `note ${i} ${'x'.repeat(200)}` }));
    });
    const checkpoint = store.checkpoint();
    let savedDuring = 0;
    let done = false;
    void checkpoint.then(() => {
      done = true;
    });
    while (!done) {
      await store.transaction((tx) => tx.set(counterValue, savedDuring + 1));
      savedDuring += 1;
    }
    await checkpoint;
    expect(savedDuring).toBeGreaterThan(1);
    // The checkpoint wrote the state as it was when it began; later commits are still in the journal.
    expect((await readJson(path.join(dataDir, 'notes.json')) as { notes: unknown[] }).notes).toHaveLength(2_000);
    // (The first save may have been queued just before the checkpoint took its copy.)
    expect((await journalCommits(dataDir)).length).toBeGreaterThanOrEqual(savedDuring - 1);
    await store.close();
    const reopened = await sandbox.open(dataDir);
    expect(reopened.value(counterValue)).toBe(savedDuring);
  });

  it('refuses to save while a damaged document awaits recovery', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'counter.json'), '{"schemaVersion":1,"val');
    const store = await sandbox.open(dataDir);
    await expect(store.transaction((tx) => tx.put(notes, makeNote()))).rejects.toBeInstanceOf(StoreNeedsRecoveryError);
  });
});
