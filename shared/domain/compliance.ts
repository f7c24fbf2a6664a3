import { addDaysIso, formatUkDate, type IsoDate } from '../dates';
import type { ComplianceSettings } from './compliance-settings';
import { NO_RECORDS, type VolunteerRecords } from './compliance-records';
import { currentDbsCheck, DBS_LEVEL_LABELS, dbsRenewalDue, levelCovers, onUpdateService, type DbsCheck, type DbsLevel, type DbsRenewalSettings } from './dbs';
import { DBS_WARNING_DAYS, DUE_STATE_RANK, daysInWords, dueStatus, worstState, type DueState, type DueStatus } from './due-status';
import { combinedRequirements } from './role-requirements';
import { nextSupervisionDue, SUPERVISION_WARNING_DAYS, type Supervision } from './supervision';
import { trainingExpiry, trainingProgressText, type Course, type TrainingRecord } from './training';

/**
 * Who needs what: for each volunteer, their DBS check, training and supervision against what
 * their roles need, each OK, due soon (with the date), overdue or missing, in words.
 */

export const COMPLIANCE_AREAS = ['dbs', 'training', 'supervision'] as const;
export type ComplianceArea = (typeof COMPLIANCE_AREAS)[number];
export const COMPLIANCE_AREA_LABELS: Record<ComplianceArea, string> = { dbs: 'DBS', training: 'Training', supervision: 'Supervision' };

export interface AreaStatus {
  state: DueState;
  /** The date it is (or was) due, when there is one. */
  due?: IsoDate;
  /** What a person reads: "Due soon: renewal by 12/01/2027 (in 50 days)". */
  text: string;
  /** Nothing is needed for their roles. */
  notNeeded?: true;
}

const NOT_NEEDED: AreaStatus = { state: 'ok', text: 'Not needed for their roles', notNeeded: true };

function withDue(status: DueStatus, noun: string): AreaStatus {
  const out: AreaStatus = { state: status.state, text: '' };
  if (status.due) out.due = status.due;
  const date = formatUkDate(status.due);
  const when = status.daysLeft === undefined ? '' : ` (${daysInWords(status.daysLeft)})`;
  if (status.state === 'overdue') out.text = `Overdue: ${noun} was due ${date}${when}`;
  else if (status.state === 'due-soon') out.text = `Due soon: ${noun} by ${date}${when}`;
  else out.text = `OK: ${noun} due ${date}`;
  return out;
}

export function dbsStatus(needed: DbsLevel, checks: readonly DbsCheck[], settings: DbsRenewalSettings, today: IsoDate): AreaStatus {
  if (needed === 'none') return NOT_NEEDED;
  const current = currentDbsCheck(checks);
  const want = `${DBS_LEVEL_LABELS[needed].toLowerCase()} check`;
  if (!current) {
    const pending = checks.find((c) => c.decision === 'pending');
    const article = /^[aeiou]/.test(want) ? 'an' : 'a';
    return { state: 'missing', text: pending ? `Missing: ${want} awaiting a decision` : `Missing: needs ${article} ${want}` };
  }
  if (!levelCovers(current.level, needed)) {
    return { state: 'missing', text: `Missing: needs ${DBS_LEVEL_LABELS[needed].toLowerCase()} (has ${DBS_LEVEL_LABELS[current.level].toLowerCase()})` };
  }
  return withDue(dueStatus(dbsRenewalDue(current, settings), today, DBS_WARNING_DAYS), onUpdateService(current) ? 'status check' : 'renewal');
}

export interface CourseStatus {
  courseId: string;
  name: string;
  status: DueStatus;
  /** "Safeguarding adults (expired 01/11/2026)" */
  text: string;
}

/** Each required course: missing until completed; then due by its expiry, if it has one. */
export function courseStatuses(courseIds: readonly string[], records: readonly TrainingRecord[], courses: ReadonlyMap<string, Course>, today: IsoDate): CourseStatus[] {
  return courseIds.map((courseId) => {
    const course = courses.get(courseId);
    const name = course?.name ?? 'A course no longer in the catalogue';
    const mine = records.filter((r) => r.courseId === courseId);
    const done = mine.filter((r) => r.status === 'completed').sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!done) {
      const going = mine.find((r) => r.status === 'in-progress');
      return { courseId, name, status: { state: 'missing' }, text: going ? `${name} (${trainingProgressText(going, course).toLowerCase()})` : name };
    }
    const expiry = trainingExpiry(done, course);
    if (!expiry) return { courseId, name, status: { state: 'ok' }, text: name };
    const status = dueStatus(expiry, today, DBS_WARNING_DAYS);
    const when = status.daysLeft !== undefined ? ` ${daysInWords(status.daysLeft)}` : '';
    const text = status.state === 'overdue' ? `${name} (expired ${formatUkDate(expiry)})` : `${name} (expires ${formatUkDate(expiry)}${status.state === 'due-soon' ? `,${when}` : ''})`;
    return { courseId, name, status, text };
  });
}

