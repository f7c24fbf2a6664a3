import type { ComplianceFilterInput, ComplianceOverview, VolunteerCompliance } from '../../../shared/api';
import { todayIso } from '../../../shared/dates';
import { complianceCounts, complianceRow, complianceRows, courseStatuses, matchesComplianceFilter, type ComplianceVolunteer } from '../../../shared/domain/compliance';
import { recordsByVolunteer } from '../../../shared/domain/compliance-records';
import { currentDbsCheck, dbsRenewalDue } from '../../../shared/domain/dbs';
import { priceExpenses } from '../../../shared/domain/expenses';
import { sessionVolunteerTime } from '../../../shared/domain/report-hours';
import { combinedRequirements } from '../../../shared/domain/role-requirements';
import { nextSupervisionDue } from '../../../shared/domain/supervision';
import { trainingExpiry, trainingProgressText, type Course } from '../../../shared/domain/training';
import { manualTimeEntries, summariseHours, trainingTimeEntries } from '../../../shared/domain/volunteer-hours';
import { displayName, sortName, type Volunteer } from '../../../shared/domain/volunteers';
import { complianceKind, volunteersKind } from '../../documents';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { allStoredSessions, settingsOf } from '../core/lookups';
import { oneToOneTime } from '../programmes/programme-hours';
import { findVolunteer } from '../volunteers/volunteer-records';
import { isErased } from '../../../shared/domain/erasure';

/** What the Compliance page and a volunteer's DBS, Training, Supervision, Hours and Expenses tabs show. */

export function complianceVolunteer(v: Volunteer): ComplianceVolunteer {
  return { id: v.id, name: displayName(v), sortName: sortName(v), roles: v.roles };
}

export function activeVolunteers(ctx: AppContext): ComplianceVolunteer[] {
  return ctx.store
    .get(volunteersKind)
    // An erased placeholder keeps its status for past counts, but has no checks to chase.
    .volunteers.filter((v) => v.status === 'active' && !isErased(v))
    .map(complianceVolunteer);
}

export const NEEDS_ACTION_DAYS = 30;

export function complianceOverview(ctx: AppContext, filter: ComplianceFilterInput): ComplianceOverview {
  const today = todayIso(ctx.now());
  const settings = settingsOf(ctx);
  const volunteers = activeVolunteers(ctx);
  // Kept until a compliance record changes: the page is opened far more often than records are saved.
  const records = cached(ctx, 'complianceRecordsByVolunteer', [complianceKind], () => recordsByVolunteer(ctx.store.get(complianceKind)));
  const all = complianceRows(volunteers, records, settings, today);
  const counts = complianceCounts(all, filter.withinDays ?? NEEDS_ACTION_DAYS, today);
  // Filtered from the rows already worked out, rather than working them out again.
  const rows = all.filter((r) => matchesComplianceFilter(r, filter, today));
  return { today, activeCount: volunteers.length, rows, counts };
}

export function courseMap(courses: readonly Course[]): Map<string, Course> {
  return new Map(courses.map((c) => [c.id, c]));
}

const newestFirst = <T extends { date: string; createdAt: string }>(a: T, b: T) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

export function volunteerCompliance(ctx: AppContext, volunteerId: string): VolunteerCompliance {
  const v = findVolunteer(ctx, volunteerId);
  const today = todayIso(ctx.now());
  const settings = settingsOf(ctx);
  const doc = ctx.store.get(complianceKind);
  const mine = <T extends { volunteerId: string }>(list: readonly T[]) => list.filter((r) => r.volunteerId === volunteerId);
  const records = { dbsChecks: mine(doc.dbsChecks), training: mine(doc.training), supervision: mine(doc.supervision) };
  const courses = courseMap(settings.trainingCourses);
  const needs = combinedRequirements(v.roles, settings.roleRequirements);
  const current = currentDbsCheck(records.dbsChecks);
  const manualHours = mine(doc.hours).sort(newestFirst);

  const sessions = allStoredSessions(ctx).filter((s) => s.register?.facilitatorsPresent.includes(volunteerId));
  const entries = [
    ...sessionVolunteerTime(sessions, settings.prepMinutes).filter((e) => e.volunteerId === volunteerId),
    ...oneToOneTime(ctx, volunteerId),
    ...manualTimeEntries(manualHours),
    ...(settings.trainingHoursCount ? trainingTimeEntries(records.training, courses) : []),
  ];
  const expenses = priceExpenses(mine(doc.expenses)).sort(newestFirst);
  const nextSupervision = nextSupervisionDue(records.supervision, needs.supervisionEveryWeeks);

  const view: VolunteerCompliance = {
    volunteerId,
    name: displayName(v),
    status: v.status,
    roles: v.roles,
    today,
    requirements: {
      dbsLevel: needs.dbsLevel,
      courses: needs.courseIds.map((id) => ({ id, name: courses.get(id)?.name ?? 'A course no longer in the catalogue' })),
      ...(needs.supervisionEveryWeeks ? { supervisionEveryWeeks: needs.supervisionEveryWeeks } : {}),
    },
    row: complianceRow(complianceVolunteer(v), records, settings, courses, today),
    dbsChecks: records.dbsChecks
      .map((c) => ({ ...c, renewalDue: dbsRenewalDue(c, settings), current: c.id === current?.id }))
      .sort((a, b) => b.issueDate.localeCompare(a.issueDate)),
    training: records.training
      .map((r) => {
        const course = courses.get(r.courseId);
        const expiryDue = trainingExpiry(r, course);
        return { ...r, courseName: course?.name ?? 'A course no longer in the catalogue', progressText: trainingProgressText(r, course), ...(expiryDue ? { expiryDue } : {}) };
      })
      .sort(newestFirst),
    courseStatuses: courseStatuses(needs.courseIds, records.training, courses, today),
    supervision: records.supervision.sort(newestFirst),
    manualHours,
    hours: summariseHours(entries, settings.rates, settings.volunteerRateName),
    trainingHoursCount: settings.trainingHoursCount,
    expenses,
    expenseMonths: [...new Set(expenses.map((e) => e.date.slice(0, 7)))].sort().reverse(),
    overrides: mine(doc.activationOverrides).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt)),
  };
  if (nextSupervision) view.nextSupervision = nextSupervision;
  return view;
}
