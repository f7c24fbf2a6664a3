import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreNeedsRecoveryError } from '../../../electron/store/index';
import { WriteQueue } from '../../../electron/store/write-queue';
import { counterKind, logKind, makeNote, notesKind } from '../../fixtures/store/kinds';
import { readJson, RecordingCodec, useSandbox } from './helpers';

const sandbox = useSandbox();
afterEach(() => {
  vi.restoreAllMocks();
});

const setValue = (value: number) => (doc: { value: number }) => {
  doc.value = value;
};

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

describe('the store’s write queue', () => {
  it('writes documents in the order their changes were made', async () => {
    const codec = new RecordingCodec();
    const store = await sandbox.open(await sandbox.tempDir(), { codec });
    await Promise.all([
      store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote())),
      store.update(logKind, '2026', (doc) => void doc.entries.push('x')),
      store.update(counterKind, undefined, setValue(1)),
    ]);
    expect(codec.encoded.map((t) => Object.keys(JSON.parse(t) as object)[1])).toEqual(['notes', 'entries', 'value']);
  });

  it('coalesces changes made before their write started into one write', async () => {
    const codec = new RecordingCodec();
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    const resolved: number[] = [];
    const saves = [1, 2, 3].map((v) => store.update(counterKind, undefined, setValue(v)).then(() => resolved.push(v)));
    await Promise.all(saves);
    // The first flush already carried all three changes; the other two skip their write.
    expect(codec.encoded.map((t) => (JSON.parse(t) as { value: number }).value)).toEqual([3]);
    expect(resolved).toEqual([1, 2, 3]);
    expect(await readJson(path.join(dataDir, 'counter.json'))).toMatchObject({ value: 3 });
  });

  it('a later change waits for, and then follows, a write in progress', async () => {
    const codec = new RecordingCodec();
    const store = await sandbox.open(await sandbox.tempDir(), { codec });
    const first = store.update(counterKind, undefined, setValue(1));
    await new Promise((resolve) => setImmediate(resolve)); // first write now under way
    const second = store.update(counterKind, undefined, setValue(2));
    await Promise.all([first, second]);
    expect(codec.encoded.map((t) => (JSON.parse(t) as { value: number }).value)).toEqual([1, 2]);
  });

  it('after a failed write, memory matches the disk again and the next write succeeds', async () => {
    const codec = new RecordingCodec();
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    await store.update(counterKind, undefined, setValue(1));

    codec.failures = 1;
    await expect(store.update(counterKind, undefined, setValue(2))).rejects.toThrow('Simulated write failure');
    expect(store.get(counterKind).value).toBe(1);

    await store.update(counterKind, undefined, setValue(3));
    expect(store.get(counterKind).value).toBe(3);
    expect(await readJson(path.join(dataDir, 'counter.json'))).toMatchObject({ value: 3 });
  });

  it('a failed disk write (rename) reverts memory and does not block later writes', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.update(counterKind, undefined, setValue(1));
    vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(store.update(counterKind, undefined, setValue(2))).rejects.toThrow(/ENOSPC/);
    expect(store.get(counterKind).value).toBe(1);
    await store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote()));
    await store.update(counterKind, undefined, setValue(4));
    expect(await readJson(path.join(dataDir, 'counter.json'))).toMatchObject({ value: 4 });
    expect(await fs.readdir(dataDir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
  });

  it('a failed write of a document that never existed leaves it empty', async () => {
    const codec = new RecordingCodec();
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec });
    codec.failures = 1;
    await expect(store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote()))).rejects.toThrow();
    expect(store.get(notesKind)).toEqual(notesKind.empty());
    expect(store.isEmpty()).toBe(true);
  });

  it('a change queued behind a failed write of the same document is rejected, not silently lost', async () => {
    const codec = new RecordingCodec();
    const store = await sandbox.open(await sandbox.tempDir(), { codec });
    await store.update(counterKind, undefined, setValue(1));
    codec.failures = 1;
    const results = await Promise.allSettled([
      store.update(counterKind, undefined, setValue(2)),
      store.update(counterKind, undefined, setValue(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(store.get(counterKind).value).toBe(1);
  });

  it('when mutate throws, memory goes back to what is on disk', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote({ text: 'kept' })));
    await expect(
      store.update(notesKind, undefined, (doc) => {
        doc.notes.push(makeNote({ text: 'half done' }));
        throw new Error('No such volunteer');
      }),
    ).rejects.toThrow('No such volunteer');
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['kept']);
  });

  it('when mutate throws, earlier changes still waiting to be written are kept', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const first = store.update(counterKind, undefined, setValue(1));
    const failing = store.update(counterKind, undefined, (doc) => {
      doc.value = 99;
      throw new Error('Conflict');
    });
    await expect(failing).rejects.toThrow('Conflict');
    await first;
    expect(store.get(counterKind).value).toBe(1);
    expect(await readJson(path.join(dataDir, 'counter.json'))).toMatchObject({ value: 1 });
  });

  it('close() waits for queued writes and releases the lock', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const saves = Array.from({ length: 5 }, (_, i) => store.update(logKind, `k${i}`, (doc) => void doc.entries.push('x')));
    await store.close();
    await Promise.all(saves);
    expect((await fs.readdir(dataDir)).sort()).toEqual(['log-k0.json', 'log-k1.json', 'log-k2.json', 'log-k3.json', 'log-k4.json']);
    await expect(store.update(counterKind, undefined, setValue(1))).rejects.toThrow(/closed/);
  });

  it('refuses to save while a damaged document awaits recovery', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'counter.json'), '{"schemaVersion":1,"val');
    const store = await sandbox.open(dataDir);
    await expect(store.update(notesKind, undefined, () => undefined)).rejects.toBeInstanceOf(StoreNeedsRecoveryError);
  });
});
