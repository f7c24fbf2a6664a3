import { z } from 'zod';
import { isIsoDate } from '../dates';
import { optionalText, requiredIsoDate, requiredText, requiredUkDate } from '../fields';
import { formatPounds, parsePounds } from '../money';
import { sentReportSchema } from './report-sent';

/**
 * A grant: money from a funder for some of the charity's groups and kinds of one-to-one
 * programme, with targets to report
 * against and reports due at a set frequency. Reports made for it (the period, the case
 * studies chosen, the words written for that report) are kept on the grant; their figures
 * are worked out afresh from the registers each time, so a register keyed in late still
 * counts — until the report is marked as sent, when a copy of it as sent is kept too.
 */

export const GRANT_FREQUENCIES = ['quarterly', 'six-monthly', 'yearly', 'end-of-grant'] as const;
export type GrantFrequency = (typeof GRANT_FREQUENCIES)[number];
export const GRANT_FREQUENCY_LABELS: Record<GrantFrequency, string> = {
  quarterly: 'Every quarter',
  'six-monthly': 'Every six months',
  yearly: 'Every year',
  'end-of-grant': 'At the end of the grant',
};

/**
 * Which referrals a grant's report counts. Referrals come to the charity rather than to a
 * group, so a grant for a few groups should normally count only the people who went to them.
 */
export const REFERRAL_SCOPES = ['funded-groups', 'all'] as const;
export type ReferralScope = (typeof REFERRAL_SCOPES)[number];
export const REFERRAL_SCOPE_LABELS: Record<ReferralScope, string> = {
  'funded-groups': 'Only people placed in, or attending, the funded groups or programmes',
  all: 'Every referral the organisation receives',
};

export const TARGET_KEYS = ['people', 'newPeople', 'sessions', 'attendances', 'volunteerHours'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];
export const TARGET_LABELS: Record<TargetKey, string> = {
  people: 'People supported',
  newPeople: 'New people',
  sessions: 'Sessions held',
  attendances: 'Attendances',
  volunteerHours: 'Volunteer hours',
};

/** Ages from `from` to `to` inclusive; the last band may be open ("75+"). */
export const ageBandSchema = z.object({ from: z.number().int().min(0), to: z.number().int().min(0).optional() });
export type AgeBand = z.infer<typeof ageBandSchema>;

export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { from: 18, to: 24 },
  { from: 25, to: 34 },
  { from: 35, to: 44 },
  { from: 45, to: 54 },
  { from: 55, to: 64 },
  { from: 65, to: 74 },
  { from: 75 },
];

export function ageBandLabel(b: AgeBand): string {
  return b.to === undefined ? `${b.from}+` : `${b.from}\u2013${b.to}`;
}

export function ageBandsText(bands: readonly AgeBand[]): string {
  return bands.map(ageBandLabel).join(', ');
}

/** "£25,000" for a whole number of pounds (as grants usually are), "£2,499.50" otherwise. */
export function formatGrantAmount(pence: number): string {
  return pence % 100 === 0 ? formatPounds(pence).replace(/\.00$/, '') : formatPounds(pence);
}

// ----- stored ---------------------------------------------------------------------------

export const caseStudySchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

/** What the coordinator wrote against an outcome target for one report (the target's words kept as they were). */
export const outcomeProgressSchema = z.object({ outcome: z.string(), progress: z.string() });
export type OutcomeProgress = z.infer<typeof outcomeProgressSchema>;

export const NO_PROGRESS = 'No progress reported this period';

/**
 * Every outcome target a report answers to, in the grant's order, with what was written for
 * this period — or "No progress reported this period": a target with nothing written must
 * still show, or the report hides it from the funder. Progress written against a target the
 * grant no longer has (renamed since) is kept after them.
 */
export function reportOutcomes(targets: readonly string[], written: readonly OutcomeProgress[]): OutcomeProgress[] {
  const byTarget = new Map(written.map((o) => [o.outcome, o.progress]));
  const current = targets.map((outcome) => ({ outcome, progress: byTarget.get(outcome)?.trim() || NO_PROGRESS }));
  const known = new Set(targets);
  return [...current, ...written.filter((o) => !known.has(o.outcome) && o.progress.trim() !== '')];
}

