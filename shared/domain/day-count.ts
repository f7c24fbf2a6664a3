/**
 * Calendar arithmetic on ISO dates without building date-fns objects. The Compliance page
 * works out several due dates for each of hundreds of volunteers; parsing each date with a
 * format string took most of its time. Results match shared/dates.ts for real ISO dates.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 (UTC, so no clock changes get in the way); NaN if not an ISO date. */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : NaN;
}

export function isoOfDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysFromTo(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function plusDays(iso: string, n: number): string {
  return isoOfDay(dayNumber(iso) + n);
}

/** n months later; a day the month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function plusMonths(iso: string, n: number): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(Number(m[3]), last))}`;
}

/** 23/11/2026 */
export function ukDay(iso: string | undefined): string {
  const m = iso ? ISO.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
