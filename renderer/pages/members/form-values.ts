import { formatUkDate } from '../../../shared/dates';
import type { Member, MemberFormValues } from '../../../shared/domain/members';

/** The form holds text as typed: dates as dd/mm/yyyy, interests as "a, b", choices as ids ('' for none). */
export const EMPTY_MEMBER_FORM: MemberFormValues = {
  firstName: '',
  lastName: '',
  preferredName: '',
  pronouns: '',
  email: '',
  phone: '',
  address: { line1: '', line2: '', town: '', postcode: '' },
  dateOfBirth: '',
  emergencyContact: { name: '', relationship: '', phone: '' },
  joinedDate: '',
  keyContactId: '',
  interests: '',
  accessNeeds: '',
  digital: { hasDevice: false, hasInternet: false, needsDeviceLoan: false },
  newsletter: 'none',
  volunteerId: '',
  notes: '',
};

export function formFromMember(m: Member): MemberFormValues {
  return {
    firstName: m.firstName,
    lastName: m.lastName,
    preferredName: m.preferredName ?? '',
    pronouns: m.pronouns ?? '',
    email: m.email ?? '',
    phone: m.phone ?? '',
    address: { line1: m.address.line1 ?? '', line2: m.address.line2 ?? '', town: m.address.town ?? '', postcode: m.address.postcode ?? '' },
    dateOfBirth: formatUkDate(m.dateOfBirth),
    emergencyContact: { name: m.emergencyContact.name ?? '', relationship: m.emergencyContact.relationship ?? '', phone: m.emergencyContact.phone ?? '' },
    joinedDate: formatUkDate(m.joinedDate),
    keyContactId: m.keyContactId ?? '',
    interests: m.interests.join(', '),
    accessNeeds: m.accessNeeds ?? '',
    digital: { hasDevice: m.digital.hasDevice ?? false, hasInternet: m.digital.hasInternet ?? false, needsDeviceLoan: m.digital.needsDeviceLoan ?? false },
    newsletter: m.newsletter,
    volunteerId: m.volunteerId ?? '',
    notes: m.notes ?? '',
  };
}
