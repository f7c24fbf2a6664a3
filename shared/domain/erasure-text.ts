/**
 * Finding a person's name, email and phone in free text and putting a placeholder in their
 * place. Kept apart from erasure.ts so the rules for what counts as "naming them" are in one
 * small place with their own tests.
 */

export interface NameTerms {
  /** Replaced wherever they appear: full names, email, phone. */
  everywhere: readonly string[];
  /** Replaced as whole words, only in records linked to the person: first, last and preferred names, as written and capitalised. */
  linkedOnly: readonly string[];
}

export interface PersonNames {
  firstName: string;
  lastName: string;
  preferredName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

/** Shorter than this, a name matches too much ("Al" in "Also" is guarded by word edges, but "Jo" as a word is common too). */
const MIN_WORD = 2;

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('en-GB') + s.slice(1);

const unique = (items: readonly string[]): string[] => [...new Set(items.map((s) => s.trim()).filter((s) => s.length >= MIN_WORD))];

export function nameTerms(p: PersonNames): NameTerms {
  const first = p.firstName.trim();
  const last = p.lastName.trim();
  const preferred = p.preferredName?.trim() ?? '';
  const fullNames = [`${first} ${last}`, preferred ? `${preferred} ${last}` : '', `${last}, ${first}`];
  const phone = p.phone?.trim() ?? '';
  // A phone number is written with and without its spaces ("07700 900123", "07700900123").
  const phones = phone ? [phone, phone.replace(/\s+/g, '')] : [];
  return {
    // Longest first, so "Amira Haddad" goes before "Amira" could split it.
    everywhere: unique([...fullNames, p.email ?? '', ...phones]).sort((a, b) => b.length - a.length),
    linkedOnly: unique([first, last, preferred].flatMap((n) => [n, capitalised(n)])).sort((a, b) => b.length - a.length),
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits of any script: "Siân" is one word, so "Si" never matches inside it. */
const edge = (term: string): string => `(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`;

export interface Replacer {
  /** Text with the person's full names, email and phone replaced; `linked`: their single names too. */
  replace(text: string, linked: boolean): string;
}

export function nameReplacer(terms: NameTerms, placeholder: string): Replacer {
  const everywhere = terms.everywhere.length > 0 ? new RegExp(terms.everywhere.map(edge).join('|'), 'giu') : null;
  // Single names match their case as written: "White" is a surname, "white-british" an answer and
  // "active" a status, and records hold such words beside the free text.
  const linkedOnly = terms.linkedOnly.length > 0 ? new RegExp(terms.linkedOnly.map(edge).join('|'), 'gu') : null;
  return {
    replace(text, linked) {
      // Pictures kept in newsletters are data URLs: never text that names anyone.
      if (text.startsWith('data:')) return text;
      let out = everywhere ? text.replace(everywhere, placeholder) : text;
      if (linked && linkedOnly) out = out.replace(linkedOnly, placeholder);
      return out;
    },
  };
}

/**
 * Every string in a value (keys untouched) through `fn`; the same object back when nothing
 * changed, so a caller can tell changed records by identity.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const next = mapStrings(v, fn);
      if (next !== v) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value) as [string, unknown][]) {
      const next = mapStrings(v, fn);
      if (next !== v) changed = true;
      out[k] = next;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** True when any string or key anywhere in the value is one of `ids`: the record is linked to the person. */
export function mentionsAny(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((v) => mentionsAny(v, ids));
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (ids.has(k) || mentionsAny(v, ids)) return true;
  }
  return false;
}
