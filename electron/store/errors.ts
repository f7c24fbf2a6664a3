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

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** The disk is full: the change was not written, and nothing else was changed. */
export class DiskFullError extends ApiError {
  constructor() {
    super('DISK_FULL', 'The disk is full. Free some space, then try again. Nothing was changed.');
    this.name = 'DiskFullError';
  }
}

const CAUSES: Record<string, string> = {
  EACCES: 'permission was refused',
  EPERM: 'permission was refused',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an error',
  EBUSY: 'another program is using it',
  EMFILE: 'too many files are open',
};

function cause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return CAUSES[code] ?? 'the computer refused';
}

/** A write to the data folder failed for a reason other than a full disk. */
export class StorageWriteError extends ApiError {
  constructor(error: unknown) {
    super('STORAGE', `Peer Desk could not save to its data folder (${cause(error)}). Nothing was changed. Check the folder and the disk, then try again.`);
    this.name = 'StorageWriteError';
  }
}

/** Turns a failed write into a plain error; ApiErrors pass through as they are. */
export function writeFailure(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (DISK_FULL_CODES.has((error as NodeJS.ErrnoException | undefined)?.code ?? '')) return new DiskFullError();
  return new StorageWriteError(error);
}

/** A file in the data folder exists but cannot be read (permissions, a failing disk). */
export class UnreadableFileError extends ApiError {
  constructor(
    readonly file: string,
    dataDir: string,
    error: unknown,
  ) {
    super(
      'STORAGE',
      `Peer Desk cannot read ${file} in ${dataDir} (${cause(error)}). Check that your user account can open that file (or ask whoever set up the computer), then start Peer Desk again. Nothing has been changed.`,
    );
    this.name = 'UnreadableFileError';
  }
}

/** A document read on first use turned out to be damaged: it has been moved aside like one found on open. */
export class DocumentDamagedError extends ApiError {
  constructor(file: string) {
    super('STORE_NEEDS_RECOVERY', `${file} could not be read, so nothing can be saved until you restore a backup or choose to continue without it.`);
    this.name = 'DocumentDamagedError';
  }
}

/** Opening failed on the file system (a folder that cannot be listed or written): plain words, nothing changed. */
export class FolderUnusableError extends ApiError {
  constructor(dataDir: string, error: unknown) {
    super(
      'STORAGE',
      `Peer Desk cannot use its data folder ${dataDir} (${cause(error)}). Check that your user account can open and change that folder, then start Peer Desk again. Nothing has been changed.`,
    );
    this.name = 'FolderUnusableError';
  }
}
