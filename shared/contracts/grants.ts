import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import type { ReportPeriod } from '../domain/grant-periods';
import { caseStudyInputSchema, checkPeriod, grantInputSchema, reportInputFields, type CaseStudy, type Grant, type GrantFrequency, type OutcomeProgress, type ReportRecord } from '../domain/grants';
import type { ReportFigures } from '../domain/report-figures';
import { id, noInput } from './common';

/** Grants and the funder reports made for them (the "Reports" page). */

export interface GrantSummary {
  id: string;
  funder: string;
  name: string;
  amountPence: number;
  startDate: string;
  endDate: string;
  frequency: GrantFrequency;
  groupNames: string[];
  reportCount: number;
  /** The period after the last one reported on, when the grant has one left. */
  nextPeriod?: ReportPeriod;
}

export interface GrantDetail {
  grant: Grant;
  groups: { id: string; name: string; archived: boolean }[];
  /** The grant's reporting periods, by its frequency. */
  periods: ReportPeriod[];
  /** The rate series volunteer time is valued at (the grant's own, else Settings'). */
  rateName: string;
}

export interface ReportView {
  grantId: string;
  report: ReportRecord;
  figures: ReportFigures;
  /** The case studies chosen, as they read now. */
  caseStudies: Pick<CaseStudy, 'id' | 'title' | 'text'>[];
  outcomeProgress: OutcomeProgress[];
  /** Things to put right before sending, for the screen only ("3 sessions have no register yet"). */
  checks: string[];
  /** The day the figures were worked out. */
  madeOn: string;
}

const reportInputSchema = z.object({ grantId: id, ...reportInputFields }).superRefine(checkPeriod);
export type ReportInput = z.input<typeof reportInputSchema>;

export const grantsApi = {
  list: method(noInput).returns<GrantSummary[]>(),
  get: method(z.object({ id })).returns<GrantDetail>(),
  create: method(z.object({ grant: grantInputSchema })).returns<Grant>(),
  update: method(z.object({ id, grant: grantInputSchema })).returns<Grant>(),
  /** Deletes the grant and the reports made for it (the records they counted are untouched). */
  delete: method(z.object({ id })).returns<{ deleted: true }>(),
  /** Adds a case study (no caseStudyId) or changes one. */
  saveCaseStudy: method(z.object({ grantId: id, caseStudyId: id.optional(), caseStudy: caseStudyInputSchema })).returns<Grant>(),
  deleteCaseStudy: method(z.object({ grantId: id, caseStudyId: id })).returns<Grant>(),

  createReport: method(reportInputSchema).returns<ReportView>(),
  updateReport: method(z.object({ grantId: id, reportId: id, ...reportInputFields }).superRefine(checkPeriod)).returns<ReportView>(),
  deleteReport: method(z.object({ grantId: id, reportId: id })).returns<{ deleted: true }>(),
  report: method(z.object({ grantId: id, reportId: id })).returns<ReportView>(),
  /** The report as an A4 PDF to send to the funder. */
  reportPdf: method(z.object({ grantId: id, reportId: id })).returns<FileDownload>(),
  /** Every figure in the report as CSV (section, figure, value, notes). */
  reportCsv: method(z.object({ grantId: id, reportId: id })).returns<FileDownload>(),
};
