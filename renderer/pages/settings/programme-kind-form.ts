import { z } from 'zod';
import { programmeKindInputSchema, type ProgrammeKind } from '../../../shared/domain/programmes';
import { kindHasTrips } from '../../../shared/domain/travel-trips';
import type { MeasureEntry } from '../../../shared/contracts/outcomes';
import { planFormRows, planFormRowSchema, plansFromRows } from '../outcomes/measure-plan-form';

/**
 * The "Programme kind" dialog as typed: numbers as text, blank planned sessions meaning
 * open-ended. Its output is the API's ProgrammeKindInput, checked by the same schema the
 * server uses, so a rule and its message live in one place (shared/domain/programmes.ts).
 */

const NUMBER_MESSAGES = {
  plannedSessions: 'Enter the planned sessions as a whole number, like 10, or leave blank if it is open-ended',
  maxSessions: 'Enter the most sessions as a whole number, like 12, or leave blank',
  sessionMinutes: 'Enter the usual length in minutes, like 60',
  minAge: 'Enter the youngest age as a whole number, like 18, or leave blank',
  maxAge: 'Enter the oldest age as a whole number, like 25, or leave blank',
} as const;
type NumberField = keyof typeof NUMBER_MESSAGES;

/** "10" → 10, blank → undefined, anything else → null (not a whole number). */
function wholeNumber(text: string): number | undefined | null {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

/**
 * Every problem at once, as the other forms show them: numbers that are not numbers, then
 * the shared rules for the rest (a number not typed as one is left out of those).
 */
export const programmeKindFormSchema = z
  .object({
    name: z.string(),
    plannedSessions: z.string(),
    maxSessions: z.string(),
    sessionMinutes: z.string(),
    roles: z.array(z.string()),
    minAge: z.string(),
    maxAge: z.string(),
    countsForHours: z.boolean(),
    trips: z.boolean(),
    /** Absent when the questionnaires could not be loaded: the kind's plans are then left as they are. */
    measures: z.array(planFormRowSchema).optional(),
  })
  .transform((v, ctx) => {
    const plans = v.measures === undefined ? undefined : plansFromRows(v.measures);
    for (const issue of plans?.issues ?? []) ctx.addIssue({ code: 'custom', path: ['measures', ...issue.path], message: issue.message });
    const numbers: Partial<Record<NumberField, number>> = {};
    const bad = new Set<string>();
    for (const key of Object.keys(NUMBER_MESSAGES) as NumberField[]) {
      const n = wholeNumber(v[key]);
      if (n === null || (n === undefined && key === 'sessionMinutes')) {
        ctx.addIssue({ code: 'custom', path: [key], message: NUMBER_MESSAGES[key] });
        bad.add(key);
      } else if (n !== undefined) numbers[key] = n;
    }
    const checked = programmeKindInputSchema.safeParse({
      name: v.name,
      roles: v.roles,
      countsForHours: v.countsForHours,
      trips: v.trips,
      ...(plans ? { measures: plans.plans } : {}),
      ...numbers,
      plannedSessions: numbers.plannedSessions ?? null,
      // A length not typed as a number is already reported; any valid stand-in lets the rest be checked.
      sessionMinutes: numbers.sessionMinutes ?? 60,
    });
    if (checked.success && bad.size === 0 && (plans?.issues.length ?? 0) === 0) return checked.data;
    for (const issue of checked.error?.issues ?? []) {
      if (!bad.has(String(issue.path[0])) && issue.path[0] !== 'measures') ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return z.NEVER;
  });

export type ProgrammeKindFormValues = z.input<typeof programmeKindFormSchema>;

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

/**
 * A kind on file as the dialog shows it; a new kind starts counting for hours, as most do.
 * `measures`: the questionnaires Settings offers, undefined when they could not be loaded.
 */
export function programmeKindFormValues(kind: ProgrammeKind | null, measures?: readonly MeasureEntry[]): ProgrammeKindFormValues {
  return {
    name: kind?.name ?? '',
    plannedSessions: text(kind?.plannedSessions),
    maxSessions: text(kind?.maxSessions),
    sessionMinutes: text(kind?.sessionMinutes ?? 60),
    roles: kind?.roles ?? [],
    minAge: text(kind?.minAge),
    maxAge: text(kind?.maxAge),
    countsForHours: kind?.countsForHours ?? true,
    trips: kind ? kindHasTrips(kind) : false,
    ...(measures ? { measures: planFormRows(measures, kind?.measures) } : {}),
  };
}

/** 60 → "1 hour", 90 → "1 hour 30 minutes", 45 → "45 minutes". */
export function lengthText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const m = rest === 0 ? '' : `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  return [h, m].filter(Boolean).join(' ');
}

/** "18 to 25", "50 and over", "Up to 25", "Any age". */
export function agesText(kind: Pick<ProgrammeKind, 'minAge' | 'maxAge'>): string {
  const { minAge, maxAge } = kind;
  if (minAge !== undefined && maxAge !== undefined) return `${minAge} to ${maxAge}`;
  if (minAge !== undefined) return `${minAge} and over`;
  if (maxAge !== undefined) return `Up to ${maxAge}`;
  return 'Any age';
}
