import { randomUUID } from 'node:crypto';
import type { HandlerMap, TripsView } from '../../../shared/api';
import { addDaysIso, formatUkDate, todayIso } from '../../../shared/dates';
import type { Expense } from '../../../shared/domain/expenses';
import { displayName } from '../../../shared/domain/person';
import { slotPlural, suggestVolunteers } from '../../../shared/domain/programme-matching';
import { currentMatch, type Programme, type ProgrammeSession } from '../../../shared/domain/programmes';
import { dayPartOf, kindHasTrips, tripExpenseDescription, tripSlot, type TravelTrip } from '../../../shared/domain/travel-trips';
import { ApiError } from '../../../shared/errors';
import { expenseRecords, programmeRecords, programmeSessionRecords, travelTripRecords, volunteerRecords } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, volunteersById } from '../core/lookups';
import { findProgramme, kindOf } from './programme-records';
import { programmeDetail } from './programme-views';
import { activatedBy, checkSessionDate } from './session-rules';
import { matchCandidates } from './suggest';
import { allTrips, findTrip } from './travel-trip-records';
import { tripRows } from './travel-trip-views';

/**
 * Travel buddy trips: "Request a travel buddy", "Find a buddy", "Mark trip done". Each action
 * is one commit with its audit entry; the audit never names the appointment place or the
 * pick-up address (they say where the member goes and lives).
 *
 * Marking a trip done is one commit holding the trip, an attended session of its programme
 * (so the counter, the buddy's hours and the reports count it) and, when miles are given, the
 * buddy's mileage line. A done trip cannot be cancelled or changed: the session and the
 * mileage line are real records by then, deleted in their own places if it never happened.
 */

const invalid = (field: string, message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });

/** Trips may be booked up to a year ahead; further is almost always a typo in the year. */
const MAX_DAYS_AHEAD = 366;

function view(ctx: AppContext, programmeId: string): TripsView {
  return { trips: tripRows(ctx, programmeId), detail: programmeDetail(ctx, programmeId) };
}

function checkCanHaveTrips(ctx: AppContext, p: Programme): void {
  if (p.status === 'ended') throw new ApiError('CONFLICT', 'This programme has ended. Reopen it to request a trip.');
  const kind = kindOf(ctx, p.kindId);
  if (!kindHasTrips(kind)) throw new ApiError('CONFLICT', `${kind.name} programmes have no travel buddy trips. Tick "Has travel buddy trips" for it in Settings → Programme kinds.`);
}

function checkTripDate(p: Programme, date: string, today: string): void {
  if (date < p.startDate) throw invalid('trip.date', `A trip can't be before the programme started on ${formatUkDate(p.startDate)}`);
  if (date > addDaysIso(today, MAX_DAYS_AHEAD)) throw invalid('trip.date', `Enter a date within the next year, by ${formatUkDate(addDaysIso(today, MAX_DAYS_AHEAD))}`);
}

function requested(trip: TravelTrip, what: string): void {
  if (trip.status === 'done') throw new ApiError('CONFLICT', `This trip is done, so it can't be ${what}. Its session and any mileage line are kept: delete them in the session log and the buddy's Expenses if it did not happen.`);
  if (trip.status === 'cancelled') throw new ApiError('CONFLICT', `This trip was cancelled, so it can't be ${what}. Request a new trip instead.`);
}

/** The buddy the programme has now, unless they have left. */
function defaultBuddy(ctx: AppContext, p: Programme): string | undefined {
  const id = currentMatch(p)?.volunteerId;
  const v = id ? volunteersById(ctx).get(id) : undefined;
  return v && v.status !== 'left' ? v.id : undefined;
}

