import { z } from 'zod';
import { isIsoDate, parseUkDate } from './dates';

/**
 * Field validators shared by API input schemas and form schemas, so a rule and its
 * plain-English message live in one place. Blank optional text becomes `undefined`, so the
 * store never holds empty strings.
 */

const blankToUndefined = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);

// Control characters (other than tab/newline in notes) sneak in from pasted spreadsheets.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (v: string): string => v.replace(CONTROL_CHARS, '').trim();

export function requiredText(what: string, max = 100) {
  return z
    .string({ error: `Enter ${what}` })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, `Enter ${what}`)
        .max(max, `${capitalise(what.replace(/^(a|an|the) /, ''))} must be ${max} characters or fewer`),
    );
}

export function optionalText(what: string, max = 200) {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : clean(v)))
    .pipe(
      z
        .string()
        .max(max, `${capitalise(what)} must be ${max.toLocaleString('en-GB')} characters or fewer`)
        .optional(),
    )
    .transform(blankToUndefined)
    .optional();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const optionalEmail = z
  .string()
  .optional()
  .transform((v) => blankToUndefined(v?.trim()))
  .refine((v) => v === undefined || (EMAIL.test(v) && v.length <= 254), {
    message: 'Enter an email address in the right format, like name@example.com',
  })
  .optional();

// Loose on purpose: outward code, optional space, inward code. Catches typos, not rare formats.
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
export function normalisePostcode(v: string): string {
  const up = v.trim().toUpperCase();
  const m = POSTCODE.exec(up);
  return m ? `${m[1]} ${m[2]}` : up;
}
export const optionalPostcode = z
  .string()
  .optional()
  .transform((v) => blankToUndefined(v === undefined ? undefined : normalisePostcode(v)))
  .refine((v) => v === undefined || POSTCODE.test(v), { message: 'Enter a real postcode, like S1 2HE' })
  .optional();

// Loose: UK landlines and mobiles have 10 or 11 digits, +44 adds two; allow extensions.
const PHONE_CHARS = /^[+\d\s().-]+(\s*(ext|x)\.?\s*\d+)?$/i;
export const optionalPhone = z
  .string()
  .optional()
  .transform((v) => blankToUndefined(v?.trim()))
  .refine(
    (v) => {
      if (v === undefined) return true;
      const digits = v.replace(/(ext|x)\.?\s*\d+$/i, '').replace(/\D/g, '').length;
      return PHONE_CHARS.test(v) && digits >= 10 && digits <= 15;
    },
    { message: 'Enter a phone number, like 0114 496 0000 or 07700 900 982' },
  )
  .optional();

/** ISO date on the wire (`2026-11-23`), optional. */
export const optionalIsoDate = z
  .string()
  .optional()
  .transform((v) => blankToUndefined(v?.trim()))
  .refine((v) => v === undefined || isIsoDate(v), { message: 'Enter a real date' })
  .optional();

export const requiredIsoDate = z.string().refine(isIsoDate, { message: 'Enter a real date' });

/** A date typed as dd/mm/yyyy in a form, turned into ISO; blank allowed. */
export function optionalUkDate(what: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = v?.trim() ?? '';
      if (t === '') return undefined;
      const iso = parseUkDate(t);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as dd/mm/yyyy, like 23/11/2026` });
        return z.NEVER;
      }
      return iso;
    })
    .optional();
}

export function requiredUkDate(what: string) {
  return z.string().transform((v, ctx) => {
    const t = v.trim();
    const iso = t === '' ? null : parseUkDate(t);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: t === '' ? `Enter ${what}` : `Enter ${what} as dd/mm/yyyy, like 23/11/2026` });
      return z.NEVER;
    }
    return iso;
  });
}

/** "Welsh, British Sign Language" → ["Welsh", "British Sign Language"]; duplicates dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const item = clean(part);
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

export function listOfText(what: string, maxItems = 50) {
  return z
    .array(z.string().transform(clean).pipe(z.string().max(100, `Each ${what} must be 100 characters or fewer`)))
    .max(maxItems, `List at most ${maxItems} ${what}s`)
    .transform((items) => splitList(items.join('\n')));
}

/** The same list typed into one text box, separated by commas. */
export function listFromText(what: string, maxItems = 50) {
  return z
    .string()
    .optional()
    .transform((v) => splitList(v ?? ''))
    .pipe(listOfText(what, maxItems));
}

/** A choice from radios or a select, blank meaning no answer; anything else not offered is refused. */
export function optionalChoice<T extends string>(options: readonly T[], error: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx): T | undefined => {
      if (v === undefined || v === '') return undefined;
      const found = options.find((o) => o === v);
      if (found === undefined) {
        ctx.addIssue({ code: 'custom', message: error });
        return z.NEVER;
      }
      return found;
    })
    .optional();
}

/** A whole number typed in a form ("3"), from `min` to `max`; blank allowed. */
export function optionalWholeNumberText(message: string, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = v?.trim() ?? '';
      if (t === '') return undefined;
      const n = /^\d{1,4}$/.test(t) ? Number(t) : NaN;
      if (!(n >= min && n <= max)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    })
    .optional();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
