import { z } from 'zod';
import { addMonthsIso, type IsoDate } from '../dates';
import { optionalIsoDate, optionalText, optionalUkDate, requiredIsoDate, requiredText, requiredUkDate } from '../fields';
import { complianceRecordShape, minutesInput, typedHoursAsMinutes } from './compliance-fields';

/**
 * Training: a catalogue of courses (kept in Settings) and each volunteer's record of the
 * courses they have done or are doing, with the shadowing that some courses include.
 */

export const courseSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Learning hours, as advertised ("20 hours"). */
  hours: z.number(),
  provider: z.string().optional(),
  accredited: z.boolean(),
  /** Names of the modules, in order; empty for a course taken in one go. */
  modules: z.array(z.string()),
  /** Months a certificate lasts before the course must be refreshed; absent = never. */
  renewAfterMonths: z.number().int().optional(),
  /** Trainees shadow experienced peer workers between sessions. */
  shadowing: z.boolean(),
  /** How it runs, in words ("10 half-days over 10 weeks"). */
  format: z.string().optional(),
});
export type Course = z.infer<typeof courseSchema>;

/**
 * Courses from the seeds: ImROC's peer support pathway (2, 20, 40 and 15 hours), Sutton
 * Mental Health Foundation's intentional peer support course (10 half-days in five modules
 * with shadowing, accredited by Credit4Learning), and two courses most funders ask for.
 * Hours and renewal periods of the last two are common practice, not rules: check them
 * against your provider in Settings.
 */
export const DEFAULT_COURSES: readonly Course[] = [
  { id: 'intro-peer-support', name: 'Introduction to peer support', hours: 2, provider: 'ImROC', accredited: false, modules: [], shadowing: false },
  { id: 'foundation-peer-support', name: 'Foundation in peer support', hours: 20, provider: 'ImROC', accredited: false, modules: [], shadowing: false },
  { id: 'peer-theory-practice', name: 'Peer support theory and practice', hours: 40, provider: 'ImROC', accredited: false, modules: [], shadowing: false },
  { id: 'peer-supervision', name: 'Peer supervision', hours: 15, provider: 'ImROC', accredited: false, modules: [], shadowing: false },
  { id: 'safeguarding-adults', name: 'Safeguarding adults', hours: 3, accredited: false, modules: [], renewAfterMonths: 36, shadowing: false },
  { id: 'mental-health-first-aid', name: 'Mental health first aid', hours: 12, accredited: true, modules: [], renewAfterMonths: 36, shadowing: false, format: '2 days' },
  {
    id: 'intentional-peer-support',
    name: 'Intentional peer support',
    hours: 30,
    provider: 'Sutton Mental Health Foundation',
    accredited: true,
    modules: ['Module 1', 'Module 2', 'Module 3', 'Module 4', 'Module 5'],
    shadowing: true,
    format: '10 half-days over 10 weeks, with shadowing between sessions',
  },
];

export const shadowingSessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  minutes: z.number().int(),
  /** Who they shadowed or where ("Sunday drop-in with Carol"). */
  note: z.string().optional(),
});
export type ShadowingSession = z.infer<typeof shadowingSessionSchema>;

