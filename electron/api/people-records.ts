import { ApiError } from '../../shared/errors';

/** Record-keeping rules shared by the volunteer and member handlers. */

/** Replaces a record by id with a new object (never edits in place: the search index relies on it). */
export function replaceById<T extends { id: string }>(list: T[], next: T, notFound: string): void {
  const i = list.findIndex((x) => x.id === next.id);
  if (i === -1) throw new ApiError('NOT_FOUND', notFound);
  list[i] = next;
}

/** Refuses an edit made on a copy of the record older than the one on file. */
export function checkNotStale(current: { updatedAt: string }, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt && current.updatedAt !== expectedUpdatedAt) {
    throw new ApiError('CONFLICT', 'This record was changed somewhere else since you opened it. Your changes were not saved: reopen the record and make them again.');
  }
}
