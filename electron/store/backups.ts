import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { BACKUP_REASONS } from '../../shared/domain/backups';
import { atomicWriteFile } from './atomic-write';
import { decodeBytes, documentText, plainCodec } from './codec';
import { compressPart, encodeBackup, memberHolds, partOffsets, readBackupManifest, readManifestFromBytes, type BackupManifest, type PreparedPart } from './backup-format';
import { backupStamp, dayStamp } from './file-names';
import type { Codec } from './kinds';

/** peerdesk-2026-11-23-183000-daily.pdbackup, or …-daily-2.pdbackup for a second in the same second. */
const BACKUP_NAME = /^peerdesk-(\d{4}-\d{2}-\d{2})-(\d{6})-([a-z-]+?)(?:-(\d+))?\.pdbackup$/;

interface ParsedBackupName {
  name: string;
  day: string;
  /** Sorts in creation order. */
  order: string;
  reason: BackupReason;
}

function parseBackupName(name: string): ParsedBackupName | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, day = '', time = '', reason = '', n = '1'] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  return { name, day, order: `${day}-${time}-${n.padStart(6, '0')}`, reason: reason as BackupReason };
}

/** Newest first. */
async function backupNames(backupsDir: string): Promise<ParsedBackupName[]> {
  const names = await fs.readdir(backupsDir).catch(() => [] as string[]);
  return names
    .map(parseBackupName)
    .filter((p): p is ParsedBackupName => p !== null)
    .sort((a, b) => b.order.localeCompare(a.order));
}

