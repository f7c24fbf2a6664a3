import { MEMBER_FIELD_LABELS } from './member-changes';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES, type MemberStatus } from './members';
import { VOLUNTEER_FIELD_LABELS } from './volunteer-changes';
import { STATUS_LABELS, VOLUNTEER_STATUSES, type VolunteerStatus } from './volunteers';

/**
 * The kinds of person Peer Desk keeps, described once: what they are called, their status
 * pipeline and the labels of their fields (for the audit log). The
 * handlers (electron/api/people) and the pages (renderer/pages/people) are built from these,
 * so a third kind (programme participants) is a new description, not a copy of a folder.
 * It imports no CSV or zod code, so the pages that use it stay small.
 */

export type PersonKindId = 'volunteer' | 'member';

export interface PersonKindInfo<S extends string> {
  id: PersonKindId;
  /** "volunteer", as in "Added a volunteer record". */
  noun: string;
  /** "volunteers". */
  plural: string;
  statuses: readonly S[];
  statusLabels: Record<S, string>;
  /** Field → label, for "Changed Email, Phone" (never the values). */
  fieldLabels: Record<string, string>;
}

export const VOLUNTEER_KIND: PersonKindInfo<VolunteerStatus> = {
  id: 'volunteer',
  noun: 'volunteer',
  plural: 'volunteers',
  statuses: VOLUNTEER_STATUSES,
  statusLabels: STATUS_LABELS,
  fieldLabels: VOLUNTEER_FIELD_LABELS,
};

export const MEMBER_KIND: PersonKindInfo<MemberStatus> = {
  id: 'member',
  noun: 'member',
  plural: 'members',
  statuses: MEMBER_STATUSES,
  statusLabels: MEMBER_STATUS_LABELS,
  fieldLabels: MEMBER_FIELD_LABELS,
};