export const reportRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  from: z.string(),
  to: z.string(),
  /** "Year 1: April 2025 to March 2026" */
  label: z.string(),
  summary: z.string().optional(),
  caseStudyIds: z.array(z.string()),
  outcomeProgress: z.array(outcomeProgressSchema),
  /**
   * Set once the report has gone to the funder: its figures and words as sent. Optional, so
   * files written before it was added read as they are (no migration).
   */
  sent: sentReportSchema.optional(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const grantTargetsSchema = z.object({
  people: z.number().int().optional(),
  newPeople: z.number().int().optional(),
  sessions: z.number().int().optional(),
  attendances: z.number().int().optional(),
  volunteerHours: z.number().int().optional(),
});
export type GrantTargets = z.infer<typeof grantTargetsSchema>;

export const grantRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  funder: z.string(),
  name: z.string(),
  amountPence: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  frequency: z.enum(GRANT_FREQUENCIES),
  groupIds: z.array(z.string()),
  /**
   * Kinds of one-to-one programme it pays for (ids, as in Settings). Optional: grants saved
   * before programmes could be funded read as funding none (no migration), and a grant that
   * funds none is saved without it.
   */
  programmeKindIds: z.array(z.string()).optional(),
  referralScope: z.enum(REFERRAL_SCOPES),
  /** The rate series volunteer time is valued at; the one in Settings when absent. */
  rateName: z.string().optional(),
  /** For the whole grant. */
  targets: grantTargetsSchema,
  /** Outcome targets in the funder's words ("80% of people feel less isolated"). */
  outcomes: z.array(z.string()),
  ageBands: z.array(ageBandSchema),
  caseStudies: z.array(caseStudySchema),
  reports: z.array(reportRecordSchema),
  notes: z.string().optional(),
});
export type Grant = z.infer<typeof grantRecordSchema>;

// ----- input ----------------------------------------------------------------------------

const MAX_TARGET = 10_000_000;
const targetNumber = z.number().int().min(0, 'A target cannot be negative').max(MAX_TARGET, 'Enter a smaller target').optional();

/** Bands must go up in order without overlapping; only the last may be open. */
function checkBands(bands: readonly AgeBand[], ctx: z.RefinementCtx, path: PropertyKey[]): void {
  for (const [i, b] of bands.entries()) {
    if (b.to !== undefined && b.to < b.from) {
      ctx.addIssue({ code: 'custom', path, message: `In ${ageBandLabel(b)} the second age must be at least the first` });
      return;
    }
    if (b.to === undefined && i !== bands.length - 1) {
      ctx.addIssue({ code: 'custom', path, message: `Only the last band can be open-ended, like "75+"` });
      return;
    }
    const prev = bands[i - 1];
    if (prev && (prev.to === undefined || b.from <= prev.to)) {
      ctx.addIssue({ code: 'custom', path, message: `The bands overlap at ${ageBandLabel(b)}: list them from youngest to oldest` });
      return;
    }
  }
}

const outcomesList = z.array(z.string().trim().min(1).max(500, 'Each outcome target must be 500 characters or fewer')).max(30, 'List 30 outcome targets or fewer');

const grantFields = {
  funder: requiredText('the funder', 150),
  name: requiredText('the grant name', 150),
  amountPence: z.number({ error: 'Enter the amount' }).int().min(0, 'The amount cannot be negative').max(1_000_000_000, 'Enter an amount under £10,000,000'),
  startDate: requiredIsoDate,
  endDate: requiredIsoDate,
  frequency: z.enum(GRANT_FREQUENCIES, { error: 'Choose how often the funder wants a report' }),
  groupIds: z.array(z.string().max(100)).max(500),
  programmeKindIds: z.array(z.string().max(100)).max(100).default([]),
  referralScope: z.enum(REFERRAL_SCOPES).default('funded-groups'),
  rateName: optionalText('rate', 80),
  targets: z
    .object({ people: targetNumber, newPeople: targetNumber, sessions: targetNumber, attendances: targetNumber, volunteerHours: targetNumber })
    .prefault({}),
  outcomes: outcomesList.default([]),
  ageBands: z.array(ageBandSchema).min(1, 'Enter at least one age band').max(20, 'Use 20 age bands or fewer'),
  notes: optionalText('notes', 5000),
};

export const NOTHING_FUNDED = 'Choose at least one group or kind of programme the grant funds';

