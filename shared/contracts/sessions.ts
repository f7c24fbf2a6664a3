import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import type { GroupKind } from '../domain/groups';
import type { GroupSession } from '../domain/group-sessions';
import { MARKS, type Mark } from '../domain/sessions';
import { optionalPhone, optionalText, requiredIsoDate, requiredText } from '../fields';
import { id } from './common';
import type { PersonRef } from './groups';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface SessionListItem extends GroupSession {
  groupName: string;
  groupKind: GroupKind;
  venueName?: string;
  /** Present + walk-ins + anonymous, when the register has been taken. */
  attendance?: number;
  /** Rostered members expected. */
  expected: number;
}

export interface SessionDetail {
  session: SessionListItem;
  /** Members on the roster that day, in the same order as the printed sign-in sheet. */
  roster: PersonRef[];
  /** Named walk-ins already on the register. */
  walkIns: PersonRef[];
  facilitators: PersonRef[];
  /** Everyone marked as facilitating; may include volunteers who are not the usual facilitators. */
  facilitatorsPresent: PersonRef[];
  dropIn: boolean;
}

export interface VolunteerHours {
  totalMinutes: number;
  sessionMinutes: number;
  prepMinutes: number;
  sessions: { sessionId: string; date: string; groupName: string; minutes: number }[];
}

export const registerInputSchema = z.object({
  sessionId: id,
  marks: z.record(z.string().max(100), z.enum(MARKS)),
  walkIns: z.array(z.string().max(100)).max(500).default([]),
  anonymousCount: z.number().int().min(0, 'The head count cannot be negative').max(10_000).default(0),
  facilitatorsPresent: z.array(z.string().max(100)).max(50).default([]),
  notes: optionalText('notes', 2000),
});
export type RegisterInput = z.input<typeof registerInputSchema>;

export const sessionsApi = {
  /** Every session of every group in the 7 days from weekStart (a Monday, normally). */
  week: method(z.object({ weekStart: requiredIsoDate })).returns<SessionListItem[]>(),
  get: method(z.object({ sessionId: id })).returns<SessionDetail>(),
  addOneOff: method(
    z
      .object({
        groupId: id,
        date: requiredIsoDate,
        startTime: z.string().regex(TIME, 'Enter the start time as a 24-hour time, like 10:30'),
        endTime: z.string().regex(TIME, 'Enter the end time as a 24-hour time, like 12:00'),
      })
      .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'The end time must be after the start time' }),
  ).returns<SessionListItem>(),
  cancel: method(z.object({ sessionId: id, reason: requiredText('the reason it is cancelled', 500) })).returns<SessionListItem>(),
  reinstate: method(z.object({ sessionId: id })).returns<SessionListItem>(),
  /** A past session with no register that will not get one (a group moved onto Peer Desk part way): not asked for, not counted. */
  markNotRecorded: method(z.object({ sessionId: id, reason: optionalText('the reason', 500) })).returns<SessionListItem>(),
  /** Takes a "not recorded" mark off again: the session wants its register once more. */
  undoNotRecorded: method(z.object({ sessionId: id })).returns<SessionListItem>(),
  saveRegister: method(registerInputSchema).returns<SessionDetail>(),
  /** A walk-in who is new to the charity: a member record with just a name and a phone. */
  quickAddPerson: method(
    z.object({ firstName: requiredText('a first name'), lastName: requiredText('a last name'), phone: optionalPhone }),
  ).returns<PersonRef>(),
  /** Members to add as walk-ins, by name, email or phone. */
  findPeople: method(z.object({ query: z.string().max(200) })).returns<PersonRef[]>(),
  printSignInSheet: method(z.object({ sessionId: id })).returns<FileDownload>(),
  printWeekSignInSheets: method(z.object({ weekStart: requiredIsoDate })).returns<FileDownload>(),
  facilitatorHours: method(z.object({ volunteerId: id })).returns<VolunteerHours>(),
};

export type { Mark };
