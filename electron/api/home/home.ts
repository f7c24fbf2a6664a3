import type { HandlerMap, SetUpSteps } from '../../../shared/api';
import { settingsOf } from '../core/lookups';
import { addDaysIso, mondayOf, todayIso } from '../../../shared/dates';
import { registerWanted } from '../../../shared/domain/group-sessions';
import { overdueLoanRows } from '../../../shared/domain/member-loans';
import { isErased } from '../../../shared/domain/erasure';
import { groupsKind, membersKind, referralsKind } from '../../documents';
import type { AppContext } from '../core/context';
import { complianceOverview } from '../compliance/compliance-views';
import { groupSummary } from '../groups/groups';
import { questionnairesDue } from '../outcomes/outcome-due';
import { programmesNeedingAction } from '../programmes/programme-attention';
import { breachesToReport } from '../privacy/breaches';
import { subjectAccessDue } from '../privacy/subject-access';
import { referralRow } from '../referrals/referrals';
import { weekSessions } from '../sessions/sessions';

const REGISTERS_DUE_WEEKS = 8;

export const homeHandlers: HandlerMap<AppContext>['home'] = {
  async thisWeek(_input, ctx) {
    const today = todayIso(ctx.now());
    const weekStart = mondayOf(today);
    const week = weekSessions(ctx, weekStart);
    const past = weekSessions(ctx, addDaysIso(today, -REGISTERS_DUE_WEEKS * 7), REGISTERS_DUE_WEEKS * 7);
    const groups = ctx.store.get(groupsKind).groups.filter((g) => !g.archived);
    const settings = settingsOf(ctx);
    const counts = ctx.store.counts();
    const { venues } = ctx.store.get(groupsKind);
    const erasedMembers = new Set(ctx.store.get(membersKind).members.filter(isErased).map((m) => m.id));
    const steps: SetUpSteps = {
      yourName: Boolean(settings.yourName),
      organisation: Boolean(settings.organisationName),
      venue: venues.length > 0,
      group: groups.length > 0,
      people: (counts.volunteers ?? 0) + (counts.members ?? 0) > 0,
    };
    return Promise.resolve({
      ...(Object.values(steps).every(Boolean) ? {} : { setUp: steps }),
      today,
      weekStart,
      sessionsToday: week.filter((s) => s.date === today),
      sessionsThisWeek: week.filter((s) => s.date !== today),
      referralsOverTarget: ctx.store
        .get(referralsKind)
        // A referral of an erased member has no one left to assess.
        .referrals.filter((r) => r.outcome === 'open' && !(r.memberId && erasedMembers.has(r.memberId)))
        .map((r) => referralRow(r, today))
        .filter((r) => r.overTarget)
        .sort((a, b) => b.daysWaiting - a.daysWaiting),
      placesToOffer: groups.map((g) => groupSummary(ctx, g, today)).filter((g) => (g.freePlaces ?? 0) > 0 && g.waitingCount > 0),
      registersDue: past.filter(registerWanted).reverse(),
      complianceNeedsAction: complianceOverview(ctx, {}).counts.needsAction,
      devicesOverdue: overdueLoanRows(ctx.store.get(membersKind).members, today),
      programmesNeedingAction: programmesNeedingAction(ctx, today),
      questionnairesDue: questionnairesDue(ctx),
      breachesToReport: breachesToReport(ctx),
      subjectAccessDue: subjectAccessDue(ctx, today),
    });
  },
};
