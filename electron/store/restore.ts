import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { atomicWriteFile, syncDirectory } from './atomic-write';
import { decodeBackup } from './backup-format';
import type { StoredDoc } from './document-state';
import { BackupInvalidError, NewerVersionError } from './errors';
import { parseDocumentFileName } from './file-names';
import { interpretDocument } from './interpret';
import { JOURNAL_DIR } from './journal';
import { describeFile } from './load-document';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from './manifest';
import type { AnyDocumentKind, Codec } from './kinds';

export interface RestoredDocument {
  fileName: string;
  kind: AnyDocumentKind;
  key: string | undefined;
  doc: StoredDoc;
}

/**
 * Unpacks a backup and brings every document in it to the current version, validated, without
 * touching the data folder. Any doubt throws BackupInvalidError naming the file, so a restore
 * either has everything it needs or changes nothing.
 */
export async function readBackupForRestore(bytes: Buffer, codec: Codec, kinds: readonly AnyDocumentKind[]): Promise<RestoredDocument[]> {
  return (await readBackupWithDate(bytes, codec, kinds)).documents;
}

/** The same, with when the backup was made ("the backup from 07/12/2026 10:15"), to tell the coordinator. */
export async function readBackupWithDate(bytes: Buffer, codec: Codec, kinds: readonly AnyDocumentKind[]): Promise<{ documents: RestoredDocument[]; createdAt: string }> {
  const { manifest, entries } = await decodeBackup(bytes, codec);
  const restored: RestoredDocument[] = [];
  for (const entry of entries) {
    const ref = parseDocumentFileName(entry.file, kinds);
    if (!ref) {
      throw new BackupInvalidError(
        `The backup holds "${entry.file}", which this version of Peer Desk does not recognise. It may come from a newer version.`,
      );
    }
    if (restored.some((r) => r.fileName === entry.file)) {
      throw new BackupInvalidError(`The backup is damaged: it holds ${entry.file} twice.`);
    }
    let result;
    try {
      result = interpretDocument(ref.kind, entry.file, entry.text);
    } catch (error) {
      if (error instanceof NewerVersionError) {
        throw new BackupInvalidError(`${entry.file} in this backup was saved by a newer version of Peer Desk. Install the newer version to restore it.`);
      }
      throw error;
    }
    if (!result.ok) throw new BackupInvalidError(`${entry.file} in this backup is damaged. ${result.reason}.`);
    restored.push({ fileName: entry.file, kind: ref.kind, key: ref.key, doc: result.doc });
  }
  return { documents: restored, createdAt: manifest.createdAt };
}

/**
 * A restore replaces many files, so it is made all or nothing. The restored documents and
 * their manifest are first written to a staging folder; then a marker file is written
 * atomically — the moment the restore is decided; then the files are moved into place and
 * the journal cleared. An open that finds the marker finishes the moves; one that finds
 * only the staging folder deletes it, and the data is as it was before.
 */
export const RESTORE_MARKER = 'peerdesk-restore.json';
export const RESTORE_STAGING = 'peerdesk-restore';

const markerSchema = z.object({ startedAt: z.string(), files: z.array(z.string()), description: z.string() });

export interface StagedRestore {
  entries: Record<string, ManifestEntry>;
}

/** Writes everything a restore needs beside the data, then commits to it with the marker. */
export async function stageRestore(
  dataDir: string,
  restored: readonly RestoredDocument[],
  codec: Codec,
  manifestFor: (documents: Record<string, ManifestEntry>) => Manifest,
  description: string,
  startedAt: Date,
): Promise<StagedRestore> {
  const staging = path.join(dataDir, RESTORE_STAGING);
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging);
  const entries: Record<string, ManifestEntry> = {};
  for (const r of restored) {
    const bytes = codec.encode(JSON.stringify(r.doc));
    await atomicWriteFile(path.join(staging, r.fileName), bytes);
    entries[r.fileName] = describeFile(r.kind, r.doc, bytes.length, zlib.crc32(bytes));
  }
  await atomicWriteFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifestFor(entries)));
  const marker = { startedAt: startedAt.toISOString(), files: restored.map((r) => r.fileName), description };
  await atomicWriteFile(path.join(dataDir, RESTORE_MARKER), JSON.stringify(marker));
  return { entries };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

export type RestoreRecovery = { outcome: 'finished'; description: string } | { outcome: 'rolled-back' } | null;

/** Moves staged files into place. Safe to run again after a crash part way through. */
export async function finishRestore(dataDir: string, kinds: readonly AnyDocumentKind[]): Promise<RestoreRecovery> {
  const markerPath = path.join(dataDir, RESTORE_MARKER);
  const staging = path.join(dataDir, RESTORE_STAGING);
  let text: string;
  try {
    text = await fs.readFile(markerPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!(await exists(staging))) return null;
    // Staged but never decided: the data was not touched.
    await fs.rm(staging, { recursive: true, force: true });
    return { outcome: 'rolled-back' };
  }
  const marker = markerSchema.parse(JSON.parse(text));
  const keep = new Set(marker.files);
  for (const file of marker.files) {
    const from = path.join(staging, file);
    if (await exists(from)) await fs.rename(from, path.join(dataDir, file));
  }
  for (const name of await fs.readdir(dataDir)) {
    if (!keep.has(name) && parseDocumentFileName(name, kinds)) await fs.rm(path.join(dataDir, name), { force: true });
  }
  await fs.rm(path.join(dataDir, JOURNAL_DIR), { recursive: true, force: true });
  const stagedManifest = path.join(staging, MANIFEST_FILE);
  if (await exists(stagedManifest)) await fs.rename(stagedManifest, path.join(dataDir, MANIFEST_FILE));
  await syncDirectory(dataDir);
  await fs.rm(markerPath, { force: true });
  await fs.rm(staging, { recursive: true, force: true });
  await syncDirectory(dataDir);
  return { outcome: 'finished', description: marker.description };
}
