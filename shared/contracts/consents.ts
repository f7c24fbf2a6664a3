import { z } from 'zod';
import { method } from '../contract';
import { consentReviewInputSchema, type ConsentReviewRow } from '../domain/consent-reviews';
import { consentInputSchema } from '../domain/consents';
import { requiredIsoDate } from '../fields';
import { id, noInput } from './common';

/** The consent log's two steps, the same for members and volunteers (`api.members.addConsent`, `api.volunteers.addConsent`). */
export const addConsentSchema = z.object({ id, consent: consentInputSchema });
export const withdrawConsentSchema = z.object({ id, consentId: id, date: requiredIsoDate });
/** "Mark reviewed": they still agree on `review.on`; check again on `review.next`. */
export const reviewConsentSchema = z.object({ id, consentId: id, review: consentReviewInputSchema });

/** The Privacy page's "Consents due for review", members and volunteers together. */
export const consentReviewsApi = {
  due: method(noInput).returns<ConsentReviewRow[]>(),
};