export function trainingStatus(courseIds: readonly string[], records: readonly TrainingRecord[], courses: ReadonlyMap<string, Course>, today: IsoDate): AreaStatus {
  if (courseIds.length === 0) return NOT_NEEDED;
  const each = courseStatuses(courseIds, records, courses, today);
  const state = worstState(each.map((c) => c.status.state));
  const dues = each.flatMap((c) => (c.status.due ? [c.status.due] : [])).sort();
  const out: AreaStatus = { state, text: '' };
  if (dues[0]) out.due = dues[0];
  if (state === 'ok') {
    out.text = dues[0] ? `OK: all ${each.length} done; first expiry ${formatUkDate(dues[0])}` : `OK: all ${each.length} done`;
    return out;
  }
  const parts: string[] = [];
  const group = (s: DueState, label: string) => {
    const items = each.filter((c) => c.status.state === s).map((c) => c.text);
    if (items.length) parts.push(`${label}: ${items.join(', ')}`);
  };
  group('overdue', 'Overdue');
  group('missing', 'Missing');
  group('due-soon', 'Due soon');
  out.text = parts.join('. ');
  // The date that matters is the first one not yet dealt with.
  const urgent = each.filter((c) => c.status.state !== 'ok' && c.status.due).map((c) => c.status.due!).sort()[0];
  if (urgent) out.due = urgent;
  return out;
}

export function supervisionStatus(everyWeeks: number | undefined, records: readonly Supervision[], today: IsoDate): AreaStatus {
  if (!everyWeeks) return NOT_NEEDED;
  const next = nextSupervisionDue(records, everyWeeks);
  if (!next) return { state: 'missing', text: `Missing: none recorded (every ${everyWeeks} weeks)` };
  return withDue(dueStatus(next, today, SUPERVISION_WARNING_DAYS), 'next supervision');
}

export interface ComplianceVolunteer {
  id: string;
  name: string;
  sortName: string;
  roles: readonly string[];
}

export interface ComplianceRow {
  volunteerId: string;
  name: string;
  sortName: string;
  roles: string[];
  dbs: AreaStatus;
  training: AreaStatus;
  supervision: AreaStatus;
  /** Overdue or missing in any area. */
  actionNow: boolean;
  /** The earliest due date among the areas not OK. */
  firstDue?: IsoDate;
}

export type ComplianceRuleSettings = Pick<ComplianceSettings, 'roleRequirements' | 'trainingCourses' | 'dbsRenewalMonths' | 'dbsStatusCheckMonths'>;

export function complianceRow(v: ComplianceVolunteer, records: VolunteerRecords, settings: ComplianceRuleSettings, courses: ReadonlyMap<string, Course>, today: IsoDate): ComplianceRow {
  const needs = combinedRequirements(v.roles, settings.roleRequirements);
  const dbs = dbsStatus(needs.dbsLevel, records.dbsChecks, settings, today);
  const training = trainingStatus(needs.courseIds, records.training, courses, today);
  const supervision = supervisionStatus(needs.supervisionEveryWeeks, records.supervision, today);
  const areas = [dbs, training, supervision];
  const row: ComplianceRow = {
    volunteerId: v.id,
    name: v.name,
    sortName: v.sortName,
    roles: [...v.roles],
    dbs,
    training,
    supervision,
    actionNow: areas.some((a) => a.state === 'overdue' || a.state === 'missing'),
  };
  const firstDue = areas.flatMap((a) => (a.state !== 'ok' && a.due ? [a.due] : [])).sort()[0];
  if (firstDue) row.firstDue = firstDue;
  return row;
}

/**
 * Needs something done within `days`: overdue or missing, a DBS check or course due by then,
 * or supervision due soon (in its last week: with 4-weekly supervision a 30-day window would
 * list everyone every month).
 */
export function needsActionWithin(row: ComplianceRow, days: number, today: IsoDate): boolean {
  if (row.actionNow) return true;
  const by = addDaysIso(today, days);
  const soon = (a: AreaStatus) => a.due !== undefined && !a.notNeeded && a.due <= by;
  return soon(row.dbs) || soon(row.training) || row.supervision.state !== 'ok';
}

