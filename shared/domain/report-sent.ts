import { z } from 'zod';
import { ENDINGS, ONWARD_REFERRALS, SESSION_MODES } from './programmes';
import { rateSchema } from './rates';
import { REFERRAL_SOURCES } from './referrals';
import { VOLUNTEER_TIME_KINDS, type VolunteerTimeKind } from './report-hours';

/**
 * A report as it was sent to the funder. Figures are worked out afresh from the registers each
 * time, so a register keyed in late changes a report already sent; the sent copy keeps the
 * figures (and the words) exactly as they went, so the PDF and the CSV can be made again
 * identically and today's figures compared with them.
 *
 * The figures are stored whole, so they are checked whole when the file is read: the schema
 * below must match ReportFigures field for field (type checks in report-figures.ts say so;
 * they live there because this file is imported by grants.ts, which report-figures.ts uses).
 */

const period = z.object({ from: z.string(), to: z.string(), label: z.string() });
const byReferralSource = z.record(z.enum(REFERRAL_SOURCES), z.number());
// Reports sent before one-to-one time existed were kept without its kinds: read as 0.
const byVolunteerTimeKind = z
  .partialRecord(z.enum(VOLUNTEER_TIME_KINDS), z.number())
  .transform((r) => Object.fromEntries(VOLUNTEER_TIME_KINDS.map((k) => [k, r[k] ?? 0])) as Record<VolunteerTimeKind, number>);

/**
 * A count for each of a list of names, read whole: a name added to the list later reads as 0
 * on a report sent before it (as the one-to-one time kinds above).
 */
function countsOf<const K extends readonly [string, ...string[]]>(names: K) {
  return z.partialRecord(z.enum(names), z.number()).transform((r) => Object.fromEntries(names.map((k) => [k, r[k as K[number]] ?? 0])) as Record<K[number], number>);
}

const volunteerTimeValueSchema = z.object({
  pence: z.number(),
  rates: z.array(z.object({ rate: rateSchema, minutes: z.number(), pence: z.number(), early: z.boolean() })),
  unvaluedMinutes: z.number(),
});

const spanCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  people: z.number(),
  newPeople: z.number(),
  returningPeople: z.number(),
  sessionsHeld: z.number(),
  sessionsCancelled: z.number(),
  // Reports sent before "not recorded" existed were kept without it.
  sessionsNotRecorded: z.number().optional(),
  attendances: z.number(),
  rosteredPresent: z.number(),
  namedWalkIns: z.number(),
  anonymous: z.number(),
  averageAttendance: z.number().nullable(),
  referralsReceived: z.number(),
  referralsBySource: byReferralSource,
  assessments: z.number(),
  medianDaysToAssessment: z.number().nullable(),
  activeVolunteers: z.number(),
  volunteerMinutes: z.number(),
  minutesByKind: byVolunteerTimeKind,
  value: volunteerTimeValueSchema,
});

const figureRowSchema = z.object({ key: z.string(), label: z.string(), sub: z.boolean().optional(), value: z.string(), toDate: z.string(), note: z.string().optional() });

const oneToOneCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  people: z.number(),
  newPeople: z.number(),
  sessionsDelivered: z.number(),
  sessionsByMode: countsOf(SESSION_MODES),
  didNotAttend: z.number(),
  cancelledByMember: z.number(),
  cancelledByVolunteer: z.number(),
  averageSessions: z.number().nullable(),
  programmesEnded: z.number(),
  endings: countsOf(ENDINGS),
  onwardReferrals: z.number(),
  onward: countsOf([...ONWARD_REFERRALS, 'Other'] as const),
  goalsSet: z.number(),
  goalsAchieved: z.number(),
  waits: z.number(),
  medianWaitDays: z.number().nullable(),
  longestWaitDays: z.number().nullable(),
  volunteerMinutes: z.number(),
  value: volunteerTimeValueSchema,
});

const oneToOneSchema = z.object({
  kindNames: z.array(z.string()),
  counts: oneToOneCountsSchema,
  toDateCounts: oneToOneCountsSchema,
  rows: z.array(figureRowSchema),
  byMode: z.array(figureRowSchema),
  endings: z.array(figureRowSchema),
  onward: z.array(figureRowSchema),
});

