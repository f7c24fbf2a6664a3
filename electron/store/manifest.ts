import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write';

/**
 * `peerdesk-folder.json`: what the folder held at the last checkpoint. For each document:
 * its size and checksum (a file that still matches was written by us and need not be
 * validated again), its data version and how many records it held (a document that goes
 * missing or comes back empty is noticed, never opened as an empty list). `pending` is a
 * checkpoint under way: its documents may already be in place when a crash stops it.
 */

export const MANIFEST_FILE = 'peerdesk-folder.json';

const entrySchema = z.object({
  bytes: z.number().int().nonnegative(),
  crc32: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  records: z.number().int().nonnegative(),
  /** The kind's own counts ({ volunteers: 487 }), for listings while the document is not loaded. */
  counts: z.record(z.string(), z.number()),
});
export type ManifestEntry = z.infer<typeof entrySchema>;

const documentsSchema = z.record(z.string(), entrySchema);

const manifestSchema = z.object({
  format: z.literal('peer-desk-folder'),
  formatVersion: z.literal(1),
  /** Documents are trusted without validation only by the version that wrote this. */
  appVersion: z.string(),
  writtenAt: z.string(),
  checkpointSeq: z.number().int().nonnegative(),
  /** changesSince() below this cannot be answered from the journal: the reader must start again. */
  feedFloor: z.number().int().nonnegative(),
  documents: documentsSchema,
  pending: z.object({ checkpointSeq: z.number().int().nonnegative(), documents: documentsSchema }).optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type ManifestRead = { state: 'absent' } | { state: 'ok'; manifest: Manifest } | { state: 'damaged'; reason: string };

export async function readManifest(dataDir: string): Promise<ManifestRead> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    throw error;
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'ok', manifest: parsed.data };
  } catch {
    // fall through
  }
  return { state: 'damaged', reason: `${MANIFEST_FILE} is damaged` };
}

export async function writeManifest(dataDir: string, manifest: Manifest): Promise<void> {
  await atomicWriteFile(path.join(dataDir, MANIFEST_FILE), JSON.stringify(manifest));
}

/** Records held by a document: the length of every list in it. */
export function recordCount(doc: object): number {
  let n = 0;
  for (const value of Object.values(doc)) if (Array.isArray(value)) n += value.length;
  return n;
}

export function sameBytes(entry: ManifestEntry | undefined, bytes: number, crc32: number): boolean {
  return entry !== undefined && entry.bytes === bytes && entry.crc32 === crc32;
}
