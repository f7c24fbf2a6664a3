import { z } from 'zod';
import { listOfText, optionalIsoDate, optionalText, requiredIsoDate, requiredText } from '../fields';
import { equalitySchema } from './equality';
import { birthDateCheck, personInputFields, personRecordShape, statusChangeSchemaFor } from './person';

/** A member is a person the charity supports (volunteers are the workforce). */

export const MEMBER_STATUSES = ['referred', 'contacted', 'assessed', 'active', 'on-break', 'left'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  referred: 'Referred',
  contacted: 'Contacted',
  assessed: 'Assessed',
  active: 'Active',
  'on-break': 'On a break',
  left: 'Left',
};

export const NEWSLETTER_PREFERENCES = ['email', 'post', 'large-print', 'none'] as const;
export type NewsletterPreference = (typeof NEWSLETTER_PREFERENCES)[number];
export const NEWSLETTER_LABELS: Record<NewsletterPreference, string> = {
  email: 'By email',
  post: 'By post',
  'large-print': 'Large print by post',
  none: 'No newsletter',
};

export const CONSENT_METHODS = ['verbal', 'written', 'online-form', 'email'] as const;
export const CONSENT_METHOD_LABELS: Record<(typeof CONSENT_METHODS)[number], string> = {
  verbal: 'Verbally',
  written: 'In writing',
  'online-form': 'Online form',
  email: 'By email',
};

// ----- stored ---------------------------------------------------------------------------

export const memberStatusChangeSchema = statusChangeSchemaFor(MEMBER_STATUSES);
export type MemberStatusChange = z.infer<typeof memberStatusChangeSchema>;

export const deviceLoanSchema = z.object({
  id: z.string(),
  /** "4G tablet", "Mi-Fi dongle" */
  item: z.string(),
  out: z.string(),
  due: z.string().optional(),
  returned: z.string().optional(),
  note: z.string().optional(),
});
export type DeviceLoan = z.infer<typeof deviceLoanSchema>;

export const consentSchema = z.object({
  id: z.string(),
  /** What they agreed to: "Keep my details", "Newsletter by email", "Photos". */
  what: z.string(),
  date: z.string(),
  how: z.enum(CONSENT_METHODS),
  /** Set when consent is withdrawn; the record of it is kept. */
  withdrawn: z.string().optional(),
});
export type Consent = z.infer<typeof consentSchema>;

export const memberRecordSchema = z.object({
  ...personRecordShape,
  status: z.enum(MEMBER_STATUSES),
  statusHistory: z.array(memberStatusChangeSchema),
  leftDate: z.string().optional(),
  leftReason: z.string().optional(),
  /** A volunteer who is their main contact. */
  keyContactId: z.string().optional(),
  interests: z.array(z.string()),
  accessNeeds: z.string().optional(),
  digital: z.object({ hasDevice: z.boolean().optional(), hasInternet: z.boolean().optional(), needsDeviceLoan: z.boolean().optional() }),
  deviceLoans: z.array(deviceLoanSchema),
  newsletter: z.enum(NEWSLETTER_PREFERENCES),
  consents: z.array(consentSchema),
  /** The volunteer record of the same person, when they are both. */
  volunteerId: z.string().optional(),
  equality: equalitySchema,
});
export type Member = z.infer<typeof memberRecordSchema>;

// ----- input ----------------------------------------------------------------------------

export const memberFields = {
  ...personInputFields,
  keyContactId: z.string().max(100).optional(),
  interests: listOfText('interest').default([]),
  accessNeeds: optionalText('access needs', 2000),
  digital: z
    .object({ hasDevice: z.boolean().optional(), hasInternet: z.boolean().optional(), needsDeviceLoan: z.boolean().optional() })
    .prefault({}),
  newsletter: z.enum(NEWSLETTER_PREFERENCES, { error: 'Choose how they get the newsletter' }).default('none'),
  volunteerId: z.string().max(100).optional(),
  equality: equalitySchema.prefault({}),
};

/** Members have no minimum age here (groups warn on their own age ranges). */
export const checkMemberBirthDate = birthDateCheck({ who: 'A member' });

export const memberInputSchema = z.object(memberFields).superRefine(checkMemberBirthDate);
export type MemberInput = z.output<typeof memberInputSchema>;

export const deviceLoanInputSchema = z.object({
  item: requiredText('what was lent, for example "4G tablet"'),
  out: requiredIsoDate,
  due: optionalIsoDate,
  returned: optionalIsoDate,
  note: optionalText('note', 500),
});

export const consentInputSchema = z.object({
  what: requiredText('what they agreed to', 200),
  date: requiredIsoDate,
  how: z.enum(CONSENT_METHODS, { error: 'Choose how consent was given' }),
});
