import { z } from 'zod';
import { weekdayIndexOf } from '../dates';
import { optionalText, requiredIsoDate, requiredText } from '../fields';
import type { ProgrammeKind } from './programmes';
import { DAY_PARTS, WEEKDAYS, type AvailabilitySlot } from './volunteers';

/**
 * Travel buddy trips: a volunteer going with a member to an appointment. A trip belongs to a
 * programme (usually of the "Travel buddy" kind); when it is marked done it becomes an
 * attended session of that programme (so "6 sessions", hours and reports count it) and, when
 * miles were driven, the buddy's mileage expense line. See docs/guide.md, "Travel buddy trips".
 */

export const TRIP_STATUSES = ['requested', 'done', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const TRIP_STATUS_LABELS: Record<TripStatus, string> = {
  requested: 'Requested',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const travelTripRecordSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  programmeId: z.string(),
  /** The day of the appointment, ISO. */
  date: z.string(),
  /** When the buddy picks the member up, "hh:mm" (24-hour). */
  time: z.string(),
  appointmentPlace: z.string(),
  pickUpAddress: z.string(),
  /** The buddy waits and brings the member home too. */
  returnJourney: z.boolean(),
  accessNotes: z.string().optional(),
  /** The buddy for this trip. Set from the programme's volunteer when requested; none: Home asks for one. */
  volunteerId: z.string().optional(),
  status: z.enum(TRIP_STATUSES),
  /** Done: how long the buddy gave, minutes (the session's length). */
  minutes: z.number().int().optional(),
  /** Done: miles driven, when the buddy claims mileage. */
  miles: z.number().optional(),
  /** Done: the attended session it logged. */
  sessionId: z.string().optional(),
  /** Done with miles: the buddy's mileage expense line. */
  expenseId: z.string().optional(),
  /** Cancelled: when, ISO date. */
  cancelledOn: z.string().optional(),
});
export type TravelTrip = z.infer<typeof travelTripRecordSchema>;

// ----- input ------------------------------------------------------------------------------------

/** 24-hour "hh:mm"; "9:30" is accepted and becomes "09:30". */
const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;
export const requiredTime = z
  .string({ error: 'Enter the time, like 09:30' })
  .trim()
  .max(5, 'Enter the time as hh:mm, like 09:30')
  .refine((t) => t !== '', 'Enter the time, like 09:30')
  .refine((t) => t === '' || HH_MM.test(t), 'Enter the time as hh:mm (24-hour), like 09:30 or 14:15')
  .transform((t) => t.padStart(5, '0'));

/** "Request a travel buddy" and changing a request. */
export const tripInputSchema = z.object({
  date: requiredIsoDate,
  time: requiredTime,
  appointmentPlace: requiredText('where the appointment is', 200),
  pickUpAddress: requiredText('the pick-up address', 300),
  returnJourney: z.boolean().default(false),
  accessNotes: optionalText('access notes', 1000),
});
export type TripInput = z.output<typeof tripInputSchema>;

/** "Mark trip done": the time given (default the kind's session length) and miles driven, if any. */
export const tripDoneInputSchema = z.object({
  minutes: z.number({ error: 'Enter how long the trip took in minutes' }).int('Enter whole minutes').min(1, 'A trip takes at least 1 minute').max(720, 'A trip is 12 hours or less'),
  miles: z.number({ error: 'Enter the miles as a number, like 12.5' }).min(0.1, 'Enter the miles driven, or leave it blank').max(5000, 'Enter 5,000 miles or fewer').optional(),
});
export type TripDoneInput = z.output<typeof tripDoneInputSchema>;

// ----- rules ------------------------------------------------------------------------------------

/**
 * Whether a kind's programmes have "Request a travel buddy". The seeded Travel buddy kind has
 * it without being told (kinds saved before the flag existed); any other kind when ticked.
 */
export function kindHasTrips(kind: Pick<ProgrammeKind, 'id' | 'trips'>): boolean {
  return kind.trips ?? kind.id === 'travel-buddy';
}

/** Part of the day a pick-up time falls in: morning before 12:00, afternoon 12:00–16:59, evening from 17:00. */
export function dayPartOf(time: string): (typeof DAY_PARTS)[number] {
  const hour = Number(time.slice(0, 2));
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
}

/** The availability slot a trip needs its buddy free in, like "tue-morning"; undefined for a bad date. */
export function tripSlot(date: string, time: string): AvailabilitySlot | undefined {
  const index = weekdayIndexOf(date);
  const day = index === undefined ? undefined : WEEKDAYS[index];
  return day === undefined ? undefined : `${day}-${dayPartOf(time)}`;
}

/** What the mileage expense line says. */
export function tripExpenseDescription(place: string): string {
  return `Travel buddy trip to ${place}`.slice(0, 200);
}
