import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { z } from 'zod';
import { BACKUP_REASONS } from '../../shared/domain/backups';
import { decodeBytes, encodeBytes, plainCodec } from './codec';
import { BackupInvalidError } from './errors';
import type { Codec } from './kinds';

/**
 * A backup is one file of gzip members, then through the codec. The first member is the
 * manifest line, so a listing can stop reading after it. In format 2 each document follows
 * in a gzip member of its own, its text exactly as on disk: a document unchanged since the
 * last backup is copied across already compressed, so a daily backup costs what changed.
 * Format 1 (one member of JSON Lines, `{file, text}` per document) is still read.
 */

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export const BACKUP_FORMAT = 'peer-desk-backup';
export const BACKUP_FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

const partSchema = z.object({
  file: z.string(),
  /** Uncompressed length, checksum and record count of the document's text. */
  bytes: z.number().int().nonnegative(),
  crc32: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  /** Length of its gzip member in the file. */
  gz: z.number().int().positive(),
  /**
   * Length and checksum of the document's file as stored when it is not its text (sealed by
   * protection): the next backup knows the file unchanged without decrypting it.
   */
  stored: z.object({ bytes: z.number().int().nonnegative(), crc32: z.number().int().nonnegative() }).optional(),
});
export type BackupPart = z.infer<typeof partSchema>;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  appVersion: z.string(),
  counts: z.record(z.string(), z.number()),
  files: z.array(z.string()),
  parts: z.array(partSchema).optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

const entrySchema = z.object({ file: z.string(), text: z.string() });
export type BackupEntry = z.infer<typeof entrySchema>;

/** A manifest line longer than this means the file is not a backup; stop reading. */
const MAX_MANIFEST_BYTES = 1_000_000;

/** One document ready to go into a backup: its gzip member and what it holds. */
export interface PreparedPart extends BackupPart {
  member: Buffer;
}

// Level 4: level 6 (zlib's default) costs noticeably more on a 30 MB folder for little gain.
export async function compressPart(file: string, text: Buffer, crc32: number, records: number): Promise<PreparedPart> {
  const member = await gzip(text, { level: 4 });
  return { file, bytes: text.length, crc32, records, gz: member.length, member };
}

export async function encodeBackup(manifest: Omit<BackupManifest, 'files' | 'parts' | 'formatVersion' | 'format'>, parts: readonly PreparedPart[], codec: Codec): Promise<Buffer> {
  const full: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...manifest,
    files: parts.map((p) => p.file),
    parts: parts.map(({ member: _member, ...part }) => part),
  };
  const head = await gzip(Buffer.from(`${JSON.stringify(full)}\n`, 'utf8'), { level: 4 });
  return encodeBytes(codec, Buffer.concat([head, ...parts.map((p) => p.member)]));
}

function parseManifest(line: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupInvalidError('This file is not a Peer Desk backup (its first line is not readable).');
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw new BackupInvalidError('This file is not a Peer Desk backup (its description is missing or damaged).');
  if (!READABLE_VERSIONS.includes(result.data.formatVersion)) {
    throw new BackupInvalidError('This backup was made by a newer version of Peer Desk. Install the newer version to restore it.');
  }
  if (result.data.formatVersion === 2 && result.data.parts === undefined) {
    throw new BackupInvalidError('This file is not a Peer Desk backup (its description is missing or damaged).');
  }
  return result.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function checkComplete(manifest: BackupManifest, names: readonly string[]): void {
  const missing = manifest.files.filter((f) => !names.includes(f));
  if (missing.length > 0 || names.length !== manifest.files.length) {
    throw new BackupInvalidError(`The backup is incomplete: ${missing.length ? missing.join(', ') : 'its list of files does not match'} (it may have been cut short).`);
  }
}

function decodeVersion1(manifest: BackupManifest, lines: readonly string[]): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    let entry: BackupEntry;
    try {
      entry = entrySchema.parse(JSON.parse(line));
    } catch {
      throw new BackupInvalidError(`The backup is damaged: ${manifest.files[index] ?? `entry ${index + 1}`} cannot be read.`);
    }
    entries.push(entry);
  }
  return entries;
}

