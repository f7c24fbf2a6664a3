import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_KINDS, auditKind, settingsKind, volunteersKind } from '../../../electron/documents';
import { openStore } from '../../../electron/store/index';
import { counterKind, logKind, makeNote, notesKind } from '../../fixtures/store/kinds';
import { listDir, readJson, useSandbox } from './helpers';

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
    expect(store.get(notesKind)).toEqual(notesKind.empty());
    expect(store.keys(logKind)).toEqual([]);
    expect(store.counts()).toEqual({ notes: 0 });
  });

  it('saves and reopens a document as compact JSON with its schemaVersion', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    const note = makeNote({ text: 'Ring Sam' });
    const returned = await store.update(notesKind, undefined, (doc) => {
      doc.notes.push(note);
      return doc.notes.length;
    });
    expect(returned).toBe(1);
    expect(store.isEmpty()).toBe(false);
    await store.close();

    const text = await fs.readFile(path.join(dataDir, 'notes.json'), 'utf8');
    expect(text).toBe(JSON.stringify({ schemaVersion: 2, notes: [note] }));
    expect(await listDir(dataDir)).toEqual(['notes.json']); // lock released, no temp files

    const reopened = await sandbox.open(dataDir);
    expect(reopened.get(notesKind).notes).toEqual([note]);
    expect(reopened.isEmpty()).toBe(false);
    expect(reopened.counts()).toEqual({ notes: 1 });
  });

  it('keeps each partition in its own file and rewrites only the document touched', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir);
    await store.update(logKind, '2026', (doc) => void doc.entries.push('opened 2026'));
    await store.update(logKind, '2025', (doc) => void doc.entries.push('opened 2025'));
    await store.update(notesKind, undefined, (doc) => void doc.notes.push(makeNote()));
    expect(await listDir(dataDir)).toEqual(['log-2025.json', 'log-2026.json', 'notes.json', 'peerdesk.lock']);

    const before = {
      log2025: await inode(path.join(dataDir, 'log-2025.json')),
      log2026: await inode(path.join(dataDir, 'log-2026.json')),
      notes: await inode(path.join(dataDir, 'notes.json')),
    };
    await store.update(logKind, '2026', (doc) => void doc.entries.push('second entry'));
    // Every write renames a new file into place, so an unchanged inode means an untouched file.
    expect(await inode(path.join(dataDir, 'log-2025.json'))).toBe(before.log2025);
    expect(await inode(path.join(dataDir, 'notes.json'))).toBe(before.notes);
    expect(await inode(path.join(dataDir, 'log-2026.json'))).not.toBe(before.log2026);

    expect(store.keys(logKind)).toEqual(['2025', '2026']);
    expect(store.get(logKind, '2026').entries).toEqual(['opened 2026', 'second entry']);
    expect(store.counts()).toEqual({ notes: 1, 'log entries': 3 });
    await store.close();

    const reopened = await sandbox.open(dataDir);
    expect(reopened.keys(logKind)).toEqual(['2025', '2026']);
    expect(reopened.get(logKind, '2025').entries).toEqual(['opened 2025']);
  });

  it('refuses partition keys that could escape the folder, and keys on plain kinds', async () => {
    const store = await sandbox.open(await sandbox.tempDir());
    await expect(store.update(logKind, '../2026', () => undefined)).rejects.toThrow(/partition key/);
    await expect(store.update(logKind, undefined, () => undefined)).rejects.toThrow(/partition key/);
    expect(() => store.get(notesKind, '2026')).toThrow(/not partitioned/);
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
    expect(await listDir(dataDir)).toEqual(['backups', 'peerdesk.lock']);
    expect(await listDir(path.join(dataDir, 'backups'))).toEqual([]);
  });

  it('rejects a kind whose migrations are out of order, before touching the folder', async () => {
    const dataDir = await sandbox.tempDir();
    const broken = { ...notesKind, migrations: [notesKind.migrations[1], notesKind.migrations[0]].filter((m) => m !== undefined) };
    await expect(openStore({ dataDir, kinds: [broken], appVersion: 'x' })).rejects.toThrow(/migrations\[0\]\.from is 1/);
    const short = { ...counterKind, migrations: [] };
    await expect(openStore({ dataDir, kinds: [short], appVersion: 'x' })).rejects.toThrow(/version 1 but has 0 migrations/);
    expect(await listDir(dataDir)).toEqual([]);
  });

  it('works with the app’s own documents', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { kinds: APP_KINDS });
    expect(store.isEmpty()).toBe(true);
    expect(store.get(settingsKind).settings.setUpDone).toBe(false);
    await store.update(settingsKind, undefined, (doc) => {
      doc.settings.organisationName = 'Riverside Peer Support';
      doc.settings.setUpDone = true;
    });
    await store.update(auditKind, '2026', (doc) => {
      doc.entries.push({ id: 'a1', at: '2026-03-01T10:00:00.000Z', actor: 'Sam', action: 'settings', entity: 'settings', summary: 'Set up' });
    });
    await store.close();

    expect(await listDir(dataDir)).toEqual(['audit-2026.json', 'settings.json']);
    expect(await readJson(path.join(dataDir, 'settings.json'))).toMatchObject({ schemaVersion: 1, settings: { setUpDone: true } });

    const reopened = await sandbox.open(dataDir, { kinds: APP_KINDS });
    expect(reopened.problems).toEqual([]);
    expect(reopened.get(settingsKind).settings.organisationName).toBe('Riverside Peer Support');
    expect(reopened.keys(auditKind)).toEqual(['2026']);
    expect(reopened.get(volunteersKind).volunteers).toEqual([]);
    expect(reopened.counts()).toEqual({ volunteers: 0, 'audit entries': 1 });
  });
});
