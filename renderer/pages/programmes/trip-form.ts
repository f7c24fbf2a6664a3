import { z } from 'zod';
import { formatUkDate, parseUkDate } from '../../../shared/dates';
import { tripDoneInputSchema, tripInputSchema, type TravelTrip } from '../../../shared/domain/travel-trips';
import { requiredUkDate } from '../../../shared/fields';
import { wholeNumber } from './form-fields';

/**
 * The trip dialogs as typed: the date as dd/mm/yyyy, minutes and miles as text. Everything
 * else is checked by the schemas the server uses (shared/domain/travel-trips.ts), so a rule
 * and its message live in one place.
 */

export const tripFormSchema = tripInputSchema.extend({ date: requiredUkDate('the date of the appointment'), returnJourney: z.boolean() });
export type TripFormValues = z.input<typeof tripFormSchema>;

export function tripFormValues(trip: TravelTrip | undefined): TripFormValues {
  return {
    date: trip ? formatUkDate(trip.date) : '',
    time: trip?.time ?? '',
    appointmentPlace: trip?.appointmentPlace ?? '',
    pickUpAddress: trip?.pickUpAddress ?? '',
    returnJourney: trip?.returnJourney ?? false,
    accessNotes: trip?.accessNotes ?? '',
  };
}

/** A typed date that has already passed: the dialog says so (a trip may be recorded afterwards). */
export function isPastDate(typed: string, today: string): boolean {
  const iso = parseUkDate(typed);
  return iso !== null && iso < today;
}

const MILES = /^\d{1,6}(\.\d{1,2})?$/;

export const tripDoneFormSchema = z.object({
  minutes: wholeNumber('Enter how long the trip took in minutes, like 120', 1, 720, 'A trip takes between 1 minute and 12 hours (720 minutes)'),
  miles: z
    .string()
    .transform((v, ctx) => {
      const t = v.trim().replace(/,/g, '');
      if (t === '') return undefined;
      if (!MILES.test(t)) {
        ctx.addIssue({ code: 'custom', message: 'Enter the miles as a number, like 12.5, or leave it blank' });
        return z.NEVER;
      }
      return Number(t);
    })
    .pipe(tripDoneInputSchema.shape.miles),
});
export type TripDoneFormValues = z.input<typeof tripDoneFormSchema>;
