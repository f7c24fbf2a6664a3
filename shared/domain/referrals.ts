import { z } from 'zod';
import { optionalEmail, optionalIsoDate, optionalPhone, optionalPostcode, optionalText, optionalUkDate, requiredIsoDate, requiredText, requiredUkDate } from '../fields';

export const REFERRAL_SOURCES = ['self', 'gp', 'social-prescriber', 'mental-health-trust', 'other-organisation'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  self: 'Self-referral',
  gp: 'GP',
  'social-prescriber': 'Social prescriber',
  'mental-health-trust': 'Mental-health trust',
  'other-organisation': 'Other organisation',
};

export const REFERRAL_OUTCOMES = ['open', 'accepted', 'declined', 'withdrawn'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, string> = {
  open: 'Open',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** The promised wait from referral to assessment, unless the coordinator sets another. */
export const DEFAULT_REFERRAL_TARGET_DAYS = 35;

// ----- stored ---------------------------------------------------------------------------

export const referralRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  receivedDate: z.string(),
  source: z.enum(REFERRAL_SOURCES),
  referrer: z.object({ name: z.string().optional(), organisation: z.string().optional(), contact: z.string().optional() }),
  /** The person referred, as the referral gave them (before they are a member). */
  person: z.object({
    firstName: z.string(),
    lastName: z.string(),
    phone: z.string().optional(),
    email: z.string().optional(),
    dateOfBirth: z.string().optional(),
    postcode: z.string().optional(),
  }),
  /** Set once a member record exists for them (made on acceptance, or linked earlier). */
  memberId: z.string().optional(),
  reason: z.string().optional(),
  targetWaitDays: z.number().int(),
  contactedDate: z.string().optional(),
  assessedDate: z.string().optional(),
  outcome: z.enum(REFERRAL_OUTCOMES),
  outcomeDate: z.string().optional(),
  /** Why it was declined or withdrawn. */
  outcomeReason: z.string().optional(),
  /** Where an accepted person was placed (group id), if anywhere yet. */
  placedInGroupId: z.string().optional(),
  /** The one-to-one programme it was accepted into ("accepted into Peer coaching"), if any. */
  programmeId: z.string().optional(),
  programmeKindId: z.string().optional(),
  /**
   * Set when the referral's details were erased past their keep-until date (retention): the
   * dates, source and outcome stay for reports, the person becomes a placeholder. Optional, so
   * stored referrals validate without it and no migration is needed.
   */
  erasedAt: z.string().optional(),
});
export type Referral = z.infer<typeof referralRecordSchema>;

// ----- input ----------------------------------------------------------------------------

const referralFields = {
  receivedDate: requiredIsoDate,
  source: z.enum(REFERRAL_SOURCES, { error: 'Choose where the referral came from' }),
  referrer: z
    .object({
      name: optionalText('referrer name', 100),
      organisation: optionalText('organisation', 150),
      contact: optionalText('referrer contact', 200),
    })
    .prefault({}),
  person: z.object({
    firstName: requiredText('a first name'),
    lastName: requiredText('a last name'),
    phone: optionalPhone,
    email: optionalEmail,
    dateOfBirth: optionalIsoDate,
    postcode: optionalPostcode,
  }),
  memberId: z.string().max(100).optional(),
  reason: optionalText('reason for referral', 5000),
  targetWaitDays: z.number().int().min(1, 'The target wait must be at least 1 day').max(365, 'The target wait must be a year or less').optional(),
  contactedDate: optionalIsoDate,
  assessedDate: optionalIsoDate,
};

export const referralInputSchema = z.object(referralFields);
export type ReferralInput = z.output<typeof referralInputSchema>;

/** The referral form: dates typed as dd/mm/yyyy, the target wait as typed text. */
export const referralFormSchema = z.object({
  ...referralFields,
  receivedDate: requiredUkDate('the date the referral was received'),
  person: referralFields.person.extend({ dateOfBirth: optionalUkDate('the date of birth') }),
  targetWaitDays: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = text?.trim() ?? '';
      if (t === '') return undefined;
      if (!/^\d{1,3}$/.test(t) || Number(t) < 1 || Number(t) > 365) {
        ctx.addIssue({ code: 'custom', message: 'Enter the target wait in days, from 1 to 365' });
        return z.NEVER;
      }
      return Number(t);
    }),
  contactedDate: optionalUkDate('the date they were contacted'),
  assessedDate: optionalUkDate('the date they were assessed'),
});
export type ReferralFormValues = z.input<typeof referralFormSchema>;
