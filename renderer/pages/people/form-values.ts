import { formatUkDate } from '../../../shared/dates';
import type { PersonRecord } from './person-kind';

/**
 * What every person's form holds, as typed: dates as dd/mm/yyyy, lists as "a, b", choices
 * as ids ('' for none). A kind's form values are these plus its own (see its description).
 */
export const EMPTY_PERSON_FORM = {
  firstName: '',
  lastName: '',
  preferredName: '',
  pronouns: '',
  email: '',
  phone: '',
  address: { line1: '', line2: '', town: '', postcode: '' },
  dateOfBirth: '',
  emergencyContact: { name: '', relationship: '', phone: '' },
  notes: '',
};

export type PersonFormValues = typeof EMPTY_PERSON_FORM;

/** The fields every person has, from a record on file. */
export function personFormFromRecord(p: PersonRecord<string>): PersonFormValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    preferredName: p.preferredName ?? '',
    pronouns: p.pronouns ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    address: { line1: p.address.line1 ?? '', line2: p.address.line2 ?? '', town: p.address.town ?? '', postcode: p.address.postcode ?? '' },
    dateOfBirth: formatUkDate(p.dateOfBirth),
    emergencyContact: { name: p.emergencyContact.name ?? '', relationship: p.emergencyContact.relationship ?? '', phone: p.emergencyContact.phone ?? '' },
    notes: p.notes ?? '',
  };
}

/** A list as typed in a text field: "gardening, art". */
export function listText(items: readonly string[]): string {
  return items.join(', ');
}
