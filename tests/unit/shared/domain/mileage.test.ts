import { describe, expect, it } from 'vitest';
import { priceExpenses } from '../../../../shared/domain/expenses';
import { claimTaxYearNotes, claimTaxYears, mileageBreakdowns, taxYearLabel, taxYearOf, type MileageTrip } from '../../../../shared/domain/mileage';
import { makeExpense } from '../../../factories/compliance';

let n = 0;
const trip = (date: string, miles: number, passengers = 0): MileageTrip => ({ id: `t${++n}`, date, miles, passengers, createdAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}Z` });

describe('the tax year (6 April to 5 April)', () => {
  it('puts 5 April in the year before and 6 April in the new one', () => {
    expect(taxYearOf('2026-04-05')).toBe(2025);
    expect(taxYearOf('2026-04-06')).toBe(2026);
    expect(taxYearOf('2027-01-31')).toBe(2026);
    expect(taxYearLabel(2026)).toBe('2026–27');
    expect(taxYearLabel(2099)).toBe('2099–00');
  });
});

describe('HMRC mileage: 45p to 10,000 miles, then 25p, passengers 5p', () => {
  it('pays 45p a mile under the threshold and 5p per passenger per mile', () => {
    const t = trip('2026-05-01', 42, 2);
    expect(mileageBreakdowns([t]).get(t.id)).toEqual({ taxYear: 2026, milesBefore: 0, milesAtFullRate: 42, milesAtReducedRate: 0, passengerMiles: 84, pence: 42 * 45 + 84 * 5 });
  });

  it('splits a trip that crosses 10,000 miles between the two rates', () => {
    const before = trip('2026-04-10', 9990);
    const crossing = trip('2026-11-02', 30);
    const after = trip('2026-11-03', 10);
    const priced = mileageBreakdowns([after, crossing, before]);
    expect(priced.get(before.id)!.pence).toBe(9990 * 45);
    expect(priced.get(crossing.id)).toMatchObject({ milesBefore: 9990, milesAtFullRate: 10, milesAtReducedRate: 20, pence: 10 * 45 + 20 * 25 });
    expect(priced.get(crossing.id)!.pence).toBe(950);
    expect(priced.get(after.id)).toMatchObject({ milesAtFullRate: 0, milesAtReducedRate: 10, pence: 250 });
  });

  it('starts again on 6 April: 5 April counts in the old year, 6 April in the new', () => {
    const old = trip('2026-03-01', 10_000);
    const lastDay = trip('2026-04-05', 10);
    const firstDay = trip('2026-04-06', 10);
    const priced = mileageBreakdowns([old, lastDay, firstDay]);
    expect(priced.get(lastDay.id)).toMatchObject({ taxYear: 2025, milesAtReducedRate: 10, pence: 250 });
    expect(priced.get(firstDay.id)).toMatchObject({ taxYear: 2026, milesBefore: 0, milesAtFullRate: 10, pence: 450 });
  });

  it('names both tax years on an April claim, with the miles in each: from 6 April the count starts again', () => {
    const march = trip('2026-03-10', 9_990);
    const april = [trip('2026-04-02', 30), trip('2026-04-05', 12.5), trip('2026-04-06', 40), trip('2026-04-28', 2)];
    const priced = mileageBreakdowns([march, ...april]);
    const years = claimTaxYears(april.map((t) => priced.get(t.id)!));
    expect(years).toEqual([
      { taxYear: 2025, milesBefore: 9_990, milesOnClaim: 42.5 },
      { taxYear: 2026, milesBefore: 0, milesOnClaim: 42 },
    ]);
    expect(claimTaxYearNotes(years)).toEqual([
      'These trips fall in two tax years. The 10,000 miles at 45p start again on 6 April.',
      'Tax year 2025–26 (trips up to 5 April): 42.5 miles on this form; 9,990 business miles claimed before them.',
      'Tax year 2026–27 (trips from 6 April): 42 miles on this form; 0 business miles claimed before them.',
    ]);
  });

  it('names one tax year as before when the claim is all in one', () => {
    const may = [trip('2026-05-02', 20), trip('2026-05-20', 5)];
    const priced = mileageBreakdowns([trip('2026-04-20', 100), ...may]);
    const years = claimTaxYears(may.map((t) => priced.get(t.id)!));
    expect(years).toEqual([{ taxYear: 2026, milesBefore: 100, milesOnClaim: 25 }]);
    expect(claimTaxYearNotes(years)).toEqual(['Tax year 2026–27: 100 business miles claimed before this month.']);
    expect(claimTaxYearNotes([])).toEqual([]);
  });

  it('adds tenths of a mile exactly and rounds each trip to the penny', () => {
    const a = trip('2026-05-01', 0.1);
    const b = trip('2026-05-02', 0.2);
    const priced = mileageBreakdowns([a, b]);
    expect(priced.get(b.id)!.milesBefore).toBe(0.1);
    expect(priced.get(a.id)!.pence).toBe(5); // 4.5p rounds to 5p
  });

  it('prices a volunteer’s expenses: mileage from the miles, fares and other as entered', () => {
    const expenses = [
      makeExpense({ date: '2026-06-01', miles: 9995 }),
      makeExpense({ date: '2026-11-02', miles: 10, passengers: 1 }),
      makeExpense({ date: '2026-11-03', kind: 'fares', description: 'Bus', amountPence: 480, miles: undefined }),
    ];
    const priced = priceExpenses(expenses);
    expect(priced.map((e) => e.pence)).toEqual([9995 * 45, 5 * 45 + 5 * 25 + 10 * 5, 480]);
  });
});
