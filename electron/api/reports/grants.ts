import { createHash, randomUUID } from 'node:crypto';
import type { GrantDetail, GrantSummary, HandlerMap } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { grantPeriods, periodLabel, reportsDue } from '../../../shared/domain/grant-periods';
import type { Grant, GrantInput, ReportRecord } from '../../../shared/domain/grants';
import { ApiError } from '../../../shared/errors';
import { grantRecords, grantsKind, groupRecords, groupsKind, sentLogoRecords } from '../../documents';
import type { Transaction } from '../../store';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, settingsOf } from '../core/lookups';
import { findReport, rateNameFor, reportCsvFile, reportPdf, reportView, sentCopy } from './reports';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

function findGrant(ctx: AppContext, id: string): Grant {
  const g = ctx.store.record(grantRecords, id);
  if (!g) throw new ApiError('NOT_FOUND', 'That grant is no longer on record.');
  return g;
}

function checkGroups(ctx: AppContext, input: GrantInput): void {
  if (input.groupIds.some((id) => !ctx.store.record(groupRecords, id))) throw new ApiError('VALIDATION', 'Check the highlighted field.', { groupIds: 'A group chosen is no longer on record' });
  const kinds = new Set(settingsOf(ctx).programmeKinds.map((k) => k.id));
  if (input.programmeKindIds.some((id) => !kinds.has(id))) throw new ApiError('VALIDATION', 'Check the highlighted field.', { programmeKindIds: 'A kind of programme chosen is no longer in Settings' });
}

/** What a grant pays for, each once; no kinds of programme is saved as none (as grants made before them). */
function funded(input: GrantInput): Pick<Grant, 'groupIds' | 'programmeKindIds'> {
  const kinds = [...new Set(input.programmeKindIds)];
  return { groupIds: [...new Set(input.groupIds)], programmeKindIds: kinds.length > 0 ? kinds : undefined };
}

/**
 * Saves a changed grant (its case studies and reports live inside it) with its audit entry,
 * refused if the grant on file is no longer `before`.
 */
async function saveGrant(ctx: AppContext, before: Grant, after: Grant, audit: Pick<AuditInput, 'action' | 'summary'>, also?: (tx: Transaction) => void): Promise<void> {
  await commit(ctx, { ...audit, entity: 'grant', entityId: after.id }, (tx) => {
    tx.put(grantRecords, after, { replaces: before });
    also?.(tx);
  });
}

/**
 * The logo in Settings, kept (once, by its content) for a report being marked as sent, so the
 * sent copy prints with it whatever happens to Settings later. Null when there is none.
 */
function keepLogo(ctx: AppContext): { logoId: string | null; put?: (tx: Transaction) => void } {
  const logo = settingsOf(ctx).logo;
  if (!logo) return { logoId: null };
  const id = createHash('sha256').update(logo.base64).digest('hex');
  if (ctx.store.record(sentLogoRecords, id)) return { logoId: id };
  return { logoId: id, put: (tx) => tx.put(sentLogoRecords, { id, ...logo }) };
}

function groupNames(ctx: AppContext, grant: Grant): string[] {
  return grant.groupIds.flatMap((id) => ctx.store.record(groupRecords, id)?.name ?? []).sort((a, b) => collator.compare(a, b));
}

/** The kinds of programme a grant funds, in the order Settings lists them. */
function programmeKindNames(ctx: AppContext, grant: Grant): string[] {
  const ids = new Set(grant.programmeKindIds ?? []);
  return settingsOf(ctx)
    .programmeKinds.filter((k) => ids.has(k.id))
    .map((k) => k.name);
}

function summary(ctx: AppContext, grant: Grant, today: string): GrantSummary {
  const { due, next, allMade } = reportsDue(grant, today);
  const sentOn = grant.reports.flatMap((r) => r.sent?.sentOn ?? []);
  const out: GrantSummary = {
    id: grant.id,
    funder: grant.funder,
    name: grant.name,
    amountPence: grant.amountPence,
    startDate: grant.startDate,
    endDate: grant.endDate,
    frequency: grant.frequency,
    groupNames: groupNames(ctx, grant),
    programmeKindNames: programmeKindNames(ctx, grant),
    reportCount: grant.reports.length,
    sentCount: sentOn.length,
    reportsDue: due,
    allMade,
  };
  if (next) out.nextPeriod = next;
  const lastSentOn = sentOn.sort().at(-1);
  if (lastSentOn) out.lastSentOn = lastSentOn;
  return out;
}

/**
 * What needs doing first: grants owing reports (the longest overdue first), then those with a
 * report still to come (the soonest first), then the rest (finished), newest first.
 */
