import { z } from 'zod';
import { todayIso } from '../dates';
import { listFromText, listOfText, optionalChoice, optionalIsoDate, optionalText, optionalUkDate, requiredIsoDate, requiredText, requiredUkDate, splitList } from '../fields';
import { consentSchema } from './consents';
import { equalitySchema } from './equality';
import { birthDateCheck, personInputFields, personRecordShape, statusChangeSchemaFor } from './person';
import { AVAILABILITY_SLOTS, type AvailabilitySlot } from './volunteers';

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

/** Who a member may ask to be matched with, for one-to-one support; blank: no preference. */
export const VOLUNTEER_GENDER_PREFERENCES = ['woman', 'man'] as const;
export type VolunteerGenderPreference = (typeof VOLUNTEER_GENDER_PREFERENCES)[number];
export const VOLUNTEER_GENDER_PREFERENCE_LABELS: Record<VolunteerGenderPreference, string> = {
  woman: 'A woman',
  man: 'A man',
};
export const NO_GENDER_PREFERENCE = 'No preference';

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

export const memberRecordSchema = z.object({
  ...personRecordShape,
  status: z.enum(MEMBER_STATUSES),
  statusHistory: z.array(memberStatusChangeSchema),
  leftDate: z.string().optional(),
  leftReason: z.string().optional(),
  /** When they were referred or first joined (ISO); the first status change is dated the same. */
  joinedDate: z.string().optional(),
  /** A volunteer who is their main contact. */
  keyContactId: z.string().optional(),
  interests: z.array(z.string()),
  /** For one-to-one matching (programmes); absent on records made before it. */
  languages: z.array(z.string()).optional(),
  availability: z.array(z.string()).optional(),
  /** Preferences in their words ("not near home"). */
  matchingNotes: z.string().optional(),
  /** Ticked preferences: a volunteer who is a woman / a man; who speaks this language. */
  prefersVolunteerGender: z.enum(VOLUNTEER_GENDER_PREFERENCES).optional(),
  needsLanguage: z.string().optional(),
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

/**
 * The languages a member's volunteer must speak. Kept as one text ("Welsh", or "Welsh, Polish"
 * when the form's tick-boxes have two ticked) so records and CSV files from when it was typed
 * freely read the same.
 */
export function mustSpeakLanguages(needsLanguage: string | undefined): string[] {
  return splitList(needsLanguage ?? '');
}

// ----- input ----------------------------------------------------------------------------

/** A choice from a select: blank means none. */
const optionalId = z
  .string()
  .max(100)
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
  .optional();

/**
 * The matching lists are left off a record while empty, so records made before them (which
 * have none) are not counted as changed when they are saved with nothing added.
 */
const unlessEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

export const availabilityInputSchema = z.array(z.enum(AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]], { error: 'Choose times from the grid' })).max(AVAILABILITY_SLOTS.length);

export const digitalInputSchema = z.object({
  hasDevice: z.boolean().optional(),
  hasInternet: z.boolean().optional(),
  needsDeviceLoan: z.boolean().optional(),
});

/**
 * The details form. Equality answers are not here: they are saved from their own tab
 * (members.saveEquality), so saving details never sends or overwrites special category data.
 */
export const memberFields = {
  ...personInputFields,
  joinedDate: optionalIsoDate,
  keyContactId: optionalId,
  interests: listOfText('interest').default([]),
  accessNeeds: optionalText('access needs', 2000),
  digital: digitalInputSchema.prefault({}),
  newsletter: z.enum(NEWSLETTER_PREFERENCES, { error: 'Choose how they get the newsletter' }).default('none'),
  volunteerId: optionalId,
  // Matching for one-to-one support (programmes): only used to suggest a volunteer.
  languages: listOfText('language')
    .optional()
    .transform((v) => unlessEmpty(v ?? []))
    .optional(),
  availability: availabilityInputSchema
    .optional()
    .transform((v) => unlessEmpty(v ?? []))
    .optional(),
  matchingNotes: optionalText('matching preferences', 1000),
  prefersVolunteerGender: optionalChoice(VOLUNTEER_GENDER_PREFERENCES, 'Choose no preference, a woman or a man'),
  needsLanguage: optionalText('the language they must speak', 100),
};

/** Members have no minimum age here (groups warn on their own age ranges). */
const checkBirthDate = birthDateCheck({ who: 'A member' });

/**
 * Date of birth, and a joining date not in the future: the first status change is dated
 * with it, and a history that starts in the future could not be moved on until then.
 */
export function checkMemberBirthDate(value: { dateOfBirth?: string | undefined; joinedDate?: string | undefined }, ctx: z.RefinementCtx): void {
  checkBirthDate(value, ctx);
  if (value.joinedDate && value.joinedDate > todayIso()) {
    ctx.addIssue({ code: 'custom', path: ['joinedDate'], message: "The date they joined can't be in the future" });
  }
}

export const memberInputSchema = z.object(memberFields).superRefine(checkMemberBirthDate);
export type MemberInput = z.output<typeof memberInputSchema>;

/** The add/edit form: the same rules, with dates typed as dd/mm/yyyy and interests as "a, b". */
export const memberTypedFields = {
  ...memberFields,
  dateOfBirth: optionalUkDate('the date of birth'),
  joinedDate: optionalUkDate('the date they joined'),
  interests: listFromText('interest'),
  languages: listFromText('language').transform(unlessEmpty).optional(),
};
export const memberFormSchema = z.object(memberTypedFields).superRefine(checkMemberBirthDate);
export type MemberFormValues = z.input<typeof memberFormSchema>;

// Compile-time check that validated input fits the stored record.
type InputFitsRecord = MemberInput extends Omit<
  Member,
  'id' | 'createdAt' | 'updatedAt' | 'status' | 'statusHistory' | 'leftDate' | 'leftReason' | 'deviceLoans' | 'consents' | 'equality'
>
  ? true
  : never;
export const memberInputFitsRecord: InputFitsRecord = true;

// ----- device loans ----------------------------------------------------------

function loanDatesInOrder(v: { out: string; due?: string | undefined; returned?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.due && v.due < v.out) ctx.addIssue({ code: 'custom', path: ['due'], message: 'The due date must be on or after the day it was lent' });
  if (v.returned && v.returned < v.out) ctx.addIssue({ code: 'custom', path: ['returned'], message: 'The return date must be on or after the day it was lent' });
}

const deviceLoanFields = {
  item: requiredText('what was lent, for example "4G tablet"'),
  out: requiredIsoDate,
  due: optionalIsoDate,
  returned: optionalIsoDate,
  note: optionalText('note', 500),
};
export const deviceLoanInputSchema = z.object(deviceLoanFields).superRefine(loanDatesInOrder);
export type DeviceLoanInput = z.output<typeof deviceLoanInputSchema>;

export const deviceLoanFormSchema = z
  .object({
    ...deviceLoanFields,
    out: requiredUkDate('the date it was lent'),
    due: optionalUkDate('the date it is due back'),
    returned: optionalUkDate('the date it came back'),
  })
  .superRefine(loanDatesInOrder);
export type DeviceLoanFormValues = z.input<typeof deviceLoanFormSchema>;

/**
 * When they joined: the date recorded, else the date of their first status (records made
 * before the joining date was kept, or by other tools, still sort and report sensibly).
 */
export function memberJoinedDate(m: Pick<Member, 'joinedDate' | 'statusHistory'>): string | undefined {
  return m.joinedDate ?? m.statusHistory[0]?.date;
}
