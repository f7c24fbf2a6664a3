/**
 * Errors that cross the API boundary. Handlers throw `ApiError`; the dispatcher turns
 * it into `{ ok: false, error: { code, message, fields? } }` so the renderer always gets
 * a structured error with a plain-English message, never a stack trace or a crash.
 */
export type ApiErrorCode =
  | 'VALIDATION' // input did not pass the method's schema; `fields` says which
  | 'NOT_FOUND'
  | 'CONFLICT' // the record changed since it was read, or a rule forbids the change
  | 'UNKNOWN_METHOD'
  | 'STORE_NEEDS_RECOVERY' // a data file was damaged; nothing can be saved until the user chooses
  | 'ALREADY_OPEN' // another Peer Desk holds the data folder
  | 'NEWER_VERSION' // data written by a newer Peer Desk
  | 'BAD_FILE' // an uploaded file (CSV, backup) cannot be read
  | 'DISK_FULL' // nothing could be written: the disk is full
  | 'STORAGE' // the data folder could not be read or written (permissions, a failing disk)
  | 'LOCKED' // protected with a passphrase and locked: only protection.* calls are answered until it is unlocked
  | 'UNAUTHORISED'
  | 'INTERNAL';

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  /** Field path (dot separated, as in the form) → message to show next to that field. */
  fields?: Record<string, string>;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ApiErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }

  toShape(): ApiErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Collapses zod issues to one message per field path, first issue wins. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}
