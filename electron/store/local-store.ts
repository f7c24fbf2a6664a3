import fs from 'node:fs/promises';
import path from 'node:path';
import type { StoreProblem } from '../../shared/api';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { ApiError } from '../../shared/errors';
import { atomicWriteFile } from './atomic-write';
import type { BackupEntry } from './backup-format';
import { backupBytes, hasBackupFromDay, listBackups, pruneAutomaticBackups, suggestedBackupName, writeBackup } from './backups';
import { DocumentState, type StoredDoc } from './document-state';
import { BackupInvalidError, StoreNeedsRecoveryError } from './errors';
import { dayStamp, documentFileName } from './file-names';
import { interpretDocument } from './interpret';
import type { FolderLock } from './lock';
import { readBackupForRestore } from './restore';
import type { AnyDocumentKind, Codec, DocumentKind, Store } from './types';
import { WriteQueue } from './write-queue';

export interface StoreContext {
  dataDir: string;
  backupsDir: string;
  kinds: readonly AnyDocumentKind[];
  appVersion: string;
  codec: Codec;
  now: () => Date;
  keepAutomaticBackups: number;
}

/** Sums record counts across documents (and across the partitions of one kind). */
export function mergeCounts(into: Record<string, number>, counts: Record<string, number>): void {
  for (const [label, n] of Object.entries(counts)) into[label] = (into[label] ?? 0) + n;
}

