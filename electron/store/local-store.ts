import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { StoreProblem } from '../../shared/api';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import { renameWithRetry, syncDirectory } from './atomic-write';
import { backupBytes, hasBackupFromDay, listBackups, prepareParts, pruneAutomaticBackups, suggestedBackupName, writeBackup, type BackupDocument } from './backups';
import { rewriteBackups, type BackupEdit, type RewriteResult } from './backup-rewrite';
import { readChanges } from './change-feed';
import { plainCodec } from './codec';
import type { AnyTarget, Collection, Singleton, StoredRecord } from './collections';
import { encodeCommitInSlices, type CommitRecord, type JournalOp } from './commit-format';
import { unstampedVersion, versionStamp } from './commit-versions';
import { moveAsideSync } from './corrupt';
import { DocumentState, type StoredDoc } from './document-state';
import { writeDocumentTemp } from './document-writer';
import { BackupInvalidError, DocumentDamagedError, StoreNeedsRecoveryError, UnreadableFileError, writeFailure } from './errors';
import { corruptStamp, dayStamp, documentFileName } from './file-names';
import { deepFreeze, freezeRecords } from './freeze';
import { Journal, listSegments, type JournalDamage, type SegmentInfo } from './journal';
import { archiveSegments, archiveFloor, ARCHIVE_DIR } from './journal-archive';
import { loadDocument } from './load-document';
import type { FolderLock } from './lock';
import { recordCount, writeManifest, type Manifest, type ManifestEntry } from './manifest';
import { assertReadableVersion, upgradeJournalRecord, upgradeJournalValue } from './migrate';
import { finishRestore, readBackupWithDate, RESTORE_STAGING, stageRestore } from './restore';
import { formatUkDateTime } from '../../shared/dates';
import { tombstoneId, tombstones, tombstonesKind, type Tombstone } from './tombstones';
import { StagedTransaction, type Transaction } from './transaction';
import type { AnyDocumentKind, ChangeFeed, Codec, DocumentKind, Store, StoreNotice } from './types';
import { WriteQueue } from './write-queue';

export interface StoreContext {
  dataDir: string;
  backupsDir: string;
  journalDir: string;
  kinds: readonly AnyDocumentKind[];
  targets: ReadonlyMap<string, AnyTarget>;
  appVersion: string;
  codec: Codec;
  now: () => Date;
  keepAutomaticBackups: number;
  checkpointBytes: number;
  idleCheckpointMs: number;
  dailyBackupDelayMs: number;
  freezeRecords: boolean;
  checkpointOnClose: boolean;
  log: (message: string, error?: unknown) => void;
  versionsBeforeStamps: Readonly<Record<string, number>>;
}


/** What open found, handed to the store. */
export interface OpenedFolder {
  docs: DocumentState[];
  problems: StoreProblem[];
  notices: StoreNotice[];
  manifest: Manifest;
  /** The manifest on disk is missing, stale or from another version: write it at the first checkpoint. */
  manifestNeedsWrite: boolean;
  checkpointSeq: number;
  commits: CommitRecord[];
  segments: SegmentInfo[];
  journalBytes: number;
  journalDamage: JournalDamage | null;
  /** Documents were migrated or had defaults filled in: write them before anything else. */
  rewriteOnOpen: boolean;
}

/** Sums record counts across documents (and across the partitions of one kind). */
export function mergeCounts(into: Record<string, number>, counts: Record<string, number>): void {
  for (const [label, n] of Object.entries(counts)) into[label] = (into[label] ?? 0) + n;
}

interface SnapshotItem {
  state: DocumentState;
  doc: StoredDoc;
  appliedSeq: number;
}

interface Snapshot {
  seq: number;
  items: SnapshotItem[];
  closed: SegmentInfo[];
}

const CLOSED = 'The store has been closed';

/**
 * The store. Every change is a commit: appended to the journal and fsynced (one small
 * write, whatever the size of the documents), then applied to the documents in memory.
 * Checkpoints write changed documents atomically in the background and let go of the
 * journal before them; backups are taken from the files a checkpoint leaves.
 *
 * Two queues keep this orderly: `commits` runs one commit at a time; `maintenance` runs one
 * checkpoint, backup or restore at a time. A checkpoint holds the commit queue only while it
 * copies the lists it is about to write, so saves never wait for a document to be written.
 */
