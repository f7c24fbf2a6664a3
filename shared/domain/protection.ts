/**
 * "Protect with a passphrase": the rules the set-up screen shows before anything is sent, and
 * the idle-lock choices. The main process checks the length again (electron/protection/key-file.ts
 * keeps the same number; a unit test holds the two together).
 */

export const MIN_PASSPHRASE_LENGTH = 10;

/** Minutes without a key press or mouse movement before Peer Desk locks itself. */
export const LOCK_AFTER_IDLE_CHOICES = [5, 10, 15, 30, 60] as const;
export const DEFAULT_LOCK_AFTER_IDLE_MINUTES = 15;

/** How long before an idle lock the warning (with its countdown) appears. */
export const IDLE_WARNING_MS = 60_000;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export interface StrengthHint {
  strength: PassphraseStrength;
  /** One plain sentence to show under the field. */
  hint: string;
}

// Passwords people reach for first: a passphrase built on one of these is guessed early.
const COMMON = ['password', 'passphrase', 'passw0rd', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'charity', 'peerdesk', 'monkey', 'dragon', 'football', 'abc123', '123456', '111111'];

/**
 * Characters that add something: a character repeating the one before ("aaaa") or carrying on
 * a run ("abcd", "1234") is nearly free to guess, so it does not count.
 */
function effectiveLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const here = text.charCodeAt(i);
    const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
    if (here === before || here === before + 1 || here === before - 1) continue;
    count += 1;
  }
  return count;
}

function alphabetSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/[0-9]/.test(text)) size += 10;
  if (/[^a-zA-Z0-9]/.test(text)) size += 33;
  return Math.max(size, 1);
}

/**
 * A rough guide, not a promise: bits of guessing work from the length and the kinds of
 * character, with runs, repeats and well-known passwords taken off. No word list is shipped:
 * the hint steers towards length (several ordinary words), which is what matters most.
 */
export function passphraseStrength(passphrase: string): StrengthHint {
  const text = passphrase.trim();
  if (text.length < MIN_PASSPHRASE_LENGTH) {
    return { strength: 'too-short', hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A few ordinary words in a row are easy to remember and hard to guess.` };
  }
  const lower = text.toLowerCase();
  const common = COMMON.some((word) => lower.includes(word));
  const bits = effectiveLength(text) * Math.log2(alphabetSize(text));
  if (common || bits < 50) {
    return { strength: 'weak', hint: 'Weak: this would be easy to guess. Add two or three more ordinary words that do not go together.' };
  }
  if (bits < 75) return { strength: 'fair', hint: 'Fair. One or two more words would make it much harder to guess.' };
  return { strength: 'strong', hint: 'Strong. Make sure you can remember it: nobody can tell you what it was.' };
}
