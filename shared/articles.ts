/**
 * "a" or "an" before a word, chosen by how the word sounds rather than how it is spelt, for
 * sentences built from names typed in Settings (roles, courses): "an admin volunteer",
 * "a user group", "an hour", "an LGBT+ group", "a one-to-one". English has exceptions
 * no rule catches (acronyms said as words, like "a NATO"); these rules cover the words a
 * peer-support charity's roles and courses use.
 */

// Letters whose names start with a vowel sound: "an F", "an MBE", "an SEN".
const VOWEL_SOUND_LETTERS = new Set('AEFHILMNORSX');

// Spelt with a vowel, said with a "y" or "w": a user, a union, a ukulele, a European, a ewe,
// a one-to-one, a once-a-month group. "uni" before m, n or d is "un-" (an unimportant,
// an uninsured, an unidentified); "oner" is "onerous" (an onerous).
const CONSONANT_SOUND_START = /^(?:eu|ew|u[bcfhjklqrstv][aeiou]|uni(?![mnd])|unanim|one(?!r)|once|ouija)/;

// Spelt with an "h" that is not said: an hour, an honest, an honour, an heir.
const SILENT_H_START = /^(?:hour|honest|honou?r|honorar|heir)/;

/** "a" or "an" for the phrase that follows it (only its first word matters). */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s/]+/)[0] ?? '';
  // Letters said one by one: an acronym ("MBE", "LGBT+", "NHS") or a single capital
  // before a hyphen or nothing ("X-ray", "U-turn", "F").
  const initial = /^(\p{Lu})(?:\p{Lu}|[-+.\d]|$)/u.exec(word);
  if (initial?.[1]) return VOWEL_SOUND_LETTERS.has(initial[1]) ? 'an' : 'a';
  // Numbers said aloud: an 8, an 18, an 11-plus, an 80-mile trip.
  if (/^\d/.test(word)) return /^(?:8|1[18](?!\d)|1[18]\d{3}(?!\d))/.test(word.replace(/,/g, '')) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (SILENT_H_START.test(lower)) return 'an';
  if (CONSONANT_SOUND_START.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/** "an admin volunteer", "a user group". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}
