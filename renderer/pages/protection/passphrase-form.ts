import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/protection';

/**
 * Checks on a new passphrase typed twice, before anything is sent (the main process checks
 * the length again). Messages name what to do, beside the field they are about.
 */

export interface NewPassphrase {
  next: string;
  again: string;
}

export type NewPassphraseErrors = Partial<Record<keyof NewPassphrase, string>>;

export const EMPTY_NEW_PASSPHRASE: NewPassphrase = { next: '', again: '' };

export function newPassphraseErrors({ next, again }: NewPassphrase): NewPassphraseErrors {
  if (next.trim().length < MIN_PASSPHRASE_LENGTH) return { next: `Enter a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters` };
  if (again !== next) return { again: again === '' ? 'Type the passphrase again, to be sure it is what you meant' : 'The two passphrases are not the same. Type it again' };
  return {};
}

/** "1:05" or "0:30": how long is left of a wait, for the unlock screen's countdown. */
export function minutesAndSeconds(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "30 seconds", "2 minutes": the same wait in words, for the message read out once. */
export function waitInWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
