import type { AuditEntry } from './audit';
import type { ComplianceRecords } from './compliance-records';
import type { Grant } from './grants';
import type { Group } from './groups';
import type { Member } from './members';
import type { NewsletterIssue } from './newsletters';
import type { Completion } from './outcome-completions';
import type { Programme, ProgrammeSession } from './programmes';
import type { Referral } from './referrals';
import type { SessionRecord } from './sessions';
import type { Settings } from './settings';
import type { TravelTrip } from './travel-trips';
import type { Volunteer } from './volunteers';

/**
 * "What do we hold about this person?" as items a coordinator can read, one pure function over
 * the documents. Subject access prints these items; erasure can use the same list (each item
 * names the stored records it comes from) to know what to remove.
 *
 * Items carry only the person's own data: their mark on a register, not the register; their
 * spells on a group's roster, not the roster. Where an item also names someone else (the
 * volunteer who supported them), the coordinator may withhold it on the review screen.
 */

export const HELD_KINDS = [
  'record',
  'status',
  'equality',
  'consent',
  'device-loan',
  'referral',
  'group',
  'attendance',
  'programme',
  'goal',
  'programme-session',
  'trip',
  'questionnaire',
  'dbs',
  'training',
  'supervision',
  'hours',
  'expense',
  'activation',
  'newsletter',
  'case-study',
  'audit',
] as const;
export type HeldKind = (typeof HELD_KINDS)[number];

/** Each kind's heading, and why we hold it, in the words the pack prints. */
export const HELD_KIND_INFO: Record<HeldKind, { heading: string; why: string }> = {
  record: { heading: 'Your record', why: 'Your details, so we can contact you, support you safely and reach someone in an emergency.' },
  status: { heading: 'Status history', why: 'When you joined, changed or left, so we know where things stand.' },
  equality: { heading: 'Equality answers', why: 'Only if you chose to give them: to check that our services reach everyone fairly. Reports to funders use them only as counts.' },
  consent: { heading: 'Consents', why: 'What you agreed to (and any you withdrew), so we only contact you in ways you want.' },
  'device-loan': { heading: 'Devices lent', why: 'Equipment we lent you, so it can be returned and lent again.' },
  referral: { heading: 'Referrals', why: 'How you came to us and what happened, so we can follow it up and report on waiting times.' },
  group: { heading: 'Groups', why: 'The groups you belong to or are waiting for, so we can plan places.' },
  attendance: { heading: 'Attendance', why: 'Registers of the sessions, for safety on the day and counts for our funders.' },
  programme: { heading: 'One-to-one support', why: 'The support you have had one to one, so it can be planned and reviewed.' },
  goal: { heading: 'Goals', why: 'Goals you set in one-to-one support, in your words, and how they went.' },
  'programme-session': { heading: 'One-to-one session notes', why: 'Notes of each session, so your support is consistent. This includes private notes.' },
  trip: { heading: 'Travel buddy trips', why: 'Trips to appointments, so a buddy can be arranged.' },
  questionnaire: { heading: 'Questionnaire answers', why: 'Wellbeing questionnaires you answered, to see how support helps. Reports use only totals.' },
  dbs: { heading: 'DBS checks', why: 'Required to keep people safe in roles that need a check.' },
  training: { heading: 'Training', why: 'Courses you have done, so we know roles are covered.' },
  supervision: { heading: 'Supervision', why: 'Support and supervision sessions, including private notes, to look after you and the people you support.' },
  hours: { heading: 'Hours given', why: 'Time you gave, to thank you and to report volunteering to funders.' },
  expense: { heading: 'Expenses', why: 'Claims, so you are paid back correctly.' },
  activation: { heading: 'Decisions to start before checks were complete', why: 'A safeguarding record of why someone started before every check was in.' },
  newsletter: { heading: 'Newsletters sent to you', why: 'Which newsletters were sent to you and how.' },
  'case-study': { heading: 'Case studies', why: 'Stories in reports to funders that name you.' },
  audit: { heading: 'Changes to your records', why: 'Our audit log: who changed your records and when. It never holds the values changed.' },
};

