import { slugify } from '../../../shared/text';
import type { ReportView } from '../../../shared/api';
import type { FileDownload } from '../../../shared/files';
import { addDaysIso, formatUkDate, todayIso } from '../../../shared/dates';
import { reportOutcomes, type Grant, type ReportRecord } from '../../../shared/domain/grants';
import { sessionsForGroup } from '../../../shared/domain/group-sessions';
import { reportCsv } from '../../../shared/domain/report-csv';
import { computeReportFigures, type ReportData } from '../../../shared/domain/report-figures';
import { ApiError } from '../../../shared/errors';
import { groupRecords, groupsKind, membersKind, referralsKind } from '../../documents';
import { pdfDownload } from '../../pdf/render';
import { reportDocument } from '../../pdf/report';
import type { AppContext } from '../core/context';
import { allStoredSessions, settingsOf, storedSessions } from '../core/lookups';

/**
 * Assembles a funder report from the store: the plain data computeReportFigures needs,
 * then the screen view, the PDF and the CSV, all from that one set of figures.
 */

export function rateNameFor(ctx: AppContext, grant: Pick<Grant, 'rateName'>): string {
  return grant.rateName ?? settingsOf(ctx).volunteerRateName;
}

export function reportData(ctx: AppContext, grant: Grant, period: { from: string; to: string; label: string }): ReportData {
  const settings = settingsOf(ctx);
  return {
    organisationName: settings.organisationName || 'Peer Desk',
    grant,
    period,
    members: ctx.store.get(membersKind).members,
    referrals: ctx.store.get(referralsKind).referrals,
    groups: ctx.store.get(groupsKind).groups,
    sessions: allStoredSessions(ctx),
    prepMinutes: settings.prepMinutes,
    rates: settings.rates,
    rateName: rateNameFor(ctx, grant),
    suppressSmallNumbers: settings.suppressSmallNumbers,
  };
}

/** What to put right before sending: shown on screen, never printed. */
function checks(ctx: AppContext, grant: Grant, report: ReportRecord, unvaluedMinutes: number, rateName: string): string[] {
  const out: string[] = [];
  const today = todayIso(ctx.now());
  const lastPast = addDaysIso(today, -1);
  const until = report.to < lastPast ? report.to : lastPast;
  if (report.to >= today) out.push(`The period runs to ${formatUkDate(report.to)}, so these are the figures so far.`);
  if (until >= report.from) {
    const stored = storedSessions(ctx, report.from, until);
    const funded = new Set(grant.groupIds);
    let due = 0;
    for (const group of ctx.store.get(groupsKind).groups) {
      if (!funded.has(group.id)) continue;
      due += sessionsForGroup(group, stored, report.from, until).filter((s) => !s.register && !s.cancelled).length;
    }
    if (due > 0) {
      out.push(`${due} ${due === 1 ? 'session' : 'sessions'} of the funded groups in this period ${due === 1 ? 'has' : 'have'} no register yet, so ${due === 1 ? 'it is' : 'they are'} not counted. Take the registers (or cancel the sessions that did not happen) for the figures to be complete.`);
    }
  }
  if (unvaluedMinutes > 0) out.push(`There is no ${rateName} in the rates table in Settings, so volunteer time has no value. Add the rate, or choose another for this grant.`);
  const missing = grant.groupIds.filter((id) => !ctx.store.record(groupRecords, id)).length;
  if (missing > 0) out.push(`${missing === 1 ? 'A group' : `${missing} groups`} this grant funded ${missing === 1 ? 'has' : 'have'} been deleted, so ${missing === 1 ? 'its' : 'their'} sessions are not counted.`);
  return out;
}

export function findReport(grant: Grant, reportId: string): ReportRecord {
  const report = grant.reports.find((r) => r.id === reportId);
  if (!report) throw new ApiError('NOT_FOUND', 'That report is no longer on record.');
  return report;
}

export function reportView(ctx: AppContext, grant: Grant, report: ReportRecord): ReportView {
  const data = reportData(ctx, grant, { from: report.from, to: report.to, label: report.label });
  const figures = computeReportFigures(data);
  const studies = new Map(grant.caseStudies.map((c) => [c.id, c]));
  return {
    grantId: grant.id,
    report,
    figures,
    caseStudies: report.caseStudyIds.flatMap((id) => {
      const c = studies.get(id);
      return c ? [{ id: c.id, title: c.title, text: c.text }] : [];
    }),
    outcomeProgress: reportOutcomes(grant.outcomes, report.outcomeProgress),
    checks: checks(ctx, grant, report, figures.counts.value.unvaluedMinutes, data.rateName),
    madeOn: todayIso(ctx.now()),
  };
}


function fileStem(view: ReportView): string {
  return `report-${slugify(view.figures.funder, 'grant', 50)}-${view.report.from}-to-${view.report.to}`;
}

export async function reportPdf(ctx: AppContext, grant: Grant, report: ReportRecord): Promise<FileDownload> {
  const view = reportView(ctx, grant, report);
  return pdfDownload(`${fileStem(view)}.pdf`, reportDocument(view, { logo: settingsOf(ctx).logo }));
}

export function reportCsvFile(ctx: AppContext, grant: Grant, report: ReportRecord): FileDownload {
  const view = reportView(ctx, grant, report);
  return { filename: `${fileStem(view)}.csv`, mimeType: 'text/csv;charset=utf-8', text: reportCsv(view.figures, { outcomeProgress: view.outcomeProgress, madeOn: view.madeOn }) };
}
