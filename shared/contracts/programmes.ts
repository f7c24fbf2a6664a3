import { z } from 'zod';
import { method } from '../contract';
import {
  ENDINGS,
  GOAL_PROGRESS,
  programmeKindInputSchema,
  programmeSessionInputSchema,
  PROGRAMME_STATUSES,
  type Goal,
  type Match,
  type Programme,
  type ProgrammeKind,
  type ProgrammeSession,
  type ProgrammeStatus,
} from '../domain/programmes';
import { optionalIsoDate, optionalText, requiredIsoDate, requiredText } from '../fields';
import { id, noInput } from './common';

/** One-to-one programmes: kinds, the programmes, matching, the session log and goals. */

export interface PersonName {
  id: string;
  name: string;
}

/** A programme as lists show it (the Programmes page, a member's tab, a volunteer's caseload). */
export interface ProgrammeRow {
  id: string;
  member: PersonName;
  kind: { id: string; name: string };
  status: ProgrammeStatus;
  volunteer?: PersonName;
  startDate: string;
  /** "6 of 10", or "6 sessions" when open-ended. */
  counter: string;
  attended: number;
  plannedSessions: number | null;
  /** The last session with any outcome (the last contact), ISO date. */
  lastContact?: string;
  /** Days since the last contact, or since the start when there has been none. */
  daysSinceContact: number;
  /** Waiting for a match: days since it started. */
  daysWaiting?: number;
  /** At or past the planned number and not ended: "end or extend". */
  atPlanned: boolean;
}

export interface ProgrammeList {
  rows: ProgrammeRow[];
  /** Before filters: open programmes, waiting for a match, no contact for the set days. */
  counts: { open: number; waiting: number; noContact: number };
  /** The "no contact" threshold from Settings (default 21). */
  noContactDays: number;
}

export interface ProgrammeDetail {
  programme: Programme;
  kind: ProgrammeKind;
  member: PersonName & { age?: number };
  volunteer?: PersonName;
  /** Every match with the volunteer's name, oldest first. */
  matches: (Match & { volunteerName: string })[];
  /** Newest first. Private notes included: this is the coordinator's own screen. */
  sessions: ProgrammeSession[];
  goals: Goal[];
  counter: string;
  attended: number;
  atPlanned: boolean;
  /** Plain-English notes for the coordinator: "Age 47 is outside Peer coaching's 50–75", "Past the most sessions (8)". */
  warnings: string[];
}

/** A volunteer who could be matched, with its reasons in words. */
export interface Suggestion {
  volunteer: PersonName;
  score: number;
  /** "Shares: gardening, football", "Speaks: Polish", "Both free: Monday morning", "Supporting 1 of 2". */
  reasons: string[];
  /** Current programmes they support, and their limit. */
  caseload: number;
  caseloadLimit: number;
}

export interface Suggestions {
  suggested: Suggestion[];
  /** Active volunteers with an allowed role who cannot be suggested, and why ("DBS overdue since 03/10/2026", "Full: 2 of 2"). */
  leftOut: { volunteer: PersonName; why: string }[];
}

const volunteerChoice = z.string().max(100).optional();

export const startProgrammeSchema = z
  .object({
    /** From a member's profile… */
    memberId: z.string().max(100).optional(),
    /** …or from a referral (accepted into the kind; the member is created or linked). */
    referralId: z.string().max(100).optional(),
    kindId: z.string().min(1, 'Choose the kind of programme').max(100),
    /** Blank: match later. */
    volunteerId: volunteerChoice,
    date: requiredIsoDate,
    firstSessionDate: optionalIsoDate,
  })
  .refine((v) => (v.memberId ? 1 : 0) + (v.referralId ? 1 : 0) === 1, { message: 'Start a programme from a member or from a referral' });

export const programmesApi = {
  /** Every kind, archived ones last. */
  kinds: method(noInput).returns<ProgrammeKind[]>(),
  saveKind: method(z.object({ id: z.string().max(100).optional(), kind: programmeKindInputSchema })).returns<ProgrammeKind[]>(),
  setKindArchived: method(z.object({ id, archived: z.boolean() })).returns<ProgrammeKind[]>(),

  list: method(
    z.object({
      query: z.string().max(200).default(''),
      kindId: z.string().max(100).default(''),
      /** "open": everything not ended (the default). */
      status: z.enum(['open', 'all', ...PROGRAMME_STATUSES]).default('open'),
      volunteerId: z.string().max(100).default(''),
      noContact: z.boolean().default(false),
      sort: z.enum(['last-contact', 'member', 'started']).default('last-contact'),
    }),
  ).returns<ProgrammeList>(),
  forMember: method(z.object({ memberId: id })).returns<ProgrammeRow[]>(),
  /** The volunteer's caseload: open programmes first. */
  forVolunteer: method(z.object({ volunteerId: id })).returns<ProgrammeRow[]>(),
  get: method(z.object({ id })).returns<ProgrammeDetail>(),

  start: method(startProgrammeSchema).returns<ProgrammeDetail>(),
  suggest: method(z.object({ id })).returns<Suggestions>(),
  match: method(z.object({ id, volunteerId: id, date: requiredIsoDate, reason: optionalText('reason', 500) })).returns<ProgrammeDetail>(),
  setStatus: method(z.object({ id, status: z.enum(['active', 'paused']), date: requiredIsoDate })).returns<ProgrammeDetail>(),
  end: method(
    z.object({
      id,
      date: requiredIsoDate,
      ending: z.enum(ENDINGS, { error: 'Choose how it ended' }),
      onward: z.array(z.string().trim().min(1).max(100)).max(10).default([]),
      note: optionalText('note', 2000),
    }),
  ).returns<ProgrammeDetail>(),
  reopen: method(z.object({ id })).returns<ProgrammeDetail>(),
  extend: method(z.object({ id, plannedSessions: z.number().int().min(1).max(200), reason: requiredText('reason for extending', 500) })).returns<ProgrammeDetail>(),
  delete: method(z.object({ id })).returns<{ deleted: true }>(),

  logSession: method(z.object({ programmeId: id, session: programmeSessionInputSchema })).returns<ProgrammeDetail>(),
  updateSession: method(z.object({ id, session: programmeSessionInputSchema })).returns<ProgrammeDetail>(),
  deleteSession: method(z.object({ id })).returns<ProgrammeDetail>(),

  saveGoal: method(
    z.object({
      programmeId: id,
      goalId: z.string().max(100).optional(),
      text: requiredText('goal', 500),
      steps: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
      targetDate: optionalIsoDate,
    }),
  ).returns<ProgrammeDetail>(),
  reviewGoal: method(z.object({ programmeId: id, goalId: id, date: requiredIsoDate, progress: z.enum(GOAL_PROGRESS, { error: 'Choose how far along it is' }), comment: optionalText('comment', 1000) })).returns<ProgrammeDetail>(),
  deleteGoal: method(z.object({ programmeId: id, goalId: id })).returns<ProgrammeDetail>(),
};
