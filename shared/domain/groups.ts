import { z } from 'zod';
import { dayFromIso, isIsoDate, parseUkDate, weekdayOfDay } from '../dates';
import { optionalIsoDate, optionalText, optionalUkDate, requiredIsoDate, requiredText } from '../fields';
import { measurePlanSchema, measurePlansInputSchema } from './outcome-plans';
import { WEEKDAYS } from './volunteers';

export const GROUP_KINDS = ['peer-group', 'social', 'drop-in', 'online', 'course', 'workshop'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  'peer-group': 'Peer group',
  social: 'Social',
  'drop-in': 'Drop-in',
  online: 'Online group',
  course: 'Course',
  workshop: 'Workshop',
};

/** Drop-ins have no roster: walk-ins and a head count only. */
export const hasRoster = (kind: GroupKind): boolean => kind !== 'drop-in';

/**
 * How often a group meets. `once` is a one-off event (a workshop, an open day): it meets on
 * its start date only. Added after the others, so stored groups still validate as they are.
 */
export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Which weekday of the month a monthly group meets on ("2nd Tuesday", "last Friday"). */
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// ----- stored ---------------------------------------------------------------------------

export const scheduleRecordSchema = z.object({
  frequency: z.enum(FREQUENCIES),
  /** For a one-off, the weekday of its date (kept so every stored schedule has the same shape). */
  weekday: z.enum(WEEKDAYS),
  /** Monthly groups only. */
  weekOfMonth: z.enum(WEEKS_OF_MONTH).optional(),
  startTime: z.string(),
  endTime: z.string(),
  /** First meeting on or after this date; fortnightly groups count their weeks from it; a one-off's date. */
  startDate: z.string(),
  endDate: z.string().optional(),
  skipDates: z.array(z.string()),
  skipBankHolidays: z.boolean(),
});
export type Schedule = z.infer<typeof scheduleRecordSchema>;

/** One spell of membership: joining, and leaving if they have left. Returning starts a new spell. */
export const rosterSpellSchema = z.object({
  memberId: z.string(),
  joined: z.string(),
  left: z.string().optional(),
  leftReason: z.string().optional(),
});
export type RosterSpell = z.infer<typeof rosterSpellSchema>;

export const waitingEntrySchema = z.object({
  memberId: z.string(),
  added: z.string(),
  note: z.string().optional(),
});
export type WaitingEntry = z.infer<typeof waitingEntrySchema>;

export const groupRecordSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KINDS),
  venueId: z.string().optional(),
  /** For online groups: the joining link and how to join. */
  onlineDetails: z.string().optional(),
  schedule: scheduleRecordSchema,
  capacity: z.number().int().optional(),
  facilitatorIds: z.array(z.string()),
  eligibility: z.object({ note: z.string().optional(), minAge: z.number().int().optional(), maxAge: z.number().int().optional() }),
  guidelines: z.string().optional(),
  roster: z.array(rosterSpellSchema),
  /** In order: the first is offered the next free place. */
  waitingList: z.array(waitingEntrySchema),
  archived: z.boolean(),
  /**
   * "Registers start from": meetings before this date were not kept on Peer Desk (a group
   * moved onto it part way through), so they are shown as not recorded, never asked for a
   * register and never counted. Added after the others: stored groups validate without it.
   */
  registersFrom: z.string().optional(),
  /** The questionnaires its members are asked, and when (outcome-plans.ts); unset: none. Added later: optional. */
  measures: z.array(measurePlanSchema).optional(),
});
export type Group = z.infer<typeof groupRecordSchema>;

// ----- input ----------------------------------------------------------------------------

const time = (what: string) => z.string().trim().regex(TIME, `Enter the ${what} as a 24-hour time, like 10:30`);

const scheduleFields = {
  frequency: z.enum(FREQUENCIES, { error: 'Choose how often the group meets' }),
  // Not asked for a one-off: its day is the day of its date (see normaliseSchedule).
  weekday: z.enum(WEEKDAYS, { error: 'Choose the day it meets' }).optional(),
  weekOfMonth: z.enum(WEEKS_OF_MONTH).optional(),
  startTime: time('start time'),
  endTime: time('end time'),
  startDate: requiredIsoDate,
  endDate: optionalIsoDate,
  skipDates: z.array(z.string().refine(isIsoDate, 'Enter a real date')).max(500).default([]),
  skipBankHolidays: z.boolean().default(true),
};

export interface ScheduleCheckable {
  frequency: Frequency;
  weekday?: Weekday | undefined;
  weekOfMonth?: WeekOfMonth | undefined;
  startTime: string;
  endTime: string;
  startDate: string;
  endDate?: string | undefined;
}

