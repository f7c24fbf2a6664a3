import { Low } from 'lowdb';
import path from 'node:path';
import { DocumentFile } from './document-file';
import { documentFileName } from './file-names';
import type { AnyDocumentKind, Codec } from './types';

export type StoredDoc = { schemaVersion: number };

/**
 * One document in memory with the bookkeeping the write queue needs. Every successful
 * update() gets a generation number; `writtenGen` is the newest one known to be on disk and
 * `lostGen` the newest one discarded by a reload after a failure, so a queued flush can tell
 * whether its change was already written by an earlier flush, was lost, or still needs writing.
 */
export class DocumentState {
  readonly fileName: string;
  readonly file: DocumentFile<StoredDoc>;
  readonly low: Low<StoredDoc>;
  onDisk: boolean;
  gen = 0;
  writtenGen = 0;
  lostGen = 0;
  lostError: unknown = undefined;
  /** Set while memory is being replaced from disk; updates wait for it. */
  reloading: Promise<void> | null = null;

  constructor(
    readonly kind: AnyDocumentKind,
    readonly key: string | undefined,
    dataDir: string,
    codec: Codec,
    doc: StoredDoc | undefined,
    onDisk: boolean,
  ) {
    this.fileName = documentFileName(kind, key);
    this.file = new DocumentFile(path.join(dataDir, this.fileName), codec);
    this.low = new Low<StoredDoc>(this.file, doc ?? (kind.empty() as StoredDoc));
    this.onDisk = onDisk;
  }

  /** Changed in memory and not yet written (or being written right now). */
  get dirty(): boolean {
    return this.gen > Math.max(this.writtenGen, this.lostGen);
  }

  /** Replaces memory, discarding every change not yet on disk; their queued flushes will reject with `reason`. */
  replace(doc: StoredDoc, reason: unknown): void {
    this.low.data = doc;
    if (this.dirty) {
      this.lostGen = this.gen;
      this.lostError = reason;
    }
  }
}