export interface HeldField {
  label: string;
  value: string;
}

export interface HeldTable {
  columns: string[];
  rows: string[][];
}

/** A stored record an item comes from: the collection's name (as in electron/documents.ts) and its id. */
export interface HeldSource {
  list: string;
  id: string;
}

export interface HeldItem {
  /** Stable between one gathering and the next ("session-note:abc"), so a withheld item stays withheld. */
  id: string;
  kind: HeldKind;
  /** "Supervision on 04/03/2026" */
  title: string;
  /** ISO date, for order within a kind. */
  date?: string;
  fields: HeldField[];
  table?: HeldTable;
  sources: HeldSource[];
}

/** Who the request is about, as the coordinator opened it. */
export interface HeldSubject {
  type: 'member' | 'volunteer' | 'referral';
  id: string;
}

/** Everything the gatherer reads: every year of the documents that are split by year. */
export interface HeldDataSources {
  members: readonly Member[];
  volunteers: readonly Volunteer[];
  referrals: readonly Referral[];
  groups: readonly Group[];
  sessions: readonly SessionRecord[];
  programmes: readonly Programme[];
  programmeSessions: readonly ProgrammeSession[];
  trips: readonly TravelTrip[];
  completions: readonly Completion[];
  compliance: ComplianceRecords;
  newsletters: readonly NewsletterIssue[];
  grants: readonly Grant[];
  audit: readonly AuditEntry[];
  settings: Pick<Settings, 'programmeKinds' | 'customScales' | 'trainingCourses'>;
}

/** The records that are one person: a member, the volunteer record of the same person, their referrals. */
export interface Identity {
  members: Member[];
  volunteers: Volunteer[];
  referrals: Referral[];
}

/**
 * Follows the links between records of the same person: a member's volunteer record
 * (member.volunteerId), a referral's member (referral.memberId), and back.
 */
export function resolveIdentity(subject: HeldSubject, sources: Pick<HeldDataSources, 'members' | 'volunteers' | 'referrals'>): Identity {
  const memberIds = new Set<string>();
  const volunteerIds = new Set<string>();
  const referralIds = new Set<string>();
  if (subject.type === 'member') memberIds.add(subject.id);
  if (subject.type === 'volunteer') volunteerIds.add(subject.id);
  if (subject.type === 'referral') {
    referralIds.add(subject.id);
    const memberId = sources.referrals.find((r) => r.id === subject.id)?.memberId;
    if (memberId) memberIds.add(memberId);
  }
  for (const m of sources.members) if (m.volunteerId && volunteerIds.has(m.volunteerId)) memberIds.add(m.id);
  const members = sources.members.filter((m) => memberIds.has(m.id));
  for (const m of members) if (m.volunteerId) volunteerIds.add(m.volunteerId);
  for (const r of sources.referrals) if (r.memberId && memberIds.has(r.memberId)) referralIds.add(r.id);
  return {
    members,
    volunteers: sources.volunteers.filter((v) => volunteerIds.has(v.id)),
    referrals: sources.referrals.filter((r) => referralIds.has(r.id)),
  };
}

/** The person's name as the request shows it, from whichever record is theirs. */
export function identityName(identity: Identity): string | undefined {
  const p = identity.members[0] ?? identity.volunteers[0] ?? identity.referrals[0]?.person;
  return p ? `${p.firstName} ${p.lastName}`.trim() : undefined;
}

/** Kinds in the order the pack prints them, and items in date order within each. */
export function sortHeldItems(items: readonly HeldItem[]): HeldItem[] {
  const rank = new Map(HELD_KINDS.map((k, i) => [k, i]));
  return [...items].sort((a, b) => rank.get(a.kind)! - rank.get(b.kind)! || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}

/** Items grouped under their kind, kinds in print order, empty kinds left out. */
export function groupHeldItems(items: readonly HeldItem[]): { kind: HeldKind; items: HeldItem[] }[] {
  const sorted = sortHeldItems(items);
  return HELD_KINDS.map((kind) => ({ kind, items: sorted.filter((i) => i.kind === kind) })).filter((g) => g.items.length > 0);
}
