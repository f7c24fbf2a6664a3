/**
 * Between the protection screens without a shared parent: Settings turning protection on or
 * off (or changing the idle minutes) tells the header's controls to look again; the idle lock
 * tells the unlock screen why it locked.
 */
export const PROTECTION_CHANGED = 'peer-desk:protection-changed';

export function protectionChanged(): void {
  window.dispatchEvent(new Event(PROTECTION_CHANGED));
}

const WHY_KEY = 'peer-desk-locked-why';
export type LockReason = 'idle' | 'idle-unsaved';

export function rememberWhyLocked(why: LockReason): void {
  sessionStorage.setItem(WHY_KEY, why);
}

/** Why the last lock happened, once: the unlock screen says so and forgets it. */
export function takeWhyLocked(): LockReason | null {
  const why = sessionStorage.getItem(WHY_KEY);
  sessionStorage.removeItem(WHY_KEY);
  return why === 'idle' || why === 'idle-unsaved' ? why : null;
}