function byWhatIsDue(a: GrantSummary, b: GrantSummary): number {
  const rank = (g: GrantSummary): number => (g.reportsDue.length > 0 ? 0 : g.nextPeriod ? 1 : 2);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const key = (g: GrantSummary): string => g.reportsDue[0]?.to ?? g.nextPeriod?.to ?? '';
  return key(a).localeCompare(key(b)) || b.reportsDue.length - a.reportsDue.length || b.startDate.localeCompare(a.startDate) || collator.compare(a.funder, b.funder);
}

function detail(ctx: AppContext, grant: Grant): GrantDetail {
  return {
    grant: { ...grant, reports: [...grant.reports].sort((a, b) => b.from.localeCompare(a.from) || b.createdAt.localeCompare(a.createdAt)) },
    groups: ctx.store
      .get(groupsKind)
      .groups.map((g) => ({ id: g.id, name: g.name, archived: g.archived }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    programmeKinds: settingsOf(ctx).programmeKinds.map((k) => ({ id: k.id, name: k.name, archived: Boolean(k.archived) })),
    periods: grantPeriods(grant),
    rateName: rateNameFor(ctx, grant),
  };
}

type ReportFields = Pick<ReportRecord, 'from' | 'to' | 'caseStudyIds' | 'outcomeProgress'> & { label?: string | undefined; summary?: string | undefined };

function reportRecord(grant: Grant, input: ReportFields, base: Pick<ReportRecord, 'id' | 'createdAt'>, at: string): ReportRecord {
  const chosen = new Set(grant.caseStudies.map((c) => c.id));
  if (input.caseStudyIds.some((id) => !chosen.has(id))) throw new ApiError('CONFLICT', 'A case study chosen has been deleted. Reload the page and choose again.');
  return compact<ReportRecord>({
    ...base,
    updatedAt: at,
    from: input.from,
    to: input.to,
    label: input.label ?? periodLabel(grant, input.from, input.to),
    summary: input.summary,
    caseStudyIds: [...new Set(input.caseStudyIds)],
    // Progress left blank is not worth a line in the report.
    outcomeProgress: input.outcomeProgress.map((o) => ({ outcome: o.outcome.trim(), progress: o.progress.trim() })).filter((o) => o.outcome && o.progress),
  });
}

/** A report cannot have gone before its period began, nor on a day still to come. */
function checkSentOn(sentOn: string, report: ReportRecord, today: string): void {
  const problem =
    sentOn > today ? "The date it was sent can't be in the future" : sentOn < report.from ? `The date it was sent can't be before the report's period starts (${formatUkDate(report.from)})` : null;
  if (problem) throw new ApiError('VALIDATION', 'Check the highlighted field.', { sentOn: problem });
}

export const grantHandlers: HandlerMap<AppContext>['grants'] = {
  async list(_input, ctx) {
    const today = todayIso(ctx.now());
    return Promise.resolve(ctx.store.get(grantsKind).grants.map((g) => summary(ctx, g, today)).sort(byWhatIsDue));
  },

  async get({ id }, ctx) {
    return Promise.resolve(detail(ctx, findGrant(ctx, id)));
  },

  async create({ grant }, ctx) {
    checkGroups(ctx, grant);
    const at = ctx.now().toISOString();
    const record = compact<Grant>({ ...grant, ...funded(grant), id: randomUUID(), createdAt: at, updatedAt: at, caseStudies: [], reports: [] });
    await commit(ctx, { action: 'create', entity: 'grant', entityId: record.id, summary: 'Added a grant' }, (tx) => tx.put(grantRecords, record, { replaces: null }));
    return record;
  },

  async update({ id, grant }, ctx) {
    const before = findGrant(ctx, id);
    checkGroups(ctx, grant);
    const after = compact<Grant>({
      ...grant,
      ...funded(grant),
      id,
      createdAt: before.createdAt,
      updatedAt: ctx.now().toISOString(),
      caseStudies: before.caseStudies,
      reports: before.reports,
    });
    await saveGrant(ctx, before, after, { action: 'update', summary: 'Changed grant details' });
    return after;
  },

  async delete({ id }, ctx) {
    const grant = findGrant(ctx, id);
    // Its case studies and reports are inside the grant record and go with it.
    await commit(ctx, { action: 'delete', entity: 'grant', entityId: id, summary: 'Deleted a grant and its reports' }, (tx) => tx.remove(grantRecords, grant));
    return { deleted: true };
  },

  async saveCaseStudy({ grantId, caseStudyId, caseStudy }, ctx) {
    const grant = findGrant(ctx, grantId);
    const at = ctx.now().toISOString();
    let caseStudies = grant.caseStudies;
    if (caseStudyId) {
      if (!caseStudies.some((c) => c.id === caseStudyId)) throw new ApiError('NOT_FOUND', 'That case study is no longer on record.');
      caseStudies = caseStudies.map((c) => (c.id === caseStudyId ? { ...c, title: caseStudy.title, text: caseStudy.text, updatedAt: at } : c));
    } else {
      caseStudies = [...caseStudies, { id: randomUUID(), title: caseStudy.title, text: caseStudy.text, createdAt: at, updatedAt: at }];
    }
    const after = { ...grant, caseStudies, updatedAt: at };
    await saveGrant(ctx, grant, after, { action: 'update', summary: caseStudyId ? 'Changed a case study' : 'Added a case study' });
    return after;
  },

  async deleteCaseStudy({ grantId, caseStudyId }, ctx) {
    const grant = findGrant(ctx, grantId);
    const at = ctx.now().toISOString();
    const after = {
      ...grant,
      caseStudies: grant.caseStudies.filter((c) => c.id !== caseStudyId),
      // Reports that chose it no longer can: their text goes with the case study.
      reports: grant.reports.map((r) => (r.caseStudyIds.includes(caseStudyId) ? { ...r, caseStudyIds: r.caseStudyIds.filter((id) => id !== caseStudyId) } : r)),
      updatedAt: at,
    };
    await saveGrant(ctx, grant, after, { action: 'update', summary: 'Deleted a case study' });
    return after;
  },

  async createReport({ grantId, ...input }, ctx) {
    const grant = findGrant(ctx, grantId);
    const at = ctx.now().toISOString();
    const report = reportRecord(grant, input, { id: randomUUID(), createdAt: at }, at);
    const after = { ...grant, reports: [...grant.reports, report], updatedAt: at };
    await saveGrant(ctx, grant, after, { action: 'create', summary: `Made a report for ${report.label}` });
    return reportView(ctx, after, report);
  },

  async updateReport({ grantId, reportId, ...input }, ctx) {
    const grant = findGrant(ctx, grantId);
    const before = findReport(grant, reportId);
    const at = ctx.now().toISOString();
    const changed = reportRecord(grant, input, { id: before.id, createdAt: before.createdAt }, at);
    // The copy as sent stays as it went, whatever is changed here (the page asks first).
    const report = before.sent ? { ...changed, sent: before.sent } : changed;
    const after = { ...grant, reports: grant.reports.map((r) => (r.id === reportId ? report : r)), updatedAt: at };
    await saveGrant(ctx, grant, after, { action: 'update', summary: `Changed the report for ${report.label}` });
    return reportView(ctx, after, report);
  },

  async deleteReport({ grantId, reportId }, ctx) {
    const grant = findGrant(ctx, grantId);
    const report = findReport(grant, reportId);
    const after = { ...grant, reports: grant.reports.filter((r) => r.id !== reportId), updatedAt: ctx.now().toISOString() };
    await saveGrant(ctx, grant, after, { action: 'update', summary: `Deleted the report for ${report.label}` });
    return { deleted: true };
  },

  async markReportSent({ grantId, reportId, sentOn, recipient }, ctx) {
    const grant = findGrant(ctx, grantId);
    const before = findReport(grant, reportId);
    checkSentOn(sentOn, before, todayIso(ctx.now()));
    const at = ctx.now().toISOString();
    const logo = keepLogo(ctx);
    const report: ReportRecord = { ...before, updatedAt: at, sent: { ...sentCopy(reportView(ctx, grant, before), { sentOn, recipient, recordedAt: at }), logoId: logo.logoId } };
    const after = { ...grant, reports: grant.reports.map((r) => (r.id === reportId ? report : r)), updatedAt: at };
    // No recipient in the log: it may name a person or an email address, and the log is kept for years.
    await saveGrant(ctx, grant, after, { action: 'status', summary: `Marked the report for ${report.label} as sent on ${formatUkDate(sentOn)}` }, logo.put);
    return reportView(ctx, after, report);
  },

  async markReportNotSent({ grantId, reportId }, ctx) {
    const grant = findGrant(ctx, grantId);
    const before = findReport(grant, reportId);
    if (!before.sent) return reportView(ctx, grant, before);
    const at = ctx.now().toISOString();
    const { sent: _dropped, ...rest } = before;
    const report: ReportRecord = { ...rest, updatedAt: at };
    const after = { ...grant, reports: grant.reports.map((r) => (r.id === reportId ? report : r)), updatedAt: at };
    await saveGrant(ctx, grant, after, { action: 'status', summary: `Marked the report for ${report.label} as not sent (it was recorded as sent on ${formatUkDate(before.sent.sentOn)})` });
    return reportView(ctx, after, report);
  },

  async report({ grantId, reportId }, ctx) {
    const grant = findGrant(ctx, grantId);
    return Promise.resolve(reportView(ctx, grant, findReport(grant, reportId)));
  },

  reportPdf: ({ grantId, reportId, figures }, ctx) => {
    const grant = findGrant(ctx, grantId);
    return reportPdf(ctx, grant, findReport(grant, reportId), figures);
  },

  async reportCsv({ grantId, reportId, figures }, ctx) {
    const grant = findGrant(ctx, grantId);
    return Promise.resolve(reportCsvFile(ctx, grant, findReport(grant, reportId), figures));
  },
};
