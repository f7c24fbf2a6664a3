import { addDays, addMonths, differenceInCalendarDays, differenceInYears, format, isValid, lastDayOfMonth, parse, parseISO, startOfISOWeek } from 'date-fns';

/**
 * Dates are ISO `YYYY-MM-DD` in the store and on the wire, UK `23/11/2026` on screen and
 * paper. Local calendar dates only: a date of birth has no time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Day, month, 4-digit year with /, - or . between: what people type and what Excel writes.
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = parseISO(value);
  return isValid(d) && format(d, 'yyyy-MM-dd') === value;
}

/**
 * Reads a date typed by a person (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or written
 * by another system (yyyy-mm-dd). Two-digit years are refused because "01/02/03" is
 * ambiguous. Returns null for anything that is not a real calendar date.
 */
export function parseUkDate(text: string): IsoDate | null {
  const value = text.trim();
  if (ISO_DATE.test(value)) return isIsoDate(value) ? value : null;
  const m = UK_DATE.exec(value);
  if (!m) return null;
  const d = parse(`${m[1]}/${m[2]}/${m[3]}`, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!isValid(d) || d.getFullYear() < 1850) return null;
  return format(d, 'yyyy-MM-dd');
}

function fromIso(iso: IsoDate): Date {
  return parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** 23/11/2026 */
export function formatUkDate(iso: IsoDate | undefined | null): string {
  if (!iso) return '';
  return format(fromIso(iso), 'dd/MM/yyyy');
}

/** Mon 23 Nov 2026 */
export function formatUkDateLong(iso: IsoDate | undefined | null): string {
  if (!iso) return '';
  return format(fromIso(iso), 'EEE d MMM yyyy');
}

/** 23/11/2026 18:30 from an ISO timestamp, in local time. */
export function formatUkDateTime(timestamp: string): string {
  const d = new Date(timestamp);
  return isValid(d) ? format(d, 'dd/MM/yyyy HH:mm') : '';
}

export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd');
}

/** Whole years between a date of birth and a day (birthday on that day counts). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  return differenceInYears(fromIso(on), fromIso(dateOfBirth));
}

/** The date n days after (or before, when negative) an ISO date. */
export function addDaysIso(iso: IsoDate, n: number): IsoDate {
  return format(addDays(fromIso(iso), n), 'yyyy-MM-dd');
}

/** Whole calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(fromIso(b), fromIso(a));
}

/** The Monday of the week a date falls in: UK weeks start on Monday. */
export function mondayOf(iso: IsoDate): IsoDate {
  return format(startOfISOWeek(fromIso(iso)), 'yyyy-MM-dd');
}

/** Tuesday 9 December 2025 — for sign-in sheets and headings. */
export function formatUkDateFull(iso: IsoDate): string {
  return format(fromIso(iso), 'EEEE d MMMM yyyy');
}

/** The last day of the month a date falls in. */
export function lastDayOfMonthIso(iso: IsoDate): IsoDate {
  return format(lastDayOfMonth(fromIso(iso)), 'yyyy-MM-dd');
}

/**
 * The date n months after an ISO date. A day the later month lacks falls back to its last
 * day (31 Jan + 1 month = 28/29 Feb), as renewals are usually counted.
 */
export function addMonthsIso(iso: IsoDate, n: number): IsoDate {
  return format(addMonths(fromIso(iso), n), 'yyyy-MM-dd');
}
