import { randomUUID } from 'node:crypto';
import { formatUkDate } from '../../../shared/dates';
import { reviewedConsent, type ConsentReviewInput } from '../../../shared/domain/consent-reviews';
import type { Consent, ConsentInput } from '../../../shared/domain/consents';
import { checkNotFuture, compact } from '../../../shared/domain/people-status';
import { ApiError } from '../../../shared/errors';
import type { AppContext } from '../core/context';
import type { PersonHandlers } from './person-handlers';

/**
 * The consent log's two steps for any kind of person with one (members, volunteers): each is
 * one commit with its audit entry. The summary names the step only, never what was agreed:
 * "Photos in publicity, withdrawn" is about the person, and audit lines outlive records.
 */

interface ConsentHolder {
  id: string;
  updatedAt: string;
  consents: Consent[];
}

const FIELDS = ['Consents'];

/** A refusal that names the field to correct. */
const invalid = (field: string, message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });

export function consentHandlers<P extends ConsentHolder>(people: Pick<PersonHandlers<P, unknown, string>, 'save'>, find: (ctx: AppContext, id: string) => P) {
  const withConsents = (before: P, consents: Consent[], now: Date): P => compact<P>({ ...before, consents, updatedAt: now.toISOString() });

  return {
    async addConsent({ id, consent }: { id: string; consent: ConsentInput }, ctx: AppContext): Promise<P> {
      const before = find(ctx, id);
      checkNotFuture(consent.date, ctx.now(), 'consent.date');
      const record: Consent = compact({ ...consent, id: randomUUID() });
      return people.save(ctx, before, withConsents(before, [...before.consents, record], ctx.now()), { action: 'update', summary: 'Recorded consent', fields: FIELDS });
    },

    async withdrawConsent({ id, consentId, date }: { id: string; consentId: string; date: string }, ctx: AppContext): Promise<P> {
      const before = find(ctx, id);
      const consent = before.consents.find((c) => c.id === consentId);
      if (!consent) throw new ApiError('NOT_FOUND', 'That consent is no longer on record.');
      if (consent.withdrawn) throw new ApiError('CONFLICT', `That consent was already withdrawn on ${formatUkDate(consent.withdrawn)}.`);
      checkNotFuture(date, ctx.now(), 'date');
      if (date < consent.date) throw invalid('date', `Enter a date on or after ${formatUkDate(consent.date)}, when consent was given`);
      // The consent stays on record with its withdrawal date: proof of both is what matters.
      const next: Consent = { ...consent, withdrawn: date };
      return people.save(ctx, before, withConsents(before, before.consents.map((c) => (c.id === consentId ? next : c)), ctx.now()), {
        action: 'update',
        summary: 'Recorded that consent was withdrawn',
        fields: FIELDS,
      });
    },

    /** "Mark reviewed": they still agree. The consent stays as it was given, with when it was checked and when to check next. */
    async reviewConsent({ id, consentId, review }: { id: string; consentId: string; review: ConsentReviewInput }, ctx: AppContext): Promise<P> {
      const before = find(ctx, id);
      const consent = before.consents.find((c) => c.id === consentId);
      if (!consent) throw new ApiError('NOT_FOUND', 'That consent is no longer on record.');
      if (consent.withdrawn) throw new ApiError('CONFLICT', `That consent was withdrawn on ${formatUkDate(consent.withdrawn)}, so there is nothing to review. Record a new consent if they agree again.`);
      checkNotFuture(review.on, ctx.now(), 'review.on');
      if (review.on < consent.date) throw invalid('review.on', `Enter a date on or after ${formatUkDate(consent.date)}, when consent was given`);
      const next = reviewedConsent(consent, review);
      return people.save(ctx, before, withConsents(before, before.consents.map((c) => (c.id === consentId ? next : c)), ctx.now()), {
        action: 'update',
        summary: 'Recorded a consent review',
        fields: FIELDS,
      });
    },
  };
}
