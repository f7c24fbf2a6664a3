import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { convertFolder, type Form } from '../../../electron/protection/convert-folder';
import { protectedCodec, type DataKey } from '../../../electron/protection/protected-codec';
import { isSealed, seal } from '../../../electron/protection/sealed-format';
import { plainCodec } from '../../../electron/store/codec';
import { frameLine, linePayload } from '../../../electron/store/commit-format';
import { BackupInvalidError } from '../../../electron/store/errors';
import { tombstonesKind } from '../../../electron/store/tombstones';
import type { Codec, Store } from '../../../electron/store/types';
import { events, eventsKind, makeEvent, makeNote, notes, notesKind, TEST_KINDS } from '../../fixtures/store/kinds';
import { useSandbox } from '../store/helpers';

/**
 * Converting a folder to sealed and back, at store level: nothing readable left behind, the
 * folder opens at every step of a conversion cut short, and damage to sealed files is
 * handled as the store handles damage anyway (moved aside, never overwritten).
 */

const sandbox = useSandbox();
const now = (): Date => new Date('2026-06-01T10:00:00');
const KINDS = [...TEST_KINDS, tombstonesKind];
const NAMES = ['Marigold Featherstone', 'marigold@example.org', 'Thaddeus Quill', 'Ottoline Brackenbury', 'Perpetua Smallwood'];

const newKey = (): DataKey => ({ key: randomBytes(32), keyId: randomBytes(8) });

/** Every file under `dir` holding any of `needles`, with the needle found. */
async function filesHolding(dir: string, needles: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = await fs.readFile(full);
    // A plain backup is gzip: look inside it too, as someone with the file would.
    const views = [bytes];
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) views.push(zlib.gunzipSync(bytes));
    for (const needle of needles) if (views.some((v) => v.includes(Buffer.from(needle, 'utf8')))) found.push(`${path.relative(dir, full)}: ${needle}`);
  }
  return found;
}

/** A plain folder with every kind of file: documents (one year read lazily), archived and live journal, backups, a damaged file moved aside. */
async function plainFolder(): Promise<string> {
  const dataDir = await sandbox.tempDir();
  const store = await sandbox.open(dataDir, { now, checkpointOnClose: false });
  await store.transaction((tx) => {
    tx.put(notes, makeNote({ id: 'n1', text: NAMES[0]! }));
    tx.put(events, makeEvent({ id: 'e1', at: '2024-03-01T10:00:00.000Z', text: NAMES[1]! }));
    tx.put(events, makeEvent({ id: 'e2', at: '2026-03-01T10:00:00.000Z', text: NAMES[2]! }));
  });
  await store.createBackup('manual');
  await store.transaction((tx) => tx.put(notes, makeNote({ id: 'n2', text: NAMES[3]! })));
  await store.close();
  await fs.writeFile(path.join(dataDir, 'notes.corrupt-2026-05-01T09-00-00.json'), `{"schemaVersion":2,"notes":[{"text":"${NAMES[4]}"`);
  return dataDir;
}

function contents(store: Store): string[] {
  return [...store.get(notesKind).notes.map((n) => n.text), ...['2024', '2026'].flatMap((y) => store.get(eventsKind, y).events.map((e) => e.text))].sort();
}
const EXPECTED = [NAMES[0], NAMES[3], NAMES[1], NAMES[2]].sort();

async function openWith(dataDir: string, codec: Codec): Promise<Store> {
  return sandbox.open(dataDir, { now, codec });
}

async function copyOf(dir: string): Promise<string> {
  const copy = await sandbox.tempDir();
  await fs.cp(dir, copy, { recursive: true });
  return copy;
}

