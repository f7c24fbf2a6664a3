import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { BACKUP_REASONS } from '../../shared/domain/backups';
import { atomicWriteFile } from './atomic-write';
import { plainCodec } from './codec';
import { compressPart, encodeBackup, memberHolds, partOffsets, readBackupManifest, type BackupManifest, type PreparedPart } from './backup-format';
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

interface PreviousParts {
  path: string;
  parts: ReturnType<typeof partOffsets>;
}

/** The newest backup whose document members can be copied (format 2, not passed through another codec). */
async function previousParts(backupsDir: string, codec: Codec): Promise<PreviousParts | null> {
  if (codec.id !== plainCodec.id) return null;
  for (const b of (await backupNames(backupsDir)).slice(0, 3)) {
    const filePath = path.join(backupsDir, b.name);
    try {
      const [manifest, stat] = await Promise.all([readBackupManifest(filePath, codec), fs.stat(filePath)]);
      if (manifest.parts) return { path: filePath, parts: partOffsets(manifest, stat.size) };
    } catch {
      // An unreadable backup is simply not reused.
    }
  }
  return null;
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
  const parts: PreparedPart[] = [];
  for (const doc of documents) {
    const bytes = await fs.readFile(doc.path);
    // A backup holds documents as text; another codec (encryption) is applied to the whole backup.
    const text = codec.id === plainCodec.id ? bytes : Buffer.from(codec.decode(bytes), 'utf8');
    const crc32 = zlib.crc32(text);
    const old = previous?.parts.get(doc.file);
    if (previous && old && old.crc32 === crc32 && old.bytes === text.length) {
      const member = await readRange(previous.path, old.offset, old.gz);
      if (member && memberHolds(member, crc32, text.length)) {
        parts.push({ file: doc.file, bytes: text.length, crc32, records: doc.records, gz: member.length, member });
        continue;
      }
    }
    parts.push(await compressPart(doc.file, text, crc32, doc.records));
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
        const [manifest, stat] = await Promise.all([readBackupManifest(filePath, codec), fs.stat(filePath)]);
        return { name, createdAt: manifest.createdAt, reason: manifest.reason, counts: manifest.counts, sizeBytes: stat.size };
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
      held.set(b.name, holdings(await readBackupManifest(path.join(backupsDir, b.name), codec)));
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
