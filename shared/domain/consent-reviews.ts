import { z } from 'zod';
import { addDaysIso } from '../dates';
import { requiredIsoDate } from '../fields';
import { suggestedReviewDate, type Consent } from './consents';
import { displayName } from './person';

/**
 * The Privacy page's "Consents due for review": every consent still standing whose review
 * date has come or comes within the next few weeks, members and volunteers together, soonest
 * first. A review is recorded on the consent ("they still agree on …, check again on …"); a
 * consent they no longer give is withdrawn on their page, where the log is.
 */

/** How far ahead the list looks, so a review can be asked at the next group rather than after the date. */
export const CONSENT_REVIEW_LOOKAHEAD_DAYS = 30;

export type ConsentHolderKind = 'member' | 'volunteer';

export interface ConsentHolder {
  kind: ConsentHolderKind;
  id: string;
  firstName: string;
  lastName: string;
  preferredName?: string | undefined;
  erasedAt?: string | undefined;
  consents: readonly Consent[];
}

export interface ConsentReviewRow {
  kind: ConsentHolderKind;
  personId: string;
  name: string;
  consentId: string;
  what: string;
  /** When they agreed (ISO). */
  given: string;
  /** When to check again (ISO). */
  review: string;
  /** The review date has passed (not just coming up). */
  overdue: boolean;
}

export function consentReviewsDue(people: readonly ConsentHolder[], today: string, lookaheadDays = CONSENT_REVIEW_LOOKAHEAD_DAYS): ConsentReviewRow[] {
  const horizon = addDaysIso(today, lookaheadDays);
  const rows: ConsentReviewRow[] = [];
  for (const p of people) {
    if (p.erasedAt) continue;
    for (const c of p.consents) {
      if (c.withdrawn || c.review === undefined || c.review > horizon) continue;
      rows.push({ kind: p.kind, personId: p.id, name: displayName(p), consentId: c.id, what: c.what, given: c.date, review: c.review, overdue: c.review < today });
    }
  }
  return rows.sort((a, b) => a.review.localeCompare(b.review) || a.name.localeCompare(b.name, 'en-GB'));
}

/** "They still agree": the date it was checked and the next review date, which must come after it. */
export const consentReviewInputSchema = z
  .object({ on: requiredIsoDate, next: requiredIsoDate })
  .superRefine((v, ctx) => {
    if (v.next <= v.on) ctx.addIssue({ code: 'custom', path: ['next'], message: 'The next review date must be after the date it was checked' });
  });
export type ConsentReviewInput = z.output<typeof consentReviewInputSchema>;

/** The consent after a review: still standing, checked on `on`, next checked on `next`. */
export function reviewedConsent(c: Consent, input: ConsentReviewInput): Consent {
  return { ...c, reviewed: input.on, review: input.next };
}

/** The next review a coordinator is offered: the usual two years on from the check. */
export const nextReviewAfter = (on: string): string => suggestedReviewDate(on);