describe('converting a folder', () => {
  it('seals every file that holds data, opens the same, and turns back to plain', async () => {
    const dataDir = await plainFolder();
    expect(await filesHolding(dataDir, NAMES)).not.toEqual([]);
    const key = newKey();
    const sealed = await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to: 'sealed' });
    expect(sealed.leftAsTheyWere).toEqual([]);
    // notes, events ×2, the archived and the live journal segment, the backup, the file set aside.
    expect(sealed.converted).toBeGreaterThanOrEqual(7);
    expect(await filesHolding(dataDir, NAMES)).toEqual([]);
    // No JSON is left but the folder's own list of files (sizes, checksums and counts only).
    expect((await filesHolding(dataDir, ['"schemaVersion"', '"seq"'])).filter((f) => !f.startsWith('peerdesk-folder.json'))).toEqual([]);

    // The manifest knows the converted files, so an open still trusts them without validating again.
    const manifest = JSON.parse(await fs.readFile(path.join(dataDir, 'peerdesk-folder.json'), 'utf8')) as { documents: Record<string, { bytes: number; crc32: number }> };
    for (const [name, entry] of Object.entries(manifest.documents)) {
      const bytes = await fs.readFile(path.join(dataDir, name));
      expect(isSealed(bytes), name).toBe(true);
      expect({ bytes: bytes.length, crc32: zlib.crc32(bytes) }, name).toEqual({ bytes: entry.bytes, crc32: entry.crc32 });
    }
    expect((await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to: 'sealed' })).converted).toBe(0);

    const store = await openWith(dataDir, protectedCodec(key));
    expect(store.problems).toEqual([]);
    expect(contents(store)).toEqual(EXPECTED);
    const [backup] = await store.listBackups();
    await store.restoreBackup(backup!.name);
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual([NAMES[0]]);
    await store.transaction((tx) => tx.put(notes, makeNote({ id: 'n2', text: NAMES[3]! })));
    await store.close();
    expect(await filesHolding(dataDir, NAMES)).toEqual([]);

    const plain = await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to: 'plain' });
    expect(plain.leftAsTheyWere).toEqual([]);
    expect(await filesHolding(dataDir, [NAMES[0]!, NAMES[4]!])).toHaveLength(4); // notes.json, two backups, the file set aside
    const reopened = await openWith(dataDir, plainCodec);
    expect(reopened.problems).toEqual([]);
    expect(contents(reopened)).toEqual(EXPECTED);
    expect((await reopened.listBackups()).length).toBe(2);
  });

  it.each<Form>(['sealed', 'plain'])('leaves a folder that opens with all its data when cut short after any file (to %s)', async (to) => {
    const key = newKey();
    const base = await plainFolder();
    if (to === 'plain') await convertFolder({ dataDir: base, kinds: KINDS, dataKey: key, to: 'sealed' });
    let total = 0;
    await convertFolder({ dataDir: await copyOf(base), kinds: KINDS, dataKey: key, to, onProgress: (_, n) => (total = n) });
    expect(total).toBeGreaterThanOrEqual(7);
    for (let stopAfter = 1; stopAfter < total; stopAfter++) {
      const dataDir = await copyOf(base);
      const cut = convertFolder({
        dataDir,
        kinds: KINDS,
        dataKey: key,
        to,
        onProgress: (done) => {
          if (done === stopAfter) throw new Error('killed');
        },
      });
      await expect(cut).rejects.toThrow('killed');
      const store = await openWith(dataDir, protectedCodec(key));
      expect(store.problems, `cut after ${stopAfter}`).toEqual([]);
      expect(contents(store), `cut after ${stopAfter}`).toEqual(EXPECTED);
      expect(await store.listBackups()).toHaveLength(1);
      await store.close();
      // Running again finishes the job.
      await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to });
      if (to === 'sealed') expect(await filesHolding(dataDir, NAMES)).toEqual([]);
      else expect((await openWith(dataDir, plainCodec)).problems).toEqual([]);
    }
  });
});

