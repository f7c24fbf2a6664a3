import { z } from 'zod';
import { listFromText, listOfText, optionalChoice, optionalIsoDate, optionalUkDate, optionalWholeNumberText } from '../fields';
import { consentSchema } from './consents';
import { birthDateCheck, personInputFields, personRecordShape, statusChangeSchemaFor } from './person';

export const VOLUNTEER_STATUSES = [
  'enquiry',
  'applied',
  'interviewed',
  'references',
  'dbs',
  'training',
  'active',
  'paused',
  'left',
] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const STATUS_LABELS: Record<VolunteerStatus, string> = {
  enquiry: 'Enquiry',
  applied: 'Applied',
  interviewed: 'Interviewed',
  references: 'References',
  dbs: 'DBS check',
  training: 'Training',
  active: 'Active',
  paused: 'Paused',
  left: 'Left',
};

export const WORKFORCE_TYPES = ['voluntary', 'sessional', 'paid'] as const;
export type WorkforceType = (typeof WORKFORCE_TYPES)[number];
export const WORKFORCE_LABELS: Record<WorkforceType, string> = {
  voluntary: 'Voluntary',
  sessional: 'Sessional',
  paid: 'Paid',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WEEKDAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type AvailabilitySlot = `${(typeof WEEKDAYS)[number]}-${(typeof DAY_PARTS)[number]}`;
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}-${p}` as const));

export const CONTACT_METHODS = ['email', 'phone', 'text', 'post'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
export const CONTACT_LABELS: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone call',
  text: 'Text message',
  post: 'Post',
};

/** For one-to-one matching only: a member may ask for a woman or a man. */
export const MATCH_GENDERS = ['woman', 'man', 'non-binary'] as const;
export type MatchGender = (typeof MATCH_GENDERS)[number];
export const MATCH_GENDER_LABELS: Record<MatchGender, string> = { woman: 'Woman', man: 'Man', 'non-binary': 'Non-binary' };
export const NO_GENDER_ANSWER = 'No answer';
export const DEFAULT_CASELOAD_LIMIT = 2;
export const MAX_CASELOAD_LIMIT = 20;
const CASELOAD_MESSAGE = `Enter how many people they can support at once: a whole number from 1 to ${MAX_CASELOAD_LIMIT}`;
const GENDER_MESSAGE = 'Choose no answer, woman, man or non-binary';

/** The youngest a volunteer may be on the day their record is saved. */
export const MIN_VOLUNTEER_AGE = 16;

// ---------------------------------------------------------------------------------------
// Stored record. Structural checks only: a rule tightened in a later version must never make
// an existing data file look corrupt. Formats are checked on input, below.
// ---------------------------------------------------------------------------------------

export const statusChangeSchema = statusChangeSchemaFor(VOLUNTEER_STATUSES);
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const volunteerRecordSchema = z.object({
  ...personRecordShape,
  workforceType: z.enum(WORKFORCE_TYPES),
  roles: z.array(z.string()),
  languages: z.array(z.string()),
  availability: z.array(z.string()),
  interests: z.array(z.string()),
  startDate: z.string().optional(),
  contactPreferences: z.array(z.enum(CONTACT_METHODS)),
  status: z.enum(VOLUNTEER_STATUSES),
  statusHistory: z.array(statusChangeSchema),
  leftDate: z.string().optional(),
  leftReason: z.string().optional(),
  /** Dated consents, as members have (contact by email, photos…); empty on records from before them (volunteers v2). */
  consents: z.array(consentSchema),
  /** How many people they can support one to one at once (programmes); absent: DEFAULT_CASELOAD_LIMIT. */
  caseloadLimit: z.number().int().optional(),
  /** Asked only for matching, when a member asks for a woman or a man (not equality data). */
  gender: z.enum(MATCH_GENDERS).optional(),
});
export type Volunteer = z.infer<typeof volunteerRecordSchema>;

// ---------------------------------------------------------------------------------------
// Input: what the form and the API accept. Same field names as the record.
// ---------------------------------------------------------------------------------------

export const volunteerFields = {
  ...personInputFields,
  workforceType: z.enum(WORKFORCE_TYPES, { error: 'Choose voluntary, sessional or paid' }).default('voluntary'),
  roles: z.array(z.string().min(1).max(100)).max(30).default([]),
  languages: listOfText('language').default([]),
  availability: z.array(z.enum(AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]])).default([]),
  interests: listOfText('interest').default([]),
  startDate: optionalIsoDate,
  contactPreferences: z.array(z.enum(CONTACT_METHODS)).default([]),
  // Absent: DEFAULT_CASELOAD_LIMIT (the form shows it when blank).
  caseloadLimit: z.number({ error: CASELOAD_MESSAGE }).int(CASELOAD_MESSAGE).min(1, CASELOAD_MESSAGE).max(MAX_CASELOAD_LIMIT, CASELOAD_MESSAGE).optional(),
  gender: optionalChoice(MATCH_GENDERS, GENDER_MESSAGE),
};

/** Age is checked against today, so the same rule holds for the form and the API. */
export const checkAge = birthDateCheck({ minAge: MIN_VOLUNTEER_AGE, who: 'A volunteer' });

export const volunteerInputSchema = z.object(volunteerFields).superRefine(checkAge);
export type VolunteerInput = z.output<typeof volunteerInputSchema>;

/**
 * The add/edit form: identical rules, but dates are typed as dd/mm/yyyy and lists as
 * comma-separated text. Its output is a `VolunteerInput` ready for the API.
 */
/** Fields typed as text by people: dates as dd/mm/yyyy, lists separated by commas. */
export const volunteerTypedFields = {
  ...volunteerFields,
  dateOfBirth: optionalUkDate('the date of birth'),
  startDate: optionalUkDate('the start date'),
  languages: listFromText('language'),
  interests: listFromText('interest'),
  caseloadLimit: optionalWholeNumberText(CASELOAD_MESSAGE, 1, MAX_CASELOAD_LIMIT),
};

export const volunteerFormSchema = z.object(volunteerTypedFields).superRefine(checkAge);
export type VolunteerFormValues = z.input<typeof volunteerFormSchema>;

// Compile-time check that validated input fits the stored record.
type InputFitsRecord = VolunteerInput extends Omit<
  Volunteer,
  'id' | 'createdAt' | 'updatedAt' | 'status' | 'statusHistory' | 'leftDate' | 'leftReason' | 'consents'
>
  ? true
  : never;
export const inputFitsRecord: InputFitsRecord = true;

// ---------------------------------------------------------------------------------------
// Names and display
// ---------------------------------------------------------------------------------------

export { displayName, sortName } from './person';
