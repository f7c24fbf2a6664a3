import type { StoreProblem } from '../../shared/api';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
import type { BackupEdit, RewriteResult } from './backup-rewrite';
import type { AnyTarget, Collection, Singleton, StoredRecord } from './collections';
import type { AnyDocumentKind, Codec, DocumentKind } from './kinds';
import type { Transaction } from './transaction';

/**
 * The store's public surface. Handlers depend on this interface only; the implementation
 * (lowdb documents, durable writes, backups, lock) lives beside it in electron/store/.
 */

export type { AnyDocumentKind, Codec, DocumentKind, Migration } from './kinds';


export interface OpenStoreOptions {
  dataDir: string;
  kinds: readonly AnyDocumentKind[];
  /** The lists and values handlers write through transactions (see collections.ts). */
  collections?: readonly AnyTarget[];
  appVersion: string;
  /** How bytes are kept on disk (plain UTF-8 unless protection is on). */
  codec?: Codec;
  /**
   * Run once the folder is locked, any interrupted restore finished and temp files swept,
   * before a document is read: protection converts the folder's files here, so nothing else
   * can open the folder half converted.
   */
  prepareFolder?: (dataDir: string) => Promise<void>;
  /** Injected clock for tests (daily backups, timestamps). */
  now?: () => Date;
  /** Automatic backups kept (manual ones are kept until deleted). Default 14. */
  keepAutomaticBackups?: number;
  /** A checkpoint starts once the journal holds this many bytes. Default 8 MB. */
  checkpointBytes?: number;
  /** A checkpoint starts after this long with no commits. Default 20 s; 0 turns it off. */
  idleCheckpointMs?: number;
  /** The daily backup starts this long after open. Default 3 s; -1 turns it off (tests call dailyBackup()). */
  dailyBackupDelayMs?: number;
  /** Write a checkpoint when closing (default). Off only to measure replay after a crash. */
  checkpointOnClose?: boolean;
  /** Freeze records as they enter memory, so code that edits one in place fails loudly. Default: on under tests. */
  freezeRecords?: boolean;
  /** Where background failures (a checkpoint that could not be written) are reported. */
  log?: (message: string, error?: unknown) => void;
  /**
   * Each kind's data version in the last release that wrote commits without version stamps:
   * the most an unstamped commit can be at, used when the manifest cannot say (commit-versions.ts).
   */
  versionsBeforeStamps?: Readonly<Record<string, number>>;
}

/** Something the coordinator should be told once, in plain words (a restore finished on open). */
export interface StoreNotice {
  id: string;
  message: string;
}

/** One record changed by a commit, as the change feed gives it (CouchDB's `_changes` rows). */
export interface Change {
  collection: string;
  id: string;
  partition?: string;
  /** The record (or singleton value) after the change; absent when deleted. */
  record?: unknown;
  deleted?: true;
}

export interface ChangeFeed {
  /** Give this to the next call. */
  lastSeq: number;
  /**
   * True when `since` is older than the journal still holds (or comes from before a
   * restore): `commits` is then one synthetic commit with every record and tombstone now
   * held, and the reader must treat it as a fresh start.
   */
  reset: boolean;
  commits: { seq: number; at: string; changes: Change[] }[];
}

export interface Store {
  readonly dataDir: string;
  readonly backupsDir: string;
  /** Damaged or missing documents found on open (or on first use); saving is refused until resolved. */
  readonly problems: readonly StoreProblem[];
  /** Things that happened on open the coordinator should know about. */
  readonly notices: readonly StoreNotice[];
  /** Sequence number of the newest commit. */
  readonly seq: number;
  /** True when no document file exists yet and nothing has been committed (a brand-new data folder). */
  isEmpty(): boolean;

  /** The in-memory document (the kind's empty() if there is none), read from disk on first use. Never edit it. */
  get<T extends { schemaVersion: number }>(kind: DocumentKind<T>, key?: string): T;
  /** Partition keys of a partitioned kind that hold a document, sorted. */
  keys(kind: AnyDocumentKind): string[];
  /** One record by id, without a search. */
  record<T extends StoredRecord>(collection: Collection<T>, id: string, partition?: string): T | undefined;
  value<T>(singleton: Singleton<T>): T;
  /** Changes whenever the document changes: for caching lookups built from it. */
  version(kind: AnyDocumentKind, key?: string): number;

  /**
   * Runs `build` in the commit queue, against the newest committed state, and writes what
   * it staged as one commit: appended to the journal and fsynced, then applied in memory.
   * Resolves once durable. If `build` throws or the write fails, nothing is changed.
   * Throws StoreNeedsRecoveryError while `problems` is not empty.
   */
  transaction<R>(build: (tx: Transaction) => R): Promise<R>;

  /** Records held across all documents ({ volunteers: 487 }). */
  counts(): Record<string, number>;

  /** Commits after `since`, with removals as tombstones: the seam for replication. */
  changesSince(since: number, options?: { limit?: number }): Promise<ChangeFeed>;
  /** Brings the document files up to date with the journal now. */
  checkpoint(): Promise<void>;
  /**
   * Forgets the past: a checkpoint, then every journal segment (live and archived) that holds
   * commits up to it is deleted and the change feed's floor raised, so a reader starts again
   * from the records as they are. After an erasure, nothing in the folder holds the old record
   * but the backups. Safe to interrupt: the checkpoint is durable before anything is deleted.
   */
  forgetHistory(): Promise<void>;
  /**
   * Rewrites every backup in backups/ that `edit` changes, one atomic replace each (erasure's
   * "Remove from backups now"). Backups that cannot be read are left as they are and named.
   */
  rewriteBackups(edit: BackupEdit): Promise<RewriteResult>;
  /** How many automatic backups are kept before the oldest is deleted. */
  readonly keepAutomaticBackups: number;
  /** Takes today's automatic backup if there is none yet (normally done in the background after open). */
  dailyBackup(): Promise<BackupInfo | null>;
  /** Resolves once background work (checkpoints, the daily backup) has finished. */
  whenIdle(): Promise<void>;

  createBackup(reason: BackupReason): Promise<BackupInfo>;
  /**
   * A backup of the current state as bytes, for "save a backup to a file". Not kept in backups/.
   * Through the folder's codec (sealed when protected), unless `plain` asks for bare gzip.
   */
  backupToBytes(options?: { plain?: boolean }): Promise<{ filename: string; bytes: Buffer }>;
  listBackups(): Promise<BackupInfo[]>;
  /** Restores a backup from backups/ by name: validates it, backs up the current state, replaces documents. */
  restoreBackup(name: string): Promise<void>;
  /** `codec` reads a backup the folder's own codec cannot (sealed with another data key). */
  restoreBackupBytes(bytes: Buffer, codec?: Codec): Promise<void>;
  /** "Continue without restoring": damaged or missing documents start empty (damaged copies stay aside). */
  resolveProblemsWithEmpty(): Promise<void>;
  dismissNotice(id: string): void;
  /** Tells the coordinator something once (replacing a notice with the same id), e.g. after a restore. */
  addNotice(notice: StoreNotice): void;

  /** Waits for queued commits, writes a checkpoint, then releases the folder lock. */
  close(): Promise<void>;
}
