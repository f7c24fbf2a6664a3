import { isIsoDate, parseUkDate, type IsoDate } from '../dates';
import { fold } from '../text';
import { SESSION_MODE_LABELS, SESSION_MODES, SESSION_OUTCOME_LABELS, type SessionMode, type SessionOutcome } from './programmes';

/**
 * The paper session record sheet and keying it back in. The sheet asks the volunteer to write
 * short codes for how they met and what happened; the "Key in a paper sheet" grid reads the
 * same codes (or the words), so what is on the paper is what gets typed.
 */

/** One letter each, the first letter of its name: nothing to learn. */
export const HOW_CODES: Record<SessionMode, string> = {
  'in-person': 'I',
  phone: 'P',
  video: 'V',
  'home-visit': 'H',
  'ward-visit': 'W',
  'out-and-about': 'O',
};

/** The codes services already write in case notes ("DNA"); never the same as a how code. */
export const OUTCOME_CODES: Record<SessionOutcome, string> = {
  attended: 'A',
  'did-not-attend': 'DNA',
  'cancelled-by-member': 'CM',
  'cancelled-by-volunteer': 'CV',
};

/** "I in person · P phone · …": the key printed on the sheet and shown above the grid. */
export function howKey(): string {
  return SESSION_MODES.map((m) => `${HOW_CODES[m]} ${SESSION_MODE_LABELS[m].toLowerCase()}`).join(' \u00b7 ');
}

/** Shorter than the labels on screen, so the key is one line on the sheet. */
const OUTCOME_KEY_WORDS: Record<SessionOutcome, string> = {
  attended: 'attended',
  'did-not-attend': 'did not attend',
  'cancelled-by-member': 'cancelled by member',
  'cancelled-by-volunteer': 'cancelled by volunteer',
};

export function outcomeKey(): string {
  return (['attended', 'did-not-attend', 'cancelled-by-member', 'cancelled-by-volunteer'] as const).map((o) => `${OUTCOME_CODES[o]} ${OUTCOME_KEY_WORDS[o]}`).join(' \u00b7 ');
}

/** Words people write for these on paper, beside the codes and the names in full. */
const HOW_WORDS: Record<string, SessionMode> = { 'face to face': 'in-person', f2f: 'in-person', telephone: 'phone', call: 'phone', zoom: 'video', teams: 'video', home: 'home-visit', ward: 'ward-visit', out: 'out-and-about' };
const OUTCOME_WORDS: Record<string, SessionOutcome> = { yes: 'attended', came: 'attended', 'did not attend': 'did-not-attend', dna: 'did-not-attend', 'no show': 'did-not-attend' };

/** "D.N.A." and "dna" alike: full stops and apostrophes dropped, other marks read as spaces. */
const norm = (text: string) =>
  fold(text)
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function reads<T extends string>(text: string, codes: Record<T, string>, labels: Record<T, string>, words: Record<string, T>): T | undefined {
  const t = norm(text);
  if (!t) return undefined;
  const entries = Object.entries(codes) as [T, string][];
  return entries.find(([, code]) => norm(code) === t)?.[0] ?? entries.find(([value]) => norm(labels[value]) === t)?.[0] ?? words[t];
}

/** "p", "P", "phone", "Phone" → phone; undefined when it is none of them. */
export function readHow(text: string): SessionMode | undefined {
  return reads(text, HOW_CODES, SESSION_MODE_LABELS, HOW_WORDS);
}

/** "a", "DNA", "cm", "Did not attend" → the outcome; undefined when it is none of them. */
export function readOutcome(text: string): SessionOutcome | undefined {
  return reads(text, OUTCOME_CODES, SESSION_OUTCOME_LABELS, OUTCOME_WORDS);
}

/**
 * A date as written on the sheet: dd/mm/yyyy, or just dd/mm, which is the latest such day
 * not after today (a sheet keyed in January can hold December's sessions). Null when it is
 * not a date.
 */
export function readPaperDate(text: string, today: IsoDate): IsoDate | null {
  const full = parseUkDate(text);
  if (full) return full;
  const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [day, month] = [m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0')];
  const year = Number(today.slice(0, 4));
  for (const y of [year, year - 1]) {
    const iso = `${y}-${month}-${day}`;
    // 29/02 in a year without it: try the year before, which may have one.
    if (isIsoDate(iso) && iso <= today) return iso;
  }
  return null;
}
