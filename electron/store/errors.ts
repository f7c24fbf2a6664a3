import { ApiError } from '../../shared/errors';

/** Another process (a second Peer Desk window, or a harness) holds the data folder. */
export class AlreadyOpenError extends ApiError {
  constructor(message: string) {
    super('ALREADY_OPEN', message);
    this.name = 'AlreadyOpenError';
  }
}

/** A document's schemaVersion is newer than this app knows: opening it could lose data. */
export class NewerVersionError extends ApiError {
  constructor(file: string, found: number, known: number) {
    super(
      'NEWER_VERSION',
      `${file} was saved by a newer version of Peer Desk (data version ${found}; this version understands up to ${known}). Install the newer version to open it. Nothing has been changed.`,
    );
    this.name = 'NewerVersionError';
  }
}

export class StoreNeedsRecoveryError extends ApiError {
  constructor() {
    super(
      'STORE_NEEDS_RECOVERY',
      'A data file was damaged, so nothing can be saved until you restore a backup or choose to continue without it.',
    );
    this.name = 'StoreNeedsRecoveryError';
  }
}

/** A backup file that does not open, parse or validate. Nothing is changed when this is thrown. */
export class BackupInvalidError extends ApiError {
  constructor(message: string) {
    super('BAD_FILE', message);
    this.name = 'BackupInvalidError';
  }
}