describe('damage with protection on', () => {
  async function sealedFolder(): Promise<{ dataDir: string; key: DataKey }> {
    const dataDir = await plainFolder();
    const key = newKey();
    await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to: 'sealed' });
    return { dataDir, key };
  }

  it.each([
    ['a byte changed', (b: Buffer) => Buffer.concat([b.subarray(0, 40), Buffer.from([b[40]! ^ 0xff]), b.subarray(41)])],
    ['cut short', (b: Buffer) => b.subarray(0, b.length - 5)],
  ])('moves a sealed document with %s aside, byte for byte, and never writes over it', async (_, damage) => {
    const { dataDir, key } = await sealedFolder();
    const damaged = damage(await fs.readFile(path.join(dataDir, 'notes.json')));
    await fs.writeFile(path.join(dataDir, 'notes.json'), damaged);
    const store = await openWith(dataDir, protectedCodec(key));
    expect(store.problems.map((p) => [p.file, p.reason])).toEqual([['notes.json', 'The file could not be decoded (it may be damaged)']]);
    const movedTo = store.problems[0]!.movedTo!;
    expect((await fs.readFile(path.join(dataDir, movedTo))).equals(damaged)).toBe(true);
    await expect(store.transaction((tx) => tx.put(notes, makeNote()))).rejects.toThrow(/restore a backup/);
  });

  it('moves aside a sealed document from another key rather than read it as empty', async () => {
    const { dataDir } = await sealedFolder();
    const store = await openWith(dataDir, protectedCodec(newKey()));
    expect(store.problems.map((p) => p.file)).toContain('notes.json');
  });

  it('drops a torn last journal line and reports a sealed line whose contents were altered', async () => {
    const { dataDir, key } = await sealedFolder();
    const live = (await fs.readdir(path.join(dataDir, 'journal'))).find((n) => n.endsWith('.log'))!;
    const segment = path.join(dataDir, 'journal', live);
    const good = await fs.readFile(segment);
    expect(good.toString('latin1')).toMatch(/^[0-9a-f]{8} UERY/); // base64 of "PDX"

    // Torn: a commit cut off part way (never acknowledged) after the good one.
    const extra = Buffer.from(good);
    await fs.writeFile(segment, Buffer.concat([good, extra.subarray(0, 30)]));
    let store = await openWith(dataDir, protectedCodec(key));
    expect(store.problems).toEqual([]);
    expect(contents(store)).toEqual(EXPECTED);
    await store.close();

    // Altered inside the sealed payload, with the line's own checksum made to match: only the tag can tell.
    const copy = await copyOf(dataDir);
    const lines = good.toString('latin1').split('\n').filter(Boolean);
    const payload = Buffer.from(linePayload(Buffer.from(lines[0]!, 'latin1'))!.toString('latin1'), 'base64');
    payload[payload.length - 20]! ^= 0x01;
    const forged = frameLine(Buffer.from(payload.toString('base64'), 'latin1'));
    await fs.writeFile(path.join(copy, 'journal', live), Buffer.concat([forged, good]));
    store = await openWith(copy, protectedCodec(key));
    expect(store.problems.map((p) => p.reason)).toEqual(['A change in the journal is damaged (it could not be read)']);
  });

  it('leaves out a damaged sealed backup from the list and refuses to restore it', async () => {
    const { dataDir, key } = await sealedFolder();
    const [name] = (await fs.readdir(path.join(dataDir, 'backups'))).filter((n) => n.endsWith('.pdbackup'));
    const file = path.join(dataDir, 'backups', name!);
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 3]! ^= 0x10;
    await fs.writeFile(file, bytes);
    const store = await openWith(dataDir, protectedCodec(key));
    expect(await store.listBackups()).toEqual([]);
    await expect(store.restoreBackup(name!)).rejects.toBeInstanceOf(BackupInvalidError);
    // A sealed backup from another folder is refused the same way, not mistaken for this one's.
    await expect(store.restoreBackupBytes(seal(randomBytes(32), randomBytes(8), Buffer.from('x')))).rejects.toBeInstanceOf(BackupInvalidError);
  });

  it('keeps a damaged sealed file as it is when converting back to plain, and converts the rest', async () => {
    const { dataDir, key } = await sealedFolder();
    const file = path.join(dataDir, 'events-2024.json');
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 1]! ^= 0x01;
    await fs.writeFile(file, bytes);
    const result = await convertFolder({ dataDir, kinds: KINDS, dataKey: key, to: 'plain' });
    expect(result.leftAsTheyWere).toEqual(['events-2024.json']);
    expect((await fs.readFile(file)).equals(bytes)).toBe(true);
    expect(isSealed(await fs.readFile(path.join(dataDir, 'notes.json')))).toBe(false);
  });
});
