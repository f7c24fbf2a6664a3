import { addMonths, format, lastDayOfMonth, parse } from 'date-fns';
import { formatUkDate, type IsoDate } from '../dates';
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

function fromIso(iso: IsoDate): Date {
  return parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
}
const toIso = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');

function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(fromIso(iso), months));
}

function dayBefore(iso: IsoDate): IsoDate {
  const d = fromIso(iso);
  d.setDate(d.getDate() - 1);
  return toIso(d);
}

/** Whole calendar months ("April to June 2025") when the dates allow, otherwise the dates. */
export function periodInWords(from: IsoDate, to: IsoDate): string {
  const start = fromIso(from);
  const end = fromIso(to);
  const wholeMonths = start.getDate() === 1 && toIso(lastDayOfMonth(end)) === to;
  if (!wholeMonths) return `${formatUkDate(from)} to ${formatUkDate(to)}`;
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  if (sameMonth) return format(start, 'MMMM yyyy');
  if (start.getFullYear() === end.getFullYear()) return `${format(start, 'MMMM')} to ${format(end, 'MMMM yyyy')}`;
  return `${format(start, 'MMMM yyyy')} to ${format(end, 'MMMM yyyy')}`;
}

const HALVES = ['first half', 'second half'];

/** Every period of a grant, in order. */
export function grantPeriods(grant: Pick<Grant, 'startDate' | 'endDate' | 'frequency'>): ReportPeriod[] {
  const { startDate, endDate, frequency } = grant;
  if (endDate < startDate) return [];
  if (frequency === 'end-of-grant') return [{ from: startDate, to: endDate, label: `Whole grant: ${periodInWords(startDate, endDate)}` }];
  const step = MONTHS_PER_PERIOD[frequency];
  const perYear = 12 / step;
  const out: ReportPeriod[] = [];
  // A ten-year grant reported quarterly has 40 periods; the cap only stops a typo running away.
  for (let i = 0; i < 400; i++) {
    const from = addMonthsIso(startDate, i * step);
    if (from > endDate) break;
    const next = dayBefore(addMonthsIso(startDate, (i + 1) * step));
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
  let month = `${from.slice(0, 7)}-01`;
  const last = to.slice(0, 7);
  while (month.slice(0, 7) <= last && out.length < 1200) {
    out.push(month.slice(0, 7));
    month = addMonthsIso(month, 1);
  }
  return out;
}

/** "Apr 2025" for "2025-04". */
export function monthLabel(month: string): string {
  return format(fromIso(`${month}-01`), 'MMM yyyy');
}
