import type { DueLine, QuestionnaireDue } from '../../../shared/api';
import { addDaysIso, todayIso } from '../../../shared/dates';
import type { Group } from '../../../shared/domain/groups';
import type { Completion } from '../../../shared/domain/outcome-completions';
import { isErased } from '../../../shared/domain/erasure';
import { dueFor, dueLabel, dueWhat, ENDED_RECENTLY_DAYS, type DueSituation } from '../../../shared/domain/outcome-due';
import type { MeasurePlan } from '../../../shared/domain/outcome-plans';
import { displayName } from '../../../shared/domain/person';
import type { Programme } from '../../../shared/domain/programmes';
import { groupsKind } from '../../documents';
import type { AppContext } from '../core/context';
import { allStoredSessions, membersById } from '../core/lookups';
import { allProgrammes, kindOf, sessionsOf } from '../programmes/programme-records';
import { isArchivedMeasure, measureOf, memberCompletions } from './completion-records';
import { placeOf } from './outcome-views';

/**
 * Who is due a questionnaire today: members of matched and active programmes whose kind asks
 * one, programmes ended in the last eight weeks without their closing one, and the current
 * members of groups that ask one. Waiting and paused programmes have no session coming to
 * ask at, so they are left out until they start again.
 */

function programmeSituation(ctx: AppContext, p: Programme): DueSituation {
  const attendedDates = sessionsOf(ctx, p.id)
    .filter((s) => s.outcome === 'attended')
    .map((s) => s.date);
  const s: DueSituation = { startDate: p.startDate, attendedDates, planned: p.plannedSessions, ended: p.status === 'ended' };
  if (p.ending) s.endDate = p.ending.date;
  return s;
}

function groupSituation(ctx: AppContext, g: Group, memberId: string, joined: string, today: string, needsSessions: boolean): DueSituation {
  // Registers are read only when a plan counts sessions: most group plans count weeks.
  const attendedDates = needsSessions
    ? allStoredSessions(ctx, g.id)
        .filter((s) => s.date >= joined && !s.cancelled && s.register?.marks[memberId] === 'present')
        .map((s) => s.date)
        .sort()
    : [];
  const endDate = g.schedule.frequency === 'once' ? g.schedule.startDate : g.schedule.endDate;
  const s: DueSituation = { startDate: joined, attendedDates, planned: null, ended: endDate !== undefined && endDate < today };
  if (endDate !== undefined) s.endDate = endDate;
  return s;
}

export function dueLines(ctx: AppContext): DueLine[] {
  const today = todayIso(ctx.now());
  const endedSince = addDaysIso(today, -ENDED_RECENTLY_DAYS);
  const members = membersById(ctx);
  const out: DueLine[] = [];
  // Each member's answers are read once, however many programmes and groups ask them.
  const answers = new Map<string, readonly Completion[]>();
  const answersOf = (memberId: string) => {
    let list = answers.get(memberId);
    if (!list) answers.set(memberId, (list = memberCompletions(ctx, memberId)));
    return list;
  };

  const add = (memberId: string, plans: readonly MeasurePlan[], situation: () => DueSituation, where: Pick<Completion, 'programmeId' | 'groupId'>) => {
    const member = members.get(memberId);
    const place = placeOf(ctx, where);
    // An erased placeholder is asked nothing: there is no one to ask.
    if (!member || isErased(member) || !place) return;
    let s: DueSituation | undefined;
    for (const plan of plans) {
      const measure = measureOf(ctx, plan.measureId);
      if (!measure || isArchivedMeasure(ctx, plan.measureId)) continue;
      const asked = answersOf(memberId).filter((c) => c.measureId === plan.measureId && c.programmeId === where.programmeId && c.groupId === where.groupId);
      const due = dueFor(plan, (s ??= situation()), asked, today);
      if (due) out.push({ memberId, memberName: displayName(member), measure: { id: measure.id, name: measure.name, shortName: measure.shortName }, place, due, label: dueLabel(due) });
    }
  };

  for (const p of allProgrammes(ctx)) {
    const plans = kindOf(ctx, p.kindId).measures;
    if (!plans?.length) continue;
    const open = p.status === 'matched' || p.status === 'active';
    const endedLately = p.status === 'ended' && p.ending !== undefined && p.ending.date >= endedSince;
    if (open || endedLately) add(p.memberId, plans, () => programmeSituation(ctx, p), { programmeId: p.id });
  }

  for (const g of ctx.store.get(groupsKind).groups) {
    const plans = g.measures;
    if (g.archived || !plans?.length) continue;
    const needsSessions = plans.some((p) => p.every?.unit === 'sessions');
    for (const spell of g.roster) {
      if (spell.joined > today || (spell.left !== undefined && spell.left <= today)) continue;
      add(spell.memberId, plans, () => groupSituation(ctx, g, spell.memberId, spell.joined, today, needsSessions), { groupId: g.id });
    }
  }
  return out.sort((a, b) => a.memberName.localeCompare(b.memberName, 'en-GB') || a.measure.shortName.localeCompare(b.measure.shortName, 'en-GB'));
}

/** Home's "Questionnaires due" card: the due list worded, so Home's first screen loads no outcome code. */
export function questionnairesDue(ctx: AppContext): QuestionnaireDue[] {
  return dueLines(ctx).map((d) => ({
    id: `${d.memberId}|${d.place.id}|${d.measure.id}`,
    href: `/members/${d.memberId}/outcomes`,
    memberName: d.memberName,
    kindName: d.place.name,
    why: dueWhat(d.measure.shortName, d.due),
  }));
}
