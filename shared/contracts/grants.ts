import { z } from 'zod';
import { method } from '../contract';
import type { FileDownload } from '../files';
import type { ReportPeriod } from '../domain/grant-periods';
import { caseStudyInputSchema, checkPeriod, grantInputSchema, markSentInputFields, reportInputFields, type CaseStudy, type Grant, type GrantFrequency, type OutcomeProgress, type ReportRecord } from '../domain/grants';
import type { FigureChange } from '../domain/report-changes';
import type { ReportFigures } from '../domain/report-figures';
import { id, noInput } from './common';

/** Grants and the funder reports made for them (the "Grants & reports" page). */

export interface GrantSummary {
  id: string;
  funder: string;
  name: string;
  amountPence: number;
  startDate: string;
  endDate: string;
  frequency: GrantFrequency;
  groupNames: string[];
  /** The kinds of one-to-one programme it funds, as Settings names them. */
  programmeKindNames: string[];
  reportCount: number;
  /** Of those, the ones marked as sent to the funder. */
  sentCount: number;
  /** The day the latest of them was sent. */
  lastSentOn?: string;
  /** Periods ended with no report made for them, oldest first. */
  reportsDue: ReportPeriod[];
  /** The first period without a report that has not ended yet. */
  nextPeriod?: ReportPeriod;
  /** The grant has ended and every period has its report. */
  allMade: boolean;
}

export interface GrantDetail {
  grant: Grant;
  groups: { id: string; name: string; archived: boolean }[];
  /** Every kind of programme in Settings, to name the ones the grant funds. */
  programmeKinds: { id: string; name: string; archived: boolean }[];
  /** The grant's reporting periods, by its frequency. */
  periods: ReportPeriod[];
  /** The rate series volunteer time is valued at (the grant's own, else Settings'). */
  rateName: string;
}

export interface ReportView {
  grantId: string;
  /** With `sent`, the copy as it went to the funder, when it has been marked as sent. */
  report: ReportRecord;
  /** Today's figures, from the registers as they are now. */
  figures: ReportFigures;
  /** The case studies chosen, as they read now. */
  caseStudies: Pick<CaseStudy, 'id' | 'title' | 'text'>[];
  outcomeProgress: OutcomeProgress[];
  /** Things to put right before sending, for the screen only ("3 sessions have no register yet"). */
  checks: string[];
  /** The day the figures were worked out. */
  madeOn: string;
  /** For a report marked as sent: the headline and target figures that differ today, sent value first. */
  changesSinceSent: FigureChange[];
  /** For a report marked as sent: the other parts that differ today ("the charts", "who the people are"). */
  otherChangesSinceSent: string[];
}

/** Which figures a download holds: the copy as sent (the default, once sent) or today's. */
const whichFigures = z.enum(['sent', 'today']).optional();

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
  /** The report as an A4 PDF to send to the funder; once sent, the copy as sent unless `figures: 'today'`. */
  reportPdf: method(z.object({ grantId: id, reportId: id, figures: whichFigures })).returns<FileDownload>(),
  /** Every figure in the report as CSV (section, figure, value, notes); once sent, as for the PDF. */
  reportCsv: method(z.object({ grantId: id, reportId: id, figures: whichFigures })).returns<FileDownload>(),
  /** Keeps the report as it is now (figures and words) as the copy sent to the funder, with when and to whom. */
  markReportSent: method(z.object({ grantId: id, reportId: id, ...markSentInputFields })).returns<ReportView>(),
  /** Undoes a mistaken "Mark as sent": the sent copy is dropped. */
  markReportNotSent: method(z.object({ grantId: id, reportId: id })).returns<ReportView>(),
};
