import { describe, expect, it } from 'vitest';
import { counterValue, events, makeEvent, makeNote, notes } from '../../fixtures/store/kinds';
import { useSandbox } from './helpers';

const sandbox = useSandbox();

describe('changesSince: the seam for replication', () => {
  it('gives each commit after a sequence number, with removals as tombstones', async () => {
    const store = await sandbox.open(await sandbox.tempDir(), { now: () => new Date('2026-03-01T10:00:00Z') });
    const note = makeNote({ id: 'n1', text: 'hello' });
    await store.transaction((tx) => {
      tx.put(notes, note);
      tx.put(events, makeEvent({ id: 'e1', at: '2025-06-01T00:00:00Z' }));
    });
    await store.transaction((tx) => tx.set(counterValue, 5));
    await store.transaction((tx) => tx.remove(notes, note));

    const all = await store.changesSince(0);
    expect(all.reset).toBe(false);
    expect(all.lastSeq).toBe(3);
    expect(all.commits).toEqual([
      {
        seq: 1,
        at: '2026-03-01T10:00:00.000Z',
        changes: [
          { collection: 'notes', id: 'n1', record: note },
          { collection: 'events', id: 'e1', partition: '2025', record: expect.objectContaining({ id: 'e1' }) as unknown },
        ],
      },
      { seq: 2, at: '2026-03-01T10:00:00.000Z', changes: [{ collection: 'counter', id: 'counter', record: 5 }] },
      { seq: 3, at: '2026-03-01T10:00:00.000Z', changes: [{ collection: 'notes', id: 'n1', deleted: true }] },
    ]);
    expect((await store.changesSince(2)).commits.map((c) => c.seq)).toEqual([3]);
    expect(await store.changesSince(3)).toEqual({ lastSeq: 3, reset: false, commits: [] });
    expect((await store.changesSince(0, { limit: 2 })).lastSeq).toBe(2);
  });

  it('reaches back past checkpoints, through the archived journal', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'a' })));
    await store.checkpoint();
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'b' })));
    await store.checkpoint();
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'c' })));
    const feed = await store.changesSince(0);
    expect(feed.reset).toBe(false);
    expect(feed.commits.flatMap((c) => c.changes.map((ch) => ch.id))).toEqual(['a', 'b', 'c']);
  });

  it('when the journal no longer reaches back (after a restore), it starts the reader again from everything held', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    const gone = makeNote({ id: 'gone' });
    await store.transaction((tx) => {
      tx.put(notes, makeNote({ id: 'kept' }));
      tx.put(notes, gone);
      tx.set(counterValue, 1);
    });
    await store.transaction((tx) => tx.remove(notes, gone));
    const { bytes } = await store.backupToBytes();
    await store.restoreBackupBytes(bytes);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'after' })));

    const feed = await store.changesSince(1);
    expect(feed.reset).toBe(true);
    expect(feed.lastSeq).toBe(3);
    const rows = feed.commits[0]?.changes ?? [];
    expect(rows.filter((r) => r.collection === 'notes').map((r) => [r.id, r.deleted ?? false])).toEqual([
      ['kept', false],
      ['after', false],
      ['gone', true],
    ]);
    expect(rows).toContainEqual({ collection: 'counter', id: 'counter', record: 1 });
    // From the restore on, the journal answers again.
    expect((await store.changesSince(2)).commits.map((c) => c.seq)).toEqual([3]);
  });
});
