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

export function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

/** UK numbers written as +44 7700… or 07700… compare equal. */
export function phoneKey(phone: string): string {
  const d = digitsOnly(phone);
  return d.startsWith('44') && d.length >= 12 ? `0${d.slice(2)}` : d;
}
