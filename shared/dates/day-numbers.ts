/**
 * Whole-day numbers: days since 1970-01-01 in the proleptic Gregorian calendar, worked out
 * with integer maths (Howard Hinnant's days_from_civil and civil_from_days). No `Date` and
 * no time zone is involved, so a date can never move because the laptop is on British
 * Summer Time, or abroad, when it is worked out; and nothing is parsed, which matters where
 * these run hundreds of thousands of times (the Compliance page, schedules, sample data).
 */

/** Days since 1970-01-01 (a Thursday). */
export type DayNumber = number;

/** A calendar date in parts; `month` is 1–12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function partsFromDay(dayNumber: DayNumber): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The parts of a real calendar date written as YYYY-MM-DD, or undefined for anything else
 * (31 April, 29 February outside a leap year, year 0000, "23/11/2026", "").
 */
export function partsFromIso(iso: string): DateParts | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The day number of a real ISO date, or undefined (see partsFromIso). */
export function dayFromIso(iso: string): DayNumber | undefined {
  const p = partsFromIso(iso);
  return p === undefined ? undefined : dayFromParts(p.year, p.month, p.day);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function isoFromParts(year: number, month: number, day: number): string {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad2(month)}-${pad2(day)}`;
}

export function isoFromDay(dayNumber: DayNumber): string {
  const { year, month, day } = partsFromDay(dayNumber);
  return isoFromParts(year, month, day);
}

/** 0 = Monday … 6 = Sunday: UK weeks start on Monday. */
export function weekdayOfDay(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The month's nth (1–5) given weekday (0 = Monday), or its last one when n is -1. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n < 0) {
    const last = dayFromParts(year, month, daysInMonth(year, month));
    return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  }
  const first = dayFromParts(year, month, 1);
  return first + ((weekday - weekdayOfDay(first) + 7) % 7) + 7 * (n - 1);
}

/**
 * Whole years from one date to another, counting the anniversary itself (on a birthday one
 * is a year older). Negative when `to` is earlier, counted back the same way (as date-fns's
 * differenceInYears does).
 */
export function wholeYearsBetween(from: DateParts, to: DateParts): number {
  const backwards = to.year < from.year || (to.year === from.year && (to.month < from.month || (to.month === from.month && to.day < from.day)));
  if (backwards) return 0 - wholeYearsBetween(to, from); // 0 - 0 is 0, where -0 would not be
  const reached = to.month > from.month || (to.month === from.month && to.day >= from.day);
  return to.year - from.year - (reached ? 0 : 1);
}
