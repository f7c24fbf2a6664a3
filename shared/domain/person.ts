import { z } from 'zod';
import { ageOn, todayIso } from '../dates';
import { optionalEmail, optionalIsoDate, optionalPhone, optionalPostcode, optionalText, requiredText } from '../fields';

/**
 * What volunteers and members have in common: names, contact details, address, date of
 * birth, emergency contact. One definition, so a rule (a postcode check, a name length)
 * is the same for everyone Peer Desk holds.
 */

// ----- stored shape (structural only: see volunteers.ts) ---------------------------------

export const addressRecordSchema = z.object({
  line1: z.string().optional(),
  line2: z.string().optional(),
  town: z.string().optional(),
  postcode: z.string().optional(),
});
export type Address = z.infer<typeof addressRecordSchema>;

export const emergencyContactRecordSchema = z.object({
  name: z.string().optional(),
  relationship: z.string().optional(),
  phone: z.string().optional(),
});

export const personRecordShape = {
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().optional(),
  pronouns: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: addressRecordSchema,
  dateOfBirth: z.string().optional(),
  emergencyContact: emergencyContactRecordSchema,
  notes: z.string().optional(),
  /**
   * Set when the person's details were erased at their request (erasure.ts): the record is then
   * an anonymous placeholder that keeps links and counts, and cannot be edited.
   */
  erasedAt: z.string().optional(),
};

/** A dated step in a status pipeline (volunteer or member). */
export function statusChangeSchemaFor<S extends readonly [string, ...string[]]>(statuses: S) {
  return z.object({
    status: z.enum(statuses),
    date: z.string(),
    note: z.string().optional(),
    reason: z.string().optional(),
    recordedAt: z.string(),
  });
}

// ----- input ---------------------------------------------------------------------------

export const addressInputSchema = z.object({
  line1: optionalText('address line 1'),
  line2: optionalText('address line 2'),
  town: optionalText('town or city', 100),
  postcode: optionalPostcode,
});

const emergencyContactInput = z.object({
  name: optionalText('emergency contact name', 100),
  relationship: optionalText('relationship', 100),
  phone: optionalPhone,
});

export const personInputFields = {
  firstName: requiredText('a first name'),
  lastName: requiredText('a last name'),
  preferredName: optionalText('preferred name', 100),
  pronouns: optionalText('pronouns', 50),
  email: optionalEmail,
  phone: optionalPhone,
  address: addressInputSchema.prefault({}),
  dateOfBirth: optionalIsoDate,
  emergencyContact: emergencyContactInput.prefault({}),
  notes: optionalText('notes', 10_000),
};

export interface HasBirthDate {
  dateOfBirth?: string | undefined;
}

/**
 * Checks a date of birth against today, so the form and the API agree.
 * `minAge` is a rule of the role (volunteers must be 16); `who` names them in the message.
 */
export function birthDateCheck(options: { minAge?: number; who: string }) {
  return (value: HasBirthDate, ctx: z.RefinementCtx): void => {
    if (!value.dateOfBirth) return;
    const today = todayIso();
    if (value.dateOfBirth > today) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be in the past' });
      return;
    }
    const age = ageOn(value.dateOfBirth, today);
    if (options.minAge !== undefined && age < options.minAge) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: `${options.who} must be ${options.minAge} or over` });
    } else if (age > 120) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Check the year of birth' });
    }
  };
}

/** "Siân (Sian) Llewelyn" style: the name a coordinator knows them by, first. */
export function displayName(p: { firstName: string; lastName: string; preferredName?: string | undefined }): string {
  const first = p.preferredName && p.preferredName !== p.firstName ? p.preferredName : p.firstName;
  return `${first} ${p.lastName}`.trim();
}

export function sortName(p: { firstName: string; lastName: string }): string {
  return `${p.lastName}, ${p.firstName}`;
}
