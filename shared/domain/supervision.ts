import { z } from 'zod';
import { addDaysIso, type IsoDate } from '../dates';
import { optionalText, requiredIsoDate, requiredText, requiredUkDate } from '../fields';
import { complianceRecordShape, minutesInput, typedHoursAsMinutes } from './compliance-fields';

/**
 * Supervision: peer workers need regular support (seed 003: "dual supervision", line
 * management and peer supervision). The notes are private to the supervision record: they
 * never appear in lists, exports, printed pages or the audit log.
 */

export const SUPERVISION_KINDS = ['one-to-one', 'group', 'reflective-practice', 'line-management'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  'one-to-one': '1-1 supervision',
  group: 'Group supervision',
  'reflective-practice': 'Reflective practice',
  'line-management': 'Line management',
};

/** Supervision is "due soon" in the week before it is due: with sessions every 4 weeks, earlier would always warn. */
export const SUPERVISION_WARNING_DAYS = [7] as const;

export const supervisionSchema = z.object({
  ...complianceRecordShape,
  date: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  supervisor: z.string(),
  minutes: z.number().int(),
  /** Private: shown only on the volunteer's Supervision tab. */
  notes: z.string().optional(),
});
export type Supervision = z.infer<typeof supervisionSchema>;

/** The next supervision: the latest one plus the most frequent of their roles' intervals. */
export function nextSupervisionDue(records: readonly Pick<Supervision, 'date'>[], everyWeeks: number | undefined): IsoDate | undefined {
  if (!everyWeeks) return undefined;
  let last: string | undefined;
  for (const r of records) if (!last || r.date > last) last = r.date;
  return last ? addDaysIso(last, everyWeeks * 7) : undefined;
}

const supervisionFields = {
  date: requiredIsoDate,
  kind: z.enum(SUPERVISION_KINDS, { error: 'Choose the kind of supervision' }),
  supervisor: requiredText('the name of the supervisor', 100),
  minutes: minutesInput('how long it lasted', 8 * 60),
  notes: optionalText('notes', 5000),
};
export const supervisionInputSchema = z.object(supervisionFields);
export type SupervisionInput = z.output<typeof supervisionInputSchema>;

export const supervisionFormSchema = z.object({
  ...supervisionFields,
  date: requiredUkDate('the date'),
  minutes: typedHoursAsMinutes('how long it lasted in hours', { max: 8 }).transform((m) => m ?? 0),
});
export type SupervisionFormValues = z.input<typeof supervisionFormSchema>;
