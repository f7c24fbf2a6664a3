import { changedFieldsOf, PERSON_FIELD_LABELS } from './people-changes';
import type { Volunteer, VolunteerInput } from './volunteers';

/** Volunteers through the shared people checks (shared/domain/people-changes.ts). */

/** Labels used in the audit log and the CSV headings. */
export const VOLUNTEER_FIELD_LABELS: Record<keyof VolunteerInput, string> = {
  ...PERSON_FIELD_LABELS,
  workforceType: 'Workforce type',
  roles: 'Roles',
  languages: 'Languages',
  availability: 'Availability',
  interests: 'Interests and skills',
  startDate: 'Start date',
  notes: 'Notes',
  contactPreferences: 'Communication preferences',
  caseloadLimit: 'How many people they can support at once',
  gender: 'Gender, for matching',
};

/** Which fields an edit changed, as labels ("Email", "Phone") — never the values. */
export function changedFields(before: Volunteer, after: VolunteerInput): string[] {
  return changedFieldsOf(VOLUNTEER_FIELD_LABELS, before, after);
}

export { findDuplicatePeople as findDuplicates } from './people-changes';
