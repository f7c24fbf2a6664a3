import { z } from 'zod';

/**
 * Which questionnaires a programme kind or a group asks, and when: at the start, every so
 * many sessions or weeks, at the end. Kept apart from the measures themselves so programme
 * kinds and groups can name a measure by id without loading its wording.
 */

export const PLAN_UNITS = ['sessions', 'weeks'] as const;
export type PlanUnit = (typeof PLAN_UNITS)[number];

export const measurePlanSchema = z.object({
  measureId: z.string(),
  atStart: z.boolean(),
  /** A review every `count` attended sessions, or every `count` weeks since the start. */
  every: z.object({ count: z.number().int(), unit: z.enum(PLAN_UNITS) }).optional(),
  atEnd: z.boolean(),
});
export type MeasurePlan = z.infer<typeof measurePlanSchema>;

/** As typed in: at least one of start, every or end, each measure once. */
export const measurePlanInputSchema = z
  .object({
    measureId: z.string().min(1, 'Choose a questionnaire').max(100),
    atStart: z.boolean(),
    every: z
      .object({
        count: z.number({ error: 'Enter how often, like 5' }).int('Enter a whole number').min(1, 'Enter at least 1').max(52, 'Enter 52 or fewer'),
        unit: z.enum(PLAN_UNITS, { error: 'Choose sessions or weeks' }),
      })
      .optional(),
    atEnd: z.boolean(),
  })
  .refine((p) => p.atStart || p.atEnd || p.every !== undefined, { message: 'Ask it at the start, at the end or every so often', path: ['atStart'] });

export const measurePlansInputSchema = z
  .array(measurePlanInputSchema)
  .max(10, 'Ask 10 questionnaires or fewer')
  .superRefine((plans, ctx) => {
    const seen = new Set<string>();
    plans.forEach((p, i) => {
      if (seen.has(p.measureId)) ctx.addIssue({ code: 'custom', path: [i, 'measureId'], message: 'This questionnaire is already in the list' });
      seen.add(p.measureId);
    });
  });

/** "every 6 sessions", "every week". */
function everyWords(every: NonNullable<MeasurePlan['every']>): string {
  const unit = every.unit === 'sessions' ? 'session' : 'week';
  return every.count === 1 ? `every ${unit}` : `every ${every.count} ${unit}s`;
}

/** "at start and end", "at start, every 6 sessions and at end": when one questionnaire is asked. */
export function describePlanTiming(plan: MeasurePlan): string {
  if (plan.atStart && plan.atEnd && !plan.every) return 'at start and end';
  const parts = [...(plan.atStart ? ['at start'] : []), ...(plan.every ? [everyWords(plan.every)] : []), ...(plan.atEnd ? ['at end'] : [])];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * A kind's or group's questionnaires in a line: "SWEMWBS at start and end; CORE-10 every 6
 * sessions", or "None". `nameOf` gives a measure's short name (built in or custom).
 */
export function describeMeasurePlans(plans: readonly MeasurePlan[] | undefined, nameOf: (measureId: string) => string | undefined): string {
  if (!plans || plans.length === 0) return 'None';
  return plans.map((p) => `${nameOf(p.measureId) ?? 'A questionnaire no longer in Settings'} ${describePlanTiming(p)}`).join('; ');
}
