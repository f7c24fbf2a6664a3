import type { TripRow } from '../../../shared/api';
import { addDaysIso, formatUkDateLong } from '../../../shared/dates';
import { priceExpenses } from '../../../shared/domain/expenses';
import { displayName } from '../../../shared/domain/person';
import type { TravelTrip } from '../../../shared/domain/travel-trips';
import { complianceKind } from '../../documents';
import type { AppContext } from '../core/context';
import { compact, volunteersById } from '../core/lookups';
import { sessionsOf } from './programme-records';
import { allTrips, tripsOf } from './travel-trip-records';

/** What the programme page's Trips card and Home show of travel trips. */

/** Home looks this many days ahead for trips with no buddy (issue 13: "in the next 7 days"). */
export const TRIP_DAYS_AHEAD = 7;

const when = (t: TravelTrip) => `${t.date} ${t.time}`;

/** Requested trips soonest first, then done and cancelled ones newest first. */
function tripOrder(a: TravelTrip, b: TravelTrip): number {
  const open = (t: TravelTrip) => (t.status === 'requested' ? 0 : 1);
  return open(a) - open(b) || (a.status === 'requested' ? when(a).localeCompare(when(b)) : when(b).localeCompare(when(a)));
}

/** The amount of each mileage line a trip made, priced across its buddy's tax year as their Expenses tab prices it. */
function tripExpensePence(ctx: AppContext, trips: readonly TravelTrip[]): Map<string, number> {
  const wanted = new Set(trips.flatMap((t) => (t.expenseId ? [t.expenseId] : [])));
  const out = new Map<string, number>();
  if (wanted.size === 0) return out;
  const buddies = new Set(trips.flatMap((t) => (t.expenseId && t.volunteerId ? [t.volunteerId] : [])));
  const expenses = ctx.store.get(complianceKind).expenses;
  for (const buddy of buddies) {
    for (const e of priceExpenses(expenses.filter((x) => x.volunteerId === buddy))) if (wanted.has(e.id)) out.set(e.id, e.pence);
  }
  return out;
}

export function tripRows(ctx: AppContext, programmeId: string): TripRow[] {
  const trips = [...tripsOf(ctx, programmeId)].sort(tripOrder);
  const volunteers = volunteersById(ctx);
  const sessionIds = new Set(sessionsOf(ctx, programmeId).map((s) => s.id));
  const pence = tripExpensePence(ctx, trips);
  return trips.map((trip) => {
    const v = trip.volunteerId ? volunteers.get(trip.volunteerId) : undefined;
    return compact<TripRow>({
      trip,
      buddy: v ? { id: v.id, name: displayName(v), left: v.status === 'left' || undefined } : undefined,
      expensePence: trip.expenseId ? pence.get(trip.expenseId) : undefined,
      sessionKept: trip.sessionId !== undefined && sessionIds.has(trip.sessionId),
      expenseKept: trip.expenseId !== undefined && pence.has(trip.expenseId),
    });
  });
}

/**
 * Why each open programme's requested trips from today to 7 days ahead need the coordinator:
 * no buddy yet, or one who has left. By programme, soonest trip first, for Home's
 * one-to-one programmes card (programme-attention.ts).
 */
export function tripsNeedingBuddy(ctx: AppContext, today: string): Map<string, string[]> {
  const until = addDaysIso(today, TRIP_DAYS_AHEAD);
  const volunteers = volunteersById(ctx);
  const soon = allTrips(ctx)
    .filter((t) => t.status === 'requested' && t.date >= today && t.date <= until)
    .sort((a, b) => when(a).localeCompare(when(b)));
  const out = new Map<string, string[]>();
  for (const t of soon) {
    const buddy = t.volunteerId ? volunteers.get(t.volunteerId) : undefined;
    if (buddy && buddy.status !== 'left') continue;
    const trip = `the trip on ${formatUkDateLong(t.date)} at ${t.time} to ${t.appointmentPlace}`;
    const why = buddy ? `${displayName(buddy)} has left: find another buddy for ${trip}` : `no buddy yet for ${trip}`;
    out.set(t.programmeId, [...(out.get(t.programmeId) ?? []), why]);
  }
  return out;
}
