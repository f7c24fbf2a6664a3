import { addDaysIso, addMonthsIso, firstDayOfMonthIso, formatMonthName, formatMonthYear, formatShortMonthYear, formatUkDate, isIsoDate, lastDayOfMonthIso, type IsoDate } from '../dates';
import type { Grant, GrantFrequency } from './grants';

/**
 * The reporting periods of a grant. Periods count from the grant's start, not the calendar:
 * a grant starting on 1 April has its first quarter April to June and its first year April
 * to March, as funders number them. The last period stops at the grant's end.
 */

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
  /** "Year 1, quarter 2: July to September 2025" */
  label: string;
}

const MONTHS_PER_PERIOD: Record<Exclude<GrantFrequency, 'end-of-grant'>, number> = { quarterly: 3, 'six-monthly': 6, yearly: 12 };

/** Whole calendar months ("April to June 2025") when the dates allow, otherwise the dates. */
export function periodInWords(from: IsoDate, to: IsoDate): string {
  const wholeMonths = isIsoDate(from) && isIsoDate(to) && firstDayOfMonthIso(from) === from && lastDayOfMonthIso(to) === to;
  if (!wholeMonths) return `${formatUkDate(from)} to ${formatUkDate(to)}`;
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  if (sameMonth) return formatMonthYear(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatMonthName(from)} to ${formatMonthYear(to)}`;
  return `${formatMonthYear(from)} to ${formatMonthYear(to)}`;
}

const HALVES = ['first half', 'second half'];

/** Every period of a grant, in order. */
export function grantPeriods(grant: Pick<Grant, 'startDate' | 'endDate' | 'frequency'>): ReportPeriod[] {
  const { startDate, endDate, frequency } = grant;
  if (!isIsoDate(startDate) || !isIsoDate(endDate) || endDate < startDate) return [];
  if (frequency === 'end-of-grant') return [{ from: startDate, to: endDate, label: `Whole grant: ${periodInWords(startDate, endDate)}` }];
  const step = MONTHS_PER_PERIOD[frequency];
  const perYear = 12 / step;
  const out: ReportPeriod[] = [];
  // A ten-year grant reported quarterly has 40 periods; the cap only stops a typo running away.
  for (let i = 0; i < 400; i++) {
    const from = addMonthsIso(startDate, i * step);
    if (from > endDate) break;
    const next = addDaysIso(addMonthsIso(startDate, (i + 1) * step), -1);
    const to = next < endDate ? next : endDate;
    const year = Math.floor(i / perYear) + 1;
    const within = (i % perYear) + 1;
    const name = frequency === 'yearly' ? `Year ${year}` : frequency === 'quarterly' ? `Year ${year}, quarter ${within}` : `Year ${year}, ${HALVES[within - 1] ?? ''}`;
    out.push({ from, to, label: `${name}: ${periodInWords(from, to)}` });
  }
  return out;
}

/** The label for any dates: the grant's own period when they match one, else the dates in words. */
export function periodLabel(grant: Pick<Grant, 'startDate' | 'endDate' | 'frequency'>, from: IsoDate, to: IsoDate): string {
  const match = grantPeriods(grant).find((p) => p.from === from && p.to === to);
  return match ? match.label : periodInWords(from, to);
}

/** Months touched by a period, as "2025-04". */
export function monthsOf(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  if (!isIsoDate(from)) return out;
  let month = firstDayOfMonthIso(from);
  const last = to.slice(0, 7);
  while (month.slice(0, 7) <= last && out.length < 1200) {
    out.push(month.slice(0, 7));
    month = addMonthsIso(month, 1);
  }
  return out;
}

/** "Apr 2025" for "2025-04". */
export function monthLabel(month: string): string {
  return formatShortMonthYear(`${month}-01`);
}

/** Where a grant's reports stand on a given day (see reportsDue). */
export interface ReportsDue {
  /** Periods that have ended with no report made for them, oldest first. */
  due: ReportPeriod[];
  /** The first period without a report that has not ended yet: the next to fall due. */
  next?: ReportPeriod;
  /** The grant's last day has passed and every period has its report. */
  allMade: boolean;
}

/**
 * Which reports a grant owes on `today`. A period is due from the day after it ends until a
 * report is made for exactly its dates (as the grant page pairs them); a report made early,
 * while the period runs, clears it too. A report for other dates ("Summer 2025") clears none.
 */
export function reportsDue(grant: Pick<Grant, 'startDate' | 'endDate' | 'frequency'> & { reports: readonly { from: IsoDate; to: IsoDate }[] }, today: IsoDate): ReportsDue {
  const made = new Set(grant.reports.map((r) => `${r.from}|${r.to}`));
  const open = grantPeriods(grant).filter((p) => !made.has(`${p.from}|${p.to}`));
  const due = open.filter((p) => p.to < today);
  const next = open.find((p) => p.to >= today);
  const out: ReportsDue = { due, allMade: open.length === 0 && grant.endDate < today };
  if (next) out.next = next;
  return out;
}
