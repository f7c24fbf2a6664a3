/** The local store: everything handlers need, and nothing about how it is kept on disk. */
export { openStore } from './open-store';
export { plainCodec } from './codec';
export { atomicWriteFile } from './atomic-write';
export { defineCollection, defineSingleton } from './collections';
export type { AnyTarget, Collection, Singleton, StoredRecord } from './collections';
export type { Transaction } from './transaction';
export { tombstonesKind, type Tombstone } from './tombstones';
export {
  AlreadyOpenError,
  BackupInvalidError,
  DiskFullError,
  NewerVersionError,
  StoreNeedsRecoveryError,
  UnreadableFileError,
} from './errors';
export type { AnyDocumentKind, Change, ChangeFeed, Codec, DocumentKind, Migration, OpenStoreOptions, Store, StoreNotice } from './types';
