import { z } from 'zod';
import { method } from '../contract';
import {
  ENDINGS,
  GOAL_PROGRESS,
  programmeKindInputSchema,
  programmeSessionInputSchema,
  PROGRAMME_STATUSES,
  type ProgrammeKind,
} from '../domain/programmes';
import { optionalIsoDate, optionalText, requiredIsoDate, requiredText } from '../fields';
import { id, noInput } from './common';
import { programmePaperApi } from './programme-paper';
import type { ProgrammeDetail, ProgrammeList, ProgrammeRow, Suggestions } from './programme-views';
import { travelTripsApi } from './travel-trips';

export type * from './programme-views';

/** One-to-one programmes: kinds, the programmes, matching, the session log and goals. */

/**
 * Suggestions for "Start a programme" before it exists. A referral whose person is not a
 * member yet has nothing to match on: `why` says so, and the volunteer is matched later.
 */
export type StartSuggestions = { canSuggest: true; suggestions: Suggestions } | { canSuggest: false; why: string };

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

/** Whom "Start a programme" is for (a member, or a referral's person) and the kind chosen at step 1. */
export const startSuggestionsSchema = z
  .object({
    memberId: z.string().max(100).optional(),
    referralId: z.string().max(100).optional(),
    kindId: z.string().min(1, 'Choose the kind of programme').max(100),
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
      /** When it was agreed (often in a session, typed in later); a new goal without it: today. */
      setOn: optionalIsoDate,
    }),
  ).returns<ProgrammeDetail>(),
  reviewGoal: method(z.object({ programmeId: id, goalId: id, date: requiredIsoDate, progress: z.enum(GOAL_PROGRESS, { error: 'Choose how far along it is' }), comment: optionalText('comment', 1000) })).returns<ProgrammeDetail>(),
  deleteGoal: method(z.object({ programmeId: id, goalId: id })).returns<ProgrammeDetail>(),

  /** Travel buddy trips (./travel-trips.ts). */
  ...travelTripsApi,

  /** "Start a programme", step 2: suggestions for a member (or a referral's member) and a kind, before the programme exists. */
  suggestForStart: method(startSuggestionsSchema).returns<StartSuggestions>(),

  /** Print my plan, the session record sheet, and keying a sheet in (./programme-paper.ts). */
  ...programmePaperApi,
};
