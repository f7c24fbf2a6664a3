import { z } from 'zod';
import { method } from '../contract';
import { tripDoneInputSchema, tripInputSchema, type TravelTrip } from '../domain/travel-trips';
import { id } from './common';
import type { PersonName, ProgrammeDetail, Suggestions } from './programme-views';

/**
 * Travel buddy trips of a programme: request, find a buddy, mark done. Joined onto the
 * programmes area (shared/contracts/programmes.ts), so they are `api.programmes.requestTrip`…
 */

/** A trip as the programme page shows it. */
export interface TripRow {
  trip: TravelTrip;
  /** The buddy for this trip; `left` when they have left since (the trip needs another). */
  buddy?: PersonName & { left?: boolean };
  /** Done with miles: the mileage line's amount in pence, priced across the buddy's tax year; absent when it has been deleted since. */
  expensePence?: number;
  /** Done: whether the session and the mileage line it made are still on record (either may be deleted in its own place). */
  sessionKept: boolean;
  expenseKept: boolean;
}

/** What a change to a trip returns: the programme's trips, and the programme (its counter moves when a trip is done). */
export interface TripsView {
  trips: TripRow[];
  detail: ProgrammeDetail;
}

/** "Find a buddy": the suggestions for the trip's time of the week. */
export interface BuddySuggestions extends Suggestions {
  /** "Tuesday mornings": when the buddy must be free. */
  slot: string;
}

export const travelTripsApi = {
  /** A programme's trips: upcoming requests first (soonest first), then the rest newest first. */
  trips: method(z.object({ programmeId: id })).returns<TripRow[]>(),
  requestTrip: method(z.object({ programmeId: id, trip: tripInputSchema })).returns<TripsView>(),
  updateTrip: method(z.object({ id, trip: tripInputSchema })).returns<TripsView>(),
  /** Requested trips only: a done trip's session and mileage line are deleted in their own places. */
  cancelTrip: method(z.object({ id })).returns<TripsView>(),
  findBuddy: method(z.object({ id })).returns<BuddySuggestions>(),
  setTripBuddy: method(z.object({ id, volunteerId: id })).returns<TripsView>(),
  /** One commit: the trip done, an attended session logged, and the buddy's mileage line when miles are given. */
  tripDone: method(z.object({ id, done: tripDoneInputSchema })).returns<TripsView>(),
};
