import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, formatUkDate } from '../../../../shared/dates';
import { daysFromTo, plusDays, plusMonths, ukDay } from '../../../../shared/domain/day-count';

// Every day from 2023 to 2029, across leap years and clock changes.
const days = Array.from({ length: 7 * 366 }, (_, i) => addDaysIso('2023-01-01', i));

describe('fast ISO date arithmetic agrees with shared/dates', () => {
  it('counts days, adds days and formats UK dates the same way', () => {
    for (const d of days.filter((_, i) => i % 7 === 0)) {
      expect(daysFromTo('2026-11-23', d)).toBe(daysBetween('2026-11-23', d));
      expect(plusDays(d, 45)).toBe(addDaysIso(d, 45));
      expect(plusDays(d, -400)).toBe(addDaysIso(d, -400));
      expect(ukDay(d)).toBe(formatUkDate(d));
    }
  });

  it('adds months with month ends falling back to the last day, as date-fns does', () => {
    for (const d of days.filter((_, i) => i % 3 === 0)) for (const n of [1, 12, 36, -36]) expect(plusMonths(d, n)).toBe(addMonthsIso(d, n));
    expect(plusMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('leaves what is not a date blank', () => {
    expect(ukDay(undefined)).toBe('');
    expect(ukDay('23/11/2026')).toBe('');
  });
});