function checkSchedule(s: ScheduleCheckable, ctx: z.RefinementCtx): void {
  if (s.frequency !== 'once' && !s.weekday) ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'Choose the day it meets' });
  if (s.frequency === 'monthly' && !s.weekOfMonth) {
    ctx.addIssue({ code: 'custom', path: ['weekOfMonth'], message: 'Choose which week of the month, for example "second"' });
  }
  if (s.endTime <= s.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The end time must be after the start time' });
  // A one-off has no last date: whatever was left in that field is dropped by normaliseSchedule.
  if (s.frequency !== 'once' && s.endDate && s.endDate < s.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must be after the start date' });
}

export interface ScheduleNormalisable extends ScheduleCheckable {
  skipDates: string[];
  skipBankHolidays: boolean;
}

/**
 * The schedule as stored. A one-off keeps only its date and times: its weekday is its date's
 * (so code that reads the weekday still gets the right one), and the repeating parts are
 * dropped, so a bank holiday or a date left in "Dates it does not meet" from an earlier
 * weekly pattern can never make the one date vanish.
 */
function normaliseSchedule(s: ScheduleNormalisable): ScheduleNormalisable & { weekday: Weekday } {
  // checkSchedule has already refused a repeating schedule with no day.
  if (s.frequency !== 'once') return { ...s, weekday: s.weekday ?? 'mon' };
  const day = dayFromIso(s.startDate);
  const { weekOfMonth: _weekOfMonth, endDate: _endDate, ...rest } = s;
  return { ...rest, weekday: WEEKDAYS[day === undefined ? 0 : weekdayOfDay(day)] ?? 'mon', skipDates: [], skipBankHolidays: false };
}

export const scheduleInputSchema = z.object(scheduleFields).superRefine(checkSchedule).transform(normaliseSchedule);

const groupFields = {
    name: requiredText('the group name', 150),
    kind: z.enum(GROUP_KINDS, { error: 'Choose what kind of group it is' }),
    venueId: z.string().max(100).optional(),
    onlineDetails: optionalText('online joining details', 2000),
    schedule: scheduleInputSchema,
    capacity: z.number().int().min(1, 'Capacity must be at least 1').max(1000, 'Capacity must be 1,000 or fewer').optional(),
    facilitatorIds: z.array(z.string().max(100)).max(50).default([]),
    eligibility: z
      .object({
        note: optionalText('eligibility note', 500),
        minAge: z.number().int().min(0).max(120).optional(),
        maxAge: z.number().int().min(0).max(120).optional(),
      })
      .prefault({}),
    guidelines: optionalText('guidelines', 10_000),
    registersFrom: optionalIsoDate,
    /** Absent: leave the group's questionnaires as they are (the group form does not show them). */
    measures: measurePlansInputSchema.optional(),
};

function checkAges(g: { eligibility: { minAge?: number | undefined; maxAge?: number | undefined } }, ctx: z.RefinementCtx): void {
  const { minAge, maxAge } = g.eligibility;
  if (minAge !== undefined && maxAge !== undefined && maxAge < minAge) {
    ctx.addIssue({ code: 'custom', path: ['eligibility', 'maxAge'], message: 'The upper age must be at least the lower age' });
  }
}

export const groupInputSchema = z.object(groupFields).superRefine(checkAges);
export type GroupInput = z.output<typeof groupInputSchema>;

// ----- the form: dates as dd/mm/yyyy, numbers and lists as typed text -------------------

function optionalWholeNumber(what: string, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((text, ctx) => {
      const t = text?.trim() ?? '';
      if (t === '') return undefined;
      const n = Number(t);
      if (!/^\d+$/.test(t) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `Enter ${what} as a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });
}

const skipDatesText = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const out: string[] = [];
    for (const part of (text ?? '').split(/[,;\n]/).map((p) => p.trim()).filter(Boolean)) {
      const iso = parseUkDate(part);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a date: write dates as dd/mm/yyyy, separated by commas` });
        return z.NEVER;
      }
      if (!out.includes(iso)) out.push(iso);
    }
    return out.sort();
  });

export const groupFormSchema = z
  .object({
    ...groupFields,
    registersFrom: optionalUkDate('the date registers start from'),
    venueId: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined)),
    capacity: optionalWholeNumber('the capacity', 1, 1000),
    eligibility: z
      .object({
        note: optionalText('eligibility note', 500),
        minAge: optionalWholeNumber('the lowest age', 0, 120),
        maxAge: optionalWholeNumber('the highest age', 0, 120),
      })
      .prefault({}),
    schedule: z
      .object({
        ...scheduleFields,
        weekOfMonth: z
          .string()
          .optional()
          .transform((v) => (v ? (v as WeekOfMonth) : undefined))
          .pipe(z.enum(WEEKS_OF_MONTH).optional()),
        // Turned into ISO here, but checked with the rest of the schedule, where the frequency
        // is known: a one-off asks for "the date of the event", a group for "the first date".
        startDate: z.string().transform((v) => parseUkDate(v.trim()) ?? v.trim()),
        endDate: optionalUkDate('the last date'),
        skipDates: skipDatesText,
      })
      .superRefine((s, ctx) => {
        if (isIsoDate(s.startDate)) return;
        const what = s.frequency === 'once' ? 'the date of the event' : 'the first date';
        ctx.addIssue({ code: 'custom', path: ['startDate'], message: s.startDate === '' ? `Enter ${what}` : `Enter ${what} as dd/mm/yyyy, like 23/11/2026` });
      })
      .superRefine(checkSchedule)
      .transform(normaliseSchedule),
  })
  .superRefine(checkAges);
export type GroupFormValues = z.input<typeof groupFormSchema>;
