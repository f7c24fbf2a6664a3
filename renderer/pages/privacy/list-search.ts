import { fold } from '../../../shared/text';

/**
 * Search within a list the Privacy page already holds: every word typed must appear somewhere
 * in what the row shows, ignoring case and accents ("sian" finds "Siân"), so "bus dec" finds
 * the breach on the bus in December.
 */
export function matchesSearch(texts: readonly (string | undefined)[], query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' \n '));
  return words.every((w) => haystack.includes(w));
}
