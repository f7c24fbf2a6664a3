import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_COLLECTIONS, APP_KINDS, auditKind, auditRecords, settingsKind, settingsValue, volunteersKind } from '../../../electron/documents';
import { openStore, tombstonesKind } from '../../../electron/store/index';
import { counterKind, counterValue, events, eventsKind, logKind, makeEvent, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { journalCommits, listDir, readJson, useSandbox } from './helpers';

const sandbox = useSandbox();

const inode = async (file: string): Promise<bigint> => (await fs.stat(file, { bigint: true })).ino;

describe('opening and saving', () => {
  it('creates a missing data folder and starts empty', async () => {
    const dataDir = path.join(await sandbox.tempDir(), 'nested', 'data');
    const store = await sandbox.open(dataDir);
    expect(store.dataDir).toBe(dataDir);
    expect(store.backupsDir).toBe(path.join(dataDir, 'backups'));
    expect(store.isEmpty()).toBe(true);
    expect(store.problems).toEqual([]);
    expect(store.seq).toBe(0);
    expect(store.get(notesKind)).toEqual(notesKind.empty());
    expect(store.keys(logKind)).toEqual([]);
    expect(store.counts()).toEqual({ notes: 0 });
  });

  it('a commit is in the journal when the transaction resolves; the document file follows at a checkpoint', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const note = makeNote({ text: 'Ring Sam' });
    const returned = await store.transaction((tx) => {
      tx.put(notes, note);
      return 'done';
    });
    expect(returned).toBe('done');
    expect(store.seq).toBe(1);
    expect(store.isEmpty()).toBe(false);
    expect(store.get(notesKind).notes).toEqual([note]);
    expect(await listDir(dataDir)).toEqual(['journal', 'peerdesk.lock']);
    expect(await journalCommits(dataDir)).toEqual([{ seq: 1, at: expect.any(String) as string, sv: { notes: 2 }, ops: [{ op: 'put', c: 'notes', v: note }] }]);

    await store.checkpoint();
    const text = await fs.readFile(path.join(dataDir, 'notes.json'), 'utf8');
    expect(text).toBe(JSON.stringify({ schemaVersion: 2, notes: [note] }));
    expect(await journalCommits(dataDir)).toEqual([]);
    await store.close();
    expect((await listDir(dataDir)).filter((n) => n !== 'journal')).toEqual(['notes.json', 'peerdesk-folder.json']);

    const reopened = await sandbox.open(dataDir);
    expect(reopened.get(notesKind).notes).toEqual([note]);
    expect(reopened.seq).toBe(1);
    expect(reopened.counts()).toEqual({ notes: 1 });
  });

  it('replays commits not yet in the documents when it opens again', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'a', text: 'one' })));
    await store.checkpoint();
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'b', text: 'two' })));
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'a', text: 'one, changed' })));
    // Leave without the checkpoint close() would write: as after a crash.
    await (store as unknown as { journal: { close(): Promise<void> } }).journal.close();
    await (store as unknown as { lock: { release(): Promise<void> } }).lock.release();

    const reopened = await openStore({ dataDir, kinds: [notesKind], collections: [notes], appVersion: '0.0.0-test', dailyBackupDelayMs: -1, idleCheckpointMs: 0 });
    try {
      expect(reopened.get(notesKind).notes.map((n) => [n.id, n.text])).toEqual([
        ['a', 'one, changed'],
        ['b', 'two'],
      ]);
      expect(reopened.seq).toBe(3);
    } finally {
      await reopened.close();
    }
  });

  it('keeps each partition in its own file and rewrites only the documents a checkpoint needs', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => {
      tx.put(events, makeEvent({ at: '2026-01-05T10:00:00Z' }));
      tx.put(events, makeEvent({ at: '2025-12-31T10:00:00Z' }));
      tx.put(notes, makeNote());
    });
    await store.checkpoint();
    expect((await listDir(dataDir)).filter((n) => n.endsWith('.json'))).toEqual(['events-2025.json', 'events-2026.json', 'notes.json', 'peerdesk-folder.json']);
    const before = {
      e2025: await inode(path.join(dataDir, 'events-2025.json')),
      e2026: await inode(path.join(dataDir, 'events-2026.json')),
      notes: await inode(path.join(dataDir, 'notes.json')),
    };
    await store.transaction((tx) => tx.put(events, makeEvent({ at: '2026-02-01T10:00:00Z', text: 'second' })));
    await store.checkpoint();
    // A checkpoint renames a new file into place, so an unchanged inode means an untouched file.
    expect(await inode(path.join(dataDir, 'events-2025.json'))).toBe(before.e2025);
    expect(await inode(path.join(dataDir, 'notes.json'))).toBe(before.notes);
    expect(await inode(path.join(dataDir, 'events-2026.json'))).not.toBe(before.e2026);
    expect(store.keys(eventsKind)).toEqual(['2025', '2026']);
    expect(store.counts()).toEqual({ notes: 1, events: 3 });
  });

  it('refuses partition keys that could escape the folder, and keys on plain kinds', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await expect(store.transaction((tx) => tx.put(events, makeEvent({ at: '../2026' })))).rejects.toThrow(/partition key/);
    expect(() => store.get(notesKind, '2026')).toThrow(/not partitioned/);
    expect(() => store.get(eventsKind)).toThrow(/partition key/);
    expect(store.seq).toBe(0);
  });

  it('ignores files that are not registered documents', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'readme.txt'), 'hello');
    await fs.writeFile(path.join(dataDir, 'other.json'), 'not json at all');
    await fs.writeFile(path.join(dataDir, 'notes.json.bak'), 'old');
    await fs.writeFile(path.join(dataDir, 'log-not a key.json'), '{');
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.isEmpty()).toBe(true);
  });

  it('removes temp files left behind by a crash mid-write', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.mkdir(path.join(dataDir, 'backups'));
    await fs.writeFile(path.join(dataDir, '.notes.json.999.abcdefabcdef.tmp'), '{"schemaVer');
    await fs.writeFile(path.join(dataDir, 'backups', '.peerdesk-x.pdbackup.999.abcdefabcdef.tmp'), 'x');
    await sandbox.open(dataDir);
    expect(await listDir(dataDir)).toEqual(['backups', 'journal', 'peerdesk.lock']);
    expect(await listDir(path.join(dataDir, 'backups'))).toEqual([]);
  });

  it('rejects a kind whose migrations are out of order, or a reserved name, before touching the folder', async () => {
    const dataDir = await sandbox.tempDir();
    const broken = { ...notesKind, migrations: [notesKind.migrations[1], notesKind.migrations[0]].filter((m) => m !== undefined) };
    await expect(openStore({ dataDir, kinds: [broken], appVersion: 'x' })).rejects.toThrow(/migrations\[0\]\.from is 1/);
    const short = { ...counterKind, migrations: [] };
    await expect(openStore({ dataDir, kinds: [short], appVersion: 'x' })).rejects.toThrow(/version 1 but has 0 migrations/);
    await expect(openStore({ dataDir, kinds: [{ ...counterKind, name: 'journal' }], appVersion: 'x' })).rejects.toThrow(/reserved/);
    await expect(openStore({ dataDir, kinds: [notesKind], collections: [notes, notes], appVersion: 'x' })).rejects.toThrow(/registered twice/);
    expect(await listDir(dataDir)).toEqual([]);
  });

  it('works with the app’s own documents', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { kinds: APP_KINDS, collections: APP_COLLECTIONS });
    expect(store.isEmpty()).toBe(true);
    expect(store.value(settingsValue).setUpDone).toBe(false);
    await store.transaction((tx) => {
      tx.set(settingsValue, { ...tx.value(settingsValue), organisationName: 'Riverside Peer Support', setUpDone: true });
      tx.put(auditRecords, { id: 'a1', at: '2026-03-01T10:00:00.000Z', actor: 'Sam', action: 'settings', entity: 'settings', summary: 'Set up' });
    });
    await store.close();

    expect((await listDir(dataDir)).filter((n) => n.endsWith('.json'))).toEqual(['audit-2026.json', 'peerdesk-folder.json', 'settings.json']);
    expect(await readJson(path.join(dataDir, 'settings.json'))).toMatchObject({ schemaVersion: 1, settings: { setUpDone: true } });

    const reopened = await sandbox.open(dataDir, { kinds: APP_KINDS, collections: APP_COLLECTIONS });
    expect(reopened.problems).toEqual([]);
    expect(reopened.get(settingsKind).settings.organisationName).toBe('Riverside Peer Support');
    expect(reopened.keys(auditKind)).toEqual(['2026']);
    expect(reopened.get(volunteersKind).volunteers).toEqual([]);
    expect(reopened.counts()).toEqual({ volunteers: 0, 'audit entries': 1 });
  });
});

