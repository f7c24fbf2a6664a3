import { z } from 'zod';
import { ageOn, todayIso } from '../dates';
import {
  listFromText,
  listOfText,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalPostcode,
  optionalText,
  optionalUkDate,
  requiredText,
} from '../fields';

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

/** The youngest a volunteer may be on the day their record is saved. */
export const MIN_VOLUNTEER_AGE = 16;

// ---------------------------------------------------------------------------------------
// Stored record. Structural checks only: a rule tightened in a later version must never make
// an existing data file look corrupt. Formats are checked on input, below.
// ---------------------------------------------------------------------------------------

export const statusChangeSchema = z.object({
  status: z.enum(VOLUNTEER_STATUSES),
  date: z.string(),
  note: z.string().optional(),
  reason: z.string().optional(),
  recordedAt: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const addressSchema = z.object({
  line1: z.string().optional(),
  line2: z.string().optional(),
  town: z.string().optional(),
  postcode: z.string().optional(),
});
const emergencyContactSchema = z.object({
  name: z.string().optional(),
  relationship: z.string().optional(),
  phone: z.string().optional(),
});

export const volunteerRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().optional(),
  pronouns: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: addressSchema,
  dateOfBirth: z.string().optional(),
  emergencyContact: emergencyContactSchema,
  workforceType: z.enum(WORKFORCE_TYPES),
  roles: z.array(z.string()),
  languages: z.array(z.string()),
  availability: z.array(z.string()),
  interests: z.array(z.string()),
  startDate: z.string().optional(),
  notes: z.string().optional(),
  contactPreferences: z.array(z.enum(CONTACT_METHODS)),
  status: z.enum(VOLUNTEER_STATUSES),
  statusHistory: z.array(statusChangeSchema),
  leftDate: z.string().optional(),
  leftReason: z.string().optional(),
});
export type Volunteer = z.infer<typeof volunteerRecordSchema>;

// ---------------------------------------------------------------------------------------
// Input: what the form and the API accept. Same field names as the record.
// ---------------------------------------------------------------------------------------

const inputAddress = z.object({
  line1: optionalText('address line 1'),
  line2: optionalText('address line 2'),
  town: optionalText('town or city', 100),
  postcode: optionalPostcode,
});
const inputEmergencyContact = z.object({
  name: optionalText('emergency contact name', 100),
  relationship: optionalText('relationship', 100),
  phone: optionalPhone,
});

export const volunteerFields = {
  firstName: requiredText('a first name'),
  lastName: requiredText('a last name'),
  preferredName: optionalText('preferred name', 100),
  pronouns: optionalText('pronouns', 50),
  email: optionalEmail,
  phone: optionalPhone,
  address: inputAddress.prefault({}),
  dateOfBirth: optionalIsoDate,
  emergencyContact: inputEmergencyContact.prefault({}),
  workforceType: z.enum(WORKFORCE_TYPES, { error: 'Choose voluntary, sessional or paid' }).default('voluntary'),
  roles: z.array(z.string().min(1).max(100)).max(30).default([]),
  languages: listOfText('language').default([]),
  availability: z.array(z.enum(AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]])).default([]),
  interests: listOfText('interest').default([]),
  startDate: optionalIsoDate,
  notes: optionalText('notes', 10_000),
  contactPreferences: z.array(z.enum(CONTACT_METHODS)).default([]),
};

interface AgeCheckable {
  dateOfBirth?: string | undefined;
}

/** Age is checked against today, so the same rule holds for the form and the API. */
export function checkAge(value: AgeCheckable, ctx: z.RefinementCtx): void {
  if (!value.dateOfBirth) return;
  const today = todayIso();
  if (value.dateOfBirth > today) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be in the past' });
  } else if (ageOn(value.dateOfBirth, today) < MIN_VOLUNTEER_AGE) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: `A volunteer must be ${MIN_VOLUNTEER_AGE} or over` });
  } else if (ageOn(value.dateOfBirth, today) > 120) {
    ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Check the year of birth' });
  }
}

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
};

export const volunteerFormSchema = z.object(volunteerTypedFields).superRefine(checkAge);
export type VolunteerFormValues = z.input<typeof volunteerFormSchema>;

// Compile-time check that validated input fits the stored record.
type InputFitsRecord = VolunteerInput extends Omit<
  Volunteer,
  'id' | 'createdAt' | 'updatedAt' | 'status' | 'statusHistory' | 'leftDate' | 'leftReason'
>
  ? true
  : never;
export const inputFitsRecord: InputFitsRecord = true;

// ---------------------------------------------------------------------------------------
// Names and display
// ---------------------------------------------------------------------------------------

/** "Siân (Sian) Llewelyn" style: the name a coordinator knows them by, first. */
export function displayName(v: Pick<Volunteer, 'firstName' | 'lastName' | 'preferredName'>): string {
  const first = v.preferredName && v.preferredName !== v.firstName ? v.preferredName : v.firstName;
  return `${first} ${v.lastName}`.trim();
}

export function sortName(v: Pick<Volunteer, 'firstName' | 'lastName'>): string {
  return `${v.lastName}, ${v.firstName}`;
}
