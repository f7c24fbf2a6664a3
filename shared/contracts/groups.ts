import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import { groupInputSchema, type Group, type GroupKind } from '../domain/groups';
import type { GroupSession } from '../domain/group-sessions';
import type { Venue } from '../domain/venues';
import { optionalText, requiredIsoDate } from '../fields';
import { id } from './common';

export interface GroupSummary {
  id: string;
  name: string;
  kind: GroupKind;
  scheduleInWords: string;
  venueName?: string;
  capacity?: number;
  /** Members on the roster now. */
  memberCount: number;
  waitingCount: number;
  /** Places left (undefined when there is no capacity). */
  freePlaces?: number;
  nextSessionDate?: string;
  archived: boolean;
  /** The questionnaires its plan asks, in words ("SWEMWBS at start and end"); absent: none. */
  questionnaires?: string;
}

export interface PersonRef {
  id: string;
  name: string;
  phone?: string;
}

export interface RosterRow extends PersonRef {
  joined: string;
  left?: string;
  leftReason?: string;
  /** Joined again after leaving before ("okay to leave, okay to come back"). */
  returning: boolean;
  /** Outside the group's age range, if it has one: a warning, not a bar. */
  ageWarning?: string;
}

export interface WaitingRow extends PersonRef {
  added: string;
  note?: string;
  position: number;
}

export interface GroupDetail {
  group: Group;
  scheduleInWords: string;
  venue?: Venue;
  facilitators: PersonRef[];
  roster: RosterRow[];
  /** Spells that have ended, newest first. */
  pastMembers: RosterRow[];
  waitingList: WaitingRow[];
  freePlaces?: number;
  /** When a place is free and someone is waiting: the first person to offer it to. */
  offerPlaceTo?: WaitingRow;
  /** The next 8 weeks of sessions. */
  upcoming: GroupSession[];
  /** Dates in the next 8 weeks the schedule falls on but the group does not meet, and why ("Christmas Day"). */
  notMeeting: { date: string; why: string }[];
  /** The last 12 weeks, newest first, so missing registers stand out. */
  recent: GroupSession[];
  /** Sessions with a register over the group's whole history. */
  sessionsHeld: number;
  /** The next meeting that is on, today's included, with how many are on its roster: the card at the top of the page. */
  nextSession?: { session: GroupSession; onRoster: number };
  /** The newest past meeting in the last 12 weeks still without a register, and how many older ones are also waiting. */
  registerDue?: { session: GroupSession; onRoster: number; older: number };
}

export interface GroupMemberResult {
  detail: GroupDetail;
  /** Plain-English warnings the coordinator should see (age range, over capacity). */
  warnings: string[];
}

export const groupListSchema = z.object({ includeArchived: z.boolean().default(false) });

export const groupsApi = {
  list: method(groupListSchema).returns<GroupSummary[]>(),
  get: method(z.object({ id })).returns<GroupDetail>(),
  create: method(z.object({ group: groupInputSchema })).returns<Group>(),
  update: method(z.object({ id, group: groupInputSchema })).returns<Group>(),
  setArchived: method(z.object({ id, archived: z.boolean() })).returns<Group>(),
  addMember: method(
    z.object({
      groupId: id,
      memberId: id,
      joined: requiredIsoDate,
      /** Add even when the group is full (otherwise the answer says it is full). */
      overCapacity: z.boolean().default(false),
    }),
  ).returns<GroupMemberResult>(),
  removeMember: method(z.object({ groupId: id, memberId: id, date: requiredIsoDate, reason: optionalText('reason', 500) })).returns<GroupDetail>(),
  addToWaitingList: method(z.object({ groupId: id, memberId: id, note: optionalText('note', 500) })).returns<GroupMemberResult>(),
  removeFromWaitingList: method(z.object({ groupId: id, memberId: id })).returns<GroupDetail>(),
  moveOnWaitingList: method(z.object({ groupId: id, memberId: id, direction: z.enum(['up', 'down']) })).returns<GroupDetail>(),
  /** Every session in a date range (the group page's history by year). */
  sessions: method(z.object({ groupId: id, from: requiredIsoDate, to: requiredIsoDate })).returns<GroupSession[]>(),
  printRoster: method(z.object({ groupId: id, includeEmergencyContacts: z.boolean().default(false) })).returns<FileDownload>(),
  /** A month grid of every group's sessions and facilitators. */
  printRota: method(z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month') })).returns<FileDownload>(),
};
