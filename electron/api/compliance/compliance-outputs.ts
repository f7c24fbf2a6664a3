import { slugify } from '../../../shared/text';
import type { ComplianceFilterInput } from '../../../shared/api';
import { toCsv, type CsvExportColumn } from '../../../shared/csv/export';
import { formatUkDate, todayIso } from '../../../shared/dates';
import type { FileDownload } from '../../../shared/files';
import { COMPLIANCE_AREA_LABELS, COMPLIANCE_AREAS, type AreaStatus, type ComplianceRow } from '../../../shared/domain/compliance';
import { DUE_STATE_LABELS } from '../../../shared/domain/due-status';
import { EXPENSE_KIND_LABELS, type PricedExpense } from '../../../shared/domain/expenses';
import { claimTaxYearNotes, claimTaxYears, type MileageBreakdown } from '../../../shared/domain/mileage';
import { VOLUNTEER_TIME_KINDS, VOLUNTEER_TIME_LABELS, type VolunteerTimeKind } from '../../../shared/domain/report-hours';
import { formatDuration } from '../../../shared/duration';
import { roleLabel } from '../../../shared/domain/roles';
import { ApiError } from '../../../shared/errors';
import { complianceDocument, type CompliancePrintRow } from '../../pdf/compliance';
import { expenseClaimDocument, type ClaimLine } from '../../pdf/expense-claim';
import { hoursLetterDocument } from '../../pdf/hours-letter';
import { pdfDownload } from '../../pdf/render';
import type { AppContext } from '../core/context';
import { complianceOverview, volunteerCompliance } from './compliance-views';
import { settingsOf } from '../core/lookups';
import { findVolunteer } from '../volunteers/volunteer-records';

/** The compliance sheet, its CSV, expenses claim forms and hours letters. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function organisation(ctx: AppContext): string {
  return settingsOf(ctx).organisationName || 'Peer Desk';
}


export function filterText(filter: ComplianceFilterInput): string {
  const parts: string[] = [];
  if (filter.withinDays !== undefined) parts.push(`Needs action in the next ${filter.withinDays} days`);
  // Worded as the page's summary count it came from, so the sheet says which list it is.
  if (filter.area && filter.state) parts.push(`${COMPLIANCE_AREA_LABELS[filter.area]} ${DUE_STATE_LABELS[filter.state].toLowerCase()}`);
  if (filter.role) parts.push(roleLabel(filter.role));
  if (parts.length === 0) parts.push('Every active volunteer');
  return parts.join(' \u00b7 ');
}

export function compliancePrintRows(rows: readonly ComplianceRow[]): CompliancePrintRow[] {
  const cell = (a: AreaStatus) => ({ state: a.state, text: a.text });
  return rows.map((r) => ({ name: r.name, roles: r.roles.map(roleLabel).join(', '), dbs: cell(r.dbs), training: cell(r.training), supervision: cell(r.supervision) }));
}

export async function printCompliance(ctx: AppContext, filter: ComplianceFilterInput): Promise<FileDownload> {
  const view = complianceOverview(ctx, filter);
  const doc = complianceDocument({ organisationName: organisation(ctx), printedOn: view.today, filterText: filterText(filter), activeCount: view.activeCount, rows: compliancePrintRows(view.rows) });
  return pdfDownload(`compliance-${view.today}.pdf`, doc);
}

const CSV_COLUMNS: CsvExportColumn<ComplianceRow>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Roles', value: (r) => r.roles.map(roleLabel).join(', ') },
  ...COMPLIANCE_AREAS.flatMap((area): CsvExportColumn<ComplianceRow>[] => {
    const label = area === 'dbs' ? 'DBS' : area === 'training' ? 'Training' : 'Supervision';
    return [
      { header: `${label} status`, value: (r) => (r[area].notNeeded ? 'Not needed' : DUE_STATE_LABELS[r[area].state]) },
      { header: `${label} due`, value: (r) => formatUkDate(r[area].due) },
      { header: `${label} details`, value: (r) => r[area].text },
    ];
  }),
];

export function exportComplianceCsv(ctx: AppContext, filter: ComplianceFilterInput): FileDownload {
  const view = complianceOverview(ctx, filter);
  return { filename: `compliance-${view.today}.csv`, mimeType: 'text/csv', text: toCsv(CSV_COLUMNS, view.rows) };
}

// ----- expenses claim ---------------------------------------------------------------------

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "42 miles: 12 at 45p, 30 at 25p; 1 passenger, 42 miles at 5p" */
export function mileageDetails(e: PricedExpense): string {
  const m = e.mileage;
  if (!m) return '';
  const parts: string[] = [];
  if (m.milesAtFullRate > 0) parts.push(`${m.milesAtFullRate.toLocaleString('en-GB')} at 45p`);
  if (m.milesAtReducedRate > 0) parts.push(`${m.milesAtReducedRate.toLocaleString('en-GB')} at 25p`);
  let text = `${plural(e.miles ?? 0, 'mile')}: ${parts.join(', ')}`;
  if ((e.passengers ?? 0) > 0) text += `; ${plural(e.passengers ?? 0, 'passenger')}, ${m.passengerMiles.toLocaleString('en-GB')} passenger miles at 5p`;
  return text;
}

