/**
 * Folding for search and duplicate checks: case- and accent-insensitive, so "sian" finds
 * "Siân" and "Zoe" finds "Zoë". Letters without a decomposition (ł, ø, ß) get their
 * common ASCII spelling.
 */
const EXTRA: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøßæœđı]/g, (c) => EXTRA[c] ?? c);
}

/** A file-name or id part: "Siân's Group" → "sians-group"; `fallback` when nothing is left. */
export function slugify(text: string, fallback: string, maxLength = 60): string {
  return (
    fold(text)
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, maxLength)
      .replace(/-$/, '') || fallback
  );
}

export function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

/** UK numbers written as +44 7700… or 07700… compare equal. */
export function phoneKey(phone: string): string {
  const d = digitsOnly(phone);
  return d.startsWith('44') && d.length >= 12 ? `0${d.slice(2)}` : d;
}

/** "Volunteer who left" → "volunteer who left" inside a sentence; "DBS certificate numbers" keeps its capitals. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLocaleLowerCase('en-GB') ? text.charAt(0).toLocaleLowerCase('en-GB') + text.slice(1) : text;
}