describe('transactions', () => {
  it('writes every record of an action, across documents, as one commit', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => {
      tx.put(notes, makeNote({ id: 'n1' }));
      tx.put(events, makeEvent({ id: 'e1', at: '2026-05-01T09:00:00Z' }));
      tx.set(counterValue, 7);
    });
    const commits = await journalCommits(dataDir);
    expect(commits).toHaveLength(1);
    expect(commits[0]?.ops.map((o) => o.op)).toEqual(['put', 'put', 'set']);
    expect(store.record(notes, 'n1')?.id).toBe('n1');
    expect(store.record(events, 'e1', '2026')?.id).toBe('e1');
    expect(store.value(counterValue)).toBe(7);
  });

  it('changes nothing when the transaction throws, and the next one goes ahead', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await expect(
      store.transaction((tx) => {
        tx.put(notes, makeNote({ id: 'n1' }));
        throw new Error('the handler changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(store.get(notesKind).notes).toEqual([]);
    expect(store.seq).toBe(0);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'n2' })));
    expect(store.get(notesKind).notes.map((n) => n.id)).toEqual(['n2']);
    expect(store.seq).toBe(1);
  });

  it('reads through the transaction see its own writes', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.transaction((tx) => {
      const note = makeNote({ id: 'n1', text: 'first' });
      tx.put(notes, note);
      expect(tx.get(notes, 'n1')).toBe(note);
      tx.remove(notes, note);
      expect(tx.get(notes, 'n1')).toBeUndefined();
      tx.set(counterValue, 3);
      expect(tx.value(counterValue)).toBe(3);
    });
    expect(store.get(notesKind).notes).toEqual([]);
  });

  it('refuses an edit made from a record that has changed since it was read', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    const original = makeNote({ id: 'n1', text: 'original' });
    await store.transaction((tx) => tx.put(notes, original, { replaces: null }));
    const read = store.record(notes, 'n1')!;
    await store.transaction((tx) => tx.put(notes, { ...read, text: 'first edit' }, { replaces: read }));
    // A second edit made from the same (now stale) copy:
    await expect(store.transaction((tx) => tx.put(notes, { ...read, text: 'second edit' }, { replaces: read }))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(store.record(notes, 'n1')?.text).toBe('first edit');
    // A record deleted meanwhile is not brought back by an edit.
    const current = store.record(notes, 'n1')!;
    await store.transaction((tx) => tx.remove(notes, current));
    await expect(store.transaction((tx) => tx.put(notes, { ...current, text: 'too late' }, { replaces: current }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(store.record(notes, 'n1')).toBeUndefined();
  });

  it('a transaction that writes nothing adds no commit', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.transaction((tx) => tx.remove(notes, makeNote({ id: 'never-there' })));
    expect(store.seq).toBe(0);
    expect(await journalCommits(dataDir)).toEqual([]);
  });

  it('records are frozen under test, so code that edits one in place fails at once', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'n1' })));
    const note = store.record(notes, 'n1')!;
    expect(() => {
      (note as { text: string }).text = 'edited in place';
    }).toThrow(TypeError);
  });

  it('bumps a document’s version on every change, for caches built from it', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    const before = store.version(notesKind);
    await store.transaction((tx) => tx.put(notes, makeNote()));
    expect(store.version(notesKind)).toBeGreaterThan(before);
    const eventsBefore = store.version(eventsKind, '2026');
    await store.transaction((tx) => tx.put(notes, makeNote()));
    expect(store.version(eventsKind, '2026')).toBe(eventsBefore);
  });

  it('queued transactions run one at a time, in order, each against the state the one before left', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await store.transaction((tx) => tx.set(counterValue, 0));
    const increments = Array.from({ length: 20 }, () => store.transaction((tx) => tx.set(counterValue, tx.value(counterValue) + 1)));
    await Promise.all(increments);
    expect(store.value(counterValue)).toBe(20);
    expect(store.seq).toBe(21);
  });

  it('close() waits for queued commits, writes a checkpoint and releases the lock; later commits are refused', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const pending = store.transaction((tx) => tx.put(notes, makeNote({ id: 'last' })));
    await store.close();
    await pending;
    expect((await readJson(path.join(dataDir, 'notes.json')) as { notes: { id: string }[] }).notes.map((n) => n.id)).toEqual(['last']);
    expect(await listDir(dataDir)).not.toContain('peerdesk.lock');
    await expect(store.transaction(() => undefined)).rejects.toThrow(/closed/);
  });
});

