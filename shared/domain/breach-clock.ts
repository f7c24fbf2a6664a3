import { formatTimeDay, localTimestamp, yearOfMoment } from '../dates';

/**
 * The ICO's 72-hour clock for a personal data breach (UK GDPR article 33): a breach that has
 * to be reported is reported within 72 hours of the organisation becoming aware of it. The
 * hours are hours that pass, not hours on the wall clock, so a night when the clocks go
 * forward shortens the wall-clock span by one. Kept apart from the breach schemas so Home's
 * countdown loads none of the form rules.
 */

export const ICO_HOURS = 72;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** When the breach was found, as the coordinator typed it: an ISO date and "hh:mm" on the laptop's clock. */
export interface FoundWhen {
  foundDate: string;
  foundTime: string;
}

/** The moment the breach was found, in milliseconds since 1970 (NaN if the date or time is not real). */
export function foundAt({ foundDate, foundTime }: FoundWhen): number {
  const [hours, minutes] = foundTime.split(':').map(Number);
  return localTimestamp(foundDate, hours ?? NaN, minutes ?? NaN);
}

/** The moment a report to the ICO is due: 72 hours after the breach was found. */
export function icoDeadline(found: FoundWhen): number {
  return foundAt(found) + ICO_HOURS * HOUR;
}

export interface IcoClock {
  deadline: number;
  overdue: boolean;
  /** Whole minutes left before the deadline, or past it when overdue. */
  minutes: number;
}

export function icoClock(found: FoundWhen, now: number): IcoClock {
  const deadline = icoDeadline(found);
  const overdue = now > deadline;
  return { deadline, overdue, minutes: Math.floor(Math.abs(deadline - now) / MINUTE) };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * "41 hours", rounded down so the time left is never overstated; "35 minutes" in the last
 * hour. Past two days overdue, days read better than "130 hours".
 */
export function spanText(minutes: number, overdue: boolean): string {
  if (minutes < 60) return plural(Math.max(minutes, 1), 'minute');
  const hours = Math.floor(minutes / 60);
  if (overdue && hours >= 48) return plural(Math.floor(hours / 24), 'day');
  return plural(hours, 'hour');
}

/** "14:30 Thu 10 Dec", with the year when it is not this year's. */
export function deadlineText(deadline: number, now: number): string {
  return formatTimeDay(deadline, yearOfMoment(deadline) !== yearOfMoment(now));
}

/**
 * "Report to the ICO within 41 hours — by 14:30 Thu 10 Dec", then once the time has passed
 * "Overdue by 5 hours — it was due by 14:30 Thu 10 Dec".
 */
export function icoClockText(found: FoundWhen, now: number): string {
  const clock = icoClock(found, now);
  const by = deadlineText(clock.deadline, now);
  return clock.overdue ? `Overdue by ${spanText(clock.minutes, true)} — it was due by ${by}` : `Report to the ICO within ${spanText(clock.minutes, false)} — by ${by}`;
}

/** "09:15 Mon 7 Dec 2026": when the breach was found, as lists and Home name it. */
export function foundText(found: FoundWhen): string {
  const at = foundAt(found);
  return Number.isNaN(at) ? `${found.foundTime} ${found.foundDate}` : formatTimeDay(at, true);
}
