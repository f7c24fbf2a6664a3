import { format } from 'date-fns';

/**
 * Moments (milliseconds since 1970) as the laptop's clock shows them: for deadlines counted
 * in hours, such as the ICO's 72 hours after a breach is found. Apart from uk-format.ts so
 * that Home's first screen, which needs only calendar dates, does not carry them.
 */

/** "14:30 Thu 10 Dec", or "14:30 Thu 10 Dec 2026" with the year. */
export function formatTimeDay(instant: number, withYear = false): string {
  return format(instant, withYear ? 'HH:mm EEE d MMM yyyy' : 'HH:mm EEE d MMM');
}

/** The calendar year a moment falls in, on the laptop's clock. */
export function yearOfMoment(instant: number): number {
  return new Date(instant).getFullYear();
}

/** "14:05": the time of day of a moment, 24-hour, as forms take it. */
export function timeOfDay(instant: number | Date): string {
  return format(instant, 'HH:mm');
}