describe('reading on first use', () => {
  it('reads older years when first asked for, with changes made meanwhile applied', async () => {
    const dataDir = await sandbox.tempDir();
    const today = () => new Date('2026-06-01T10:00:00');
    const store = await sandbox.open(dataDir, { now: today });
    await store.transaction((tx) => {
      tx.put(events, makeEvent({ id: 'old', at: '2024-03-01T10:00:00Z', text: 'from 2024' }));
      tx.put(events, makeEvent({ id: 'new', at: '2026-03-01T10:00:00Z' }));
    });
    await store.close();

    const reopened = await sandbox.open(dataDir, { now: today });
    const state = (reopened as unknown as { docs: Map<string, { loaded: boolean }> }).docs;
    expect(state.get('events-2026.json')?.loaded).toBe(true);
    expect(state.get('events-2024.json')?.loaded).toBe(false);
    expect(reopened.keys(eventsKind)).toEqual(['2024', '2026']);
    expect(reopened.counts()).toEqual({ events: 2 });

    // A change to the unread year waits in memory and is applied when the year is read.
    await reopened.transaction((tx) => tx.put(events, makeEvent({ id: 'added', at: '2024-04-01T10:00:00Z' })));
    expect(state.get('events-2024.json')?.loaded).toBe(false);
    expect(reopened.get(eventsKind, '2024').events.map((e) => e.id)).toEqual(['old', 'added']);
    expect(state.get('events-2024.json')?.loaded).toBe(true);
  });

  it('a file changed behind Peer Desk’s back is validated in full, not trusted', async () => {
    const dataDir = await sandbox.tempDir();
    const today = () => new Date('2026-06-01T10:00:00');
    const store = await sandbox.open(dataDir, { now: today });
    await store.transaction((tx) => tx.put(events, makeEvent({ id: 'old', at: '2024-03-01T10:00:00Z' })));
    await store.close();
    // Same length, different bytes, and now invalid: "text" becomes a number.
    const file = path.join(dataDir, 'events-2024.json');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(/"text":"Event \d+"/, (m) => `"text":${'1'.repeat(m.length - 7)}`.padEnd(m.length, ' ')));
    const reopened = await sandbox.open(dataDir, { now: today });
    expect(() => reopened.get(eventsKind, '2024')).toThrow(/events-2024\.json could not be read/);
    expect(reopened.problems.map((p) => p.file)).toEqual(['events-2024.json']);
    expect(reopened.problems[0]?.movedTo).toMatch(/^events-2024\.corrupt-/);
  });
});

