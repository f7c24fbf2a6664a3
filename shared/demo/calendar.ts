/**
 * Calendar arithmetic on whole days for the sample data. Generating 20,000 records with
 * dozens of dates each is the hot path, so dates are plain day numbers (days since
 * 1970-01-01) converted with integer maths rather than parsed Date objects.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil). */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsFromDay(dayNumber: DayNumber): DateParts {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Null unless `iso` is a real calendar date written as YYYY-MM-DD. */
export function dayFromIso(iso: string): DayNumber | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromParts(year, month, day);
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const pad2 = (n: number): string => PAD2[n] ?? String(n).padStart(2, '0');

export function isoFromParts(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

// Eight years of history is only ~3,000 distinct days, against hundreds of thousands of
// dates written for the stress dataset.
const isoCache = new Map<DayNumber, string>();

export function isoFromDay(dayNumber: DayNumber): string {
  let iso = isoCache.get(dayNumber);
  if (iso === undefined) {
    const { year, month, day } = partsFromDay(dayNumber);
    iso = isoFromParts(year, month, day);
    if (isoCache.size < 100_000) isoCache.set(dayNumber, iso);
  }
  return iso;
}

/** An ISO timestamp at `minutes` past midnight UTC on that day. */
export function timestampOn(dayNumber: DayNumber, minutes: number, seconds = 0): string {
  return `${isoFromDay(dayNumber)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(seconds)}.000Z`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole years from a birth date to a day, counting the birthday itself (as shared/dates ageOn does). */
export function ageInYears(birth: DateParts, on: DateParts): number {
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}
