import type { IsoDate } from '../dates';
import { BANK_HOLIDAYS, bankHolidayName, isBankHoliday } from './bank-holidays';
import type { Schedule, WeekOfMonth, Weekday } from './groups';
import { WEEKDAYS, WEEKDAY_LABELS } from './volunteers';

/**
 * When a group meets, worked out from its schedule.
 *
 * All arithmetic is on whole day numbers (days since 1970-01-01), never on `Date` objects
 * in local time: a meeting date must not move because the laptop is on British Summer
 * Time, or in another time zone, when the dates are worked out. Times ("10:30") are only
 * ever carried as text beside the date.
 */

// ----- calendar dates as day numbers ---------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Inclusive bounds: a schedule with no end date is walked no further than this.
const LAST_DAY = daysFromCivil(9999, 12, 31);

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date, no Date involved.
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Day number of an ISO date, or undefined if it is not a real calendar date. */
function toDay(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function toIso(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Monday … 6 = Sunday, matching WEEKDAYS. 1970-01-01 was a Thursday. */
function weekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** The weekday of an ISO date ('mon'…'sun'), or undefined if it is not a real date. */
export function weekdayOf(iso: IsoDate): Weekday | undefined {
  const day = toDay(iso);
  return day === undefined ? undefined : WEEKDAYS[weekdayIndex(day)];
}

/** The ISO date `n` days after (or before, if negative) `iso`; undefined if `iso` is not a real date. */
export function addDays(iso: IsoDate, n: number): IsoDate | undefined {
  const day = toDay(iso);
  return day === undefined ? undefined : toIso(day + Math.trunc(n));
}

// ----- the schedule as a rule ----------------------------------------------------------

const NTH: Record<WeekOfMonth, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

interface Rule {
  frequency: Schedule['frequency'];
  weekday: number;
  /** Monthly only: 1–4, or -1 for the last. */
  nth: number;
  start: number;
  end: number;
  skipDates: ReadonlySet<string>;
  skipBankHolidays: boolean;
}

/**
 * Stored schedules are only checked for shape, so anything unreadable gives a rule that
 * never meets rather than a guess: no start date (fortnightly weeks count from it), an
 * unknown weekday, or a monthly group with no week of the month. An unreadable end date
 * is the exception: it is ignored, so a typing slip cannot make every meeting vanish.
 */
function compile(schedule: Schedule): Rule | undefined {
  const start = toDay(schedule.startDate);
  const weekday = WEEKDAYS.indexOf(schedule.weekday);
  if (start === undefined || weekday < 0) return undefined;
  const nth = schedule.weekOfMonth === undefined ? undefined : NTH[schedule.weekOfMonth];
  if (schedule.frequency === 'monthly' && nth === undefined) return undefined;
  if (schedule.frequency !== 'weekly' && schedule.frequency !== 'fortnightly' && schedule.frequency !== 'monthly') return undefined;
  const end = schedule.endDate === undefined ? undefined : toDay(schedule.endDate);
  return {
    frequency: schedule.frequency,
    weekday,
    nth: nth ?? 0,
    start,
    end: Math.min(end ?? LAST_DAY, LAST_DAY),
    skipDates: new Set(schedule.skipDates),
    skipBankHolidays: schedule.skipBankHolidays,
  };
}

/** The day of the month's nth (or last, n = -1) given weekday. */
function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = daysFromCivil(y, m, daysInMonth(y, m));
    return last - ((weekdayIndex(last) - weekday + 7) % 7);
  }
  const first = daysFromCivil(y, m, 1);
  return first + ((weekday - weekdayIndex(first) + 7) % 7) + 7 * (n - 1);
}

/**
 * Days the pattern falls on within [lo, hi], ascending, before skips. Each step jumps
 * straight to the next meeting, so the cost is the number of meetings, not of days.
 */
