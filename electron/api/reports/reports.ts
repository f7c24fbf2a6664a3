import { slugify } from '../../../shared/text';
import type { ReportView } from '../../../shared/api';
import type { FileDownload } from '../../../shared/files';
import { addDaysIso, formatUkDate, todayIso } from '../../../shared/dates';
import { reportOutcomes, type Grant, type ReportRecord } from '../../../shared/domain/grants';
import { figureChanges, otherFiguresChanged } from '../../../shared/domain/report-changes';
import { registerWanted, sessionsForGroup } from '../../../shared/domain/group-sessions';
import { reportCsv } from '../../../shared/domain/report-csv';
import { computeReportFigures, type ReportData } from '../../../shared/domain/report-figures';
import { ApiError } from '../../../shared/errors';
import { BUILT_IN_MEASURES, customMeasureDefinition } from '../../../shared/domain/outcome-measures';
import type { ReportOutcomesData } from '../../../shared/domain/report-outcomes';
import { groupRecords, groupsKind, membersKind, referralsKind, sentLogoRecords } from '../../documents';
import { pdfDownload } from '../../pdf/render';
import { reportDocument, type ReportContent } from '../../pdf/report';
import type { SentReport } from '../../../shared/domain/report-sent';
import type { Logo } from '../../../shared/domain/report-settings';
import type { AppContext } from '../core/context';
import { allStoredSessions, settingsOf, storedSessions } from '../core/lookups';
import { allProgrammes, allProgrammeSessions } from '../programmes/programme-records';
import { allCompletions } from '../outcomes/completion-records';

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
    // Every programme and session, whatever the grant funds: first contact with the charity looks across them all.
    programmes: {
      kinds: settings.programmeKinds,
      programmes: allProgrammes(ctx),
      sessions: allProgrammeSessions(ctx),
      travelMinutes: settings.oneToOneTravelMinutes,
    },
    outcomes: outcomesData(ctx, period.to),
  };
}

/**
 * Every questionnaire filled in up to the period's end, from every year on file up to then: a
 * person's "before" can be from any earlier year. Archived custom scales are still named, so
 * answers given on them are still counted.
 */
function outcomesData(ctx: AppContext, to: string): ReportOutcomesData {
  return { completions: allCompletions(ctx, to.slice(0, 4)), measures: [...BUILT_IN_MEASURES, ...settingsOf(ctx).customScales.map(customMeasureDefinition)] };
}

/** Sessions of the funded groups from `from` to `to` still wanting a register: not taken, cancelled or not recorded. */
function sessionsWithoutRegister(ctx: AppContext, grant: Grant, from: string, to: string): number {
  if (to < from) return 0;
  const stored = storedSessions(ctx, from, to);
  const funded = new Set(grant.groupIds);
  let missing = 0;
  for (const group of ctx.store.get(groupsKind).groups) {
    if (!funded.has(group.id)) continue;
    missing += sessionsForGroup(group, stored, from, to).filter(registerWanted).length;
  }
  return missing;
}

function sessionsText(n: number): string {
  return `${n} ${n === 1 ? 'session' : 'sessions'}`;
}

