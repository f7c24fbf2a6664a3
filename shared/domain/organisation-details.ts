import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText } from '../fields';

/**
 * How people reach the organisation, joined into the settings document: printed on the
 * privacy notice (who is responsible for their data and whom to ask). All optional, so a data
 * folder from before them opens unchanged; the notice says plainly what is missing.
 */

export const organisationDetailsShape = {
  /** Postal address, one line per line of the envelope. */
  organisationAddress: z.string().optional(),
  organisationPhone: z.string().optional(),
  organisationEmail: z.string().optional(),
  /** The person (or role) who answers questions about personal data: "Jo Bloggs, Data Protection Lead". */
  dataProtectionContact: z.string().optional(),
  /** The ICO data protection fee registration number, such as ZA123456. */
  icoRegistration: z.string().optional(),
};

// Z, then seven letters or digits (Z1234567, ZA123456, ZB…): the forms the ICO has issued.
const ICO_REGISTRATION = /^Z[A-Z0-9]{7}$/;

export const organisationDetailsInputShape = {
  organisationAddress: optionalText('the address', 300).optional(),
  organisationPhone: optionalPhone,
  organisationEmail: optionalEmail,
  dataProtectionContact: optionalText('the data protection contact', 150).optional(),
  icoRegistration: z
    .string()
    .optional()
    .transform((v) => {
      const t = v?.replace(/\s+/g, '').toUpperCase();
      return t === '' ? undefined : t;
    })
    .refine((v) => v === undefined || ICO_REGISTRATION.test(v), { message: 'Enter the ICO registration number as it is on your certificate, like ZA123456' })
    .optional(),
};

export type OrganisationDetailKey = keyof typeof organisationDetailsShape;

/** Labels for the audit log ("Changed Organisation address"). */
export const ORGANISATION_DETAIL_LABELS: Record<OrganisationDetailKey, string> = {
  organisationAddress: 'Organisation address',
  organisationPhone: 'Organisation phone',
  organisationEmail: 'Organisation email',
  dataProtectionContact: 'Data protection contact',
  icoRegistration: 'ICO registration number',
};
