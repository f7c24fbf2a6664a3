import type { StoreProblem } from '../../shared/api';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';
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
  codec?: Codec;
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
  /** Takes today's automatic backup if there is none yet (normally done in the background after open). */
  dailyBackup(): Promise<BackupInfo | null>;
  /** Resolves once background work (checkpoints, the daily backup) has finished. */
  whenIdle(): Promise<void>;

  createBackup(reason: BackupReason): Promise<BackupInfo>;
  /** A backup of the current state as bytes, for "save a backup to a file". Not kept in backups/. */
  backupToBytes(): Promise<{ filename: string; bytes: Buffer }>;
  listBackups(): Promise<BackupInfo[]>;
  /** Restores a backup from backups/ by name: validates it, backs up the current state, replaces documents. */
  restoreBackup(name: string): Promise<void>;
  restoreBackupBytes(bytes: Buffer): Promise<void>;
  /** "Continue without restoring": damaged or missing documents start empty (damaged copies stay aside). */
  resolveProblemsWithEmpty(): Promise<void>;
  dismissNotice(id: string): void;

  /** Waits for queued commits, writes a checkpoint, then releases the folder lock. */
  close(): Promise<void>;
}