export const TRAINING_STATUSES = ['completed', 'in-progress'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = { completed: 'Completed', 'in-progress': 'In progress' };

export const trainingRecordSchema = z.object({
  ...complianceRecordShape,
  courseId: z.string(),
  /** The day it was completed, or started while in progress. */
  date: z.string(),
  status: z.enum(TRAINING_STATUSES),
  /** How many of the course's modules are done (in progress). */
  modulesDone: z.number().int(),
  certificateHeld: z.boolean(),
  /** Typed expiry; otherwise worked out from the course's renewal period. */
  expiry: z.string().optional(),
  shadowing: z.array(shadowingSessionSchema),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

/** When a completed course runs out: the typed expiry, else the course's renewal period. */
export function trainingExpiry(record: Pick<TrainingRecord, 'status' | 'date' | 'expiry'>, course: Pick<Course, 'renewAfterMonths'> | undefined): IsoDate | undefined {
  if (record.status !== 'completed') return undefined;
  if (record.expiry) return record.expiry;
  return course?.renewAfterMonths ? addMonthsIso(record.date, course.renewAfterMonths) : undefined;
}

/** Learning minutes a record stands for: the course's hours, pro rata by module while in progress. */
export function trainingMinutes(record: Pick<TrainingRecord, 'status' | 'modulesDone'>, course: Pick<Course, 'hours' | 'modules'> | undefined): number {
  if (!course) return 0;
  const full = Math.round(course.hours * 60);
  if (record.status === 'completed') return full;
  if (course.modules.length === 0) return 0;
  return Math.round((full * Math.min(record.modulesDone, course.modules.length)) / course.modules.length);
}

/** "Completed", "In progress: 3 of 5 modules" */
export function trainingProgressText(record: Pick<TrainingRecord, 'status' | 'modulesDone'>, course: Pick<Course, 'modules'> | undefined): string {
  if (record.status === 'completed') return 'Completed';
  const total = course?.modules.length ?? 0;
  return total > 0 ? `In progress: ${record.modulesDone} of ${total} modules` : 'In progress';
}

// ----- input ----------------------------------------------------------------------------

export const shadowingInputSchema = z.object({
  id: z.string().max(100).optional(),
  date: requiredIsoDate,
  minutes: minutesInput('the time spent shadowing'),
  note: optionalText('note', 300),
});

const trainingFields = {
  courseId: z.string({ error: 'Choose the course' }).min(1, 'Choose the course').max(100),
  date: requiredIsoDate,
  status: z.enum(TRAINING_STATUSES, { error: 'Choose completed or in progress' }),
  modulesDone: z.number().int().min(0).max(50).default(0),
  certificateHeld: z.boolean().default(false),
  expiry: optionalIsoDate,
  shadowing: z.array(shadowingInputSchema).max(100).default([]),
};

function expiryAfterDate(v: { date: string; expiry?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.expiry && v.expiry < v.date) ctx.addIssue({ code: 'custom', path: ['expiry'], message: 'The expiry date must be after the course date' });
}

export const trainingInputSchema = z.object(trainingFields).superRefine(expiryAfterDate);
export type TrainingInput = z.output<typeof trainingInputSchema>;

/** The form: dates typed as dd/mm/yyyy, shadowing added one session at a time. */
export const trainingFormSchema = z
  .object({
    courseId: trainingFields.courseId,
    date: requiredUkDate('the date'),
    status: trainingFields.status,
    modulesDone: z.string().optional().transform((v) => Number(v ?? '0') || 0),
    certificateHeld: z.boolean(),
    expiry: optionalUkDate('the expiry date'),
  })
  .superRefine(expiryAfterDate);
export type TrainingFormValues = z.input<typeof trainingFormSchema>;
export type TrainingFormOutput = z.output<typeof trainingFormSchema>;

export const shadowingFormSchema = z.object({
  date: requiredUkDate('the date'),
  hours: typedHoursAsMinutes('the hours shadowing'),
  note: optionalText('note', 300),
});
export type ShadowingFormValues = z.input<typeof shadowingFormSchema>;

// ----- the catalogue in Settings ------------------------------------------------------------

export const courseInputSchema = z.object({
  id: z.string().max(100).optional(),
  name: requiredText('the name of the course', 120),
  hours: z.number({ error: 'Enter the hours' }).min(0, 'Enter 0 or more hours').max(1000, 'Enter 1,000 hours or fewer'),
  provider: optionalText('provider', 120),
  accredited: z.boolean().default(false),
  modules: z.array(z.string().trim().min(1).max(120)).max(30, 'List at most 30 modules').default([]),
  renewAfterMonths: z.number().int().min(1, 'Enter 1 month or more').max(240, 'Enter 240 months (20 years) or fewer').optional(),
  shadowing: z.boolean().default(false),
  format: optionalText('how it runs', 200),
});
export type CourseInput = z.input<typeof courseInputSchema>;
