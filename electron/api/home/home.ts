import type { HandlerMap } from '../../../shared/api';
import { addDaysIso, mondayOf, todayIso } from '../../../shared/dates';
import { groupsKind, referralsKind } from '../../documents';
import type { AppContext } from '../core/context';
import { complianceOverview } from '../compliance/compliance-views';
import { groupSummary } from '../groups/groups';
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
    return Promise.resolve({
      today,
      weekStart,
      sessionsToday: week.filter((s) => s.date === today),
      sessionsThisWeek: week.filter((s) => s.date !== today),
      referralsOverTarget: ctx.store
        .get(referralsKind)
        .referrals.filter((r) => r.outcome === 'open')
        .map((r) => referralRow(r, today))
        .filter((r) => r.overTarget)
        .sort((a, b) => b.daysWaiting - a.daysWaiting),
      placesToOffer: groups.map((g) => groupSummary(ctx, g, today)).filter((g) => (g.freePlaces ?? 0) > 0 && g.waitingCount > 0),
      registersDue: past.filter((s) => !s.cancelled && !s.register).reverse(),
      complianceNeedsAction: complianceOverview(ctx, {}).counts.needsAction,
    });
  },
};
