import { z } from 'zod';
import { isIsoDate } from '../dates';
import { formatPounds } from '../money';

/**
 * Hourly rates for valuing volunteer time, each with the date it took effect. A rate
 * changes every year (the National Living Wage each April, the Real Living Wage each
 * autumn), so an hour is valued at the rate in effect on the day it was given: a report
 * that spans a change says so, with the hours at each rate.
 */

export const rateSchema = z.object({
  id: z.string().min(1),
  /** "National Living Wage": rates with the same name are one series over time. */
  name: z.string(),
  pencePerHour: z.number().int(),
  /** ISO date the rate took effect. */
  from: z.string(),
});
export type Rate = z.infer<typeof rateSchema>;

/**
 * Published rates to start from; every one can be edited in Settings. Sources: GOV.UK
 * National Minimum Wage rates (21 and over) and the Living Wage Foundation's announcements
 * (employers have until the following May to pay them; the date here is the announcement).
 */
export const DEFAULT_RATES: readonly Rate[] = [
  { id: 'nlw-2024', name: 'National Living Wage', pencePerHour: 1144, from: '2024-04-01' },
  { id: 'nlw-2025', name: 'National Living Wage', pencePerHour: 1221, from: '2025-04-01' },
  { id: 'nlw-2026', name: 'National Living Wage', pencePerHour: 1271, from: '2026-04-01' },
  { id: 'rlw-2024', name: 'Real Living Wage', pencePerHour: 1260, from: '2024-10-22' },
  { id: 'rlw-2025', name: 'Real Living Wage', pencePerHour: 1345, from: '2025-10-21' },
  { id: 'llw-2024', name: 'London Living Wage', pencePerHour: 1385, from: '2024-10-22' },
  { id: 'llw-2025', name: 'London Living Wage', pencePerHour: 1480, from: '2025-10-21' },
];

export const DEFAULT_RATE_NAME = 'National Living Wage';

/** The names of the rate series, in the order first met. */
export function rateNames(rates: readonly Rate[]): string[] {
  return [...new Set(rates.map((r) => r.name))];
}

/** One series, earliest first. */
export function rateSeries(rates: readonly Rate[], name: string): Rate[] {
  return rates.filter((r) => r.name === name).sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The rate in effect on a date. Before the first rate of the series the first one is used
 * (`early` says so), so old hours still get a value rather than silently counting as £0.
 */
export function rateOn(series: readonly Rate[], date: string): { rate: Rate; early: boolean } | undefined {
  let found: Rate | undefined;
  for (const r of series) if (r.from <= date) found = r;
  if (found) return { rate: found, early: false };
  const first = series[0];
  return first ? { rate: first, early: true } : undefined;
}

/** Pence for a number of minutes at a rate, rounded to the nearest penny once per rate. */
export function valueOfMinutes(minutes: number, pencePerHour: number): number {
  return Math.round((minutes * pencePerHour) / 60);
}

/** "£12.21 an hour from 01/04/2025" */
export function describeRate(r: Pick<Rate, 'pencePerHour' | 'from'>): string {
  const [y, m, d] = r.from.split('-');
  return `${formatPounds(r.pencePerHour)} an hour from ${d}/${m}/${y}`;
}

// ----- input ----------------------------------------------------------------------------

export const rateInputSchema = z.object({
  id: z.string().max(100).optional(),
  name: z.string().trim().min(1, 'Enter the name of the rate').max(80, 'The name must be 80 characters or fewer'),
  pencePerHour: z.number().int().min(1, 'Enter an hourly rate above £0').max(100_000, 'Enter an hourly rate under £1,000'),
  from: z.string().refine(isIsoDate, { message: 'Enter the date the rate took effect' }),
});
export type RateInput = z.input<typeof rateInputSchema>;

export const ratesInputSchema = z
  .array(rateInputSchema)
  .max(200, 'Keep 200 rates or fewer')
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((r, i) => {
      const key = `${r.name.toLowerCase()}|${r.from}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `${r.name} already has a rate from that date` });
      seen.add(key);
    });
  });
