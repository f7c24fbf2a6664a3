import { z } from 'zod';
import { parsePounds } from '../money';

/**
 * Number fields typed into the compliance forms (hours, miles, pounds), with the API's
 * numeric versions beside them so the rule and its plain-English message live once.
 */

/** Fields every compliance record has: whose it is and when it was written. */
export const complianceRecordShape = {
  id: z.string(),
  volunteerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const NUMBER = /^\d{1,6}(\.\d{1,2})?$/;

function typedNumber(what: string, { min, max, optional }: { min: number; max: number; optional: boolean }) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = (v ?? '').trim().replace(/,/g, '');
      if (t === '') {
        if (optional) return undefined;
        ctx.addIssue({ code: 'custom', message: `Enter ${what}` });
        return z.NEVER;
      }
      if (!NUMBER.test(t)) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as a number, like 2 or 1.5` });
        return z.NEVER;
      }
      const n = Number(t);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} between ${min} and ${max.toLocaleString('en-GB')}` });
        return z.NEVER;
      }
      return n;
    });
}

/** Hours typed as "1.5" → minutes (90), so the store never holds fractions of an hour. */
export function typedHoursAsMinutes(what: string, { optional = false, max = 24 } = {}) {
  return typedNumber(what, { min: optional ? 0 : 0.1, max, optional }).transform((h) => (h === undefined ? undefined : Math.round(h * 60)));
}

/** Miles typed as "12.4". */
export function typedMiles(what: string) {
  return typedNumber(what, { min: 0.1, max: 5000, optional: false }).transform((n) => n ?? 0);
}

/** Pounds typed as "£12.50" → pence. */
export function typedPounds(what: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = (v ?? '').trim();
      const pence = t === '' ? null : parsePounds(t);
      if (pence === null || pence <= 0) {
        ctx.addIssue({ code: 'custom', message: t === '' ? `Enter ${what}` : `Enter ${what} in pounds and pence, like 12.50` });
        return z.NEVER;
      }
      return pence;
    });
}

/** Minutes on the wire: whole, above zero, under a day unless said otherwise. */
export function minutesInput(what: string, max = 24 * 60) {
  return z
    .number({ error: `Enter ${what}` })
    .int()
    .min(1, `Enter ${what} above 0`)
    .max(max, `Enter ${what} of ${Math.round(max / 60)} hours or fewer`);
}
