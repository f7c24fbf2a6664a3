import { z } from 'zod';
import { requiredIsoDate, requiredText, requiredUkDate } from '../fields';
import { complianceRecordShape, minutesInput, typedHoursAsMinutes } from './compliance-fields';
import type { Rate } from './rates';
import { valueVolunteerTime, type VolunteerTimeEntry, type VolunteerTimeKind, type VolunteerTimeValue } from './report-hours';
import { trainingMinutes, type Course, type TrainingRecord } from './training';

/**
 * A volunteer's hours: facilitated sessions (counted from registers), hours logged by hand
 * (a travel buddy trip, a stall at a fair) and, when Settings says so, their training and
 * shadowing. All are dated entries of the kind funder reports already total and value.
 */

export const manualHoursSchema = z.object({
  ...complianceRecordShape,
  date: z.string(),
  activity: z.string(),
  minutes: z.number().int(),
});
export type ManualHours = z.infer<typeof manualHoursSchema>;

const manualHoursFields = {
  date: requiredIsoDate,
  activity: requiredText('what they did', 200),
  minutes: minutesInput('the hours'),
};
export const manualHoursInputSchema = z.object(manualHoursFields);
export type ManualHoursInput = z.output<typeof manualHoursInputSchema>;

export const manualHoursFormSchema = z.object({
  date: requiredUkDate('the date'),
  activity: manualHoursFields.activity,
  minutes: typedHoursAsMinutes('the hours').transform((m) => m ?? 0),
});
export type ManualHoursFormValues = z.input<typeof manualHoursFormSchema>;

export function manualTimeEntries(records: readonly ManualHours[]): VolunteerTimeEntry[] {
  return records.map((r) => ({ volunteerId: r.volunteerId, date: r.date, minutes: r.minutes, kind: 'manual' }));
}

/** Training and shadowing as volunteer time: completed courses on the day, shadowing on its days. */
export function trainingTimeEntries(records: readonly TrainingRecord[], courses: ReadonlyMap<string, Course>): VolunteerTimeEntry[] {
  const out: VolunteerTimeEntry[] = [];
  for (const r of records) {
    const minutes = trainingMinutes(r, courses.get(r.courseId));
    if (minutes > 0) out.push({ volunteerId: r.volunteerId, date: r.date, minutes, kind: 'training' });
    for (const s of r.shadowing) out.push({ volunteerId: r.volunteerId, date: s.date, minutes: s.minutes, kind: 'training' });
  }
  return out;
}

export interface HoursPeriod {
  /** "2026" or "2026-11" */
  period: string;
  minutes: number;
  byKind: Partial<Record<VolunteerTimeKind, number>>;
}

export interface HoursSummary {
  totalMinutes: number;
  byKind: Partial<Record<VolunteerTimeKind, number>>;
  /** Newest first. */
  byYear: HoursPeriod[];
  byMonth: HoursPeriod[];
  value: VolunteerTimeValue;
  rateName: string;
  firstDate?: string;
  lastDate?: string;
}

function addTo(map: Map<string, HoursPeriod>, period: string, e: VolunteerTimeEntry): void {
  let p = map.get(period);
  if (!p) map.set(period, (p = { period, minutes: 0, byKind: {} }));
  p.minutes += e.minutes;
  p.byKind[e.kind] = (p.byKind[e.kind] ?? 0) + e.minutes;
}

/** Totals by calendar month and year, and the value of the time at the rate in effect on each day. */
export function summariseHours(entries: readonly VolunteerTimeEntry[], rates: readonly Rate[], rateName: string): HoursSummary {
  const years = new Map<string, HoursPeriod>();
  const months = new Map<string, HoursPeriod>();
  const byKind: Partial<Record<VolunteerTimeKind, number>> = {};
  let total = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const e of entries) {
    total += e.minutes;
    byKind[e.kind] = (byKind[e.kind] ?? 0) + e.minutes;
    addTo(years, e.date.slice(0, 4), e);
    addTo(months, e.date.slice(0, 7), e);
    if (!first || e.date < first) first = e.date;
    if (!last || e.date > last) last = e.date;
  }
  const newestFirst = (a: HoursPeriod, b: HoursPeriod) => b.period.localeCompare(a.period);
  const summary: HoursSummary = {
    totalMinutes: total,
    byKind,
    byYear: [...years.values()].sort(newestFirst),
    byMonth: [...months.values()].sort(newestFirst),
    value: valueVolunteerTime(entries, rates, rateName),
    rateName,
  };
  if (first) summary.firstDate = first;
  if (last) summary.lastDate = last;
  return summary;
}
