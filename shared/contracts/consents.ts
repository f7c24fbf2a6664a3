import { z } from 'zod';
import { consentInputSchema } from '../domain/consents';
import { requiredIsoDate } from '../fields';
import { id } from './common';

/** The consent log's two steps, the same for members and volunteers (`api.members.addConsent`, `api.volunteers.addConsent`). */
export const addConsentSchema = z.object({ id, consent: consentInputSchema });
export const withdrawConsentSchema = z.object({ id, consentId: id, date: requiredIsoDate });
