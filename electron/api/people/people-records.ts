import { isErased } from '../../../shared/domain/erasure';
import { ApiError } from '../../../shared/errors';
import { STALE_RECORD_MESSAGE } from '../../store/transaction';

/** Record-keeping rules shared by the volunteer and member handlers. */

/**
 * Refuses an edit made on a copy of the record older than the one on file, as the form
 * last loaded it (the store's own check covers only the moment between read and save).
 */
export function checkNotStale(current: { updatedAt: string }, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt && current.updatedAt !== expectedUpdatedAt) throw new ApiError('CONFLICT', STALE_RECORD_MESSAGE);
}

/** An erased person's placeholder keeps counts and links, and nothing more may be written to it. */
export function refuseErased(person: { erasedAt?: string | undefined }): void {
  if (isErased(person)) throw new ApiError('CONFLICT', 'This person’s details were erased at their request, so their record cannot be changed.');
}