export class LocalStore implements Store {
  private readonly queue = new WriteQueue();
  private readonly docs = new Map<string, DocumentState>();
  private problemList: StoreProblem[];
  private dailyCheckedFor: string | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly lock: FolderLock,
    docs: readonly DocumentState[],
    problems: readonly StoreProblem[],
  ) {
    for (const doc of docs) this.docs.set(doc.fileName, doc);
    this.problemList = [...problems];
  }

  get dataDir(): string {
    return this.ctx.dataDir;
  }

  get backupsDir(): string {
    return this.ctx.backupsDir;
  }

  get problems(): readonly StoreProblem[] {
    return this.problemList;
  }

  isEmpty(): boolean {
    return ![...this.docs.values()].some((d) => d.onDisk);
  }

  get<T extends { schemaVersion: number }>(kind: DocumentKind<T>, key?: string): T {
    return this.state(kind, key).low.data as T;
  }

  keys(kind: AnyDocumentKind): string[] {
    const registered = this.registered(kind);
    if (!registered.partitioned) throw new Error(`Document kind "${kind.name}" is not partitioned`);
    return [...this.docs.values()]
      .filter((d) => d.kind === registered && d.key !== undefined && (d.onDisk || d.dirty))
      .map((d) => d.key ?? '')
      .sort();
  }

  async update<T extends { schemaVersion: number }, R>(kind: DocumentKind<T>, key: string | undefined, mutate: (doc: T) => R): Promise<R> {
    if (this.closing) throw new Error('The store has been closed');
    if (this.problemList.length > 0) throw new StoreNeedsRecoveryError();
    const doc = this.state(kind, key);
    while (doc.reloading) await doc.reloading;
    // With an earlier change still queued or being written, memory holds changes that are not on
    // disk, so reloading from disk would silently drop them: keep a copy to go back to instead.
    const before = doc.dirty ? structuredClone(doc.low.data) : undefined;
    let result: R;
    try {
      result = mutate(doc.low.data as T);
    } catch (error) {
      if (before !== undefined) doc.low.data = before;
      else await this.reload(doc, error);
      throw error;
    }
    const gen = ++doc.gen;
    await this.queue.run(() => this.flush(doc, gen));
    return result;
  }

  counts(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const doc of this.docs.values()) {
      if (doc.kind.count) mergeCounts(total, doc.kind.count(doc.low.data));
    }
    return total;
  }

  createBackup(reason: BackupReason): Promise<BackupInfo> {
    return this.queue.run(() => this.backupNow(reason));
  }

  backupToBytes(): Promise<{ filename: string; bytes: Buffer }> {
    return this.queue.run(async () => {
      const createdAt = this.ctx.now();
      const content = { reason: 'manual' as const, createdAt, appVersion: this.ctx.appVersion, counts: this.counts() };
      const bytes = await backupBytes({ ...content, entries: await this.entriesOnDisk() }, this.ctx.codec);
      return { filename: suggestedBackupName(createdAt, 'manual'), bytes };
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.ctx.backupsDir, this.ctx.codec);
  }

  async restoreBackup(name: string): Promise<void> {
    // The renderer only ever gets names from listBackups(); anything path-like is refused.
    if (name === '' || name !== path.basename(name) || /[\\/]/.test(name) || name.startsWith('.')) {
      throw new BackupInvalidError('That is not the name of a backup in the backups folder.');
    }
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path.join(this.ctx.backupsDir, name));
    } catch {
      throw new BackupInvalidError(`There is no backup called ${name} in the backups folder.`);
    }
    await this.restoreBackupBytes(bytes);
  }

  restoreBackupBytes(bytes: Buffer): Promise<void> {
    return this.queue.run(async () => {
      const restored = await readBackupForRestore(bytes, this.ctx.codec, this.ctx.kinds);
      if (!this.isEmpty()) await this.backupNow('before-restore');
      // Writes first, memory after: if a write fails part way, reload what is really on disk.
      try {
        for (const r of restored) {
          await atomicWriteFile(path.join(this.ctx.dataDir, r.fileName), this.ctx.codec.encode(JSON.stringify(r.doc)));
        }
        const keep = new Set(restored.map((r) => r.fileName));
        for (const doc of this.docs.values()) {
          if (doc.onDisk && !keep.has(doc.fileName)) await fs.rm(doc.file.path, { force: true });
        }
      } catch (error) {
        await this.reloadAll();
        throw error;
      }
      const discarded = new ApiError('CONFLICT', 'This change was not saved because a backup was restored at the same time.');
      for (const r of restored) {
        const doc = this.state(r.kind, r.key);
        doc.replace(r.doc, discarded);
        doc.onDisk = true;
      }
      const restoredNames = new Set(restored.map((r) => r.fileName));
      for (const doc of this.docs.values()) {
        if (restoredNames.has(doc.fileName)) continue;
        doc.replace(doc.kind.empty() as StoredDoc, discarded);
        doc.onDisk = false;
      }
      this.problemList = [];
    });
  }

  resolveProblemsWithEmpty(): Promise<void> {
    // Damaged documents already hold empty() in memory; their files stay aside for recovery.
    this.problemList = [];
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.closing ??= this.queue.idle().then(() => this.lock.release());
    return this.closing;
  }

  // ----- internals ------------------------------------------------------------------------

  private registered(kind: AnyDocumentKind): AnyDocumentKind {
    const found = this.ctx.kinds.find((k) => k.name === kind.name);
    if (!found) throw new Error(`Document kind "${kind.name}" is not registered with this store`);
    return found;
  }

  private state(kind: AnyDocumentKind, key: string | undefined): DocumentState {
    const registered = this.registered(kind);
    const fileName = documentFileName(registered, key);
    let doc = this.docs.get(fileName);
    if (!doc) {
      doc = new DocumentState(registered, key, this.ctx.dataDir, this.ctx.codec, undefined, false);
      this.docs.set(fileName, doc);
    }
    return doc;
  }

  /** Runs inside the write queue, so nothing else writes while it does. */
  private async flush(doc: DocumentState, gen: number): Promise<void> {
    if (doc.writtenGen >= gen) return; // an earlier flush already wrote this change
    if (doc.lostGen >= gen) throw doc.lostError;
    let target: number;
    try {
      await this.dailyBackupIfDue();
      target = doc.gen;
      // DocumentFile.write serialises before its first await, so the bytes carry exactly `target`.
      await doc.low.write();
    } catch (error) {
      await this.reload(doc, error);
      throw error;
    }
    doc.writtenGen = Math.max(doc.writtenGen, target);
    doc.onDisk = true;
  }

  /** Puts memory back to what is on disk (empty() if there is no file) after a failed change. */
  private reload(doc: DocumentState, reason: unknown): Promise<void> {
    const reloading = (async () => {
      const text = await doc.file.readText();
      if (text === null) {
        doc.replace(doc.kind.empty() as StoredDoc, reason);
        doc.onDisk = false;
        return;
      }
      const result = interpretDocument(doc.kind, doc.fileName, text);
      if (result.ok) doc.replace(result.doc, reason);
    })()
      // If the file cannot be read back now, keeping memory is the least bad choice.
      .catch(() => undefined)
      .finally(() => {
        doc.reloading = null;
      });
    doc.reloading = reloading;
    return reloading;
  }

  private async reloadAll(): Promise<void> {
    const names = new Set(await fs.readdir(this.ctx.dataDir));
    for (const doc of this.docs.values()) {
      doc.onDisk = names.has(doc.fileName);
      await this.reload(doc, new ApiError('CONFLICT', 'This change was not saved because a restore failed at the same time.'));
    }
  }

  /** Before the first write of each calendar day, keep yesterday's state. */
  private async dailyBackupIfDue(): Promise<void> {
    const now = this.ctx.now();
    const today = dayStamp(now);
    if (this.dailyCheckedFor === today) return;
    if (!this.isEmpty() && !(await hasBackupFromDay(this.ctx.backupsDir, now))) await this.backupNow('daily');
    this.dailyCheckedFor = today;
  }

  /** Call inside the write queue: it reads the files on disk as the current state. */
  private async backupNow(reason: BackupReason): Promise<BackupInfo> {
    const entries = await this.entriesOnDisk();
    const content = { reason, createdAt: this.ctx.now(), appVersion: this.ctx.appVersion, counts: this.counts(), entries };
    const info = await writeBackup(this.ctx.backupsDir, content, this.ctx.codec);
    await pruneAutomaticBackups(this.ctx.backupsDir, this.ctx.keepAutomaticBackups);
    return info;
  }

  private async entriesOnDisk(): Promise<BackupEntry[]> {
    const docs = [...this.docs.values()].filter((d) => d.onDisk).sort((a, b) => a.fileName.localeCompare(b.fileName));
    const entries: BackupEntry[] = [];
    for (const doc of docs) {
      const text = await doc.file.readText();
      if (text !== null) entries.push({ file: doc.fileName, text });
    }
    return entries;
  }
}

