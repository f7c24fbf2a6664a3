import type { Expense } from '../../shared/domain/expenses';
import type { Member } from '../../shared/domain/members';
import { currentMatch, type Programme, type ProgrammeKind, type ProgrammeSession } from '../../shared/domain/programmes';
import { kindHasTrips, tripExpenseDescription, type TravelTrip } from '../../shared/domain/travel-trips';
import type { Volunteer } from '../../shared/domain/volunteers';
import { dayFromIso, isoFromDay, timestampOn, type DayNumber } from './calendar';
import { APPOINTMENTS } from './programme-words';
import type { Random } from './random';

/**
 * Sample travel buddy trips, as the app makes them: requested ahead, marked done (which logs
 * the programme's attended session and, with miles, the buddy's mileage line), or cancelled;
 * and upcoming ones, a few in the next week with no buddy yet so Home has something to ask.
 * Trips are made from the travel programmes' out-and-about sessions already written, which
 * take the shape "Mark trip done" gives them.
 */

export interface TripsOptions {
  today: DayNumber;
  kinds: readonly ProgrammeKind[];
  programmes: readonly Programme[];
  sessions: readonly ProgrammeSession[];
  members: readonly Member[];
  volunteers: readonly Volunteer[];
  /** Trips in the next seven days with no buddy chosen. */
  noBuddySoon: number;
}

export interface DemoTrips {
  trips: TravelTrip[];
  /** The sessions, those made by a trip marked done in the shape it gives them. */
  sessions: ProgrammeSession[];
  /** Mileage lines of trips marked done with miles. */
  expenses: Expense[];
}

const ACCESS_NOTES = [
  'Uses a walking frame; needs the front seat.',
  'Needs a hand with the steps at the front door.',
  'Hard of hearing: face them and speak clearly.',
  'Gets anxious in waiting rooms; a quiet corner helps.',
  'Wheelchair user: a car with room for a folding chair.',
];

const office = (random: Random, day: number): string => timestampOn(day, random.int(9 * 60, 17 * 60), random.int(0, 59));

function pickUpFor(member: Member | undefined): string {
  const a = member?.address;
  const parts = [a?.line1, a?.line2, a?.town, a?.postcode].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(', ') : 'Their home (address on their record)';
}

/** Miles there and back across a town: a short hop to a hospital across the city. */
const milesFor = (random: Random): number => Math.round(random.int(15, 180)) / 10;

