import { dayFromIso, dayFromParts, formatUkDateLong, isoFromDay, nthWeekdayOfMonth, partsFromDay, weekdayOfDay, type DayNumber, type IsoDate } from '../dates';
import { BANK_HOLIDAYS, bankHolidayName, isBankHoliday } from './bank-holidays';
import type { Schedule, WeekOfMonth, Weekday } from './groups';
import { WEEKDAYS, WEEKDAY_LABELS } from './volunteers';

/**
 * When a group meets, worked out from its schedule.
 *
 * All arithmetic is on whole day numbers from shared/dates (days since 1970-01-01), never
 * on `Date` objects in local time: a meeting date must not move because the laptop is on
 * British Summer Time, or in another time zone, when the dates are worked out. Times
 * ("10:30") are only ever carried as text beside the date.
 */

// Inclusive bounds: a schedule with no end date is walked no further than this.
const LAST_DAY = dayFromParts(9999, 12, 31);

/** The weekday of an ISO date ('mon'…'sun'), or undefined if it is not a real date. */
export function weekdayOf(iso: IsoDate): Weekday | undefined {
  const day = dayFromIso(iso);
  return day === undefined ? undefined : WEEKDAYS[weekdayOfDay(day)];
}

/** The ISO date `n` days after (or before, if negative) `iso`; undefined if `iso` is not a real date. */
export function addDays(iso: IsoDate, n: number): IsoDate | undefined {
  const day = dayFromIso(iso);
  return day === undefined ? undefined : isoFromDay(day + Math.trunc(n));
}

// ----- the schedule as a rule ----------------------------------------------------------

const NTH: Record<WeekOfMonth, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