export async function printClaimForm(ctx: AppContext, volunteerId: string, month: string): Promise<FileDownload> {
  const view = volunteerCompliance(ctx, volunteerId);
  const lines = view.expenses.filter((e) => e.date.startsWith(month)).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  if (lines.length === 0) throw new ApiError('CONFLICT', `No expenses recorded for ${view.name} in ${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}.`);
  const sum = (kind: PricedExpense['kind'] | 'all') => lines.filter((e) => kind === 'all' || e.kind === kind).reduce((s, e) => s + e.pence, 0);
  // Every tax year the month's trips fall in: April's can be in two (from 6 April the
  // 10,000 miles at 45p start again).
  const trips = lines.flatMap((e): MileageBreakdown[] => (e.mileage ? [e.mileage] : []));
  const taxYearNotes = claimTaxYearNotes(claimTaxYears(trips));
  const claimLines: ClaimLine[] = lines.map((e) => ({
    date: e.date,
    kindLabel: EXPENSE_KIND_LABELS[e.kind],
    description: e.description,
    details: e.kind === 'mileage' ? mileageDetails(e) : '',
    pence: e.pence,
    receiptHeld: e.receiptHeld,
  }));
  const monthLabel = `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
  const doc = expenseClaimDocument({
    organisationName: organisation(ctx),
    printedOn: todayIso(ctx.now()),
    volunteerName: view.name,
    monthLabel,
    ...(taxYearNotes.length > 0 ? { taxYearNotes } : {}),
    lines: claimLines,
    totals: { mileage: sum('mileage'), fares: sum('fares'), other: sum('other'), all: sum('all') },
  });
  return pdfDownload(`expenses-claim-${slugify(view.name, 'volunteer')}-${month}.pdf`, doc);
}

// ----- hours letter ------------------------------------------------------------------------

/** Where the letter's hours come from, naming one-to-one sessions (and their travel time) only when it has them. */
export function howHoursCounted(byKind: Partial<Record<VolunteerTimeKind, number>>): string {
  const one = (byKind['one-to-one'] ?? 0) > 0;
  const parts = [
    'hours from group sessions come from our registers and include preparation time',
    ...(one ? [`hours from one-to-one sessions come from our session records${(byKind['one-to-one-travel'] ?? 0) > 0 ? ' and include travel time' : ''}`] : []),
    'other hours were recorded by our volunteer coordinator',
  ];
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export async function printHoursLetter(ctx: AppContext, volunteerId: string): Promise<FileDownload> {
  const v = findVolunteer(ctx, volunteerId);
  const view = volunteerCompliance(ctx, volunteerId);
  const settings = settingsOf(ctx);
  const courses = new Map(settings.trainingCourses.map((c) => [c.id, c]));
  const doc = hoursLetterDocument({
    organisationName: organisation(ctx),
    printedOn: todayIso(ctx.now()),
    volunteerName: view.name,
    ...(v.startDate || view.hours.firstDate ? { startDate: v.startDate ?? view.hours.firstDate } : {}),
    ...(v.status === 'left' && v.leftDate ? { leftDate: v.leftDate } : {}),
    roles: v.roles.map(roleLabel),
    // Time in the same words as the Hours tab, so the letter and the screen agree.
    totalHours: formatDuration(view.hours.totalMinutes),
    years: view.hours.byYear.map((y) => ({ year: y.period, hours: formatDuration(y.minutes) })),
    kinds: VOLUNTEER_TIME_KINDS.filter((k) => (view.hours.byKind[k] ?? 0) > 0).map((k) => ({ label: VOLUNTEER_TIME_LABELS[k], hours: formatDuration(view.hours.byKind[k] ?? 0) })),
    training: view.training
      .filter((t) => t.status === 'completed')
      .map((t) => {
        const course = courses.get(t.courseId);
        const detail = [course?.provider, course?.accredited ? 'accredited' : undefined].filter(Boolean).join(', ');
        return { course: t.courseName, date: t.date, ...(course ? { hours: formatDuration(Math.round(course.hours * 60)) } : {}), ...(detail ? { detail } : {}) };
      }),
    ...(settings.yourName ? { signedBy: settings.yourName } : {}),
    howCounted: howHoursCounted(view.hours.byKind),
  });
  return pdfDownload(`hours-letter-${slugify(view.name, 'volunteer')}-${todayIso(ctx.now())}.pdf`, doc);
}
