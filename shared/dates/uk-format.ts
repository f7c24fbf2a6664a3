import { format, isValid } from 'date-fns';
import type { IsoDate } from './calendar';
import { partsFromIso, type DateParts } from './day-numbers';

/**
 * Dates as people in the UK read and type them: `23/11/2026` on screen and paper, "Mon 23
 * Nov 2026" where there is room. Built on date-fns for day and month names; what people type
 * is checked against the calendar here (date-fns's parse would add 30 kB to every first
 * screen for one pattern). The `Date` objects it needs are made here and nowhere else.
 */

// Day, month, 4-digit year with /, - or . between: what people type and what Excel writes.
const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight at the start of a calendar date (years below 100 included). */
function localDate(p: DateParts): Date {
  const d = new Date(2000, 0, 1);
  d.setFullYear(p.year, p.month - 1, p.day);
  return d;
}

/**
 * Reads a date typed by a person (dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or written
 * by another system (yyyy-mm-dd). Two-digit years are refused because "01/02/03" is
 * ambiguous. Returns null for anything that is not a real calendar date.
 */
export function parseUkDate(text: string): IsoDate | null {
  const value = text.trim();
  if (ISO_SHAPE.test(value)) return partsFromIso(value) ? value : null;
  const m = UK_DATE.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const p = partsFromIso(iso);
  return p && p.year >= 1850 ? iso : null;
}

/** 23/11/2026; blank for no date or anything that is not a real date. */
export function formatUkDate(iso: IsoDate | undefined | null): string {
  const p = iso ? partsFromIso(iso) : undefined;
  return p ? `${iso?.slice(8, 10)}/${iso?.slice(5, 7)}/${iso?.slice(0, 4)}` : '';
}

function formatted(iso: IsoDate | undefined | null, pattern: string): string {
  const p = iso ? partsFromIso(iso) : undefined;
  return p ? format(localDate(p), pattern) : '';
}

/** Mon 23 Nov 2026 */
export function formatUkDateLong(iso: IsoDate | undefined | null): string {
  return formatted(iso, 'EEE d MMM yyyy');
}

/** Tuesday 9 December 2025 — for sign-in sheets and headings. */
export function formatUkDateFull(iso: IsoDate): string {
  return formatted(iso, 'EEEE d MMMM yyyy');
}

/** November 2026, for the month a date falls in. */
export function formatMonthYear(iso: IsoDate): string {
  return formatted(iso, 'MMMM yyyy');
}

/** November, for the month a date falls in. */
export function formatMonthName(iso: IsoDate): string {
  return formatted(iso, 'MMMM');
}

/** Nov 2026, for the month a date falls in. */
export function formatShortMonthYear(iso: IsoDate): string {
  return formatted(iso, 'MMM yyyy');
}

/** 23/11/2026 18:30 from an ISO timestamp, in local time. */
export function formatUkDateTime(timestamp: string): string {
  const d = new Date(timestamp);
  return isValid(d) ? format(d, 'dd/MM/yyyy HH:mm') : '';
}

/** Today's date (or the date of `now`) on the laptop's calendar. */
export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd');
}

/** The local calendar date of an ISO timestamp, or undefined if it is not one. */
export function localDateOf(timestamp: string): IsoDate | undefined {
  const d = new Date(timestamp);
  return isValid(d) ? format(d, 'yyyy-MM-dd') : undefined;
}

/**
 * Milliseconds since 1970 of a wall-clock time on a date, in local time (as `ps` reports a
 * process's start). NaN if the date is not real. In the hour the clocks go back the earlier
 * of the two moments is given; in the hour they go forward, the time an hour later.
 */
export function localTimestamp(iso: IsoDate, hours = 0, minutes = 0, seconds = 0): number {
  const p = partsFromIso(iso);
  if (p === undefined) return NaN;
  const d = localDate(p);
  d.setHours(hours, minutes, seconds, 0);
  return d.getTime();
}