describe('tombstones', () => {
  it('a removed record leaves its id, kind, time and commit — never its contents', async () => {
    const store = await sandbox.open(await sandbox.tempDir(), { now: () => new Date('2026-03-02T12:00:00Z') });
    const note = makeNote({ id: 'n1', text: 'Private words' });
    await store.transaction((tx) => tx.put(notes, note));
    await store.transaction((tx) => tx.remove(notes, note));
    const event = makeEvent({ id: 'e1', at: '2025-01-01T00:00:00Z' });
    await store.transaction((tx) => tx.put(events, event));
    await store.transaction((tx) => tx.remove(events, event));
    const tombstones = store.get(tombstonesKind).tombstones;
    expect(tombstones).toEqual([
      { id: 'notes/n1', collection: 'notes', recordId: 'n1', deletedAt: '2026-03-02T12:00:00.000Z', seq: 2 },
      { id: 'events/2025/e1', collection: 'events', recordId: 'e1', partition: '2025', deletedAt: '2026-03-02T12:00:00.000Z', seq: 4 },
    ]);
    expect(JSON.stringify(tombstones)).not.toContain('Private');
    // Put back (a cancelled session reinstated), it is no longer deleted.
    await store.transaction((tx) => tx.put(notes, note));
    expect(store.get(tombstonesKind).tombstones.map((t) => t.id)).toEqual(['events/2025/e1']);
  });
});
