import { fold, phoneKey } from '../text';
import { displayName } from './person';

/**
 * What happens when a person's record is saved, for volunteers and members alike: the
 * possible-duplicates check and the changed-fields summary for the audit log.
 */

export type DuplicateReason = 'email' | 'phone' | 'dateOfBirth';

export interface DuplicateMatch {
  id: string;
  name: string;
  /** Which details match besides the name. */
  reasons: DuplicateReason[];
}

/** Words for the reasons, as a coordinator would say them. */
export const DUPLICATE_REASON_WORDS: Record<DuplicateReason, string> = { email: 'email', phone: 'phone number', dateOfBirth: 'date of birth' };

/** The details compared: a person being added, a row of a CSV file, or one on record. */
export interface DuplicateCandidate {
  firstName: string;
  lastName: string;
  email?: string | undefined;
  phone?: string | undefined;
  dateOfBirth?: string | undefined;
}

export interface DuplicateSource extends DuplicateCandidate {
  id: string;
  preferredName?: string | undefined;
}

/** A name as the duplicate check compares it: accents, case and punctuation ignored. */
export const personNameKey = (v: { firstName: string; lastName: string }): string => fold(`${v.firstName} ${v.lastName}`).replace(/[^a-z0-9]+/g, ' ').trim();
const nameKey = personNameKey;

/**
 * Possible duplicates: the same name AND at least one of the same email, phone or date of
 * birth. A name alone is not enough — two people called Mohammed Khan are common.
 */
export function findDuplicatePeople(existing: readonly DuplicateSource[], candidate: DuplicateCandidate, excludeId?: string): DuplicateMatch[] {
  const key = nameKey(candidate);
  const email = candidate.email?.toLowerCase();
  const phone = candidate.phone ? phoneKey(candidate.phone) : undefined;
  const matches: DuplicateMatch[] = [];
  for (const v of existing) {
    if (v.id === excludeId || nameKey(v) !== key) continue;
    const reasons: DuplicateReason[] = [];
    if (email && v.email?.toLowerCase() === email) reasons.push('email');
    if (phone && v.phone && phoneKey(v.phone) === phone) reasons.push('phone');
    if (candidate.dateOfBirth && v.dateOfBirth === candidate.dateOfBirth) reasons.push('dateOfBirth');
    if (reasons.length > 0) matches.push({ id: v.id, name: displayName(v), reasons });
  }
  return matches;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The audit-log labels of the fields every kind of person has; each kind adds its own. */
export const PERSON_FIELD_LABELS = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  dateOfBirth: 'Date of birth',
  emergencyContact: 'Emergency contact',
} as const;

/**
 * Which fields an edit changed, as labels ("Email", "Phone") — never the values. `labels`
 * lists the fields compared, in the order they are named.
 */
export function changedFieldsOf<K extends string>(labels: Record<K, string>, before: Partial<Record<K, unknown>>, after: Partial<Record<K, unknown>>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(labels) as K[]) {
    if (!same(before[key], after[key])) out.push(labels[key]);
  }
  return out;
}
