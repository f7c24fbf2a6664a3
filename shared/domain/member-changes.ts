import { changedFieldsOf, PERSON_FIELD_LABELS } from './people-changes';
import type { Member, MemberInput } from './members';

/** Labels used in the audit log ("Changed Email, Key contact") — never the values. */
export const MEMBER_FIELD_LABELS: Record<keyof MemberInput, string> = {
  ...PERSON_FIELD_LABELS,
  joinedDate: 'Date joined',
  keyContactId: 'Key contact',
  interests: 'Interests',
  accessNeeds: 'Access needs',
  digital: 'Digital access',
  newsletter: 'Newsletter preference',
  volunteerId: 'Linked volunteer record',
  languages: 'Languages',
  availability: 'Availability',
  matchingNotes: 'Matching preferences',
  prefersVolunteerGender: 'Prefers a volunteer who is',
  needsLanguage: 'Must speak',
  notes: 'Notes',
};

export function changedMemberFields(before: Member, after: MemberInput): string[] {
  return changedFieldsOf(MEMBER_FIELD_LABELS, before, after);
}
