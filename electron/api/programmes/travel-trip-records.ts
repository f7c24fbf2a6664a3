import { compact } from '../../../shared/compact';
import type { TravelTrip } from '../../../shared/domain/travel-trips';
import { ApiError } from '../../../shared/errors';
import { travelTripRecords, travelTripsKind } from '../../documents';
import type { Transaction } from '../../store';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';

/** Reads of travel trips, and what deleting a programme or a volunteer does to them. */

export function allTrips(ctx: AppContext): readonly TravelTrip[] {
  return ctx.store.get(travelTripsKind).trips;
}

export function findTrip(ctx: AppContext, id: string): TravelTrip {
  const t = ctx.store.record(travelTripRecords, id);
  if (!t) throw new ApiError('NOT_FOUND', 'That trip is no longer on record. It may have been deleted.');
  return t;
}

const NONE: readonly TravelTrip[] = [];

/** Trips by programme, kept until the trips change. */
function byProgramme(ctx: AppContext): ReadonlyMap<string, readonly TravelTrip[]> {
  return cached(ctx, 'travelTripsByProgramme', [travelTripsKind], () => {
    const out = new Map<string, TravelTrip[]>();
    for (const t of allTrips(ctx)) {
      const list = out.get(t.programmeId);
      if (list) list.push(t);
      else out.set(t.programmeId, [t]);
    }
    return out;
  });
}

export function tripsOf(ctx: AppContext, programmeId: string): readonly TravelTrip[] {
  return byProgramme(ctx).get(programmeId) ?? NONE;
}

/** A programme's trips go with it (its sessions and the mileage lines are removed or kept by their own owners). */
export function removeProgrammeTrips(tx: Transaction, ctx: AppContext, programmeId: string): void {
  for (const t of tripsOf(ctx, programmeId)) tx.remove(travelTripRecords, t);
}

/**
 * A deleted volunteer is no longer the buddy of any trip still to happen: those trips show on
 * Home as needing one. Done trips keep the id, as logged sessions do.
 */
export function clearDeletedBuddy(tx: Transaction, ctx: AppContext, volunteerId: string): void {
  const at = ctx.now().toISOString();
  for (const t of allTrips(ctx)) {
    if (t.status === 'requested' && t.volunteerId === volunteerId) tx.put(travelTripRecords, compact<TravelTrip>({ ...t, volunteerId: undefined, updatedAt: at }), { replaces: t });
  }
}