/** "Already on a trip on Tuesday mornings, 10/03/2026 at 09:30": another trip of theirs in the same part of the same day. */
function busyThen(ctx: AppContext, trip: TravelTrip): Map<string, string> {
  const part = dayPartOf(trip.time);
  const out = new Map<string, string>();
  for (const t of allTrips(ctx)) {
    if (t.id === trip.id || t.status !== 'requested' || !t.volunteerId || t.date !== trip.date || dayPartOf(t.time) !== part) continue;
    out.set(t.volunteerId, `Already on a trip on ${formatUkDate(t.date)} at ${t.time}`);
  }
  return out;
}

export const tripHandlers: Pick<HandlerMap<AppContext>['programmes'], 'trips' | 'requestTrip' | 'updateTrip' | 'cancelTrip' | 'findBuddy' | 'setTripBuddy' | 'tripDone'> = {
  async trips({ programmeId }, ctx) {
    findProgramme(ctx, programmeId);
    return Promise.resolve(tripRows(ctx, programmeId));
  },

  async requestTrip({ programmeId, trip }, ctx) {
    const p = findProgramme(ctx, programmeId);
    checkCanHaveTrips(ctx, p);
    checkTripDate(p, trip.date, todayIso(ctx.now()));
    const at = ctx.now().toISOString();
    const record = compact<TravelTrip>({ id: randomUUID(), createdAt: at, updatedAt: at, programmeId, ...trip, volunteerId: defaultBuddy(ctx, p), status: 'requested' });
    await commit(ctx, { action: 'create', entity: 'travel-trip', entityId: record.id, summary: `Requested a travel buddy for ${formatUkDate(trip.date)}` }, (tx) =>
      tx.put(travelTripRecords, record, { replaces: null }),
    );
    return view(ctx, programmeId);
  },

  async updateTrip({ id, trip }, ctx) {
    const before = findTrip(ctx, id);
    requested(before, 'changed');
    const p = findProgramme(ctx, before.programmeId);
    checkCanHaveTrips(ctx, p);
    checkTripDate(p, trip.date, todayIso(ctx.now()));
    // Spelled out so a cleared access note goes rather than the old one staying.
    const after = compact<TravelTrip>({ ...before, ...trip, accessNotes: trip.accessNotes, updatedAt: ctx.now().toISOString() });
    await commit(ctx, { action: 'update', entity: 'travel-trip', entityId: id, summary: `Changed the trip of ${formatUkDate(before.date)}` }, (tx) => tx.put(travelTripRecords, after, { replaces: before }));
    return view(ctx, p.id);
  },

  async cancelTrip({ id }, ctx) {
    const before = findTrip(ctx, id);
    requested(before, 'cancelled');
    const today = todayIso(ctx.now());
    const after: TravelTrip = { ...before, status: 'cancelled', cancelledOn: today, updatedAt: ctx.now().toISOString() };
    await commit(ctx, { action: 'status', entity: 'travel-trip', entityId: id, summary: `Cancelled the trip of ${formatUkDate(before.date)}` }, (tx) => tx.put(travelTripRecords, after, { replaces: before }));
    return view(ctx, before.programmeId);
  },

  async findBuddy({ id }, ctx) {
    const trip = findTrip(ctx, id);
    requested(trip, 'given a buddy');
    const p = findProgramme(ctx, trip.programmeId);
    const slot = tripSlot(trip.date, trip.time);
    if (!slot) throw new ApiError('CONFLICT', 'This trip has no real date. Change the trip first.');
    const { member, candidates, leftOut } = matchCandidates(ctx, p, { keepCurrent: true });
    const busy = busyThen(ctx, trip);
    const free = candidates.filter((c) => {
      const why = c.id === trip.volunteerId ? 'The buddy for this trip now' : busy.get(c.id);
      if (why) leftOut.push({ volunteer: { id: c.id, name: c.name }, why });
      return why === undefined;
    });
    const result = suggestVolunteers(member, free, { slot });
    return Promise.resolve({ slot: slotPlural(slot), suggested: result.suggested, leftOut: [...leftOut, ...result.leftOut] });
  },

  async setTripBuddy({ id, volunteerId }, ctx) {
    const before = findTrip(ctx, id);
    requested(before, 'given a buddy');
    const p = findProgramme(ctx, before.programmeId);
    const kind = kindOf(ctx, p.kindId);
    // Said in words, not against a field: "Find a buddy" has none to point at.
    const v = ctx.store.record(volunteerRecords, volunteerId);
    if (!v) throw new ApiError('CONFLICT', 'That volunteer is no longer on record. Choose another.');
    if (v.status !== 'active') throw new ApiError('CONFLICT', `${displayName(v)} is not an active volunteer. Choose another.`);
    if (!v.roles.some((r) => kind.roles.includes(r))) throw new ApiError('CONFLICT', `${displayName(v)} has no role that may deliver ${kind.name}. Choose another.`);
    const after: TravelTrip = { ...before, volunteerId, updatedAt: ctx.now().toISOString() };
    await commit(ctx, { action: 'update', entity: 'travel-trip', entityId: id, summary: `Chose a buddy for the trip of ${formatUkDate(before.date)}` }, (tx) => tx.put(travelTripRecords, after, { replaces: before }));
    return view(ctx, p.id);
  },

  async tripDone({ id, done }, ctx) {
    const before = findTrip(ctx, id);
    requested(before, 'marked done again');
    const p = findProgramme(ctx, before.programmeId);
    const today = todayIso(ctx.now());
    // As "Log a session" checks its date, said here without a date field to point at.
    if (before.date > today) throw new ApiError('CONFLICT', `This trip is on ${formatUkDate(before.date)}: mark it done on the day or after.`);
    if (p.ending && before.date > p.ending.date) throw new ApiError('CONFLICT', `The programme ended on ${formatUkDate(p.ending.date)}, before this trip: reopen it to mark the trip done.`);
    checkSessionDate(p, before.date, today);
    const buddyId = before.volunteerId;
    const buddy = buddyId ? ctx.store.record(volunteerRecords, buddyId) : undefined;
    if (!buddyId || !buddy) throw new ApiError('CONFLICT', 'Choose a buddy for this trip first ("Find a buddy"): the session and any mileage are theirs.');

    const at = ctx.now().toISOString();
    const session = compact<ProgrammeSession>({
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      programmeId: p.id,
      volunteerId: buddyId,
      date: before.date,
      startTime: before.time,
      minutes: done.minutes,
      mode: 'out-and-about',
      where: before.appointmentPlace,
      outcome: 'attended',
      note: before.returnJourney ? 'Travel buddy trip, there and back' : 'Travel buddy trip',
    });
    const expense: Expense | undefined =
      done.miles === undefined
        ? undefined
        : { id: randomUUID(), volunteerId: buddyId, createdAt: at, updatedAt: at, date: before.date, kind: 'mileage', description: tripExpenseDescription(before.appointmentPlace), miles: done.miles, receiptHeld: false };
    const after = compact<TravelTrip>({ ...before, status: 'done', minutes: done.minutes, miles: done.miles, sessionId: session.id, expenseId: expense?.id, updatedAt: at });
    const activated = activatedBy(p, session, at);
    const audit = [
      { action: 'status' as const, entity: 'travel-trip', entityId: id, summary: `Marked the trip of ${formatUkDate(before.date)} done: session logged${expense ? `, ${done.miles} miles claimed` : ''}` },
      ...(expense ? [{ action: 'create' as const, entity: 'volunteer', entityId: buddyId, summary: 'Added an expense (travel buddy mileage)' }] : []),
    ];
    await commit(ctx, audit, (tx) => {
      tx.put(travelTripRecords, after, { replaces: before });
      tx.put(programmeSessionRecords, session, { replaces: null });
      if (expense) tx.put(expenseRecords, expense, { replaces: null });
      if (activated) tx.put(programmeRecords, activated, { replaces: p });
    });
    return view(ctx, p.id);
  },
};
