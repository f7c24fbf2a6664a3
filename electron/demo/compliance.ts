import { addMonthsIso } from '../../shared/dates';
import type { ComplianceRecords } from '../../shared/domain/compliance-records';
import { emptyComplianceRecords } from '../../shared/domain/compliance-records';
import type { DbsCheck } from '../../shared/domain/dbs';
import type { Expense } from '../../shared/domain/expenses';
import { combinedRequirements, type RoleRequirement } from '../../shared/domain/role-requirements';
import type { Supervision, SupervisionKind } from '../../shared/domain/supervision';
import type { Course, TrainingRecord } from '../../shared/domain/training';
import type { ManualHours } from '../../shared/domain/volunteer-hours';
import type { Volunteer } from '../../shared/domain/volunteers';
import { dayFromIso, isoFromDay, timestampOn, type DayNumber } from './calendar';
import { weightedPicker, type Random } from './random';

/**
 * Sample DBS checks, training, supervision, hours and expenses. Most active volunteers are
 * in order, and a realistic few are not: a renewal due in the next weeks, one overdue, a
 * course expired, supervision slipped. Dated relative to the demo's "today", so the
 * Compliance page always has something to show, whatever day the sample is loaded.
 */

export interface ComplianceDemoOptions {
  today: DayNumber;
  volunteers: readonly Volunteer[];
  roleRequirements: readonly RoleRequirement[];
  courses: readonly Course[];
}

const COORDINATORS = ['Sam Okafor', 'Jo Turner', 'Priya Shah'];
const SUPERVISORS = ['Sam Okafor', 'Jo Turner', 'Marcus Reid', 'Helen Price'];

type Scenario = 'ok' | 'due-soon' | 'overdue' | 'missing';
const pickDbs = weightedPicker<Scenario | 'update-service'>([
  ['ok', 70],
  ['update-service', 8],
  ['due-soon', 10],
  ['overdue', 6],
  ['missing', 4],
]);
const pickRenewable = weightedPicker<Scenario>([
  ['ok', 83],
  ['due-soon', 8],
  ['overdue', 6],
  ['missing', 3],
]);
const pickSupervision = weightedPicker<Scenario>([
  ['ok', 76],
  ['due-soon', 12],
  ['overdue', 9],
  ['missing', 3],
]);
const pickKind = weightedPicker<SupervisionKind>([
  ['one-to-one', 6],
  ['group', 3],
  ['reflective-practice', 2],
]);

const ACTIVITIES: Record<string, string[]> = {
  'travel-buddy': ['Travel buddy trip', 'Travel buddy: bus to the hospital', 'Travel buddy: first trip to the library'],
  'peer-supporter': ['1-1 peer support session', 'Phone support call'],
  'peer-coach': ['Peer coaching session', 'Coaching session write-up'],
  'newsletter-helper': ['Newsletter: typing up articles', 'Newsletter: folding and posting'],
  admin: ['Office help', 'Phoning members about the summer outing'],
  trustee: ['Trustee meeting', 'Reading papers for the board'],
};

function firstActiveDay(v: Volunteer): DayNumber | undefined {
  const step = v.statusHistory.find((s) => s.status === 'active');
  return step ? (dayFromIso(step.date) ?? undefined) : undefined;
}

