import { formatUkDate, formatUkDateFull, formatUkDateLong, isIsoDate, localDateOf } from '../../shared/dates';

/**
 * Text as it can be printed with the shipped font (Roboto: Latin with Latin Extended and
 * Vietnamese, Greek, Cyrillic). People put emoji in their names and notes; the font has
 * none, so without this they would print as empty boxes or blank gaps.
 */

// ©, ® and ™ count as "pictographic" in Unicode but Roboto draws them, and they are
// legitimate in organisation and venue names.
const KEEP = new Set(['\u00a9', '\u00ae', '\u2122']);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/gu;
// What glues emoji together or modifies them: zero-width joiner, variation selectors,
// combining keycap, skin tones, regional-indicator flags, tag sequences (subdivision flags).
const EMOJI_PARTS = /\u200d|\ufe0e|\ufe0f|\u20e3|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u{e0020}-\u{e007f}]/gu;
// Private-use and unassigned code points and lone surrogates: no font we ship has them.
const UNDRAWABLE = /[\p{Co}\p{Cn}\p{Cs}]/gu;
// Control characters other than the line feed, which multi-line text keeps.
const CONTROLS = /[^\P{Cc}\n]/gu;

export function printableText(text: string): string {
  return (
    text
      // Composed form: the font has "ễ" as one glyph but no combining circumflex, so "e" +
      // U+0302 + U+0303 typed on some keyboards would print without its accents.
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      .replace(PICTOGRAPHIC, (c) => (KEEP.has(c) ? c : ''))
      .replace(EMOJI_PARTS, '')
      .replace(UNDRAWABLE, '')
      .replace(CONTROLS, '')
      // A removed emoji between two words leaves two spaces.
      .replace(/[^\S\n]{2,}/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim()
  );
}

/**
 * A run inside a line of differently styled words: printable, keeping one space at either
 * end, so "ask " and a bold name do not print as "askSiân". `tidy` works on the words alone.
 */
export function printableRun(text: string, tidy: (words: string) => string = (words) => words): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) && text.trim() !== '' ? ' ' : '';
  const middle = tidy(printableText(text));
  return middle === '' ? (text.length > 0 && /\s/.test(text) ? ' ' : '') : `${lead}${middle}${trail}`;
}

/** A name for a list: never blank, so a row on a sheet is never silently empty. */
export function printableName(name: string): string {
  return printableText(name).replace(/\n/g, ' ') || '(name cannot be printed)';
}

/** The date part of an ISO date or timestamp, if it is a real date. */
function isoDay(iso: string): string | undefined {
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}

/** 09/12/2025, or the text as given if it is not a date (better than "Invalid date"). */
export function ukDate(iso: string): string {
  const day = isoDay(iso);
  return day ? formatUkDate(day) : iso;
}

/** Tuesday 9 December 2025 */
export function dateInWords(iso: string): string {
  const day = isoDay(iso);
  return day ? formatUkDateFull(day) : iso;
}

/** Tue 9 Dec 2025: for footers, where space is short. */
export function shortDateInWords(iso: string): string {
  const day = isoDay(iso);
  return day ? formatUkDateLong(day) : iso;
}

/** The day a document was printed: a plain date as given, a timestamp in local time. */
export function printedDate(printedOn: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(printedOn)) return ukDate(printedOn);
  const day = localDateOf(printedOn);
  return day ? formatUkDate(day) : printedOn;
}

/** 10:30–12:00 */
export function timeRange(start: string, end: string): string {
  return `${start}\u2013${end}`;
}

/**
 * "B. Fitzgerald-Worthington" for Bartholomew: an initial for each given name ("M.-C." for
 * Mary-Catherine, "M. A." for Mary Ann) and the surname whole, for a column too narrow for
 * the full name. Nothing is cut inside a word, and a single name is left as it is.
 */
export function initialsAndSurname(given: string, surname: string): string {
  const initials = printableText(given)
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => /\p{L}/u.exec(part)?.[0])
        .filter((initial): initial is string => initial !== undefined)
        .map((initial) => `${initial}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
  const last = printableText(surname).replace(/\s+/g, ' ');
  if (!last) return printableName(given);
  return initials ? `${initials} ${last}` : last;
}