export function generateTrips(random: Random, options: TripsOptions): DemoTrips {
  const { today } = options;
  const yesterday = today - 1;
  const tripKinds = new Set(options.kinds.filter(kindHasTrips).map((k) => k.id));
  const members = new Map(options.members.map((m) => [m.id, m]));
  const volunteers = new Map(options.volunteers.map((v) => [v.id, v]));
  const byProgramme = new Map<string, ProgrammeSession[]>();
  for (const s of options.sessions) {
    const list = byProgramme.get(s.programmeId);
    if (list) list.push(s);
    else byProgramme.set(s.programmeId, [s]);
  }
  const trips: TravelTrip[] = [];
  const expenses: Expense[] = [];
  const rewritten = new Map<string, ProgrammeSession>();
  let noBuddyLeft = options.noBuddySoon;

  for (const p of options.programmes) {
    if (!tripKinds.has(p.kindId)) continue;
    const start = dayFromIso(p.startDate) ?? today;
    const member = members.get(p.memberId);
    const pickUp = pickUpFor(member);
    const access = random.chance(0.3) ? random.pick(ACCESS_NOTES) : undefined;
    const trip = (date: number, time: string, place: string, createdAt: string): TravelTrip => {
      const t = { id: random.uuid(), createdAt, updatedAt: createdAt, programmeId: p.id, date: isoFromDay(date), time, appointmentPlace: place, pickUpAddress: pickUp, returnJourney: random.chance(0.7) } as TravelTrip;
      if (access !== undefined) t.accessNotes = access;
      return t;
    };
    const requestedBefore = (day: number): string => office(random, Math.min(yesterday, Math.max(start, day - random.int(2, 21))));

    for (const s of byProgramme.get(p.id) ?? []) {
      if (s.outcome !== 'attended' || s.mode !== 'out-and-about' || !s.volunteerId || !random.chance(0.85)) continue;
      const day = dayFromIso(s.date) ?? start;
      const t = trip(day, s.startTime ?? '09:30', s.where ?? random.pick(APPOINTMENTS), requestedBefore(day));
      // "Mark trip done" wrote the session: its note, place and time come from the trip.
      const session = { id: s.id, createdAt: s.createdAt, updatedAt: s.updatedAt, programmeId: s.programmeId, volunteerId: s.volunteerId, date: s.date, startTime: t.time, minutes: s.minutes, mode: s.mode, where: t.appointmentPlace, outcome: s.outcome } as ProgrammeSession;
      session.note = t.returnJourney ? 'Travel buddy trip, there and back' : 'Travel buddy trip';
      rewritten.set(s.id, session);
      t.updatedAt = s.createdAt > t.createdAt ? s.createdAt : t.createdAt;
      t.volunteerId = s.volunteerId;
      t.status = 'done';
      t.minutes = s.minutes;
      const miles = random.chance(0.6) ? milesFor(random) : undefined;
      if (miles !== undefined) t.miles = miles;
      t.sessionId = s.id;
      if (miles !== undefined) {
        const expense: Expense = { id: random.uuid(), volunteerId: s.volunteerId, createdAt: s.createdAt, updatedAt: s.createdAt, date: s.date, kind: 'mileage', description: tripExpenseDescription(t.appointmentPlace), miles, receiptHeld: false };
        // Older claims have been approved and paid.
        if (day < today - 20) expense.approvedDate = isoFromDay(Math.min(yesterday, day + random.int(3, 10)));
        if (day < today - 35) expense.paidDate = isoFromDay(Math.min(yesterday, day + random.int(12, 30)));
        if (expense.approvedDate || expense.paidDate) expense.updatedAt = office(random, dayFromIso(expense.paidDate ?? expense.approvedDate!)!);
        expenses.push(expense);
        t.expenseId = expense.id;
      }
      trips.push(t);
    }

    // Now and then an appointment was cancelled before the day.
    const last = p.ending ? dayFromIso(p.ending.date)! : yesterday;
    if (last - start > 30 && random.chance(0.25)) {
      const day = random.int(start + 7, last - 1);
      const t = trip(day, random.pick(['09:30', '10:15', '13:30', '14:00']), random.pick(APPOINTMENTS), requestedBefore(day));
      const match = p.matches.find((m) => m.from <= t.date && (m.to === undefined || m.to > t.date));
      if (match) t.volunteerId = match.volunteerId;
      t.status = 'cancelled';
      t.cancelledOn = isoFromDay(Math.max(dayFromIso(t.createdAt.slice(0, 10))!, day - random.int(0, 3)));
      t.updatedAt = office(random, dayFromIso(t.cancelledOn)!);
      if (t.updatedAt < t.createdAt) t.updatedAt = t.createdAt;
      trips.push(t);
    }

    // Appointments coming up for people with a buddy now (or whose buddy has gone).
    if (p.status !== 'active' && p.status !== 'matched') continue;
    const buddy = currentMatch(p)?.volunteerId;
    const stillHere = buddy !== undefined && volunteers.get(buddy)?.status !== 'left';
    // One more where a trip with no buddy is still wanted, so the programme shows both.
    for (let i = random.int(1, 2) + (noBuddyLeft > 0 ? 1 : 0); i > 0; i--) {
      const unassigned = noBuddyLeft > 0;
      const day = unassigned ? today + random.int(1, 6) : today + random.int(1, 28);
      const createdDay = Math.max(start, today - random.int(1, 10));
      const t = trip(day, random.pick(['09:00', '09:30', '10:15', '11:00', '13:30', '14:15']), random.pick(APPOINTMENTS), office(random, Math.min(yesterday, createdDay)));
      if (!unassigned && stillHere) t.volunteerId = buddy;
      if (unassigned) noBuddyLeft--;
      t.status = 'requested';
      trips.push(t);
    }
  }
  const sessions = options.sessions.map((s) => rewritten.get(s.id) ?? s);
  trips.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { trips, sessions, expenses };
}