export function generateCompliance(random: Random, options: ComplianceDemoOptions): ComplianceRecords {
  const { today } = options;
  const out = emptyComplianceRecords();
  const courses = new Map(options.courses.map((c) => [c.id, c]));
  const stamp = (day: DayNumber) => timestampOn(Math.min(day, today), random.int(9 * 60, 17 * 60), random.int(0, 59));
  const base = (volunteerId: string, day: DayNumber) => {
    const at = stamp(day);
    return { id: random.uuid(), volunteerId, createdAt: at, updatedAt: at };
  };
  const certificate = () => `${String(random.int(0, 999_999)).padStart(6, '0')}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  const isoBefore = (iso: string, months: number) => dayFromIso(addMonthsIso(iso, -months))!;

  for (const v of options.volunteers) {
    const inPipeline = v.status === 'dbs' || v.status === 'training';
    if (v.status !== 'active' && !inPipeline) continue;
    const needs = combinedRequirements(v.roles, options.roleRequirements);
    const started = firstActiveDay(v) ?? dayFromIso(v.statusHistory[0]?.date ?? isoFromDay(today)) ?? today;

    // ----- DBS
    if (needs.dbsLevel !== 'none') {
      const level = needs.dbsLevel;
      const decided = (issue: DayNumber): Pick<DbsCheck, 'decision' | 'decisionBy' | 'decisionDate'> => ({
        decision: 'accepted',
        decisionBy: random.pick(COORDINATORS),
        decisionDate: isoFromDay(Math.min(today, issue + random.int(2, 14))),
      });
      if (inPipeline) {
        if (random.chance(0.6)) {
          const issue = today - random.int(3, 40);
          out.dbsChecks.push({ ...base(v.id, issue), level, certificateNumber: certificate(), issueDate: isoFromDay(issue), decision: 'pending' });
        }
      } else {
        const scenario = pickDbs(random);
        if (scenario === 'update-service') {
          const issue = today - random.int(500, 2400);
          const checkedAgo = random.chance(0.8) ? random.int(20, 300) : random.int(330, 400);
          out.dbsChecks.push({
            ...base(v.id, issue),
            level,
            certificateNumber: certificate(),
            issueDate: isoFromDay(issue),
            updateServiceId: `C${certificate().slice(0, 10)}A`,
            updateServiceConsent: isoFromDay(issue + random.int(1, 20)),
            lastStatusCheck: isoFromDay(today - checkedAgo),
            ...decided(issue),
          });
        } else if (scenario !== 'missing') {
          const dueIn = scenario === 'ok' ? random.int(75, 1000) : scenario === 'due-soon' ? random.int(2, 58) : -random.int(1, 45);
          const issue = isoBefore(isoFromDay(today + dueIn), 36);
          out.dbsChecks.push({ ...base(v.id, issue), level, certificateNumber: certificate(), issueDate: isoFromDay(issue), ...decided(issue) });
        }
      }
    }

    // ----- training
    for (const courseId of needs.courseIds) {
      const course = courses.get(courseId);
      if (!course) continue;
      if (inPipeline) {
        if (random.chance(0.5)) {
          const day = today - random.int(7, 60);
          out.training.push({ ...base(v.id, day), courseId, date: isoFromDay(day), status: 'in-progress', modulesDone: 0, certificateHeld: false, shadowing: [] });
        }
        continue;
      }
      const scenario = course.renewAfterMonths ? pickRenewable(random) : random.chance(0.97) ? 'ok' : 'missing';
      if (scenario === 'missing') continue;
      let day: DayNumber;
      if (course.renewAfterMonths) {
        const dueIn = scenario === 'ok' ? random.int(75, 900) : scenario === 'due-soon' ? random.int(2, 58) : -random.int(1, 60);
        day = isoBefore(isoFromDay(today + dueIn), course.renewAfterMonths);
      } else {
        day = Math.min(today - 7, started - random.int(-60, 120));
      }
      out.training.push({ ...base(v.id, day), courseId, date: isoFromDay(day), status: 'completed', modulesDone: course.modules.length, certificateHeld: random.chance(0.85), shadowing: [] });
    }
    // Some peer workers took the intentional peer support course; a few are part-way through it.
    const ips = courses.get('intentional-peer-support');
    if (ips && (v.roles.includes('peer-supporter') || v.roles.includes('peer-coach')) && random.chance(inPipeline ? 0.6 : 0.3)) {
      const finished = !inPipeline;
      const startDay = finished ? started - random.int(20, 200) : today - random.int(20, 60);
      const sessions = Array.from({ length: random.int(1, 3) }, (_, i) => ({ id: random.uuid(), date: isoFromDay(Math.min(today, startDay + 10 + i * 14)), minutes: 180, note: random.pick(['Sunday drop-in', 'Hearing voices group', 'Ward visit']) }));
      out.training.push({
        ...base(v.id, startDay),
        courseId: ips.id,
        date: isoFromDay(finished ? Math.min(today - 1, startDay + 70) : startDay),
        status: finished ? 'completed' : 'in-progress',
        modulesDone: finished ? ips.modules.length : random.int(1, ips.modules.length - 1),
        certificateHeld: finished,
        shadowing: sessions,
      } satisfies TrainingRecord);
    }

    if (inPipeline) continue;

    // ----- supervision
    if (needs.supervisionEveryWeeks) {
      const gap = needs.supervisionEveryWeeks * 7;
      const scenario = pickSupervision(random);
      if (scenario !== 'missing') {
        let last = today - (scenario === 'ok' ? random.int(0, gap - 8) : scenario === 'due-soon' ? gap - random.int(0, 7) : gap + random.int(1, 30));
        const count = random.int(2, 5);
        for (let i = 0; i < count && last >= started; i++) {
          const kind: SupervisionKind = v.workforceType === 'paid' && i % 2 === 1 ? 'line-management' : pickKind(random);
          out.supervision.push({ ...base(v.id, last), date: isoFromDay(last), kind, supervisor: random.pick(SUPERVISORS), minutes: random.pick([45, 60, 60, 90]) } satisfies Supervision);
          last -= gap + random.int(-3, 3);
        }
      }
    }

    // ----- hours logged by hand, and expenses, over the last year
    const activities = v.roles.flatMap((r) => ACTIVITIES[r] ?? []);
    const travels = v.roles.includes('travel-buddy') || v.roles.includes('peer-coach') || v.roles.includes('peer-supporter');
    const from = Math.max(started, today - 365);
    if (activities.length > 0) {
      for (let day = from + random.int(0, 20); day <= today; day += random.int(12, 40)) {
        out.hours.push({ ...base(v.id, day), date: isoFromDay(day), activity: random.pick(activities), minutes: random.pick([60, 90, 120, 150, 180, 240]) } satisfies ManualHours);
        if (travels && random.chance(0.6)) {
          const claimed = today - day;
          const approved = claimed > 20 ? isoFromDay(day + random.int(3, 10)) : undefined;
          const paid = claimed > 35 ? isoFromDay(day + random.int(12, 30)) : undefined;
          const mileage = random.chance(0.7);
          const expense: Expense = mileage
            ? { ...base(v.id, day), date: isoFromDay(day), kind: 'mileage', description: random.pick(['Travel buddy trip', 'Visit to a member', 'To the group venue']), miles: random.int(4, 60), passengers: random.chance(0.25) ? 1 : 0, receiptHeld: false }
            : { ...base(v.id, day), date: isoFromDay(day), kind: 'fares', description: random.pick(['Bus fare', 'Train to the hospital', 'Tram fare']), amountPence: random.int(2, 18) * 50 + random.pick([0, 20, 40]), receiptHeld: random.chance(0.8) };
          if (approved) expense.approvedDate = approved;
          if (paid) expense.paidDate = paid;
          out.expenses.push(expense);
        }
      }
    }
  }
  return out;
}
