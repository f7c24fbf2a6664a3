import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { atomicWriteFile, removeStaleTempFiles } from '../store/atomic-write';
import { frameLine, linePayload } from '../store/commit-format';
import { parseDocumentFileName } from '../store/file-names';
import { JOURNAL_DIR, listSegments } from '../store/journal';
import { ARCHIVE_DIR } from '../store/journal-archive';
import type { AnyDocumentKind } from '../store/kinds';
import { readManifest, writeManifest, type Manifest, type ManifestEntry } from '../store/manifest';
import type { DataKey } from './protected-codec';
import { isSealed, seal, unseal } from './sealed-format';

/**
 * Rewrites every file of a data folder that holds people's data — documents, journal
 * segments (live and archived), backups, and damaged files moved aside — into the form asked
 * for: sealed with the data key, or plain. One file at a time, each atomically, so a crash
 * leaves every file whole in one form or the other; the protected codec reads both, so the
 * folder opens either way and the next run finishes the job. Run only while holding the
 * folder's lock (openStore's prepareFolder).
 *
 * A file that cannot be opened (damaged, or sealed with another key) is left exactly as it
 * is: the store then treats it as it would have anyway (moved aside, never overwritten).
 */

export type Form = 'sealed' | 'plain';

export interface ConversionResult {
  /** Files rewritten into the form asked for. */
  converted: number;
  /** Files already in that form. */
  unchanged: number;
  /** Files (relative to the data folder) that could not be read, left as they were. */
  leftAsTheyWere: string[];
}

export interface ConvertOptions {
  dataDir: string;
  kinds: readonly AnyDocumentKind[];
  dataKey: DataKey;
  to: Form;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

type FileRole = 'document' | 'segment' | 'backup' | 'aside';

interface FolderFile {
  relative: string;
  role: FileRole;
}

const ASIDE_DOCUMENT = /\.corrupt-[0-9T-]+(?:-\d+)?\.json$/;
const ASIDE_SEGMENT = /\.log\.corrupt-[0-9T-]+$/;

async function names(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}

/** Everything that can hold personal data. The manifest, lock and key file hold none (counts, a pid, wrapped keys). */
async function filesToConvert(dataDir: string, kinds: readonly AnyDocumentKind[]): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  for (const name of await names(dataDir)) {
    if (parseDocumentFileName(name, kinds)) out.push({ relative: name, role: 'document' });
    else if (ASIDE_DOCUMENT.test(name)) out.push({ relative: name, role: 'aside' });
  }
  for (const dir of [JOURNAL_DIR, path.join(JOURNAL_DIR, ARCHIVE_DIR)]) {
    for (const s of await listSegments(path.join(dataDir, dir))) out.push({ relative: path.join(dir, s.name), role: 'segment' });
    for (const name of await names(path.join(dataDir, dir))) if (ASIDE_SEGMENT.test(name)) out.push({ relative: path.join(dir, name), role: 'aside' });
  }
  for (const name of await names(path.join(dataDir, 'backups'))) if (name.endsWith('.pdbackup')) out.push({ relative: path.join('backups', name), role: 'backup' });
  return out;
}

/** A whole file in the other form, or null when it is already in the form asked for (or cannot be opened). */
function convertWhole(bytes: Buffer, key: DataKey, to: Form): Buffer | null | 'unreadable' {
  if (bytes.length === 0) return null;
  if (to === 'sealed') return isSealed(bytes) ? null : seal(key.key, key.keyId, bytes);
  if (!isSealed(bytes)) return null;
  try {
    return unseal(key.key, key.keyId, bytes);
  } catch {
    return 'unreadable';
  }
}

/**
 * A journal segment line by line: a plain payload is JSON (starts with "{"), a sealed one is
 * base64 of sealed bytes. Lines that cannot be converted (a torn last line, a damaged one)
 * are kept byte for byte, so reading the journal afterwards finds exactly the same damage.
 */
