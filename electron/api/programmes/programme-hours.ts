import { programmeVolunteerTime, type OneToOneSession, type VolunteerTimeEntry } from '../../../shared/domain/report-hours';
import { programmesKind, settingsKind } from '../../documents';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';
import { settingsOf } from '../core/lookups';
import { allProgrammes, allProgrammeSessions, kindOf } from './programme-records';

/**
 * Volunteer time from one-to-one sessions, worked out from the session log the same way for
 * a volunteer's Hours tab and hours letter as for anything else that totals hours: each
 * attended session's length for the volunteer who met the member, plus the travel time in
 * Settings, for kinds that count for hours (shared/domain/report-hours.ts).
 */

/** Programme id → its kind (id and whether it counts for hours), kept until a programme or Settings change. */
export function kindsByProgramme(ctx: AppContext): ReadonlyMap<string, { id: string; countsForHours: boolean }> {
  return cached(ctx, 'kindsByProgramme', [programmesKind, settingsKind], () => {
    const out = new Map<string, { id: string; countsForHours: boolean }>();
    for (const p of allProgrammes(ctx)) {
      const kind = kindOf(ctx, p.kindId);
      out.set(p.id, { id: kind.id, countsForHours: kind.countsForHours });
    }
    return out;
  });
}

/** Every logged one-to-one session, or only those one volunteer took, from every year. */
export function oneToOneSessions(ctx: AppContext, volunteerId?: string): OneToOneSession[] {
  const all = allProgrammeSessions(ctx);
  return volunteerId === undefined ? all : all.filter((s) => s.volunteerId === volunteerId);
}

/** The time entries one-to-one sessions give: one volunteer's, or everyone's. */
export function oneToOneTime(ctx: AppContext, volunteerId?: string): VolunteerTimeEntry[] {
  return programmeVolunteerTime(oneToOneSessions(ctx, volunteerId), kindsByProgramme(ctx), settingsOf(ctx).oneToOneTravelMinutes);
}
