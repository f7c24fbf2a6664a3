import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_NAME, DEFAULT_RATES, describeRate, rateNames, rateOn, rateSeries, ratesInputSchema, valueOfMinutes } from '../../../../shared/domain/rates';
import { formatHours, valueVolunteerTime, type VolunteerTimeEntry } from '../../../../shared/domain/report-hours';

describe('the dated rates table', () => {
  const nlw = rateSeries(DEFAULT_RATES, DEFAULT_RATE_NAME);

  it('starts with published rates, the National Living Wage first', () => {
    expect(rateNames(DEFAULT_RATES)).toEqual(['National Living Wage', 'Real Living Wage', 'London Living Wage']);
    expect(nlw.map((r) => [r.from, r.pencePerHour])).toEqual([
      ['2024-04-01', 1144],
      ['2025-04-01', 1221],
      ['2026-04-01', 1271],
    ]);
  });

  it('finds the rate in effect on a day, and uses the first for days before it', () => {
    expect(rateOn(nlw, '2025-03-31')).toMatchObject({ rate: { pencePerHour: 1144 }, early: false });
    expect(rateOn(nlw, '2025-04-01')).toMatchObject({ rate: { pencePerHour: 1221 }, early: false });
    expect(rateOn(nlw, '2023-06-01')).toMatchObject({ rate: { pencePerHour: 1144 }, early: true });
    expect(rateOn([], '2025-01-01')).toBeUndefined();
    expect(describeRate({ pencePerHour: 1221, from: '2025-04-01' })).toBe('£12.21 an hour from 01/04/2025');
  });

  it('values time entry by entry at each day’s rate, rounding once per rate', () => {
    const entries: VolunteerTimeEntry[] = [
      { volunteerId: 'v', date: '2025-03-10', minutes: 100, kind: 'facilitating' },
      { volunteerId: 'v', date: '2025-03-17', minutes: 100, kind: 'facilitating' },
      { volunteerId: 'v', date: '2025-04-07', minutes: 90, kind: 'facilitating' },
    ];
    const value = valueVolunteerTime(entries, DEFAULT_RATES, DEFAULT_RATE_NAME);
    // 200 minutes at £11.44 = £38.133… → £38.13; 90 minutes at £12.21 = £18.315 → £18.32.
    expect(value.rates.map((u) => [u.minutes, u.pence])).toEqual([
      [200, 3813],
      [90, 1832],
    ]);
    expect(value.pence).toBe(5645);
    expect(valueOfMinutes(60, 1221)).toBe(1221);
    expect(formatHours(90)).toBe('1.5');
    expect(formatHours(125)).toBe('2.1');
    expect(formatHours(60 * 1234)).toBe('1,234');
  });

  it('refuses a second rate of the same name from the same date', () => {
    const result = ratesInputSchema.safeParse([
      { name: 'National Living Wage', pencePerHour: 1221, from: '2025-04-01' },
      { name: 'national living wage', pencePerHour: 1300, from: '2025-04-01' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [1, 'from'], message: 'national living wage already has a rate from that date' });
    expect(ratesInputSchema.safeParse([{ name: 'X', pencePerHour: 0, from: '2025-04-01' }]).error?.issues[0]?.message).toBe('Enter an hourly rate above £0');
  });
});