function checkGrant(g: { startDate: unknown; endDate: unknown; ageBands: unknown; groupIds: unknown; programmeKindIds: unknown }, ctx: z.RefinementCtx): void {
  // Groups, kinds of programme or both: a grant must pay for something to report on.
  const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  if (count(g.groupIds) + count(g.programmeKindIds) === 0) ctx.addIssue({ code: 'custom', path: ['groupIds'], message: NOTHING_FUNDED });
  // Compared only once both are real dates: a date still in error says so on its own.
  const { startDate, endDate } = g;
  if (typeof startDate === 'string' && typeof endDate === 'string' && isIsoDate(startDate) && isIsoDate(endDate) && endDate <= startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be after the start date' });
  }
  if (Array.isArray(g.ageBands)) checkBands(g.ageBands as AgeBand[], ctx, ['ageBands']);
}

/**
 * Run the cross-field checks even when a field is wrong, so the form lists every problem at
 * once (the checks themselves skip values that are not ready).
 */
const ALWAYS = { when: () => true };

export const grantInputSchema = z.object(grantFields).superRefine(checkGrant, ALWAYS);
export type GrantInput = z.output<typeof grantInputSchema>;

/** "18-24, 25–34, 75+" → bands; null when it cannot be read. */
export function parseAgeBands(text: string): AgeBand[] | null {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: AgeBand[] = [];
  for (const part of parts) {
    const closed = /^(\d{1,3})\s*(?:-|\u2013|\u2014|to)\s*(\d{1,3})$/i.exec(part);
    const open = /^(\d{1,3})\s*(?:\+|and over|or over)$/i.exec(part);
    if (closed) out.push({ from: Number(closed[1]), to: Number(closed[2]) });
    else if (open) out.push({ from: Number(open[1]) });
    else return null;
  }
  return out;
}

function optionalWholeNumber(what: string) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = (text ?? '').trim().replace(/,/g, '');
      if (t === '') return undefined;
      if (!/^\d{1,8}$/.test(t) || Number(t) > MAX_TARGET) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as a whole number, or leave it blank` });
        return z.NEVER;
      }
      return Number(t);
    });
}

/** The grant form: money as "£25,000", dates as dd/mm/yyyy, targets and bands as typed. */
export const grantFormSchema = z
  .object({
    ...grantFields,
    amountPence: z.string().transform((text, ctx) => {
      const pence = text.trim() === '' ? null : parsePounds(text);
      if (pence === null) {
        ctx.addIssue({ code: 'custom', message: text.trim() === '' ? 'Enter the amount of the grant' : 'Enter the amount in pounds, like 25000 or £25,000' });
        return z.NEVER;
      }
      return pence;
    }),
    startDate: requiredUkDate('the start date'),
    endDate: requiredUkDate('the end date'),
    rateName: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined)),
    targets: z.object({
      people: optionalWholeNumber('the target'),
      newPeople: optionalWholeNumber('the target'),
      sessions: optionalWholeNumber('the target'),
      attendances: optionalWholeNumber('the target'),
      volunteerHours: optionalWholeNumber('the target'),
    }),
    outcomes: z
      .string()
      .optional()
      .transform((text) =>
        (text ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      )
      .pipe(outcomesList),
    ageBands: z
      .string()
      .transform((text, ctx) => {
        const bands = parseAgeBands(text);
        if (bands === null || bands.length === 0) {
          ctx.addIssue({ code: 'custom', message: 'Write the age bands like "18-24, 25-34, 75+", separated by commas' });
          return z.NEVER;
        }
        return bands;
      })
      .pipe(grantFields.ageBands),
  })
  .superRefine(checkGrant, ALWAYS);
export type GrantFormValues = z.input<typeof grantFormSchema>;

export const caseStudyInputSchema = z.object({
  title: requiredText('a title', 120),
  text: requiredText('the case study', 8000),
  /** Case studies go to funders: the coordinator confirms it is anonymised and agreed to. */
  confirmed: z.literal(true, { error: 'Confirm the person agreed and the story is anonymised' }),
});
export type CaseStudyInput = z.input<typeof caseStudyInputSchema>;

export const reportInputFields = {
  from: requiredIsoDate,
  to: requiredIsoDate,
  label: optionalText('report title', 150),
  summary: optionalText('summary', 8000),
  caseStudyIds: z.array(z.string().max(100)).max(50).default([]),
  outcomeProgress: z.array(z.object({ outcome: z.string().max(500), progress: z.string().max(5000) })).max(30).default([]),
};

export function checkPeriod(p: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (isIsoDate(p.from) && isIsoDate(p.to) && p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be after its start' });
}

/** "Mark as sent": the day it went and who to. The date must also fall in the report's span up to today (checked with the report). */
export const markSentInputFields = {
  sentOn: requiredIsoDate,
  recipient: requiredText('who it was sent to', 300),
};
