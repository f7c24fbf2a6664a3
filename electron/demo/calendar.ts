import { dayFromIso as realDay, isoFromDay as isoOf, wholeYearsBetween, type DateParts, type DayNumber } from '../../shared/dates';

/**
 * Calendar arithmetic on whole days for the sample data, on shared/dates's day numbers.
 * Generating 20,000 records with dozens of dates each is the hot path, so dates stay plain
 * day numbers (days since 1970-01-01) and are written out through a cache.
 */
export { dayFromParts, daysInMonth, isLeapYear, isoFromParts, partsFromDay, type DateParts, type DayNumber } from '../../shared/dates';

/** Null unless `iso` is a real calendar date written as YYYY-MM-DD. */
export function dayFromIso(iso: string): DayNumber | null {
  return realDay(iso) ?? null;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const pad2 = (n: number): string => PAD2[n] ?? String(n).padStart(2, '0');

// Eight years of history is only ~3,000 distinct days, against hundreds of thousands of
// dates written for the stress dataset.
const isoCache = new Map<DayNumber, string>();

export function isoFromDay(dayNumber: DayNumber): string {
  let iso = isoCache.get(dayNumber);
  if (iso === undefined) {
    iso = isoOf(dayNumber);
    if (isoCache.size < 100_000) isoCache.set(dayNumber, iso);
  }
  return iso;
}

/** An ISO timestamp at `minutes` past midnight UTC on that day. */
export function timestampOn(dayNumber: DayNumber, minutes: number, seconds = 0): string {
  return `${isoFromDay(dayNumber)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(seconds)}.000Z`;
}

/** Whole years from a birth date to a day, counting the birthday itself (as shared/dates ageOn does). */
export function ageInYears(birth: DateParts, on: DateParts): number {
  return wholeYearsBetween(birth, on);
}