function decodeVersion2(manifest: BackupManifest, body: Buffer): BackupEntry[] {
  const entries: BackupEntry[] = [];
  let offset = 0;
  for (const part of manifest.parts ?? []) {
    const slice = body.subarray(offset, offset + part.bytes);
    offset += part.bytes;
    if (slice.length !== part.bytes || zlib.crc32(slice) !== part.crc32) {
      throw new BackupInvalidError(`The backup is damaged: ${part.file} cannot be read (it may have been cut short).`);
    }
    try {
      entries.push({ file: part.file, text: utf8.decode(slice) });
    } catch {
      throw new BackupInvalidError(`The backup is damaged: ${part.file} cannot be read.`);
    }
  }
  if (offset !== body.length) throw new BackupInvalidError('The backup is damaged: it holds more than its description lists.');
  return entries;
}

export async function decodeBackup(bytes: Buffer, codec: Codec): Promise<{ manifest: BackupManifest; entries: BackupEntry[] }> {
  let all: Buffer;
  try {
    all = await gunzip(decodeBytes(codec, bytes));
  } catch {
    throw new BackupInvalidError('This file is not a Peer Desk backup, or it is damaged (it could not be unpacked).');
  }
  const newline = all.indexOf(0x0a);
  const manifest = parseManifest(all.subarray(0, newline === -1 ? all.length : newline).toString('utf8'));
  const body = newline === -1 ? Buffer.alloc(0) : all.subarray(newline + 1);
  // JSON.stringify escapes newlines inside strings, so in format 1 every line is one record.
  const entries = manifest.formatVersion === 1 ? decodeVersion1(manifest, body.toString('utf8').split('\n')) : decodeVersion2(manifest, body);
  checkComplete(
    manifest,
    entries.map((e) => e.file),
  );
  return { manifest, entries };
}

/**
 * Reads only as far as the first line. With the plain codec that means streaming a few KB
 * through gunzip, however big the backup; another codec has to decode the whole file first.
 */
export async function readBackupManifest(filePath: string, codec: Codec): Promise<BackupManifest> {
  return manifestFrom(codec.id === plainCodec.id ? createReadStream(filePath) : Readable.from([decodeBytes(codec, await readFile(filePath))]));
}

/** The same, from a backup's gzip stream already in memory (one that was opened through its codec). */
export function readManifestFromBytes(gzipStream: Buffer): Promise<BackupManifest> {
  return manifestFrom(Readable.from([gzipStream]));
}

async function manifestFrom(source: Readable): Promise<BackupManifest> {
  const unzip = zlib.createGunzip();
  source.on('error', (error: Error) => unzip.destroy(error));
  source.pipe(unzip);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of unzip as AsyncIterable<Buffer>) {
      const newline = chunk.indexOf(0x0a);
      if (newline >= 0) {
        chunks.push(chunk.subarray(0, newline));
        return parseManifest(Buffer.concat(chunks).toString('utf8'));
      }
      chunks.push(chunk);
      length += chunk.length;
      if (length > MAX_MANIFEST_BYTES) break;
    }
  } finally {
    source.destroy();
    unzip.destroy();
  }
  throw new BackupInvalidError('This file is not a Peer Desk backup (it has no description line).');
}

/**
 * Where each document's member sits in a format-2 backup's gzip stream (the file itself with
 * the plain codec): the members are last, so the manifest's own member is whatever comes first.
 */
export function partOffsets(manifest: BackupManifest, fileSize: number): Map<string, BackupPart & { offset: number }> {
  const out = new Map<string, BackupPart & { offset: number }>();
  const parts = manifest.parts ?? [];
  let offset = fileSize - parts.reduce((n, p) => n + p.gz, 0);
  if (offset <= 0) return out;
  for (const part of parts) {
    out.set(part.file, { ...part, offset });
    offset += part.gz;
  }
  return out;
}

/**
 * A gzip member copied from an older backup is only reused if its trailer (CRC-32 and
 * length of what it unpacks to) says it holds exactly the document wanted.
 */
export function memberHolds(member: Buffer, crc32: number, bytes: number): boolean {
  if (member.length < 18 || member[0] !== 0x1f || member[1] !== 0x8b) return false;
  return member.readUInt32LE(member.length - 8) === crc32 && member.readUInt32LE(member.length - 4) === bytes % 2 ** 32;
}
