import { z } from 'zod';
import { method } from '../contract';
import type { MissingItem } from '../domain/activation';
import type { FileDownload } from '../files';
import { COMPLIANCE_AREAS, COUNTED_STATES, type ComplianceCounts, type ComplianceRow, type CourseStatus } from '../domain/compliance';
import type { ActivationOverride } from '../domain/compliance-records';
import { dbsCheckInputSchema, type DbsCheck, type DbsLevel } from '../domain/dbs';
import { expenseInputSchema, type PricedExpense } from '../domain/expenses';
import { supervisionInputSchema, type Supervision } from '../domain/supervision';
import { trainingInputSchema, type TrainingRecord } from '../domain/training';
import { manualHoursInputSchema, type HoursSummary, type ManualHours } from '../domain/volunteer-hours';
import type { VolunteerStatus } from '../domain/volunteers';
import { id } from './common';

/** Volunteer compliance and support: DBS, training, supervision, hours, expenses. */

export const complianceFilterSchema = z.object({
  /** Only volunteers needing action within this many days ("needs action in the next 30 days"). */
  withinDays: z.number().int().min(0).max(366).optional(),
  role: z.string().max(100).optional(),
  /** With `state`: only those in that state in this area, as one summary count ("DBS: 1 overdue"). */
  area: z.enum(COMPLIANCE_AREAS).optional(),
  state: z.enum(COUNTED_STATES).optional(),
});
export type ComplianceFilterInput = z.input<typeof complianceFilterSchema>;

export interface ComplianceOverview {
  today: string;
  /** Active volunteers on record, before filtering. */
  activeCount: number;
  rows: ComplianceRow[];
  /** Counts over every active volunteer (not just the filtered rows). */
  counts: ComplianceCounts;
}

export interface DbsCheckView extends DbsCheck {
  renewalDue: string;
  current: boolean;
}

export interface TrainingView extends TrainingRecord {
  courseName: string;
  progressText: string;
  expiryDue?: string;
}

export interface VolunteerCompliance {
  volunteerId: string;
  name: string;
  status: VolunteerStatus;
  roles: string[];
  today: string;
  requirements: { dbsLevel: DbsLevel; courses: { id: string; name: string }[]; supervisionEveryWeeks?: number };
  row: ComplianceRow;
  dbsChecks: DbsCheckView[];
  training: TrainingView[];
  courseStatuses: CourseStatus[];
  supervision: Supervision[];
  nextSupervision?: string;
  manualHours: ManualHours[];
  hours: HoursSummary;
  trainingHoursCount: boolean;
  expenses: PricedExpense[];
  /** Months (YYYY-MM) with expenses, newest first: the claim forms there are to print. */
  expenseMonths: string[];
  overrides: ActivationOverride[];
}

const volunteerRef = { volunteerId: id };
const recordRef = z.object({ ...volunteerRef, recordId: id });
/** Add (no recordId) or change (with one) a record of one volunteer. */
function saveSchema<S extends z.ZodType>(record: S) {
  return z.object({ ...volunteerRef, recordId: id.optional(), record });
}

export const complianceApi = {
  overview: method(complianceFilterSchema).returns<ComplianceOverview>(),
  volunteer: method(z.object(volunteerRef)).returns<VolunteerCompliance>(),
  activationCheck: method(z.object(volunteerRef)).returns<{ missing: MissingItem[] }>(),
  saveDbsCheck: method(saveSchema(dbsCheckInputSchema)).returns<VolunteerCompliance>(),
  deleteDbsCheck: method(recordRef).returns<VolunteerCompliance>(),
  saveTraining: method(saveSchema(trainingInputSchema)).returns<VolunteerCompliance>(),
  deleteTraining: method(recordRef).returns<VolunteerCompliance>(),
  saveSupervision: method(saveSchema(supervisionInputSchema)).returns<VolunteerCompliance>(),
  deleteSupervision: method(recordRef).returns<VolunteerCompliance>(),
  saveHours: method(saveSchema(manualHoursInputSchema)).returns<VolunteerCompliance>(),
  deleteHours: method(recordRef).returns<VolunteerCompliance>(),
  saveExpense: method(saveSchema(expenseInputSchema)).returns<VolunteerCompliance>(),
  deleteExpense: method(recordRef).returns<VolunteerCompliance>(),
  printCompliance: method(complianceFilterSchema).returns<FileDownload>(),
  exportCsv: method(complianceFilterSchema).returns<FileDownload>(),
  printClaimForm: method(z.object({ ...volunteerRef, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month') })).returns<FileDownload>(),
  printHoursLetter: method(z.object(volunteerRef)).returns<FileDownload>(),
};
