import type { z } from 'zod';
import type { StoreProblem } from '../../shared/api';
import type { BackupInfo, BackupReason } from '../../shared/domain/backups';

/**
 * The store's public surface. Handlers depend on this interface only; the implementation
 * (lowdb documents, durable writes, backups, lock) lives beside it in electron/store/.
 */

/** Turns document text into bytes on disk and back: the seam for encryption at rest. */
export interface Codec {
  readonly id: string;
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
}

/** One step of a document's schema history: a pure function from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  description: string;
  apply(doc: unknown): unknown;
}

/**
 * A kind of document. A plain kind lives in `<name>.json`; a partitioned kind (e.g. audit
 * by year, later sessions by year) lives in `<name>-<key>.json`, so a save rewrites one year.
 */
export interface DocumentKind<T extends { schemaVersion: number }> {
  name: string;
  partitioned: boolean;
  /** Current schemaVersion. Documents without one are version 0. */
  version: number;
  /** Validates a whole document at the current version. Structural only (see volunteers.ts). */
  schema: z.ZodType<T>;
  /** migrations[i].from === i; length === version. */
  migrations: readonly Migration[];
  empty(): T;
  /** Records held, for backup listings ({ volunteers: 487 }). */
  count?(doc: T): Record<string, number>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds kinds of every document type
export type AnyDocumentKind = DocumentKind<any>;

export interface OpenStoreOptions {
  dataDir: string;
  kinds: readonly AnyDocumentKind[];
  appVersion: string;
  codec?: Codec;
  /** Injected clock for tests (daily backups, timestamps). */
  now?: () => Date;
  /** Automatic backups kept (manual ones are kept until deleted). Default 14. */
  keepAutomaticBackups?: number;
}

export interface Store {
  readonly dataDir: string;
  readonly backupsDir: string;
  /** Damaged documents found on open and moved aside; saving is refused until resolved. */
  readonly problems: readonly StoreProblem[];
  /** True when no document file exists yet (a brand-new data folder). */
  isEmpty(): boolean;

  /** The in-memory document (the kind's empty() if there is no file). Read-only outside update(). */
  get<T extends { schemaVersion: number }>(kind: DocumentKind<T>, key?: string): T;
  /** Partition keys on disk or in memory for a partitioned kind, sorted. */
  keys(kind: AnyDocumentKind): string[];

  /**
   * Applies `mutate` to the document in place, then writes it durably through the single
   * write queue. Resolves once the bytes are on disk. If `mutate` throws or the write fails,
   * the in-memory document is reloaded from disk and the error rethrown.
   * Throws StoreNeedsRecoveryError while `problems` is not empty.
   */
  update<T extends { schemaVersion: number }, R>(kind: DocumentKind<T>, key: string | undefined, mutate: (doc: T) => R): Promise<R>;

  /** Records held across all documents ({ volunteers: 487 }). */
  counts(): Record<string, number>;

  createBackup(reason: BackupReason): Promise<BackupInfo>;
  /** A backup of the current state as bytes, for "save a backup to a file". Not kept in backups/. */
  backupToBytes(): Promise<{ filename: string; bytes: Buffer }>;
  listBackups(): Promise<BackupInfo[]>;
  /** Restores a backup from backups/ by name: validates it, backs up the current state, replaces documents. */
  restoreBackup(name: string): Promise<void>;
  restoreBackupBytes(bytes: Buffer): Promise<void>;
  /** "Continue without restoring": damaged documents start empty (the damaged copies stay aside). */
  resolveProblemsWithEmpty(): Promise<void>;

  /** Waits for queued writes, then releases the folder lock. */
  close(): Promise<void>;
}
