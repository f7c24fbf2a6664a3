import { formatUkDate } from '../../../shared/dates';
import type { Volunteer, VolunteerFormValues, VolunteerStatus } from '../../../shared/domain/volunteers';

/** The form holds text as typed: dates as dd/mm/yyyy, lists as "a, b". */
export type FormValues = VolunteerFormValues & { status: VolunteerStatus };

export const EMPTY_FORM: FormValues = {
  firstName: '',
  lastName: '',
  preferredName: '',
  pronouns: '',
  email: '',
  phone: '',
  address: { line1: '', line2: '', town: '', postcode: '' },
  dateOfBirth: '',
  emergencyContact: { name: '', relationship: '', phone: '' },
  workforceType: 'voluntary',
  roles: [],
  languages: '',
  availability: [],
  interests: '',
  startDate: '',
  notes: '',
  contactPreferences: [],
  status: 'enquiry',
};

export function formFromVolunteer(v: Volunteer): FormValues {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    preferredName: v.preferredName ?? '',
    pronouns: v.pronouns ?? '',
    email: v.email ?? '',
    phone: v.phone ?? '',
    address: { line1: v.address.line1 ?? '', line2: v.address.line2 ?? '', town: v.address.town ?? '', postcode: v.address.postcode ?? '' },
    dateOfBirth: formatUkDate(v.dateOfBirth),
    emergencyContact: { name: v.emergencyContact.name ?? '', relationship: v.emergencyContact.relationship ?? '', phone: v.emergencyContact.phone ?? '' },
    workforceType: v.workforceType,
    roles: v.roles,
    languages: v.languages.join(', '),
    availability: v.availability as FormValues['availability'],
    interests: v.interests.join(', '),
    startDate: formatUkDate(v.startDate),
    notes: v.notes ?? '',
    contactPreferences: v.contactPreferences,
    status: v.status,
  };
}

/** DOM ids for fields, so the error summary can link to them. */
export { fieldId } from '../../lib/form-errors';