interface Rule {
  frequency: Schedule['frequency'];
  weekday: number;
  /** Monthly only: 1–4, or -1 for the last. */
  nth: number;
  start: DayNumber;
  end: DayNumber;
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
  const start = dayFromIso(schedule.startDate);
  // A one-off meets on its date whatever weekday is stored beside it, and on no other.
  if (schedule.frequency === 'once') {
    if (start === undefined) return undefined;
    return { frequency: 'once', weekday: weekdayOfDay(start), nth: 0, start, end: start, skipDates: new Set(schedule.skipDates), skipBankHolidays: schedule.skipBankHolidays };
  }
  const weekday = WEEKDAYS.indexOf(schedule.weekday);
  if (start === undefined || weekday < 0) return undefined;
  const nth = schedule.weekOfMonth === undefined ? undefined : NTH[schedule.weekOfMonth];
  if (schedule.frequency === 'monthly' && nth === undefined) return undefined;
  if (schedule.frequency !== 'weekly' && schedule.frequency !== 'fortnightly' && schedule.frequency !== 'monthly') return undefined;
  const end = schedule.endDate === undefined ? undefined : dayFromIso(schedule.endDate);
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

/**
 * Days the pattern falls on within [lo, hi], ascending, before skips. Each step jumps
 * straight to the next meeting, so the cost is the number of meetings, not of days.
 */
function* patternDays(rule: Rule, from: DayNumber, to: DayNumber): Generator<DayNumber> {
  const lo = Math.max(from, rule.start);
  const hi = Math.min(to, rule.end);
  if (lo > hi) return;
  if (rule.frequency === 'once') {
    // start === end, so lo..hi holds the one date exactly when it is in range.
    yield rule.start;
    return;
  }
  if (rule.frequency === 'monthly') {
    let { year: y, month: m } = partsFromDay(lo);
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
  const anchor = rule.start + ((rule.weekday - weekdayOfDay(rule.start) + 7) % 7);
  let day = lo <= anchor ? anchor : anchor + Math.ceil((lo - anchor) / step) * step;
  for (; day <= hi; day += step) yield day;
}

type SkipReason = 'skip-date' | 'bank-holiday';

function skipReason(rule: Rule, iso: IsoDate): SkipReason | undefined {
  if (rule.skipDates.has(iso)) return 'skip-date';
  if (rule.skipBankHolidays && isBankHoliday(iso)) return 'bank-holiday';
  return undefined;
}

function* meetings(rule: Rule, from: DayNumber, to: DayNumber): Generator<IsoDate> {
  for (const day of patternDays(rule, from, to)) {
    const iso = isoFromDay(day);
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
  const lo = dayFromIso(from);
  const hi = dayFromIso(to);
  if (!rule || lo === undefined || hi === undefined) return [];
  return [...meetings(rule, lo, hi)];
}

/** The next `count` meeting dates on or after `from`; fewer if the group ends first. */
export function nextOccurrences(schedule: Schedule, from: IsoDate, count: number): IsoDate[] {
  const rule = compile(schedule);
  const lo = dayFromIso(from);
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
  const lo = dayFromIso(from);
  const whole = Math.floor(weeks);
  if (lo === undefined || !(whole >= 1)) return [];
  return occurrences(schedule, from, isoFromDay(Math.min(lo + whole * 7 - 1, LAST_DAY)));
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
  const lo = dayFromIso(from);
  const hi = dayFromIso(to);
  if (!rule || lo === undefined || hi === undefined) return [];
  const out: SkippedMeeting[] = [];
  for (const day of patternDays(rule, lo, hi)) {
    const date = isoFromDay(day);
    const reason = skipReason(rule, date);
    if (reason === 'skip-date') out.push({ date, reason });
    if (reason === 'bank-holiday') out.push({ date, reason, name: bankHolidayName(date) ?? 'Bank holiday' });
  }
  return out;
}

// ----- in words ------------------------------------------------------------------------

const ORDINAL: Record<WeekOfMonth, string> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th', last: 'Last' };
/** "Mon 6 Jan 2025"; what is not a real date is shown as typed. */
const longDate = (iso: IsoDate): string => formatUkDateLong(iso) || iso;

/**
 * Whether this weekly pattern ever lands on a bank holiday in the table. Saying "not on
 * bank holidays" on a roster is only worth its space when it tells members something: it
 * does for a Monday group, never for a Saturday one or a 2nd Tuesday one.
 */
function patternMeetsBankHolidays(schedule: Schedule): boolean {
  if (schedule.frequency === 'once') return isBankHoliday(schedule.startDate);
  const weekday = WEEKDAYS.indexOf(schedule.weekday);
  if (schedule.frequency !== 'monthly') {
    return BANK_HOLIDAYS.some((h) => weekdayOf(h.date) === schedule.weekday);
  }
  const nth = schedule.weekOfMonth === undefined ? undefined : NTH[schedule.weekOfMonth];
  if (nth === undefined || weekday < 0) return false;
  return BANK_HOLIDAYS.some((h) => {
    const day = dayFromIso(h.date);
    if (day === undefined) return false;
    const { year, month } = partsFromDay(day);
    return nthWeekdayOfMonth(year, month, weekday, nth) === day;
  });
}

/**
 * The schedule in a few words for screens and printed rosters:
 * "Every Tuesday, 10:30–12:00", "Every other Wednesday, 14:00–16:00",
 * "Every 2nd Tuesday of the month, 10:30–12:00", "Last Friday of the month, 13:00–15:00",
 * with ", not on bank holidays" when the group skips them and its day can be one.
 * A one-off names its date instead: "One-off: Tue 12 Jan 2027, 10:00–12:00".
 */
export function scheduleInWords(schedule: Schedule): string {
  if (schedule.frequency === 'once') return `One-off: ${longDate(schedule.startDate)}, ${schedule.startTime}–${schedule.endTime}`;
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
  // A one-off's words already name its one date; "from … until …" would only repeat it.
  if (schedule.frequency === 'once') return scheduleInWords(schedule);
  const parts = [scheduleInWords(schedule)];
  const first = nextOccurrences(schedule, schedule.startDate, 1)[0] ?? schedule.startDate;
  const started = options.today !== undefined && first <= options.today;
  const endDay = schedule.endDate === undefined ? undefined : dayFromIso(schedule.endDate);
  let range = started ? '' : `from ${longDate(first)}`;
  if (schedule.endDate !== undefined && endDay !== undefined) {
    // A year back from the end always holds a meeting unless every one is skipped.
    const lastYear = occurrences(schedule, isoFromDay(endDay - 366), schedule.endDate);
    const last = lastYear[lastYear.length - 1] ?? occurrences(schedule, schedule.startDate, schedule.endDate).at(-1);
    range = `${range} until ${longDate(last ?? schedule.endDate)}`.trim();
  }
  if (range) parts.push(range);
  return parts.join(', ');
}