function* patternDays(rule: Rule, from: number, to: number): Generator<number> {
  const lo = Math.max(from, rule.start);
  const hi = Math.min(to, rule.end);
  if (lo > hi) return;
  if (rule.frequency === 'monthly') {
    let [y, m] = civilFromDays(lo);
    for (;;) {
      const day = nthWeekdayOfMonth(y, m, rule.weekday, rule.nth);
      if (day > hi) return;
      if (day >= lo) yield day;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
  }
  // Fortnightly weeks are counted from the first meeting day on or after the start date.
  const step = rule.frequency === 'fortnightly' ? 14 : 7;
  const anchor = rule.start + ((rule.weekday - weekdayIndex(rule.start) + 7) % 7);
  let day = lo <= anchor ? anchor : anchor + Math.ceil((lo - anchor) / step) * step;
  for (; day <= hi; day += step) yield day;
}

type SkipReason = 'skip-date' | 'bank-holiday';

function skipReason(rule: Rule, iso: IsoDate): SkipReason | undefined {
  if (rule.skipDates.has(iso)) return 'skip-date';
  if (rule.skipBankHolidays && isBankHoliday(iso)) return 'bank-holiday';
  return undefined;
}

function* meetings(rule: Rule, from: number, to: number): Generator<IsoDate> {
  for (const day of patternDays(rule, from, to)) {
    const iso = toIso(day);
    if (skipReason(rule, iso) === undefined) yield iso;
  }
}

// ----- occurrences ---------------------------------------------------------------------

/**
 * Meeting dates in [from, to] (both ISO, inclusive), ascending. Honours the start and end
 * dates, skipped dates and, when the group skips them, bank holidays. Empty if either
 * bound is not a real date or the schedule cannot be read.
 */
export function occurrences(schedule: Schedule, from: IsoDate, to: IsoDate): IsoDate[] {
  const rule = compile(schedule);
  const lo = toDay(from);
  const hi = toDay(to);
  if (!rule || lo === undefined || hi === undefined) return [];
  return [...meetings(rule, lo, hi)];
}

/** The next `count` meeting dates on or after `from`; fewer if the group ends first. */
export function nextOccurrences(schedule: Schedule, from: IsoDate, count: number): IsoDate[] {
  const rule = compile(schedule);
  const lo = toDay(from);
  const out: IsoDate[] = [];
  if (!rule || lo === undefined || !(count >= 1)) return out;
  for (const iso of meetings(rule, lo, LAST_DAY)) {
    out.push(iso);
    if (out.length >= count) break;
  }
  return out;
}

/** Meeting dates in the `weeks` whole weeks starting on `from` (8 weeks = `from` and the 55 days after). */
export function occurrencesInWeeks(schedule: Schedule, from: IsoDate, weeks: number): IsoDate[] {
  const lo = toDay(from);
  const whole = Math.floor(weeks);
  if (lo === undefined || !(whole >= 1)) return [];
  return occurrences(schedule, from, toIso(Math.min(lo + whole * 7 - 1, LAST_DAY)));
}

/** Whether the group meets on this date according to its schedule. */
export function isOccurrence(schedule: Schedule, date: IsoDate): boolean {
  return occurrences(schedule, date, date).length === 1;
}

export interface SkippedMeeting {
  date: IsoDate;
  reason: SkipReason;
  /** The bank holiday's name, so a rota can say why there is no meeting. */
  name?: string;
}

/** Dates in [from, to] the pattern falls on but the group does not meet, and why. */
export function skippedOccurrences(schedule: Schedule, from: IsoDate, to: IsoDate): SkippedMeeting[] {
  const rule = compile(schedule);
  const lo = toDay(from);
  const hi = toDay(to);
  if (!rule || lo === undefined || hi === undefined) return [];
  const out: SkippedMeeting[] = [];
  for (const day of patternDays(rule, lo, hi)) {
    const date = toIso(day);
    const reason = skipReason(rule, date);
    if (reason === 'skip-date') out.push({ date, reason });
    if (reason === 'bank-holiday') out.push({ date, reason, name: bankHolidayName(date) ?? 'Bank holiday' });
  }
  return out;
}

// ----- in words ------------------------------------------------------------------------

const ORDINAL: Record<WeekOfMonth, string> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th', last: 'Last' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_ABBR = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "Mon 6 Jan 2025", the same as formatUkDateLong, without going through local time. */
function longDate(iso: IsoDate): string {
  const day = toDay(iso);
  if (day === undefined) return iso;
  const [y, m, d] = civilFromDays(day);
  return `${DAY_ABBR[weekdayIndex(day)] ?? ''} ${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/**
 * Whether this weekly pattern ever lands on a bank holiday in the table. Saying "not on
 * bank holidays" on a roster is only worth its space when it tells members something: it
 * does for a Monday group, never for a Saturday one or a 2nd Tuesday one.
 */
function patternMeetsBankHolidays(schedule: Schedule): boolean {
  const weekday = WEEKDAYS.indexOf(schedule.weekday);
  if (schedule.frequency !== 'monthly') {
    return BANK_HOLIDAYS.some((h) => weekdayOf(h.date) === schedule.weekday);
  }
  const nth = schedule.weekOfMonth === undefined ? undefined : NTH[schedule.weekOfMonth];
  if (nth === undefined || weekday < 0) return false;
  return BANK_HOLIDAYS.some((h) => {
    const day = toDay(h.date);
    if (day === undefined) return false;
    const [y, m] = civilFromDays(day);
    return nthWeekdayOfMonth(y, m, weekday, nth) === day;
  });
}

/**
 * The schedule in a few words for screens and printed rosters:
 * "Every Tuesday, 10:30–12:00", "Every other Wednesday, 14:00–16:00",
 * "Every 2nd Tuesday of the month, 10:30–12:00", "Last Friday of the month, 13:00–15:00",
 * with ", not on bank holidays" when the group skips them and its day can be one.
 */
export function scheduleInWords(schedule: Schedule): string {
  const day = WEEKDAY_LABELS[schedule.weekday] ?? String(schedule.weekday);
  let pattern: string;
  if (schedule.frequency === 'weekly') pattern = `Every ${day}`;
  else if (schedule.frequency === 'fortnightly') pattern = `Every other ${day}`;
  else if (schedule.weekOfMonth === 'last') pattern = `Last ${day} of the month`;
  else if (schedule.weekOfMonth) pattern = `Every ${ORDINAL[schedule.weekOfMonth]} ${day} of the month`;
  else pattern = `Monthly on a ${day}`;
  const times = `${schedule.startTime}–${schedule.endTime}`;
  const bankHolidays = schedule.skipBankHolidays && patternMeetsBankHolidays(schedule) ? ', not on bank holidays' : '';
  return `${pattern}, ${times}${bankHolidays}`;
}

/**
 * `scheduleInWords` plus when it runs: "…, from Tue 7 Jan 2025 until Tue 16 Dec 2025".
 * The dates are of the first and last actual meetings rather than the dates typed, which
 * may not be meeting days. With `today`, "from" is left out once the group has started.
 */
export function scheduleSummaryWithDates(schedule: Schedule, options: { today?: IsoDate } = {}): string {
  const parts = [scheduleInWords(schedule)];
  const first = nextOccurrences(schedule, schedule.startDate, 1)[0] ?? schedule.startDate;
  const started = options.today !== undefined && first <= options.today;
  const endDay = schedule.endDate === undefined ? undefined : toDay(schedule.endDate);
  let range = started ? '' : `from ${longDate(first)}`;
  if (schedule.endDate !== undefined && endDay !== undefined) {
    // A year back from the end always holds a meeting unless every one is skipped.
    const lastYear = occurrences(schedule, toIso(endDay - 366), schedule.endDate);
    const last = lastYear[lastYear.length - 1] ?? occurrences(schedule, schedule.startDate, schedule.endDate).at(-1);
    range = `${range} until ${longDate(last ?? schedule.endDate)}`.trim();
  }
  if (range) parts.push(range);
  return parts.join(', ');
}
