import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { atomicWriteFile } from './atomic-write';
import { compressPart, decodeBackup, encodeBackup, type PreparedPart } from './backup-format';
import type { StoredDoc } from './document-state';
import type { AnyDocumentKind, Codec } from './kinds';
import { recordCount } from './manifest';
import { readBackupWithDate, type RestoredDocument } from './restore';

/**
 * Rewriting backups in place, for erasure ("Remove from backups now"): each backup is read
 * through the codec and brought to the current data version as a restore would, the edit is
 * applied to its documents, and the result is encoded again and put in place with one atomic
 * rename. A kill part way leaves each backup either as it was or wholly rewritten.
 */

/** A backup's documents, edited: the documents to keep in it, or null to leave the backup as it is. */
export type BackupEdit = (documents: readonly RestoredDocument[]) => readonly RestoredDocument[] | null;

export interface RewriteResult {
  /** Backups rewritten. */
  rewritten: string[];
  /** Backups that could not be read (damaged, or from a newer version): left as they are. */
  unreadable: string[];
}

export async function rewriteBackupFile(filePath: string, codec: Codec, kinds: readonly AnyDocumentKind[], edit: BackupEdit): Promise<'rewritten' | 'unchanged' | 'unreadable'> {
  let manifest;
  let documents;
  try {
    const bytes = await fs.readFile(filePath);
    manifest = (await decodeBackup(bytes, codec)).manifest;
    documents = (await readBackupWithDate(bytes, codec, kinds)).documents;
  } catch {
    return 'unreadable';
  }
  const edited = edit(documents);
  if (edited === null) return 'unchanged';
  const parts: PreparedPart[] = [];
  for (const d of edited) {
    // Documents are kept as JSON.stringify writes them, as the data folder holds them.
    const text = Buffer.from(JSON.stringify(d.doc), 'utf8');
    parts.push(await compressPart(d.fileName, text, zlib.crc32(text), recordCount(d.doc)));
  }
  const next = await encodeBackup({ createdAt: manifest.createdAt, reason: manifest.reason, appVersion: manifest.appVersion, counts: manifest.counts }, parts, codec);
  await atomicWriteFile(filePath, next);
  return 'rewritten';
}

export async function rewriteBackups(backupsDir: string, codec: Codec, kinds: readonly AnyDocumentKind[], edit: BackupEdit): Promise<RewriteResult> {
  const names = (await fs.readdir(backupsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.pdbackup')).sort();
  const result: RewriteResult = { rewritten: [], unreadable: [] };
  for (const name of names) {
    // A failed write (a full disk) stops here and is thrown: the backups done so far are done.
    const outcome = await rewriteBackupFile(path.join(backupsDir, name), codec, kinds, edit);
    if (outcome === 'rewritten') result.rewritten.push(name);
    if (outcome === 'unreadable') result.unreadable.push(name);
  }
  return result;
}

export type { RestoredDocument, StoredDoc };
