import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreNeedsRecoveryError } from '../../../electron/store/index';
import { events, logKind, makeEvent, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { FakeClock, listDir, useSandbox } from './helpers';

const sandbox = useSandbox();

/** A healthy folder with two notes and a manual backup of it. */
async function folderWithBackup(clock: FakeClock): Promise<{ dataDir: string; text: string; backupName: string }> {
  const dataDir = await sandbox.tempDir();
  const store = await sandbox.open(dataDir, { now: clock.now });
  await store.transaction((tx) => {
    tx.put(notes, makeNote({ text: 'first' }));
    tx.put(notes, makeNote({ text: 'second' }));
  });
  const backup = await store.createBackup('manual');
  await store.close();
  return { dataDir, text: await fs.readFile(path.join(dataDir, 'notes.json'), 'utf8'), backupName: backup.name };
}

describe('a damaged document', () => {
  it('cut short: moved aside with its bytes intact, reported, and saving refused', async () => {
    const clock = new FakeClock('2026-11-23T18:30:05');
    const { dataDir, text } = await folderWithBackup(clock);
    const truncated = text.slice(0, Math.floor(text.length / 2));
    await fs.writeFile(path.join(dataDir, 'notes.json'), truncated);

    const store = await sandbox.open(dataDir, { now: clock.now });
    expect(store.problems).toEqual([
      { file: 'notes.json', movedTo: 'notes.corrupt-2026-11-23T18-30-05.json', reason: 'The file is not valid JSON (it may have been cut short)' },
    ]);
    expect(await fs.readFile(path.join(dataDir, 'notes.corrupt-2026-11-23T18-30-05.json'), 'utf8')).toBe(truncated);
    expect(await listDir(dataDir)).not.toContain('notes.json');

    // Reads still work (the damaged document reads as empty); saves are refused.
    expect(store.get(notesKind)).toEqual(notesKind.empty());
    await expect(store.transaction((tx) => tx.put(events, makeEvent()))).rejects.toBeInstanceOf(StoreNeedsRecoveryError);
    expect(await listDir(dataDir)).not.toContain('events-2026.json');
    expect(store.seq).toBe(1);
  });

  it('wrong shape: the reason names the field', async () => {
    const dataDir = await sandbox.tempDir();
    const bad = JSON.stringify({ schemaVersion: 2, notes: [makeNote(), { id: 'n2', pinned: false }] });
    await fs.writeFile(path.join(dataDir, 'notes.json'), bad);
    const store = await sandbox.open(dataDir);
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]?.reason).toBe('The file has the wrong shape: notes.1.text is missing');
    expect(await fs.readFile(path.join(dataDir, store.problems[0]?.movedTo ?? ''), 'utf8')).toBe(bad);
  });

  it('empty, not UTF-8, or not an object: each gets a plain reason', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'log-2024.json'), '');
    await fs.writeFile(path.join(dataDir, 'log-2025.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    await fs.writeFile(path.join(dataDir, 'log-2026.json'), '[1,2,3]');
    const store = await sandbox.open(dataDir);
    expect(store.problems.map((p) => [p.file, p.reason])).toEqual([
      ['log-2024.json', 'The file is empty (it may have been cut short)'],
      ['log-2025.json', 'The file could not be decoded (it may be damaged)'],
      ['log-2026.json', 'The file does not hold Peer Desk data'],
    ]);
    expect(store.problems.map((p) => p.movedTo)).toEqual(store.problems.map((p) => expect.stringMatching(new RegExp(`^${p.file.replace('.json', '')}\\.corrupt-`)) as string));
    await store.close();

    // Moved-aside files are not documents: the next open finds nothing wrong.
    const reopened = await sandbox.open(dataDir);
    expect(reopened.problems).toEqual([]);
    expect(reopened.keys(logKind)).toEqual([]);
  });

  it('two damaged copies in the same second do not overwrite each other', async () => {
    const clock = new FakeClock('2026-11-23T18:30:05');
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'notes.json'), 'first damage');
    await (await sandbox.open(dataDir, { now: clock.now })).close();
    await fs.writeFile(path.join(dataDir, 'notes.json'), 'second damage');
    const store = await sandbox.open(dataDir, { now: clock.now });
    expect(store.problems[0]?.movedTo).toBe('notes.corrupt-2026-11-23T18-30-05-2.json');
    expect(await fs.readFile(path.join(dataDir, 'notes.corrupt-2026-11-23T18-30-05.json'), 'utf8')).toBe('first damage');
  });

  it('restoring a backup clears the problem and saving works again', async () => {
    const clock = new FakeClock('2026-11-23T18:30:05');
    const { dataDir, text, backupName } = await folderWithBackup(clock);
    await fs.writeFile(path.join(dataDir, 'notes.json'), text.slice(0, 10));
    clock.advance(60_000);

    const store = await sandbox.open(dataDir, { now: clock.now });
    expect(store.problems).toHaveLength(1);
    await store.restoreBackup(backupName);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['first', 'second']);
    await store.transaction((tx) => tx.put(notes, makeNote({ text: 'third' })));
    expect(await listDir(dataDir)).toEqual(expect.arrayContaining(['notes.json', 'notes.corrupt-2026-11-23T18-31-05.json']));
  });

  it('continuing without restoring starts the damaged document empty and keeps the damaged copy', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'notes.json'), '{"schemaVersion":2,"notes":[{"id"');
    const store = await sandbox.open(dataDir);
    const [problem] = store.problems;
    await store.resolveProblemsWithEmpty();
    expect(store.problems).toEqual([]);
    await store.transaction((tx) => tx.put(notes, makeNote({ text: 'fresh start' })));
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['fresh start']);
    expect(await fs.readFile(path.join(dataDir, problem?.movedTo ?? ''), 'utf8')).toBe('{"schemaVersion":2,"notes":[{"id"');
  });
});