export class LocalStore implements Store {
  private readonly commits = new WriteQueue();
  private readonly maintenance = new WriteQueue();
  private readonly docs = new Map<string, DocumentState>();
  private problemList: StoreProblem[];
  private noticeList: StoreNotice[];
  private manifest: Manifest;
  private manifestNeedsWrite: boolean;
  private journal: Journal;
  private journalDamage: JournalDamage | null;
  private lastSeq: number;
  private rewriteOnOpen: boolean;
  private readonly background = new Set<Promise<unknown>>();
  private idleTimer: NodeJS.Timeout | null = null;
  private dailyTimer: NodeJS.Timeout | null = null;
  private dailyCheckedFor: string | null = null;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly lock: FolderLock,
    folder: OpenedFolder,
  ) {
    for (const doc of folder.docs) this.docs.set(doc.fileName, doc);
    this.problemList = [...folder.problems];
    this.noticeList = [...folder.notices];
    this.manifest = folder.manifest;
    this.manifestNeedsWrite = folder.manifestNeedsWrite;
    this.journalDamage = folder.journalDamage;
    this.rewriteOnOpen = folder.rewriteOnOpen;
    this.lastSeq = folder.checkpointSeq;
    this.journal = new Journal(ctx.journalDir, ctx.codec, folder.segments, folder.journalBytes);
    if (ctx.freezeRecords) for (const doc of folder.docs) if (doc.data) freezeRecords(doc.data);
    for (const commit of folder.commits) {
      try {
        this.apply(commit);
      } catch (error) {
        // A change this version cannot apply (a journal written by a newer Peer Desk): stop
        // there, as for a damaged line, and let the coordinator decide.
        const reason = `A change in the journal could not be applied (${error instanceof Error ? error.message : String(error)})`;
        this.journalDamage = { file: 'journal', reason, lastGoodSeq: this.lastSeq };
        this.problemList.push({ file: 'journal', reason });
        break;
      }
      this.lastSeq = commit.seq;
    }
  }

  /** Finishes opening: documents migrated on open are written before anything else happens. */
  async opened(): Promise<void> {
    // Not with a damaged journal: its segments must stay as they are until the coordinator decides.
    if (this.rewriteOnOpen && !this.journalDamage) await this.checkpoint();
    // The journal file the first save will go into, made now (it costs a folder fsync) rather
    // than by that save. Not where saving is impossible until the coordinator decides.
    if (this.problemList.length === 0) await this.journal.prepare(this.lastSeq + 1);
    // Likewise the id lookups (the current audit year holds thousands of entries): a few
    // milliseconds of opening, not of the first save.
    for (const state of this.docs.values()) if (state.loaded) this.index(state);
    if (this.ctx.dailyBackupDelayMs >= 0) {
      this.dailyTimer = setTimeout(() => this.inBackground('the daily backup', () => this.dailyBackup()), this.ctx.dailyBackupDelayMs);
      this.dailyTimer.unref();
    }
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

  get notices(): readonly StoreNotice[] {
    return this.noticeList;
  }

  get seq(): number {
    return this.lastSeq;
  }

  dismissNotice(id: string): void {
    this.noticeList = this.noticeList.filter((n) => n.id !== id);
  }

  addNotice(notice: StoreNotice): void {
    this.noticeList = [...this.noticeList.filter((n) => n.id !== notice.id), notice];
  }

  isEmpty(): boolean {
    return ![...this.docs.values()].some((d) => d.kind !== tombstonesKind && (d.onDisk || d.appliedSeq > 0));
  }

  get<T extends { schemaVersion: number }>(kind: DocumentKind<T>, key?: string): T {
    const state = this.state(kind, key);
    this.ensureLoaded(state);
    return state.data as T;
  }

  keys(kind: AnyDocumentKind): string[] {
    const registered = this.registered(kind);
    if (!registered.partitioned) throw new Error(`Document kind "${kind.name}" is not partitioned`);
    return [...this.docs.values()]
      .filter((d) => d.kind === registered && d.key !== undefined && (d.onDisk || d.dirty))
      .map((d) => d.key ?? '')
      .sort();
  }

  record<T extends StoredRecord>(collection: Collection<T>, id: string, partition?: string): T | undefined {
    const state = this.state(collection.kind, partition);
    this.ensureLoaded(state);
    return state.find(collection.field, id) as T | undefined;
  }

  value<T>(singleton: Singleton<T>): T {
    return (this.get(singleton.kind) as unknown as Record<string, T>)[singleton.field] as T;
  }

  version(kind: AnyDocumentKind, key?: string): number {
    return this.state(kind, key).version;
  }

  async transaction<R>(build: (tx: Transaction) => R): Promise<R> {
    this.assertWritable();
    return this.commits.run(async () => {
      // Queued before close() began, so it still runs; but a problem found meanwhile stops it.
      if (this.problemList.length > 0) throw new StoreNeedsRecoveryError();
      const tx = new StagedTransaction({
        record: (c, id, p): StoredRecord | undefined => this.record(c as Collection<StoredRecord>, id, p),
        value: (s): unknown => this.value<unknown>(s),
      });
      const result = build(tx);
      if (tx.ops.length > 0) await this.commit(tx.ops);
      return result;
    });
  }

  counts(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const doc of this.docs.values()) {
      if (!doc.kind.count) continue;
      if (!doc.loaded && doc.pending.length > 0) this.ensureLoaded(doc);
      if (doc.loaded) mergeCounts(total, doc.kind.count(doc.data));
      else if (doc.diskEntry) mergeCounts(total, doc.diskEntry.counts);
    }
    return total;
  }

  async changesSince(since: number, options: { limit?: number } = {}): Promise<ChangeFeed> {
    const limit = options.limit ?? 1000;
    const upTo = this.lastSeq;
    const floor = Math.max(this.manifest.feedFloor, await archiveFloor(this.ctx.journalDir, this.manifest.checkpointSeq));
    if (since >= floor) {
      // A checkpoint may move a segment to the archive while it is read: one more look finds it there.
      for (let attempt = 0; attempt < 2; attempt++) {
        const commits = await readChanges(this.ctx.journalDir, this.ctx.codec, since, upTo, limit);
        if (commits !== null) return { lastSeq: commits.at(-1)?.seq ?? Math.max(since, 0), reset: false, commits };
      }
    }
    return this.everythingAsOneCommit();
  }

  checkpoint(): Promise<void> {
    return this.maintenance.run(() => this.checkpointNow(false));
  }

  get keepAutomaticBackups(): number {
    return this.ctx.keepAutomaticBackups;
  }

  forgetHistory(): Promise<void> {
    // Both queues: no commit may land in a segment while the segments before it are deleted.
    return this.maintenance.run(() =>
      this.commits.run(async () => {
        if (this.journalDamage) throw new StoreNeedsRecoveryError();
        await this.checkpointNow(true);
        const upTo = this.lastSeq;
        // First the floor, so a reader never asks for commits that are about to go.
        if (this.manifest.feedFloor < upTo) {
          const next: Manifest = { ...this.manifest, writtenAt: this.ctx.now().toISOString(), feedFloor: upTo };
          await writeManifest(this.ctx.dataDir, next);
          this.manifest = next;
        }
        const archive = path.join(this.ctx.journalDir, ARCHIVE_DIR);
        for (const s of await listSegments(archive)) await fs.rm(path.join(archive, s.name), { force: true });
        await syncDirectory(archive).catch(() => undefined);
        // A live segment left behind by a failed move to the archive holds only commits the checkpoint has.
        const stale = (await listSegments(this.ctx.journalDir)).filter((s) => s.firstSeq <= upTo);
        await this.journal.remove(stale);
      }),
    );
  }

  rewriteBackups(edit: BackupEdit): Promise<RewriteResult> {
    if (this.closing) return Promise.reject(new Error(CLOSED));
    return this.maintenance.run(() => rewriteBackups(this.ctx.backupsDir, this.ctx.codec, this.ctx.kinds, edit));
  }

  async dailyBackup(): Promise<BackupInfo | null> {
    const now = this.ctx.now();
    this.dailyCheckedFor = dayStamp(now);
    if (this.isEmpty() || this.problemList.length > 0 || this.closing) return null;
    if (await hasBackupFromDay(this.ctx.backupsDir, now)) return null;
    return this.createBackup('daily');
  }

  async whenIdle(): Promise<void> {
    while (this.background.size > 0) await Promise.allSettled([...this.background]);
  }

  createBackup(reason: BackupReason): Promise<BackupInfo> {
    return this.maintenance.run(async () => {
      await this.checkpointNow(false);
      return this.backupFromDisk(reason);
    });
  }

  backupToBytes(options: { plain?: boolean } = {}): Promise<{ filename: string; bytes: Buffer }> {
    return this.maintenance.run(async () => {
      await this.checkpointNow(false);
      const createdAt = this.ctx.now();
      const parts = await prepareParts(this.ctx.backupsDir, this.backupDocuments(), this.ctx.codec);
      // plain: "Save it unprotected" — documents are read through the folder's codec, written out as bare gzip.
      const bytes = await backupBytes({ reason: 'manual', createdAt, appVersion: this.ctx.appVersion, counts: this.diskCounts(), parts }, options.plain ? plainCodec : this.ctx.codec);
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
    await this.restore(bytes);
  }

  restoreBackupBytes(bytes: Buffer, codec?: Codec): Promise<void> {
    return this.restore(bytes, codec);
  }

  resolveProblemsWithEmpty(): Promise<void> {
    return this.maintenance.run(() =>
      this.commits.run(async () => {
        // Damaged documents already hold empty() in memory; their files stay aside for recovery.
        for (const doc of this.docs.values()) {
          if (!doc.damaged) continue;
          doc.damaged = false;
          doc.rewriteNeeded = true;
        }
        if (this.journalDamage) await this.setJournalAside();
        this.problemList = [];
        await this.checkpointNow(true);
      }),
    );
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.dailyTimer) clearTimeout(this.dailyTimer);
      if (this.idleTimer) clearTimeout(this.idleTimer);
      await this.commits.idle();
      await this.whenIdle();
      try {
        if (!this.journalDamage && this.ctx.checkpointOnClose) await this.checkpoint();
      } catch (error) {
        // Every commit is already safe in the journal; the next open replays it.
        this.ctx.log('the checkpoint on close failed', error);
      }
      await this.maintenance.idle();
      await this.journal.close();
      await this.lock.release();
    })();
    return this.closing;
  }

  // ----- commits ---------------------------------------------------------------------------

  private assertWritable(): void {
    if (this.closing) throw new Error(CLOSED);
    if (this.problemList.length > 0) throw new StoreNeedsRecoveryError();
  }

  /** Call inside the commit queue. Durable first, then visible. */
  private async commit(ops: JournalOp[]): Promise<CommitRecord> {
    const at = this.ctx.now();
    const kinds = new Set(ops.map((op) => this.target(op.c).kind));
    const commit: CommitRecord = { seq: this.lastSeq + 1, at: at.toISOString(), sv: versionStamp(kinds), ops };
    try {
      await this.journal.append(commit, await encodeCommitInSlices(commit, this.ctx.codec));
    } catch (error) {
      throw writeFailure(error);
    }
    this.lastSeq = commit.seq;
    this.apply(commit);
    this.afterCommit(at);
    return commit;
  }

  private target(name: string): AnyTarget {
    const target = this.ctx.targets.get(name);
    if (!target) throw new Error(`The journal names "${name}", which this version of Peer Desk does not know`);
    return target;
  }

  /** Applies a commit to memory; documents not read yet keep the change until they are. */
  private apply(commit: CommitRecord): void {
    const freeze = this.ctx.freezeRecords;
    const touched = new Set<DocumentState>();
    // Every list named must be known, and every record in this version's shape, before anything
    // changes: a commit applies whole or not at all.
    for (const op of commit.ops) this.target(op.c);
    const prepared = commit.ops.map((op) => this.upgrade(op, commit));
    for (const { op, target, state } of prepared) {
      const partition = op.op === 'set' ? undefined : op.p;
      let change: (doc: DocumentState) => void;
      if (op.op === 'put') {
        const record = freeze ? deepFreeze(op.v) : op.v;
        change = (d) => d.put(target.field, record);
        this.untomb(target.name, record.id, partition, commit.seq);
      } else if (op.op === 'del') {
        change = (d) => void d.remove(target.field, op.id);
        this.tomb(target.name, op.id, partition, commit);
      } else {
        const value: unknown = freeze ? deepFreeze(op.v) : op.v;
        change = (d) => d.set(target.field, value);
      }
      if (state.loaded) {
        change(state);
        touched.add(state);
      } else state.pending.push(change);
      state.appliedSeq = commit.seq;
    }
    for (const state of touched) state.settle();
    this.tombstoneState().settle();
  }

  /**
   * An op with its record or value in this version's shape. Documents are migrated when they
   * are read, so a record an older version wrote (a journal left by its crash) is migrated
   * here, whichever version the file it goes into is at on disk; pending changes for a
   * document not read yet hold it migrated too. A newer version's record stops the replay.
   */
  private upgrade(op: JournalOp, commit: CommitRecord): { op: JournalOp; target: AnyTarget; state: DocumentState } {
    const target = this.target(op.c);
    const state = this.state(target.kind, op.op === 'set' ? undefined : op.p);
    const from = commit.sv?.[target.kind.name] ?? unstampedVersion(target.kind, state.fileName, this.manifest, this.ctx.kinds, this.ctx.versionsBeforeStamps);
    if (op.op === 'put') return { op: { ...op, v: upgradeJournalRecord(target.kind, target.field, op.v, from) }, target, state };
    if (op.op === 'set') return { op: { ...op, v: upgradeJournalValue(target.kind, target.field, op.v, from) }, target, state };
    assertReadableVersion(target.kind, from);
    return { op, target, state };
  }

  private tombstoneState(): DocumentState {
    const state = this.state(tombstonesKind, undefined);
    this.ensureLoaded(state);
    return state;
  }

  private tomb(collection: string, recordId: string, partition: string | undefined, commit: CommitRecord): void {
    if (collection === tombstones.name) return;
    const tombstone: Tombstone = { id: tombstoneId(collection, recordId, partition), collection, recordId, deletedAt: commit.at, seq: commit.seq };
    if (partition !== undefined) tombstone.partition = partition;
    const state = this.tombstoneState();
    state.put(tombstones.field, this.ctx.freezeRecords ? deepFreeze(tombstone) : tombstone);
    state.appliedSeq = commit.seq;
  }

  /** A record put again after removal (a session reinstated) is no longer deleted. */
  private untomb(collection: string, recordId: string, partition: string | undefined, seq: number): void {
    if (collection === tombstones.name) return;
    const state = this.tombstoneState();
    if (state.remove(tombstones.field, tombstoneId(collection, recordId, partition))) state.appliedSeq = seq;
  }

  private afterCommit(at: Date): void {
    if (this.journal.bytes >= this.ctx.checkpointBytes) this.inBackground('a checkpoint', () => this.checkpoint());
    if (this.ctx.idleCheckpointMs > 0) {
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.inBackground('a checkpoint', () => this.checkpoint()), this.ctx.idleCheckpointMs);
      this.idleTimer.unref();
    }
    // Open past midnight: the first commit of a new day starts that day's backup.
    if (this.dailyCheckedFor !== null && this.dailyCheckedFor !== dayStamp(at)) this.inBackground('the daily backup', () => this.dailyBackup());
  }

  private inBackground(what: string, task: () => Promise<unknown>): void {
    if (this.closing) return;
    const running = task()
      .catch((error: unknown) => this.ctx.log(`${what} failed`, error))
      .finally(() => this.background.delete(running));
    this.background.add(running);
  }

  // ----- documents -------------------------------------------------------------------------

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
      doc = new DocumentState(registered, key, this.ctx.dataDir, registered.empty() as StoredDoc, false);
      this.docs.set(fileName, doc);
    }
    return doc;
  }

  private index(state: DocumentState): void {
    for (const target of this.ctx.targets.values()) if (target.type === 'collection' && target.kind === state.kind) state.find(target.field, '');
  }

  /** Reads a document not needed until now. Synchronous: it runs inside a handler's reads. */
  private ensureLoaded(state: DocumentState): void {
    if (state.loaded) return;
    if (!state.onDisk) {
      state.setData(state.kind.empty() as StoredDoc);
    } else {
      let bytes: Buffer;
      try {
        bytes = readFileSync(state.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          this.problemList.push({ file: state.fileName, reason: 'The file went missing from the data folder while Peer Desk was open' });
          state.markDamaged(state.kind.empty() as StoredDoc);
          throw new DocumentDamagedError(state.fileName);
        }
        throw new UnreadableFileError(state.fileName, this.ctx.dataDir, error);
      }
      const loaded = loadDocument(state.kind, state.fileName, bytes, this.ctx.codec, state.trustedEntries);
      if (!loaded.ok) {
        const movedTo = moveAsideSync(this.ctx.dataDir, state.fileName, this.ctx.now());
        this.problemList.push({ file: state.fileName, movedTo, reason: loaded.reason });
        state.markDamaged(state.kind.empty() as StoredDoc);
        throw new DocumentDamagedError(state.fileName);
      }
      state.diskEntry = loaded.entry;
      if (loaded.rewrite) state.rewriteNeeded = true;
      state.setData(this.ctx.freezeRecords ? freezeRecords(loaded.doc) : loaded.doc);
    }
    const pending = state.pending;
    state.pending = [];
    for (const change of pending) change(state);
    state.settle();
  }

  private diskCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const d of this.docs.values()) if (d.onDisk && !d.damaged && d.diskEntry) mergeCounts(counts, d.diskEntry.counts);
    return counts;
  }

  private backupDocuments(): BackupDocument[] {
    return [...this.docs.values()]
      .filter((d) => d.onDisk && !d.damaged)
      .sort((a, b) => a.fileName.localeCompare(b.fileName))
      .map((d) => ({ file: d.fileName, path: d.path, records: d.diskEntry?.records ?? (d.loaded ? recordCount(d.data!) : 0) }));
  }

  /** The manifest entry of every document file on disk that was read, or written, whole and sound. */
  private healthyEntries(): Record<string, ManifestEntry> {
    const out: Record<string, ManifestEntry> = {};
    for (const d of this.docs.values()) if (d.onDisk && !d.damaged && d.diskEntry) out[d.fileName] = d.diskEntry;
    return out;
  }

  /** What the data holds now, by file: a backup holding records of a file missing here is kept. */
  private holdings(): Map<string, number> {
    const out = new Map<string, number>();
    for (const d of this.docs.values()) out.set(d.fileName, d.loaded ? recordCount(d.data!) : (d.diskEntry?.records ?? 0));
    return out;
  }

  // ----- checkpoints and backups -----------------------------------------------------------

  /** Call inside the maintenance queue. */
  private async checkpointNow(insideCommitQueue: boolean): Promise<void> {
    const snapshot = insideCommitQueue ? await this.takeSnapshot() : await this.commits.run(() => this.takeSnapshot());
    if (snapshot) await this.writeSnapshot(snapshot);
  }

  /** Call inside the commit queue: copies what must be written (lists, not records) and starts a new journal segment. */
  private async takeSnapshot(): Promise<Snapshot | null> {
    const dirty = [...this.docs.values()].filter((d) => d.dirty && !d.damaged);
    if (dirty.length === 0 && this.journal.bytes === 0 && !this.manifestNeedsWrite) return null;
    for (const d of dirty) this.ensureLoaded(d);
    const closed = await this.journal.rotate();
    if (!this.closing) this.inBackground('preparing the journal', () => this.journal.prepare(this.lastSeq + 1));
    return { seq: this.lastSeq, items: dirty.map((state) => ({ state, doc: state.snapshot(), appliedSeq: state.appliedSeq })), closed };
  }

  private async writeSnapshot(snapshot: Snapshot): Promise<void> {
    const written: { item: SnapshotItem; tempPath: string; entry: ManifestEntry }[] = [];
    try {
      for (const item of snapshot.items) {
        const temp = await writeDocumentTemp(item.state.path, item.doc, this.ctx.codec);
        const entry: ManifestEntry = {
          bytes: temp.bytes,
          crc32: temp.crc32,
          schemaVersion: item.doc.schemaVersion,
          records: recordCount(item.doc),
          counts: item.state.kind.count ? item.state.kind.count(item.doc) : {},
        };
        written.push({ item, tempPath: temp.tempPath, entry });
      }
      const documents = Object.fromEntries(written.map((w) => [w.item.state.fileName, w.entry]));
      // Say what is about to be put in place first: an open after a crash part way through then trusts both forms.
      if (written.length > 0) await writeManifest(this.ctx.dataDir, { ...this.manifest, pending: { checkpointSeq: snapshot.seq, documents } });
      for (const w of written) await renameWithRetry(w.tempPath, w.item.state.path);
      if (written.length > 0) await syncDirectory(this.ctx.dataDir);
      for (const w of written) {
        const s = w.item.state;
        s.diskSeq = Math.max(s.diskSeq, w.item.appliedSeq);
        s.diskEntry = w.entry;
        s.trustedEntries = [w.entry];
        s.onDisk = true;
        s.rewriteNeeded = false;
      }
      const next: Manifest = {
        format: 'peer-desk-folder',
        formatVersion: 1,
        appVersion: this.ctx.appVersion,
        writtenAt: this.ctx.now().toISOString(),
        checkpointSeq: snapshot.seq,
        feedFloor: this.manifest.feedFloor,
        // Every healthy file as it now is; a damaged or missing one keeps its old entry, so it is still missed next time.
        documents: { ...this.manifest.documents, ...this.healthyEntries() },
      };
      await writeManifest(this.ctx.dataDir, next);
      this.manifest = next;
      this.manifestNeedsWrite = false;
    } catch (error) {
      await Promise.all(written.map((w) => fs.rm(w.tempPath, { force: true }).catch(() => undefined)));
      this.journal.keep(snapshot.closed);
      throw writeFailure(error);
    }
    await archiveSegments(this.ctx.journalDir, snapshot.closed).catch((error: unknown) => this.ctx.log('moving old journal segments aside failed', error));
  }

  /** Call inside the maintenance queue, after a checkpoint: reads the files that checkpoint left. */
  private async backupFromDisk(reason: BackupReason): Promise<BackupInfo> {
    const parts = await prepareParts(this.ctx.backupsDir, this.backupDocuments(), this.ctx.codec);
    const content = { reason, createdAt: this.ctx.now(), appVersion: this.ctx.appVersion, counts: this.diskCounts(), parts };
    let info: BackupInfo;
    try {
      info = await writeBackup(this.ctx.backupsDir, content, this.ctx.codec);
    } catch (error) {
      throw writeFailure(error);
    }
    await pruneAutomaticBackups(this.ctx.backupsDir, this.ctx.keepAutomaticBackups, this.ctx.codec, this.holdings(), (f) => f === documentFileName(tombstonesKind, undefined));
    return info;
  }

  // ----- restore ---------------------------------------------------------------------------

  /** `codec` reads the backup when the folder's own cannot (one sealed with another key); documents are written with the folder's. */
  private async restore(bytes: Buffer, codec: Codec = this.ctx.codec): Promise<void> {
    const { documents: restored, createdAt } = await readBackupWithDate(bytes, codec, this.ctx.kinds);
    const made = new Date(createdAt);
    const description = Number.isNaN(made.getTime()) ? 'a backup' : `the backup from ${formatUkDateTime(createdAt)}`;
    if (this.closing) throw new Error(CLOSED);
    await this.maintenance.run(() =>
      this.commits.run(async () => {
        if (!this.isEmpty()) {
          await this.checkpointNow(true);
          await this.backupFromDisk('before-restore');
        }
        const seq = this.lastSeq;
        await this.journal.close();
        const now = this.ctx.now();
        let staged;
        try {
          staged = await stageRestore(
            this.ctx.dataDir,
            restored,
            this.ctx.codec,
            (documents) => ({ format: 'peer-desk-folder', formatVersion: 1, appVersion: this.ctx.appVersion, writtenAt: now.toISOString(), checkpointSeq: seq, feedFloor: seq, documents }),
            description,
            now,
          );
        } catch (error) {
          await fs.rm(path.join(this.ctx.dataDir, RESTORE_STAGING), { recursive: true, force: true }).catch(() => undefined);
          throw writeFailure(error);
        }
        try {
          await finishRestore(this.ctx.dataDir, this.ctx.kinds);
        } catch (error) {
          // The restore is decided (its marker is written): the next open finishes it.
          this.problemList.push({ file: 'peerdesk-restore.json', reason: 'The restore could not be finished. Close Peer Desk and open it again to finish it' });
          throw writeFailure(error);
        }
        this.journal = new Journal(this.ctx.journalDir, this.ctx.codec, [], 0);
        this.journalDamage = null;
        this.manifest = { format: 'peer-desk-folder', formatVersion: 1, appVersion: this.ctx.appVersion, writtenAt: now.toISOString(), checkpointSeq: seq, feedFloor: seq, documents: staged.entries };
        this.manifestNeedsWrite = false;
        const byFile = new Map(restored.map((r) => [r.fileName, r]));
        for (const r of restored) this.state(r.kind, r.key);
        for (const state of this.docs.values()) {
          const r = byFile.get(state.fileName);
          state.pending = [];
          state.damaged = false;
          state.rewriteNeeded = false;
          state.diskSeq = seq;
          state.appliedSeq = 0;
          state.onDisk = r !== undefined;
          state.diskEntry = r ? (staged.entries[state.fileName] ?? null) : null;
          state.trustedEntries = state.diskEntry ? [state.diskEntry] : [];
          state.setData(r ? (this.ctx.freezeRecords ? freezeRecords(r.doc) : r.doc) : (state.kind.empty() as StoredDoc));
        }
        this.problemList = [];
      }),
    );
  }

  // ----- damage and the change feed -------------------------------------------------------

  /** After "continue without restoring" with a damaged journal: its segments are kept aside, never deleted. */
  private async setJournalAside(): Promise<void> {
    await this.journal.close();
    const stamp = corruptStamp(this.ctx.now());
    for (const s of await listSegments(this.ctx.journalDir)) {
      await fs.rename(path.join(this.ctx.journalDir, s.name), path.join(this.ctx.journalDir, `${s.name}.corrupt-${stamp}`));
    }
    this.journal = new Journal(this.ctx.journalDir, this.ctx.codec, [], 0);
    this.journalDamage = null;
    this.manifestNeedsWrite = true;
    // Changes after the damage are gone: a replica reading the feed must start again.
    this.manifest = { ...this.manifest, feedFloor: this.lastSeq };
    // Every document the good commits touched is written by the checkpoint that follows.
    for (const d of this.docs.values()) if (d.appliedSeq > 0) d.rewriteNeeded = true;
  }

  /** The answer when the journal no longer reaches back far enough: every record and tombstone now held. */
  private everythingAsOneCommit(): ChangeFeed {
    const changes: ChangeFeed['commits'][number]['changes'] = [];
    for (const target of this.ctx.targets.values()) {
      if (target.type === 'singleton') {
        changes.push({ collection: target.name, id: target.name, record: this.value(target) });
        continue;
      }
      if (target === tombstones) continue;
      const keys = target.kind.partitioned ? this.keys(target.kind) : [undefined];
      for (const key of keys) {
        const list = (this.get(target.kind, key) as unknown as Record<string, StoredRecord[]>)[target.field] ?? [];
        for (const record of list) changes.push(key === undefined ? { collection: target.name, id: record.id, record } : { collection: target.name, id: record.id, partition: key, record });
      }
    }
    for (const t of this.get(tombstonesKind).tombstones) {
      changes.push(t.partition === undefined ? { collection: t.collection, id: t.recordId, deleted: true } : { collection: t.collection, id: t.recordId, partition: t.partition, deleted: true });
    }
    return { lastSeq: this.lastSeq, reset: true, commits: [{ seq: this.lastSeq, at: this.ctx.now().toISOString(), changes }] };
  }
}
