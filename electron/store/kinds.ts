import type { z } from 'zod';

/**
 * What a document is and how its bytes are kept: the types everything in the store builds on,
 * apart from the store itself (types.ts), so that no part of the store imports the whole.
 */

/** Turns document text into bytes on disk and back: the seam for encryption at rest. */
export interface Codec {
  readonly id: string;
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
  /**
   * Bytes that are not text (a backup's gzip stream) straight through the codec. Without these
   * a codec gets them as base64 text, a third larger and slower; encryption provides them.
   */
  encodeBytes?(bytes: Buffer): Buffer;
  decodeBytes?(bytes: Buffer): Buffer;
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
  /**
   * Whether a document is read when the folder opens (default) or on first use: older years
   * of sessions and the audit log are not needed by the first screen.
   */
  loadOnOpen?(key: string | undefined, today: Date): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds kinds of every document type
export type AnyDocumentKind = DocumentKind<any>;
