import { z } from 'zod';
import { optionalText, requiredIsoDate, requiredText } from '../fields';
import { measurePlanSchema, measurePlansInputSchema } from './outcome-plans';

/**
 * One-to-one programmes: a member and a volunteer meeting for a planned number of sessions
 * (peer coaching, 1-1 peer support, travel buddies, mentoring). See
 * docs/guide.md, "Programmes".
 *
 * Counting (product.md, domain facts): a programme's count is its *attended* sessions against
 * its planned number ("6 of 10"); did-not-attend and cancellations are kept but not delivered.
 * Its wait is referral received → first attended session.
 */

// ----- kinds (Settings) ---------------------------------------------------------------------

export const programmeKindSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Sessions planned when a programme starts; null: open-ended (travel buddies). */
  plannedSessions: z.number().int().nullable(),
  /** Warn (never block) past this many attended sessions. */
  maxSessions: z.number().int().optional(),
  /** Usual length of a session, minutes; what "Log a session" offers. */
  sessionMinutes: z.number().int(),
  /** Volunteer roles (ids, as in roles.ts) that may deliver it. */
  roles: z.array(z.string()),
  /** Age range it is meant for: warn, don't block. */
  minAge: z.number().int().optional(),
  maxAge: z.number().int().optional(),
  /** Attended sessions add to the volunteer's hours (as facilitated groups do). */
  countsForHours: z.boolean(),
  /** No new programmes of this kind; existing ones keep it. */
  archived: z.boolean().optional(),
  /** Its programmes have "Request a travel buddy" (travel-trips.ts, kindHasTrips: unset means only the seeded Travel buddy kind). */
  trips: z.boolean().optional(),
  /** The questionnaires its programmes ask, and when (outcome-plans.ts); unset: none. */
  measures: z.array(measurePlanSchema).optional(),
});
export type ProgrammeKind = z.infer<typeof programmeKindSchema>;

export const DEFAULT_PROGRAMME_KINDS: readonly ProgrammeKind[] = [
  { id: 'peer-coaching', name: 'Peer coaching', plannedSessions: 10, sessionMinutes: 60, roles: ['peer-coach'], countsForHours: true },
  { id: 'one-to-one-support', name: 'One-to-one peer support', plannedSessions: 8, maxSessions: 8, sessionMinutes: 60, roles: ['peer-supporter'], countsForHours: true },
  { id: 'travel-buddy', name: 'Travel buddy', plannedSessions: null, sessionMinutes: 120, roles: ['travel-buddy'], countsForHours: true, trips: true },
  { id: 'peer-mentoring', name: 'Peer mentoring', plannedSessions: 12, sessionMinutes: 60, roles: ['peer-supporter', 'peer-coach'], countsForHours: true },
];

export const programmeKindInputSchema = z
  .object({
    name: requiredText('the name of the programme kind', 80),
    plannedSessions: z.number().int().min(1, 'Plan at least 1 session').max(200, 'Plan 200 sessions or fewer').nullable(),
    maxSessions: z.number().int().min(1, 'Enter at least 1').max(200, 'Enter 200 or fewer').optional(),
    sessionMinutes: z.number().int().min(5, 'A session is at least 5 minutes').max(720, 'A session is 12 hours or less'),
    roles: z.array(z.string().max(100)).min(1, 'Choose at least one role that may deliver it').max(20),
    minAge: z.number().int().min(0).max(120).optional(),
    maxAge: z.number().int().min(0).max(120).optional(),
    countsForHours: z.boolean(),
    trips: z.boolean().optional(),
    /** Absent: leave the kind's questionnaires as they are (the kind form does not show them). */
    measures: measurePlansInputSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.minAge !== undefined && v.maxAge !== undefined && v.minAge > v.maxAge) ctx.addIssue({ code: 'custom', path: ['maxAge'], message: 'The oldest age must be the same as or above the youngest' });
    if (v.maxSessions !== undefined && v.plannedSessions !== null && v.maxSessions < v.plannedSessions) ctx.addIssue({ code: 'custom', path: ['maxSessions'], message: 'The most sessions must be at least the number planned' });
  });
export type ProgrammeKindInput = z.output<typeof programmeKindInputSchema>;

// ----- the programme --------------------------------------------------------------------------

export const PROGRAMME_STATUSES = ['waiting', 'matched', 'active', 'paused', 'ended'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  waiting: 'Waiting for a match',
  matched: 'Matched',
  active: 'Active',
  paused: 'Paused',
  ended: 'Ended',
};

export const ENDINGS = ['completed', 'member-choice', 'lost-contact', 'moved-away', 'needs-more-support'] as const;
export type Ending = (typeof ENDINGS)[number];
export const ENDING_LABELS: Record<Ending, string> = {
  completed: 'Completed',
  'member-choice': "Stopped early: the member's choice",
  'lost-contact': 'Stopped early: lost contact',
  'moved-away': 'Stopped early: moved away',
  'needs-more-support': 'Stopped early: needs more support than peer support',
};

/** Where people are referred on to when a programme ends; "other" takes free text. */
export const ONWARD_REFERRALS = ['Recovery College', 'NHS Talking Therapies', 'Citizens Advice', 'GP'] as const;

/** Who supports the member, from when; a change of volunteer closes the last and opens another. */
export const matchSchema = z.object({
  volunteerId: z.string(),
  from: z.string(),
  to: z.string().optional(),
  /** Why the volunteer changed (on the match that ended). */
  reason: z.string().optional(),
});
export type Match = z.infer<typeof matchSchema>;

