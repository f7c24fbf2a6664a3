import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { protectedCodec } from '../../../electron/protection/protected-codec';
import { isSealed } from '../../../electron/protection/sealed-format';
import { partOffsets, readManifestFromBytes } from '../../../electron/store/backup-format';
import { decodeBytes } from '../../../electron/store/codec';
import type { Codec, Store } from '../../../electron/store/types';
import { events, makeEvent, makeNote, notes, notesKind } from '../../fixtures/store/kinds';
import { FakeClock, useSandbox } from '../store/helpers';

/**
 * A backup made while protected is sealed whole, but inside it each document is still its own
 * gzip member: the next backup opens the last one and copies across the members of documents
 * that have not changed, instead of compressing everything again (about 3× slower on the large
 * sample before this).
 */

const sandbox = useSandbox();
const codec = (): Codec => protectedCodec({ key: randomBytes(32), keyId: randomBytes(8) });

async function members(bytes: Buffer, through: Codec): Promise<Map<string, Buffer>> {
  const stream = decodeBytes(through, bytes);
  const manifest = await readManifestFromBytes(stream);
  const out = new Map<string, Buffer>();
  for (const [file, part] of partOffsets(manifest, stream.length)) out.set(file, stream.subarray(part.offset, part.offset + part.gz));
  return out;
}

const addNote = (store: Store, text: string) => store.transaction((tx) => tx.put(notes, makeNote({ text })));
const addEvent = (store: Store, text: string, at: string) => store.transaction((tx) => tx.put(events, makeEvent({ text, at })));

describe('backups made while protected', () => {
  it('copy the members of unchanged documents from the last (sealed) backup', async () => {
    const sealed = codec();
    const clock = new FakeClock('2026-03-01T09:00:00');
    const store = await sandbox.open(await sandbox.tempDir(), { codec: sealed, now: clock.now });
    await addNote(store, 'unchanged');
    await addEvent(store, 'old year', '2025-01-01T00:00:00Z');
    const first = await store.createBackup('manual');
    // Mark notes.json's member in the first backup (a time in its gzip header, which no checksum covers):
    // compressing the same text again would not carry the mark, so finding it later proves a copy.
    const firstPath = path.join(store.backupsDir, first.name);
    const firstStream = decodeBytes(sealed, await fs.readFile(firstPath));
    const notesAt = partOffsets(await readManifestFromBytes(firstStream), firstStream.length).get('notes.json')!.offset;
    firstStream.writeUInt32LE(0x5eed, notesAt + 4);
    await fs.writeFile(firstPath, sealed.encodeBytes!(firstStream));
    clock.advance(60_000);
    await addEvent(store, 'this year', '2026-03-01T10:00:00Z');
    const second = await store.createBackup('manual');

    const read = async (name: string) => fs.readFile(path.join(store.backupsDir, name));
    const [a, b] = [await read(first.name), await read(second.name)];
    expect(isSealed(a) && isSealed(b)).toBe(true);
    const [ma, mb] = [await members(a, sealed), await members(b, sealed)];
    expect([...mb.keys()]).toEqual(['events-2025.json', 'events-2026.json', 'notes.json']);
    expect(mb.get('notes.json')!.readUInt32LE(4)).toBe(0x5eed);
    // Each part notes the sealed file it came from, so the next backup knows an unchanged one without decrypting it.
    const stream = decodeBytes(sealed, b);
    const sealedNotes = await fs.readFile(path.join(store.dataDir, 'notes.json'));
    expect((await readManifestFromBytes(stream)).parts?.find((p) => p.file === 'notes.json')?.stored).toEqual({ bytes: sealedNotes.length, crc32: zlib.crc32(sealedNotes) });
    expect(mb.get('notes.json')?.equals(ma.get('notes.json')!)).toBe(true);
    expect(mb.get('events-2025.json')?.equals(ma.get('events-2025.json')!)).toBe(true);
    expect(zlib.gunzipSync(mb.get('events-2026.json')!).toString('utf8')).toContain('this year');

    // "Save it unprotected" reuses them too, and is plain gzip throughout.
    const plain = await store.backupToBytes({ plain: true });
    expect(isSealed(plain.bytes)).toBe(false);
    const mp = await members(plain.bytes, { id: 'plain', encode: (t) => Buffer.from(t), decode: (x) => x.toString('utf8') });
    expect(mp.get('notes.json')!.readUInt32LE(4)).toBe(0x5eed);
    expect(zlib.gunzipSync(plain.bytes).toString('utf8')).toContain('unchanged');
  });

  it('compress everything again when the last backup cannot be opened with this key', async () => {
    const dataDir = await sandbox.tempDir();
    const store = await sandbox.open(dataDir, { codec: codec() });
    await addNote(store, 'kept');
    const first = await store.createBackup('manual');
    // Sealed with another key (or damaged): not reused, and the new backup is still whole and right.
    const other = await fs.readFile(path.join(store.backupsDir, first.name));
    other[other.length - 1] = other[other.length - 1]! ^ 1;
    await fs.writeFile(path.join(store.backupsDir, first.name), other);
    await addNote(store, 'added');
    const second = await store.createBackup('manual');
    await addNote(store, 'after');
    await store.restoreBackup(second.name);
    expect(store.get(notesKind).notes.map((n) => n.text)).toEqual(['kept', 'added']);
  });
});