/** What to put right before sending: shown on screen, never printed. */
function checks(ctx: AppContext, grant: Grant, report: ReportRecord, unvaluedMinutes: number, rateName: string): string[] {
  const out: string[] = [];
  const today = todayIso(ctx.now());
  const lastPast = addDaysIso(today, -1);
  // Sessions from today on may not have met yet, so they are not missing a register.
  const until = (to: string): string => (to < lastPast ? to : lastPast);
  if (report.to >= today) out.push(`The period runs to ${formatUkDate(report.to)}, so these are the figures so far.`);
  const inPeriod = sessionsWithoutRegister(ctx, grant, report.from, until(report.to));
  if (inPeriod > 0) {
    out.push(`${sessionsText(inPeriod)} of the funded groups in this period ${inPeriod === 1 ? 'has' : 'have'} no register yet, so ${inPeriod === 1 ? 'it is' : 'they are'} not counted. Take the registers (or cancel the sessions that did not happen) for the figures to be complete.`);
  }
  // The grant-to-date column also counts from the grant's start, so a register missing there
  // is just as wrong in the report, though it is easy to forget once that period was sent.
  if (grant.startDate < report.from) {
    const earlierTo = until(addDaysIso(report.from, -1));
    const earlier = sessionsWithoutRegister(ctx, grant, grant.startDate, earlierTo);
    if (earlier > 0) {
      out.push(`${sessionsText(earlier)} earlier in the grant (from ${formatUkDate(grant.startDate)} to ${formatUkDate(earlierTo)}) ${earlier === 1 ? 'has' : 'have'} no register yet: the grant-to-date figures leave ${earlier === 1 ? 'it' : 'them'} out.`);
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
    changesSinceSent: report.sent ? figureChanges(report.sent.figures, figures) : [],
    otherChangesSinceSent: report.sent ? otherFiguresChanged(report.sent.figures, figures) : [],
  };
}

/** The report as it stands now, kept whole: everything the PDF and the CSV are made from. */
export function sentCopy(view: ReportView, sent: Pick<SentReport, 'sentOn' | 'recipient' | 'recordedAt'>): SentReport {
  const copy: SentReport = {
    ...sent,
    madeOn: view.madeOn,
    figures: view.figures,
    outcomeProgress: view.outcomeProgress,
    caseStudies: view.caseStudies,
  };
  if (view.report.summary !== undefined) copy.summary = view.report.summary;
  return copy;
}

/**
 * What a download is made from: the copy as sent once the report has gone (so it comes out the
 * same however many registers are keyed in later), otherwise, or when asked, today's figures.
 */
function documentContent(ctx: AppContext, grant: Grant, report: ReportRecord, which: 'sent' | 'today' | undefined): { content: ReportContent; sent: boolean } {
  if (report.sent && which !== 'today') {
    const s = report.sent;
    return { content: { figures: s.figures, caseStudies: s.caseStudies, outcomeProgress: s.outcomeProgress, madeOn: s.madeOn, report: { summary: s.summary } }, sent: true };
  }
  const view = reportView(ctx, grant, report);
  return { content: view, sent: false };
}

/** Named from the figures' own period, so a sent copy keeps its dates if the report's are changed. */
function fileStem(content: ReportContent, sent: boolean): string {
  const f = content.figures;
  return `report-${slugify(f.funder, 'grant', 50)}-${f.period.from}-to-${f.period.to}${sent ? '-sent' : ''}`;
}

/** The logo a sent copy went with (see keepLogo in grants.ts); today's for anything else. */
function logoFor(ctx: AppContext, sent: SentReport | undefined): Logo | undefined {
  if (sent?.logoId === undefined) return settingsOf(ctx).logo;
  if (sent.logoId === null) return undefined;
  return ctx.store.record(sentLogoRecords, sent.logoId);
}

export async function reportPdf(ctx: AppContext, grant: Grant, report: ReportRecord, which?: 'sent' | 'today'): Promise<FileDownload> {
  const { content, sent } = documentContent(ctx, grant, report, which);
  return pdfDownload(`${fileStem(content, sent)}.pdf`, reportDocument(content, { logo: logoFor(ctx, sent ? report.sent : undefined) }));
}

export function reportCsvFile(ctx: AppContext, grant: Grant, report: ReportRecord, which?: 'sent' | 'today'): FileDownload {
  const { content, sent } = documentContent(ctx, grant, report, which);
  return { filename: `${fileStem(content, sent)}.csv`, mimeType: 'text/csv;charset=utf-8', text: reportCsv(content.figures, { outcomeProgress: content.outcomeProgress, madeOn: content.madeOn }) };
}