export const programmeStatusChangeSchema = z.object({ status: z.enum(PROGRAMME_STATUSES), date: z.string(), at: z.string() });

export const GOAL_PROGRESS = ['not-started', 'some-progress', 'mostly-there', 'achieved'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];
export const GOAL_PROGRESS_LABELS: Record<GoalProgress, string> = {
  'not-started': 'Not started',
  'some-progress': 'Some progress',
  'mostly-there': 'Mostly there',
  achieved: 'Achieved',
};

export const goalSchema = z.object({
  id: z.string(),
  /** In the member's own words. */
  text: z.string(),
  steps: z.array(z.string()),
  targetDate: z.string().optional(),
  setOn: z.string(),
  reviews: z.array(z.object({ date: z.string(), progress: z.enum(GOAL_PROGRESS), comment: z.string().optional() })),
});
export type Goal = z.infer<typeof goalSchema>;

export const programmeRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  memberId: z.string(),
  kindId: z.string(),
  /** The referral it was started from, if any: the wait is counted from its received date. */
  referralId: z.string().optional(),
  /** The day it started (accepted, or started from the member's profile). */
  startDate: z.string(),
  status: z.enum(PROGRAMME_STATUSES),
  statusHistory: z.array(programmeStatusChangeSchema),
  /** Oldest first; the last without `to` is the current volunteer. */
  matches: z.array(matchSchema),
  /** Null: open-ended. Copied from the kind at the start; an extension changes it. */
  plannedSessions: z.number().int().nullable(),
  extensions: z.array(z.object({ date: z.string(), from: z.number().int().nullable(), to: z.number().int(), reason: z.string() })),
  /** Planned first session, when known at the start. */
  firstSessionDate: z.string().optional(),
  ending: z
    .object({
      date: z.string(),
      ending: z.enum(ENDINGS),
      /** Onward referrals: names from ONWARD_REFERRALS or free text. */
      onward: z.array(z.string()),
      note: z.string().optional(),
    })
    .optional(),
  goals: z.array(goalSchema),
});
export type Programme = z.infer<typeof programmeRecordSchema>;

// ----- the session log ----------------------------------------------------------------------

export const SESSION_MODES = ['in-person', 'phone', 'video', 'home-visit', 'ward-visit', 'out-and-about'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_MODE_LABELS: Record<SessionMode, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
  'home-visit': 'Home visit',
  'ward-visit': 'Ward visit',
  'out-and-about': 'Out and about',
};

export const SESSION_OUTCOMES = ['attended', 'cancelled-by-member', 'cancelled-by-volunteer', 'did-not-attend'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];
export const SESSION_OUTCOME_LABELS: Record<SessionOutcome, string> = {
  attended: 'Attended',
  'cancelled-by-member': 'Cancelled by the member',
  'cancelled-by-volunteer': 'Cancelled by the volunteer',
  'did-not-attend': 'Did not attend',
};

/**
 * One meeting of a programme, in its own list (documents by year) so logging one never
 * rewrites a programme's history. `privateNote` is never printed, exported or written to
 * the audit log (the rule for supervision notes).
 */
export const programmeSessionRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  programmeId: z.string(),
  /** Who met the member, for hours: the programme's volunteer on the day, as logged. */
  volunteerId: z.string().optional(),
  date: z.string(),
  startTime: z.string().optional(),
  minutes: z.number().int(),
  mode: z.enum(SESSION_MODES),
  where: z.string().optional(),
  outcome: z.enum(SESSION_OUTCOMES),
  note: z.string().optional(),
  privateNote: z.string().optional(),
});
export type ProgrammeSession = z.infer<typeof programmeSessionRecordSchema>;

export const programmeSessionInputSchema = z.object({
  date: requiredIsoDate,
  startTime: z
    .string()
    .max(5)
    .optional()
    .refine((t) => t === undefined || t === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(t), 'Enter the time as hh:mm, like 14:30'),
  minutes: z.number({ error: 'Enter how long it lasted in minutes' }).int().min(1, 'A session lasts at least 1 minute').max(720, 'A session is 12 hours or less'),
  mode: z.enum(SESSION_MODES, { error: 'Choose how you met' }),
  where: optionalText('where', 200),
  outcome: z.enum(SESSION_OUTCOMES, { error: 'Choose what happened' }),
  note: optionalText('note', 2000),
  privateNote: optionalText('private note', 5000),
});
export type ProgrammeSessionInput = z.output<typeof programmeSessionInputSchema>;

// ----- counting ---------------------------------------------------------------------------------

/** Attended sessions: what "6 of 10" counts. */
export function attendedCount(sessions: readonly Pick<ProgrammeSession, 'outcome'>[]): number {
  return sessions.filter((s) => s.outcome === 'attended').length;
}

/** "6 of 10", or "6 sessions" when open-ended. */
export function counterText(attended: number, planned: number | null): string {
  if (planned === null) return attended === 1 ? '1 session' : `${attended} sessions`;
  return `${attended} of ${planned}`;
}

/** The volunteer supporting the member now, if matched. */
export function currentMatch(p: Pick<Programme, 'matches'>): Match | undefined {
  const last = p.matches.at(-1);
  return last && last.to === undefined ? last : undefined;
}