const outcomeMeasureSchema = z.object({
  measureId: z.string(),
  name: z.string(),
  shortName: z.string(),
  people: z.number(),
  rows: z.array(z.object({ key: z.string(), label: z.string(), sub: z.boolean().optional(), value: z.string(), n: z.string(), note: z.string().optional() })),
  // Reports sent before outcome charts existed have none.
  charts: z
    .array(
      z.object({
        key: z.string(),
        title: z.string(),
        n: z.string(),
        bars: z.array(z.object({ key: z.string(), label: z.string(), value: z.number().nullable(), shown: z.string() })),
        note: z.string().optional(),
      }),
    )
    .optional(),
});

// TargetKey is listed here rather than imported: grants.ts imports this file for the report record.
export const targetKeySchema = z.enum(['people', 'newPeople', 'sessions', 'attendances', 'volunteerHours']);
const targetRowSchema = z.object({ key: targetKeySchema, label: z.string(), target: z.string(), period: z.string(), toDate: z.string(), percent: z.string() });

const chartSchema = z.object({
  key: z.enum(['attendancesByMonth', 'oneToOneSessionsByMonth', 'newPeopleByMonth', 'referralsBySource']),
  title: z.string(),
  measure: z.string(),
  bars: z.array(z.object({ key: z.string(), label: z.string(), value: z.number() })),
});

const demographicTableSchema = z.object({
  key: z.enum(['age', 'sex', 'ethnicity', 'disability']),
  title: z.string(),
  rows: z.array(
    z.object({
      label: z.string(),
      level: z.union([z.literal(0), z.literal(1)]),
      count: z.number(),
      shown: z.string(),
      percent: z.string(),
      suppressed: z.literal(true).optional(),
    }),
  ),
  total: z.number(),
});

export const reportFiguresSchema = z.object({
  organisationName: z.string(),
  funder: z.string(),
  grantName: z.string(),
  amount: z.string(),
  grantStart: z.string(),
  grantEnd: z.string(),
  groupNames: z.array(z.string()),
  period,
  toDate: z.object({ from: z.string(), to: z.string() }),
  counts: spanCountsSchema,
  toDateCounts: spanCountsSchema,
  headline: z.array(figureRowSchema),
  volunteerTime: z.array(figureRowSchema),
  targets: z.array(targetRowSchema),
  grantTimeElapsedPercent: z.number(),
  charts: z.array(chartSchema),
  demographics: z.array(demographicTableSchema),
  suppressSmallNumbers: z.boolean(),
  rateName: z.string(),
  definitions: z.array(z.object({ figure: z.string(), how: z.string() })),
  // Reports sent before grants funded programmes, and those for grants that fund none, have none.
  oneToOne: oneToOneSchema.optional(),
  // Reports sent before outcome measures existed, and those whose people filled none in, have none.
  outcomes: z.object({ measures: z.array(outcomeMeasureSchema) }).optional(),
});

export const sentReportSchema = z.object({
  /** ISO date the coordinator says it went to the funder. */
  sentOn: z.string(),
  /** Who it went to, as typed ("Community Wellbeing Foundation — grants@…"). */
  recipient: z.string(),
  /** When it was marked as sent: the figures below are as they were at that moment. */
  recordedAt: z.string(),
  /** The day the figures were worked out, printed on the cover and in the CSV. */
  madeOn: z.string(),
  figures: reportFiguresSchema,
  /** Every outcome target with the progress written, as the report showed them. */
  outcomeProgress: z.array(z.object({ outcome: z.string(), progress: z.string() })),
  /** The case studies as they read when sent (one edited or deleted since stays as sent). */
  caseStudies: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
  summary: z.string().optional(),
  /**
   * The logo on its cover (a sentLogos id), null when it had none. Absent only on reports
   * marked as sent before logos were kept: those print with today's logo.
   */
  logoId: z.string().nullable().optional(),
});
export type SentReport = z.infer<typeof sentReportSchema>;
