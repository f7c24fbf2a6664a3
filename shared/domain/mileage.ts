import { taxYearLabel, taxYearOf } from '../dates';

/**
 * HMRC approved mileage allowance payments (AMAP) for volunteers using their own car: 45p a
 * mile for the first 10,000 business miles in a tax year, 25p a mile after that, plus 5p a
 * mile for each passenger on the same trip. Paying at or below these rates is tax-free. The
 * tax year runs from 6 April to 5 April. (GOV.UK "Expenses and benefits: business travel
 * mileage"; unchanged since 2011.)
 */

// Tax years are calendar arithmetic, so they live in shared/dates; these names stay for callers.
export { taxYearLabel, taxYearOf } from '../dates';

export const MILEAGE_RATE_PENCE = 45;
export const MILEAGE_REDUCED_RATE_PENCE = 25;
export const MILEAGE_THRESHOLD_MILES = 10_000;
export const PASSENGER_RATE_PENCE = 5;

/** "45p a mile for the first 10,000 miles in the tax year, then 25p; 5p a mile for each passenger" */
export const MILEAGE_RATES_TEXT = `${MILEAGE_RATE_PENCE}p a mile for the first ${MILEAGE_THRESHOLD_MILES.toLocaleString('en-GB')} miles in the tax year (6 April to 5 April), then ${MILEAGE_REDUCED_RATE_PENCE}p a mile; ${PASSENGER_RATE_PENCE}p a mile for each passenger`;

export interface MileageTrip {
  id: string;
  date: string;
  miles: number;
  passengers: number;
  /** Breaks ties between trips on the same day: the order they were recorded in. */
  createdAt: string;
}

export interface MileageBreakdown {
  taxYear: number;
  /** Business miles claimed earlier in the same tax year. */
  milesBefore: number;
  milesAtFullRate: number;
  milesAtReducedRate: number;
  passengerMiles: number;
  pence: number;
}

/** Tenths of a mile, so that 0.1 + 0.2 adds up exactly. */
const tenths = (miles: number) => Math.round(miles * 10);

/**
 * Each trip's amount. Trips count towards the 10,000 miles in date order within their tax
 * year, so a trip that crosses the threshold is split between the two rates. Rounded to the
 * nearest penny per trip, which is what is paid.
 */
export function mileageBreakdowns(trips: readonly MileageTrip[]): Map<string, MileageBreakdown> {
  const ordered = [...trips].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const used = new Map<number, number>();
  const out = new Map<string, MileageBreakdown>();
  const threshold = MILEAGE_THRESHOLD_MILES * 10;
  for (const t of ordered) {
    const year = taxYearOf(t.date);
    const before = used.get(year) ?? 0;
    const miles = tenths(t.miles);
    const full = Math.max(0, Math.min(miles, threshold - before));
    const reduced = miles - full;
    used.set(year, before + miles);
    const passengerTenths = miles * Math.max(0, t.passengers);
    const pence = Math.round((full * MILEAGE_RATE_PENCE + reduced * MILEAGE_REDUCED_RATE_PENCE + passengerTenths * PASSENGER_RATE_PENCE) / 10);
    out.set(t.id, { taxYear: year, milesBefore: before / 10, milesAtFullRate: full / 10, milesAtReducedRate: reduced / 10, passengerMiles: passengerTenths / 10, pence });
  }
  return out;
}

/** Business miles in one tax year: claimed before a claim form, and on it. */
export interface ClaimTaxYear {
  taxYear: number;
  milesBefore: number;
  milesOnClaim: number;
}

/**
 * The tax years a claim's trips fall in, oldest first. A claim for April can hold trips on
 * both sides of 6 April, and the 10,000 miles at 45p start again on that day, so each
 * year's miles are counted on their own.
 */
export function claimTaxYears(trips: readonly MileageBreakdown[]): ClaimTaxYear[] {
  const byYear = new Map<number, { before: number; onClaim: number }>();
  for (const t of trips) {
    const miles = tenths(t.milesAtFullRate) + tenths(t.milesAtReducedRate);
    const year = byYear.get(t.taxYear);
    // The year's first trip on the claim has the fewest miles before it.
    if (year) {
      year.before = Math.min(year.before, tenths(t.milesBefore));
      year.onClaim += miles;
    } else byYear.set(t.taxYear, { before: tenths(t.milesBefore), onClaim: miles });
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([taxYear, y]) => ({ taxYear, milesBefore: y.before / 10, milesOnClaim: y.onClaim / 10 }));
}

/**
 * What a month's claim form says about the tax year: the miles claimed in it before the
 * month, which set where the 45p miles end. A month that crosses 6 April names both years.
 */
export function claimTaxYearNotes(years: readonly ClaimTaxYear[]): string[] {
  const miles = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'mile' : 'miles'}`;
  const only = years.length === 1 ? years[0] : undefined;
  if (only) return [`Tax year ${taxYearLabel(only.taxYear)}: ${only.milesBefore.toLocaleString('en-GB')} business miles claimed before this month.`];
  if (years.length === 0) return [];
  return [
    `These trips fall in ${years.length === 2 ? 'two' : years.length} tax years. The ${MILEAGE_THRESHOLD_MILES.toLocaleString('en-GB')} miles at ${MILEAGE_RATE_PENCE}p start again on 6 April.`,
    ...years.map(
      (y, i) =>
        `Tax year ${taxYearLabel(y.taxYear)} (trips ${i === 0 ? 'up to 5 April' : 'from 6 April'}): ${miles(y.milesOnClaim)} on this form; ${y.milesBefore.toLocaleString('en-GB')} business miles claimed before them.`,
    ),
  ];
}