// One collator for the whole sort: localeCompare with a locale builds one per comparison.
const BY_NAME = new Intl.Collator('en-GB');

/** The states a summary count is of: "DBS: 1 overdue, 0 missing, 3 due soon". */
export const COUNTED_STATES = ['overdue', 'missing', 'due-soon'] as const;
export type CountedState = (typeof COUNTED_STATES)[number];

export interface ComplianceFilter {
  /** Only those needing action within this many days. */
  withinDays?: number | undefined;
  role?: string | undefined;
  /** Only those in this state in this area: exactly the people one summary count counts. */
  area?: ComplianceArea | undefined;
  state?: CountedState | undefined;
}

/** Whether a row is one the filter asks for; the page, its print and its CSV all filter with this. */
export function matchesComplianceFilter(row: ComplianceRow, filter: ComplianceFilter, today: IsoDate): boolean {
  if (filter.role && !row.roles.includes(filter.role)) return false;
  if (filter.area && filter.state && row[filter.area].state !== filter.state) return false;
  return filter.withinDays === undefined || needsActionWithin(row, filter.withinDays, today);
}

/** The row's most urgent state across DBS, training and supervision. */
export function rowState(row: ComplianceRow): DueState {
  return worstState(COMPLIANCE_AREAS.map((a) => row[a].state));
}

/**
 * The date a row sorts by within its state: the first date not yet dealt with, or, for a row
 * all OK, the next date anything falls due (so the next renewal to come is near the top).
 */
function urgencyDate(row: ComplianceRow): IsoDate | undefined {
  return row.firstDue ?? COMPLIANCE_AREAS.flatMap((a) => (row[a].due && !row[a].notNeeded ? [row[a].due] : [])).sort()[0];
}

/**
 * Most urgent first: overdue, then missing, then due soon, then OK; within each, the soonest
 * date first (rows with no date at all after those with one), then surname and first name.
 */
export function byUrgency(a: ComplianceRow, b: ComplianceRow): number {
  const rank = DUE_STATE_RANK[rowState(b)] - DUE_STATE_RANK[rowState(a)];
  if (rank !== 0) return rank;
  const da = urgencyDate(a);
  const db = urgencyDate(b);
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return BY_NAME.compare(a.sortName, b.sortName);
}

export function complianceRows(
  volunteers: readonly ComplianceVolunteer[],
  records: ReadonlyMap<string, VolunteerRecords>,
  settings: ComplianceRuleSettings,
  today: IsoDate,
  filter: ComplianceFilter = {},
): ComplianceRow[] {
  const courses = new Map(settings.trainingCourses.map((c) => [c.id, c]));
  const out: ComplianceRow[] = [];
  for (const v of volunteers) {
    // Skipped before its row is worked out: the cheap test first.
    if (filter.role && !v.roles.includes(filter.role)) continue;
    const row = complianceRow(v, records.get(v.id) ?? NO_RECORDS, settings, courses, today);
    if (matchesComplianceFilter(row, filter, today)) out.push(row);
  }
  return out.sort(byUrgency);
}

export interface ComplianceCounts {
  volunteers: number;
  needsAction: number;
  overdue: Record<ComplianceArea, number>;
  missing: Record<ComplianceArea, number>;
  dueSoon: Record<ComplianceArea, number>;
}

export function complianceCounts(rows: readonly ComplianceRow[], withinDays: number, today: IsoDate): ComplianceCounts {
  const zero = (): Record<ComplianceArea, number> => ({ dbs: 0, training: 0, supervision: 0 });
  const counts: ComplianceCounts = { volunteers: rows.length, needsAction: 0, overdue: zero(), missing: zero(), dueSoon: zero() };
  for (const r of rows) {
    if (needsActionWithin(r, withinDays, today)) counts.needsAction += 1;
    for (const area of COMPLIANCE_AREAS) {
      const s = r[area].state;
      if (s === 'overdue') counts.overdue[area] += 1;
      else if (s === 'missing') counts.missing[area] += 1;
      else if (s === 'due-soon') counts.dueSoon[area] += 1;
    }
  }
  return counts;
}

/** A symbol for each state, printed and shown beside the words (never colour alone). */
export const DUE_STATE_SYMBOLS: Record<DueState, string> = { ok: '✓', 'due-soon': '!', overdue: '✗', missing: '?' };