function convertSegment(bytes: Buffer, key: DataKey, to: Form): { bytes: Buffer; changed: boolean; unreadable: boolean } {
  const out: Buffer[] = [];
  let changed = false;
  let unreadable = false;
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    if (newline === -1) {
      out.push(bytes.subarray(start)); // a torn tail: never acknowledged, kept for the reader to drop
      break;
    }
    const line = bytes.subarray(start, newline + 1);
    start = newline + 1;
    const payload = linePayload(line.subarray(0, -1));
    const plain = payload !== null && payload[0] === 0x7b;
    if (payload === null || plain === (to === 'plain')) {
      out.push(line);
      continue;
    }
    try {
      const next = to === 'sealed' ? Buffer.from(seal(key.key, key.keyId, payload).toString('base64'), 'latin1') : unseal(key.key, key.keyId, Buffer.from(payload.toString('latin1'), 'base64'));
      out.push(frameLine(next));
      changed = true;
    } catch {
      out.push(line);
      unreadable = true;
    }
  }
  return { bytes: Buffer.concat(out), changed, unreadable };
}

/**
 * The manifest records each document's size and checksum as on disk, so that an unchanged
 * file is not validated again on open. A converted file gets its new size and checksum —
 * only where the old ones matched, so a file the manifest did not trust stays untrusted.
 */
function updateEntries(documents: Record<string, ManifestEntry>, changes: ReadonlyMap<string, { before: Buffer; after: Buffer }>): Record<string, ManifestEntry> {
  const out = { ...documents };
  for (const [name, { before, after }] of changes) {
    const entry = out[name];
    if (entry && entry.bytes === before.length && entry.crc32 === zlib.crc32(before)) out[name] = { ...entry, bytes: after.length, crc32: zlib.crc32(after) };
  }
  return out;
}

export async function convertFolder(options: ConvertOptions): Promise<ConversionResult> {
  const { dataDir, dataKey, to } = options;
  // Conversion writes through temp files in journal/ too, which the store's own sweep does not visit.
  await removeStaleTempFiles(path.join(dataDir, JOURNAL_DIR));
  await removeStaleTempFiles(path.join(dataDir, JOURNAL_DIR, ARCHIVE_DIR));
  const files = await filesToConvert(dataDir, options.kinds);
  const result: ConversionResult = { converted: 0, unchanged: 0, leftAsTheyWere: [] };
  const documentChanges = new Map<string, { before: Buffer; after: Buffer }>();
  for (const [i, file] of files.entries()) {
    const full = path.join(dataDir, file.relative);
    const bytes = await fs.readFile(full).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null; // archived or pruned meanwhile
      throw error;
    });
    let next: Buffer | null = null;
    if (bytes !== null && file.role === 'segment') {
      const segment = convertSegment(bytes, dataKey, to);
      if (segment.unreadable) result.leftAsTheyWere.push(file.relative);
      next = segment.changed ? segment.bytes : null;
    } else if (bytes !== null) {
      const whole = convertWhole(bytes, dataKey, to);
      if (whole === 'unreadable') result.leftAsTheyWere.push(file.relative);
      else next = whole;
    }
    if (next) {
      await atomicWriteFile(full, next);
      result.converted += 1;
      if (file.role === 'document' && bytes) documentChanges.set(file.relative, { before: bytes, after: next });
    } else {
      result.unchanged += 1;
    }
    options.onProgress?.(i + 1, files.length);
  }
  if (documentChanges.size > 0) {
    const read = await readManifest(dataDir);
    if (read.state === 'ok') {
      const manifest: Manifest = { ...read.manifest, documents: updateEntries(read.manifest.documents, documentChanges) };
      if (read.manifest.pending) manifest.pending = { ...read.manifest.pending, documents: updateEntries(read.manifest.pending.documents, documentChanges) };
      await writeManifest(dataDir, manifest);
    }
  }
  return result;
}
