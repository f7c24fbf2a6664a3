import { fireEvent } from '@testing-library/react';

/**
 * Escape in a modal <dialog>, as the browser does it: the dialog gets a cancelable `cancel`
 * event and closes itself unless a handler prevents that. happy-dom's showModal() only sets
 * `open` (no Escape handling, no focus move, no inert page), so the test plays the browser's
 * part. Returns whether the dialog was left to the page to close (the event was prevented).
 */
export function pressEscapeIn(dialog: HTMLElement): boolean {
  return !fireEvent(dialog, new Event('cancel', { cancelable: true }));
}
