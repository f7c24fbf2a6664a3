import type { ProgrammeAttention } from '../../../shared/api';
import { isErased } from '../../../shared/domain/erasure';
import { displayName } from '../../../shared/domain/person';
import type { AppContext } from '../core/context';
import { settingsOf, volunteersById } from '../core/lookups';
import { allProgrammes } from './programme-records';
import { programmeRow } from './programme-views';
import { tripsNeedingBuddy } from './travel-trip-views';

/** Waiting this long for a volunteer is worth a look (issue 13: "longer than 14 days"). */
export const WAITING_DAYS = 14;

/**
 * Open programmes that need the coordinator, for Home, each with why in words: a travel trip
 * in the next 7 days with no buddy, waiting for a match over 14 days, no contact for the set
 * days, at the planned number, or a volunteer who has left. A trip with no buddy first (it
 * has a day), then longest neglected.
 */
export function programmesNeedingAction(ctx: AppContext, today: string): ProgrammeAttention[] {
  const noContactDays = settingsOf(ctx).noContactDays;
  const volunteers = volunteersById(ctx);
  const trips = tripsNeedingBuddy(ctx, today);
  const out: (ProgrammeAttention & { days: number; trip: boolean })[] = [];
  for (const p of allProgrammes(ctx)) {
    if (p.status === 'ended') continue;
    const row = programmeRow(ctx, p, today);
    const why: string[] = [...(trips.get(p.id) ?? [])];
    if (row.daysWaiting !== undefined && row.daysWaiting > WAITING_DAYS) why.push(`waiting for a match for ${row.daysWaiting} days`);
    if (row.status !== 'waiting' && row.status !== 'paused' && row.daysSinceContact >= noContactDays) why.push(`no contact for ${row.daysSinceContact} days`);
    if (row.atPlanned) why.push(`${row.counter}: end or extend?`);
    const volunteer = row.volunteer ? volunteers.get(row.volunteer.id) : undefined;
    if (volunteer && isErased(volunteer)) why.push('their volunteer’s details were erased: choose another volunteer');
    else if (volunteer?.status === 'left') why.push(`${displayName(volunteer)} has left: choose another volunteer`);
    if (why.length > 0) out.push({ id: p.id, href: `/programmes/${p.id}`, memberName: row.member.name, kindName: row.kind.name, why: why.join('; '), days: Math.max(row.daysWaiting ?? 0, row.daysSinceContact), trip: trips.has(p.id) });
  }
  return out.sort((a, b) => Number(b.trip) - Number(a.trip) || b.days - a.days || a.memberName.localeCompare(b.memberName)).map(({ days: _days, trip: _trip, ...rest }) => rest);
}
