import path from 'node:path';
import { documentFileName } from './file-names';
import type { ManifestEntry } from './manifest';
import type { AnyDocumentKind } from './kinds';

export type StoredDoc = { schemaVersion: number };
type Fields = Record<string, unknown>;

/** A change waiting for its document to be read from disk (an older year nobody has opened yet). */
export type PendingChange = (doc: DocumentState) => void;

/**
 * One document in memory. It may not be loaded yet: older years of sessions and the audit
 * log are read on first use, and commits that touch them meanwhile wait in `pending`.
 * `diskSeq` is the newest commit the file on disk holds (the last checkpoint), `appliedSeq`
 * the newest one applied in memory: the document needs writing at the next checkpoint when
 * they differ. Records are never edited in place, only replaced, so a checkpoint can copy
 * the lists (not the records) and write them while later commits carry on.
 */
export class DocumentState {
  readonly fileName: string;
  readonly path: string;
  data: StoredDoc | null;
  pending: PendingChange[] = [];
  onDisk: boolean;
  /** What the last checkpoint wrote (bytes, checksum): lets an unchanged file load without revalidating it. */
  diskEntry: ManifestEntry | null = null;
  /** For a document not read yet: what the manifest says it may hold, to trust it on first use. */
  trustedEntries: ManifestEntry[] = [];
  /** Found damaged or missing on open: holds empty() and is never written until the coordinator decides. */
  damaged = false;
  diskSeq = 0;
  appliedSeq = 0;
  /** Memory differs from the file for a reason other than a commit (migrated or defaults filled on open). */
  rewriteNeeded = false;
  /** Bumped on every change: lookups built from this document are cached until it moves. */
  version = 0;
  private readonly indexes = new Map<string, Map<string, number>>();
  /** Records removed in the commit being applied, per list, taken out by settle(). */
  private readonly removing = new Map<string, Set<string>>();

  constructor(
    readonly kind: AnyDocumentKind,
    readonly key: string | undefined,
    dataDir: string,
    data: StoredDoc | null,
    onDisk: boolean,
  ) {
    this.fileName = documentFileName(kind, key);
    this.path = path.join(dataDir, this.fileName);
    this.data = data;
    this.onDisk = onDisk;
  }

  markDamaged(empty: StoredDoc): void {
    this.damaged = true;
    this.onDisk = false;
    this.pending = [];
    this.setData(empty);
  }

  get loaded(): boolean {
    return this.data !== null;
  }

  get dirty(): boolean {
    return this.appliedSeq > this.diskSeq || this.rewriteNeeded || (!this.loaded && this.pending.length > 0);
  }

  /** Replaces the whole document (open, lazy load, restore): indexes start again. */
  setData(data: StoredDoc | null): void {
    this.data = data;
    this.indexes.clear();
    this.removing.clear();
    this.version += 1;
  }

  private list(field: string): { id: string }[] {
    const value = (this.data as Fields | null)?.[field];
    if (!Array.isArray(value)) throw new Error(`${this.fileName} has no list "${field}"`);
    return value as { id: string }[];
  }

  private index(field: string): Map<string, number> {
    let index = this.indexes.get(field);
    if (!index) {
      index = new Map();
      for (const [i, r] of this.list(field).entries()) index.set(r.id, i);
      this.indexes.set(field, index);
    }
    return index;
  }

  find(field: string, id: string): { id: string } | undefined {
    if (this.removing.get(field)?.has(id)) return undefined;
    const i = this.index(field).get(id);
    return i === undefined ? undefined : this.list(field)[i];
  }

  put(field: string, record: { id: string }): void {
    const list = this.list(field);
    const index = this.index(field);
    const i = index.get(record.id);
    // Put back in the same commit it was removed in: it stays where it was.
    this.removing.get(field)?.delete(record.id);
    if (i === undefined) {
      index.set(record.id, list.length);
      list.push(record);
    } else list[i] = record;
    this.version += 1;
  }

  /**
   * True when there was such a record. The record is only marked here; settle() takes every
   * marked record out of its list in one pass, so removing 100,000 records (a volunteer's
   * history, a whole folder replaced) costs one pass per commit, not one per record.
   */
  remove(field: string, id: string): boolean {
    if (this.find(field, id) === undefined) return false;
    let marked = this.removing.get(field);
    if (!marked) this.removing.set(field, (marked = new Set()));
    marked.add(id);
    this.version += 1;
    return true;
  }

  /** Takes out the records remove() marked, keeping the order of the rest. Call at the end of each commit. */
  settle(): void {
    for (const [field, marked] of this.removing) {
      if (marked.size === 0) continue;
      const list = this.list(field);
      let kept = 0;
      for (const record of list) if (!marked.has(record.id)) list[kept++] = record;
      list.length = kept;
      this.indexes.delete(field);
    }
    this.removing.clear();
  }

  set(field: string, value: unknown): void {
    (this.data as Fields)[field] = value;
    this.indexes.delete(field);
    this.removing.delete(field);
    this.version += 1;
  }

  /**
   * The document as it is now, cheaply: lists copied, records shared. Safe to serialise
   * while later commits change the document, because they replace records, never edit them.
   */
  snapshot(): StoredDoc {
    this.settle();
    const copy: Fields = {};
    for (const [k, v] of Object.entries(this.data as Fields)) copy[k] = Array.isArray(v) ? v.slice() : v;
    return copy as StoredDoc;
  }
}