export function suggestedBackupName(now: Date, reason: BackupReason, taken: ReadonlySet<string> = new Set()): string {
  const base = `peerdesk-${backupStamp(now)}-${reason}`;
  if (!taken.has(`${base}.pdbackup`)) return `${base}.pdbackup`;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}.pdbackup`)) return `${base}-${n}.pdbackup`;
}

/** A document file to back up, with how many records it holds (for pruning decisions later). */
export interface BackupDocument {
  file: string;
  path: string;
  records: number;
}

export interface BackupContent {
  reason: BackupReason;
  createdAt: Date;
  appVersion: string;
  counts: Record<string, number>;
  parts: readonly PreparedPart[];
}

/**
 * Manifests already read, by file. A protected backup is sealed whole, so reading its first
 * line means decrypting all of it: without this, every listing and every prune after a
 * backup would decrypt every backup in the folder. An entry counts only while the file is the
 * same one — backups are replaced by rename (a new inode), never edited in place.
 */
const manifestCache = new Map<string, { stamp: string; manifest: BackupManifest }>();
const MANIFEST_CACHE_SIZE = 200;

async function backupManifest(filePath: string, codec: Codec): Promise<{ manifest: BackupManifest; size: number }> {
  const stat = await fs.stat(filePath);
  const stamp = `${codec.id}|${stat.ino}|${stat.size}|${stat.mtimeMs}`;
  const cached = manifestCache.get(filePath);
  if (cached?.stamp === stamp) return { manifest: cached.manifest, size: stat.size };
  const manifest = await readBackupManifest(filePath, codec);
  manifestCache.delete(filePath);
  manifestCache.set(filePath, { stamp, manifest });
  if (manifestCache.size > MANIFEST_CACHE_SIZE) manifestCache.delete(manifestCache.keys().next().value!);
  return { manifest, size: stat.size };
}

interface PreviousParts {
  parts: ReturnType<typeof partOffsets>;
  /** Bytes of the older backup's gzip stream, or null when they are not all there. */
  read(offset: number, length: number): Promise<Buffer | null>;
}

/** The newest backup whose document members can be copied (format 2). */
async function previousParts(backupsDir: string, codec: Codec): Promise<PreviousParts | null> {
  for (const b of (await backupNames(backupsDir)).slice(0, 3)) {
    const filePath = path.join(backupsDir, b.name);
    try {
      if (codec.id === plainCodec.id) {
        const { manifest, size } = await backupManifest(filePath, codec);
        if (manifest.parts) return { parts: partOffsets(manifest, size), read: (offset, length) => readRange(filePath, offset, length) };
      } else {
        // Sealed as a whole (protection): opened once in memory — decrypting is cheap next to
        // compressing — and its members copied out; the new backup is sealed whole again.
        const stream = decodeBytes(codec, await fs.readFile(filePath));
        const manifest = await readManifestFromBytes(stream);
        if (manifest.parts) return { parts: partOffsets(manifest, stream.length), read: (offset, length) => Promise.resolve(sliceRange(stream, offset, length)) };
      }
    } catch {
      // An unreadable backup (damaged, or sealed with another key) is simply not reused.
    }
  }
  return null;
}

function sliceRange(bytes: Buffer, offset: number, length: number): Buffer | null {
  return offset >= 0 && offset + length <= bytes.length ? bytes.subarray(offset, offset + length) : null;
}

async function readRange(filePath: string, offset: number, length: number): Promise<Buffer | null> {
  const handle = await fs.open(filePath, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return bytesRead === length ? buffer : null;
  } finally {
    await handle.close();
  }
}

/**
 * Compresses what changed since the last backup and copies the rest from it. Every file is
 * read and its checksum taken (cheap next to compressing it), so a document is only copied
 * across when its bytes are exactly those in the older backup.
 */
export async function prepareParts(backupsDir: string, documents: readonly BackupDocument[], codec: Codec): Promise<PreparedPart[]> {
  const previous = await previousParts(backupsDir, codec);
  const encoded = codec.id !== plainCodec.id;
  const parts: PreparedPart[] = [];
  for (const doc of documents) {
    const bytes = await fs.readFile(doc.path);
    const old = previous?.parts.get(doc.file);
    // Sealed: a file byte for byte as stored when the older backup was made is that backup's
    // document (sealing is never repeated without a change: each write has a fresh nonce), so
    // it is not decrypted just to be checksummed.
    const stored = encoded ? { bytes: bytes.length, crc32: zlib.crc32(bytes) } : undefined;
    if (previous && old?.stored && stored && old.stored.crc32 === stored.crc32 && old.stored.bytes === stored.bytes) {
      const member = await previous.read(old.offset, old.gz);
      if (member && memberHolds(member, old.crc32, old.bytes)) {
        parts.push({ file: doc.file, bytes: old.bytes, crc32: old.crc32, records: doc.records, gz: member.length, stored, member });
        continue;
      }
    }
    // A backup holds documents as text; another codec (encryption) is applied to the whole backup.
    const text = documentText(codec, bytes);
    const crc32 = zlib.crc32(text);
    if (previous && old && old.crc32 === crc32 && old.bytes === text.length) {
      const member = await previous.read(old.offset, old.gz);
      if (member && memberHolds(member, crc32, text.length)) {
        parts.push({ file: doc.file, bytes: text.length, crc32, records: doc.records, gz: member.length, ...(stored ? { stored } : {}), member });
        continue;
      }
    }
    const part = await compressPart(doc.file, text, crc32, doc.records);
    parts.push(stored ? { ...part, stored } : part);
  }
  return parts;
}

export function backupBytes(content: BackupContent, codec: Codec): Promise<Buffer> {
  const { reason, createdAt, appVersion, counts, parts } = content;
  return encodeBackup({ createdAt: createdAt.toISOString(), reason, appVersion, counts }, parts, codec);
}

/** Writes a new backup file into backups/ and returns its listing. */
export async function writeBackup(backupsDir: string, content: BackupContent, codec: Codec): Promise<BackupInfo> {
  await fs.mkdir(backupsDir, { recursive: true });
  const bytes = await backupBytes(content, codec);
  const taken = new Set(await fs.readdir(backupsDir));
  const name = suggestedBackupName(content.createdAt, content.reason, taken);
  await atomicWriteFile(path.join(backupsDir, name), bytes);
  return { name, createdAt: content.createdAt.toISOString(), reason: content.reason, counts: content.counts, sizeBytes: bytes.length };
}

/** Newest first. A file that cannot be read is left out, never fatal: the others are still worth offering. */
export async function listBackups(backupsDir: string, codec: Codec): Promise<BackupInfo[]> {
  const names = (await fs.readdir(backupsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.pdbackup'));
  const infos = await Promise.all(
    names.map(async (name): Promise<BackupInfo | null> => {
      try {
        const filePath = path.join(backupsDir, name);
        const { manifest, size } = await backupManifest(filePath, codec);
        return { name, createdAt: manifest.createdAt, reason: manifest.reason, counts: manifest.counts, sizeBytes: size };
      } catch {
        return null;
      }
    }),
  );
  return infos
    .filter((i): i is BackupInfo => i !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (parseBackupName(b.name)?.order ?? '').localeCompare(parseBackupName(a.name)?.order ?? ''));
}

export async function hasBackupFromDay(backupsDir: string, now: Date): Promise<boolean> {
  const today = dayStamp(now);
  return (await backupNames(backupsDir)).some((b) => b.day === today);
}

/** Documents (file → records) a backup holds. Format 1 did not count them: any file listed is taken to hold data. */
function holdings(manifest: BackupManifest): Map<string, number> {
  if (manifest.parts) return new Map(manifest.parts.map((p) => [p.file, p.records]));
  return new Map(manifest.files.map((f) => [f, 1]));
}

/**
 * Keeps the newest `keep` automatic backups (manual ones are the coordinator's to delete),
 * except that a backup is never deleted while it is the newest to hold records of a
 * document the current data lacks: with volunteers.json gone or empty, the last backup
 * with volunteers in it stays however old it gets.
 *
 * `current` is what the data holds now (file → records); files for which `ignored` is
 * true (the store's own bookkeeping) never protect a backup.
 */
export async function pruneAutomaticBackups(
  backupsDir: string,
  keep: number,
  codec: Codec,
  current: ReadonlyMap<string, number>,
  ignored: (file: string) => boolean = () => false,
): Promise<string[]> {
  const all = await backupNames(backupsDir);
  const candidates = all.filter((b) => b.reason !== 'manual').slice(Math.max(0, keep));
  if (candidates.length === 0) return [];
  const held = new Map<string, Map<string, number>>();
  for (const b of all) {
    try {
      held.set(b.name, holdings((await backupManifest(path.join(backupsDir, b.name), codec)).manifest));
    } catch {
      // Unreadable: it holds nothing that could be restored.
    }
  }
  const lacking = new Set<string>();
  for (const files of held.values()) {
    for (const [file, records] of files) if (records > 0 && (current.get(file) ?? 0) === 0 && !ignored(file)) lacking.add(file);
  }
  const kept = new Set<string>();
  for (const file of lacking) {
    const newest = all.find((b) => (held.get(b.name)?.get(file) ?? 0) > 0);
    if (newest) kept.add(newest.name);
  }
  const removed: string[] = [];
  for (const old of candidates) {
    if (kept.has(old.name)) continue;
    await fs.rm(path.join(backupsDir, old.name), { force: true });
    removed.push(old.name);
  }
  return removed;
}
