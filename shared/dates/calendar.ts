import { dayFromIso, daysInMonth, isoFromDay, isoFromParts, partsFromIso, weekdayOfDay, wholeYearsBetween } from './day-numbers';

/**
 * Arithmetic on calendar dates written as ISO `YYYY-MM-DD` strings, the way they are kept in
 * the store and sent between processes. Local calendar dates: a date of birth or a meeting
 * day has no time zone. Worked out on whole-day numbers (day-numbers.ts), never on `Date`
 * objects, so clock changes and time zones cannot shift a result by a day.
 *
 * Anything that is not a real date gives NaN from a count and is returned unchanged from a
 * date sum: dates are checked where they come in (the zod schemas use isIsoDate).
 */
export type IsoDate = string;

/** A real calendar date written as YYYY-MM-DD (so not 2026-02-29, 2026-1-5 or 23/11/2026). */
export function isIsoDate(value: string): boolean {
  return partsFromIso(value) !== undefined;
}

/** The date n days after (or before, when negative) an ISO date. */
export function addDaysIso(iso: IsoDate, n: number): IsoDate {
  const day = dayFromIso(iso);
  return day === undefined || !Number.isFinite(n) ? iso : isoFromDay(day + Math.trunc(n));
}

/** Whole calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return (dayFromIso(b) ?? NaN) - (dayFromIso(a) ?? NaN);
}

/**
 * The date n months after an ISO date. A day the later month lacks falls back to its last
 * day (31 Jan + 1 month = 28/29 Feb, 29 Feb + 12 months = 28 Feb), as renewals are usually
 * counted and as date-fns's addMonths does.
 */
export function addMonthsIso(iso: IsoDate, n: number): IsoDate {
  const p = partsFromIso(iso);
  if (p === undefined || !Number.isFinite(n)) return iso;
  const total = p.year * 12 + p.month - 1 + Math.trunc(n);
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return isoFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** The last day of the month a date falls in. */
export function lastDayOfMonthIso(iso: IsoDate): IsoDate {
  const p = partsFromIso(iso);
  return p === undefined ? iso : isoFromParts(p.year, p.month, daysInMonth(p.year, p.month));
}

/** The first day of the month a date falls in. */
export function firstDayOfMonthIso(iso: IsoDate): IsoDate {
  const p = partsFromIso(iso);
  return p === undefined ? iso : isoFromParts(p.year, p.month, 1);
}

/** 0 = Monday … 6 = Sunday; undefined for anything that is not a real date. */
export function weekdayIndexOf(iso: IsoDate): number | undefined {
  const day = dayFromIso(iso);
  return day === undefined ? undefined : weekdayOfDay(day);
}

/** The Monday of the week a date falls in: UK weeks start on Monday. */
export function mondayOf(iso: IsoDate): IsoDate {
  const day = dayFromIso(iso);
  return day === undefined ? iso : isoFromDay(day - weekdayOfDay(day));
}

/**
 * Whole years between a date of birth and a day, the birthday itself counting. Someone born
 * on 29 February turns a year older on 1 March in other years (as UK law counts it).
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = partsFromIso(dateOfBirth);
  const day = partsFromIso(on);
  return birth === undefined || day === undefined ? NaN : wholeYearsBetween(birth, day);
}

/**
 * The year the UK tax year holding a date starts in. Tax years run from 6 April to 5 April:
 * 5 April 2026 is in 2025–26, 6 April 2026 in 2026–27.
 */
export function taxYearOf(iso: IsoDate): number {
  const year = Number(iso.slice(0, 4));
  return iso.slice(5) >= '04-06' ? year : year - 1;
}

/** "2026–27" for the tax year starting in 2026. */
export function taxYearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}
