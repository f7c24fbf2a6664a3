import { z } from 'zod';
import { dbsCheckSchema, type DbsCheck } from './dbs';
import { expenseSchema, type Expense } from './expenses';
import { supervisionSchema, type Supervision } from './supervision';
import { trainingRecordSchema, type TrainingRecord } from './training';
import { manualHoursSchema, type ManualHours } from './volunteer-hours';

/**
 * Everything recorded about keeping volunteers safe and supported, in one document beside
 * the volunteers: checks, training, supervision, hours logged by hand and expenses, each
 * list keyed by volunteer id. Small enough for one file even for a large charity.
 */

/** Making someone active without what their roles need, and why: kept for the safeguarding lead. */
export const activationOverrideSchema = z.object({
  id: z.string(),
  volunteerId: z.string(),
  date: z.string(),
  reason: z.string(),
  /** What was missing, in words, at the time. */
  missing: z.array(z.string()),
  recordedAt: z.string(),
  by: z.string(),
});
export type ActivationOverride = z.infer<typeof activationOverrideSchema>;

export const complianceDocShape = {
  dbsChecks: z.array(dbsCheckSchema),
  training: z.array(trainingRecordSchema),
  supervision: z.array(supervisionSchema),
  hours: z.array(manualHoursSchema),
  expenses: z.array(expenseSchema),
  activationOverrides: z.array(activationOverrideSchema),
};

export interface ComplianceRecords {
  dbsChecks: DbsCheck[];
  training: TrainingRecord[];
  supervision: Supervision[];
  hours: ManualHours[];
  expenses: Expense[];
  activationOverrides: ActivationOverride[];
}

export function emptyComplianceRecords(): ComplianceRecords {
  return { dbsChecks: [], training: [], supervision: [], hours: [], expenses: [], activationOverrides: [] };
}

/** One volunteer's records. */
export interface VolunteerRecords {
  dbsChecks: DbsCheck[];
  training: TrainingRecord[];
  supervision: Supervision[];
}

/** Records grouped by volunteer in one pass, so a view of 500 volunteers never searches lists. */
export function recordsByVolunteer(records: Pick<ComplianceRecords, 'dbsChecks' | 'training' | 'supervision'>): Map<string, VolunteerRecords> {
  const out = new Map<string, VolunteerRecords>();
  const entry = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { dbsChecks: [], training: [], supervision: [] }));
    return e;
  };
  for (const r of records.dbsChecks) entry(r.volunteerId).dbsChecks.push(r);
  for (const r of records.training) entry(r.volunteerId).training.push(r);
  for (const r of records.supervision) entry(r.volunteerId).supervision.push(r);
  return out;
}

export const NO_RECORDS: VolunteerRecords = { dbsChecks: [], training: [], supervision: [] };
