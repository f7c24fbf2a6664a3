import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NewerVersionError } from '../../../electron/store/index';
import { assertMigrationsInOrder, documentVersion, migrateDocument } from '../../../electron/store/migrate';
import { logKind, notesKind, notesV0ToV1, notesV1ToV2 } from '../../fixtures/store/kinds';
import { FIXTURES, listDir, readJson, snapshotFolder, useSandbox } from './helpers';

const sandbox = useSandbox();
const gunzip = promisify(zlib.gunzip);

async function withV0Notes(): Promise<{ dataDir: string; original: string }> {
  const dataDir = await sandbox.tempDir();
  const original = await fs.readFile(path.join(FIXTURES, 'notes-v0.json'), 'utf8');
  await fs.writeFile(path.join(dataDir, 'notes.json'), original);
  return { dataDir, original };
}

describe('migration steps', () => {
  it('treats a document without schemaVersion as version 0', () => {
    expect(documentVersion({ items: [] })).toBe(0);
    expect(documentVersion({ schemaVersion: 2 })).toBe(2);
    expect(() => documentVersion([])).toThrow(/does not hold Peer Desk data/);
    expect(() => documentVersion({ schemaVersion: '2' })).toThrow(/not a whole number/);
  });

  it('runs each step in order without changing its input', () => {
    const v0 = { items: ['a', 'b'] };
    const v1 = notesV0ToV1.apply(v0);
    expect(v0).toEqual({ items: ['a', 'b'] });
    expect(v1).toEqual({ schemaVersion: 1, notes: [{ id: 'n1', text: 'a' }, { id: 'n2', text: 'b' }] });
    expect(notesV1ToV2.apply(v1)).toEqual({ schemaVersion: 2, notes: [{ id: 'n1', text: 'a', pinned: false }, { id: 'n2', text: 'b', pinned: false }] });
    expect(migrateDocument(notesKind, 'notes.json', { schemaVersion: 1, notes: [] })).toEqual({ doc: { schemaVersion: 2, notes: [] }, from: 1 });
  });

  it('accepts migrations in order and rejects gaps, misnumbering and a wrong count', () => {
    expect(() => assertMigrationsInOrder(notesKind)).not.toThrow();
    expect(() => assertMigrationsInOrder({ ...notesKind, migrations: [notesV0ToV1] })).toThrow(/version 2 but has 1/);
    expect(() => assertMigrationsInOrder({ ...notesKind, migrations: [notesV0ToV1, notesV0ToV1] })).toThrow(/migrations\[1\]\.from is 0/);
  });
});

describe('migrating on open', () => {
  it('upgrades a v0 document, writes it back at the current version, and keeps a backup first', async () => {
    const { dataDir, original } = await withV0Notes();
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([]);
    expect(store.get(notesKind).notes).toEqual([
      { id: 'n1', text: "Ring Sam about Tuesday's group", pinned: false },
      { id: 'n2', text: 'Order more tea', pinned: false },
    ]);
    expect(await readJson(path.join(dataDir, 'notes.json'))).toEqual(store.get(notesKind));

    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'before-migration', counts: { notes: 2 } });
    // The backup holds the document exactly as it was before the upgrade.
    const all = (await gunzip(await fs.readFile(path.join(store.backupsDir, backups[0]?.name ?? '')))).toString('utf8');
    expect(all.slice(all.indexOf('\n') + 1)).toBe(original);
  });

  it('does not migrate or back up again once upgraded', async () => {
    const { dataDir } = await withV0Notes();
    await (await sandbox.open(dataDir)).close();
    const store = await sandbox.open(dataDir);
    expect(await store.listBackups()).toHaveLength(1);
  });

  it('migrates each partition of a partitioned kind', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'log-2024.json'), JSON.stringify({ entries: ['old'] }));
    await fs.writeFile(path.join(dataDir, 'log-2025.json'), JSON.stringify({ schemaVersion: 1, entries: ['current'] }));
    const store = await sandbox.open(dataDir);
    expect(store.get(logKind, '2024')).toEqual({ schemaVersion: 1, entries: ['old'] });
    expect(await readJson(path.join(dataDir, 'log-2024.json'))).toEqual({ schemaVersion: 1, entries: ['old'] });
    expect((await store.listBackups())[0]?.counts).toEqual({ 'log entries': 2 });
  });

  it('refuses a document from a newer version and changes nothing', async () => {
    const dataDir = await sandbox.tempDir();
    const newer = JSON.stringify({ schemaVersion: 3, notes: [], tags: [] });
    await fs.writeFile(path.join(dataDir, 'notes.json'), newer);
    await fs.writeFile(path.join(dataDir, 'log-2024.json'), JSON.stringify({ entries: [] })); // would need migrating
    const before = await snapshotFolder(dataDir);

    const opening = sandbox.open(dataDir);
    await expect(opening).rejects.toBeInstanceOf(NewerVersionError);
    await expect(opening).rejects.toThrow(/notes\.json was saved by a newer version of Peer Desk \(data version 3/);
    expect(await snapshotFolder(dataDir)).toEqual(before);
    expect(await listDir(dataDir)).toEqual(['log-2024.json', 'notes.json']); // lock released, no backups folder
  });

  it('moves aside a document whose migration fails, and still upgrades the others', async () => {
    const dataDir = await sandbox.tempDir();
    await fs.writeFile(path.join(dataDir, 'notes.json'), JSON.stringify({ schemaVersion: 1, notes: 'not a list' }));
    await fs.writeFile(path.join(dataDir, 'log-2024.json'), JSON.stringify({ entries: ['old'] }));
    const store = await sandbox.open(dataDir);
    expect(store.problems).toEqual([
      { file: 'notes.json', movedTo: expect.stringMatching(/^notes\.corrupt-.*\.json$/) as string, reason: expect.stringMatching(/^Upgrading the file from data version 1 failed/) as string },
    ]);
    expect(store.get(logKind, '2024').schemaVersion).toBe(1);
    expect((await store.listBackups()).map((b) => b.reason)).toEqual(['before-migration']);
  });
});
