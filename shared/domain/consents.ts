import { z } from 'zod';
import { addDaysIso, addMonthsIso } from '../dates';
import { optionalIsoDate, optionalUkDate, requiredIsoDate, requiredText, requiredUkDate } from '../fields';

/**
 * A dated consent log, kept the same way for members and volunteers: what they agreed to,
 * when and how (UK GDPR Art 7(1) asks us to be able to show it), when to check they still
 * agree, and — if they change their mind — when they withdrew it. A withdrawn consent stays
 * on record: proof of both the consent and its end is what matters.
 */

export const CONSENT_METHODS = ['verbal', 'written', 'online-form', 'email'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  verbal: 'Verbally',
  written: 'In writing',
  'online-form': 'Online form',
  email: 'By email',
};

/** Stored: structural checks only, so a rule tightened later never makes a file look corrupt. */
export const consentSchema = z.object({
  id: z.string(),
  /** What they agreed to: "Contact by email", "Photos in publicity". */
  what: z.string(),
  date: z.string(),
  how: z.enum(CONSENT_METHODS),
  /** When to check they still agree (ISO); absent on consents recorded before review dates. */
  review: z.string().optional(),
  /** When they last said they still agree (ISO), from "Mark reviewed". */
  reviewed: z.string().optional(),
  /** Set when consent is withdrawn; the record of it is kept. */
  withdrawn: z.string().optional(),
});
export type Consent = z.infer<typeof consentSchema>;

/** Things a coordinator commonly records consent for; any other wording is allowed. */
export const COMMON_CONSENTS = [
  'Contact by email',
  'Contact by post',
  'Contact by phone',
  'Contact by text message',
  'Newsletter by email',
  'Photos in publicity',
  'Publishing their story',
  'Share details with my GP or referrer',
  'Keep my details on record',
] as const;

/** Consents are checked again after this long unless the coordinator picks another date. */
export const CONSENT_REVIEW_MONTHS = 24;

export function suggestedReviewDate(given: string): string {
  return addMonthsIso(given, CONSENT_REVIEW_MONTHS);
}

/**
 * A consent checked every two years since it was given, as of `today`: when it was last
 * checked (if it has been) and when it is next due, no more than `overdueDays` ago. For sample
 * data, where years-old consents would otherwise all be long past their review.
 */
export function reviewedEveryTwoYears(given: string, today: string, overdueDays = 20): { review: string; reviewed?: string } {
  let reviewed: string | undefined;
  let review = suggestedReviewDate(given);
  while (addDaysIso(review, overdueDays) < today) {
    reviewed = review;
    review = suggestedReviewDate(review);
  }
  // In schema order (review, then reviewed), so a record saved again is the same bytes.
  return reviewed ? { review, reviewed } : { review };
}

function reviewAfterGiven(v: { date: string; review?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.review && v.review <= v.date) ctx.addIssue({ code: 'custom', path: ['review'], message: 'The review date must be after the date they agreed' });
}

const consentFields = {
  what: requiredText('what they agreed to', 200),
  date: requiredIsoDate,
  how: z.enum(CONSENT_METHODS, { error: 'Choose how consent was given' }),
  review: optionalIsoDate,
};
export const consentInputSchema = z.object(consentFields).superRefine(reviewAfterGiven);
export type ConsentInput = z.output<typeof consentInputSchema>;

export const consentFormSchema = z
  .object({ ...consentFields, date: requiredUkDate('the date they agreed'), review: optionalUkDate('the review date') })
  .superRefine(reviewAfterGiven);
export type ConsentFormValues = z.input<typeof consentFormSchema>;

/** A consent still standing whose review date has come. */
export function consentReviewDue(c: Pick<Consent, 'review' | 'withdrawn'>, today: string): boolean {
  return !c.withdrawn && c.review !== undefined && c.review <= today;
}

/** Anyone with a consent log: members and volunteers. */
export interface WithConsents {
  id: string;
  consents: readonly Consent[];
}
