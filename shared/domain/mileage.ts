import { taxYearOf } from '../dates';

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
