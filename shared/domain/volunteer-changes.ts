import { fold, phoneKey } from '../text';
import type { DuplicateMatch } from '../api';
import { displayName, type Volunteer, type VolunteerInput } from './volunteers';

/** Labels used in the audit log and the CSV headings. */
export const VOLUNTEER_FIELD_LABELS: Record<keyof VolunteerInput, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  dateOfBirth: 'Date of birth',
  emergencyContact: 'Emergency contact',
  workforceType: 'Workforce type',
  roles: 'Roles',
  languages: 'Languages',
  availability: 'Availability',
  interests: 'Interests and skills',
  startDate: 'Start date',
  notes: 'Notes',
  contactPreferences: 'Communication preferences',
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Which fields an edit changed, as labels ("Email", "Phone") — never the values. */
export function changedFields(before: Volunteer, after: VolunteerInput): string[] {
  const out: string[] = [];
  for (const key of Object.keys(VOLUNTEER_FIELD_LABELS) as (keyof VolunteerInput)[]) {
    if (!same(before[key], after[key])) out.push(VOLUNTEER_FIELD_LABELS[key]);
  }
  return out;
}

const nameKey = (v: { firstName: string; lastName: string }): string => fold(`${v.firstName} ${v.lastName}`).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Possible duplicates: the same name AND at least one of the same email, phone or date of
 * birth. A name alone is not enough — two people called Mohammed Khan are common.
 */
export function findDuplicates(
  existing: readonly Volunteer[],
  candidate: Pick<VolunteerInput, 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth'>,
  excludeId?: string,
): DuplicateMatch[] {
  const key = nameKey(candidate);
  const email = candidate.email?.toLowerCase();
  const phone = candidate.phone ? phoneKey(candidate.phone) : undefined;
  const matches: DuplicateMatch[] = [];
  for (const v of existing) {
    if (v.id === excludeId || nameKey(v) !== key) continue;
    const reasons: DuplicateMatch['reasons'] = [];
    if (email && v.email?.toLowerCase() === email) reasons.push('email');
    if (phone && v.phone && phoneKey(v.phone) === phone) reasons.push('phone');
    if (candidate.dateOfBirth && v.dateOfBirth === candidate.dateOfBirth) reasons.push('dateOfBirth');
    if (reasons.length > 0) matches.push({ id: v.id, name: displayName(v), reasons });
  }
  return matches;
}
