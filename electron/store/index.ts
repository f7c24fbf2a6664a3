/** The local store: everything handlers need, and nothing about how it is kept on disk. */
export { openStore } from './open-store';
export { plainCodec } from './codec';
export { atomicWriteFile } from './atomic-write';
export { AlreadyOpenError, BackupInvalidError, NewerVersionError, StoreNeedsRecoveryError } from './errors';
export type { AnyDocumentKind, Codec, DocumentKind, Migration, OpenStoreOptions, Store } from './types';
