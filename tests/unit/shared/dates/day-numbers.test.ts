import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts, isoFromDay, nthWeekdayOfMonth, partsFromDay, weekdayOfDay, wholeYearsBetween } from '../../../../shared/dates';

const MS_PER_DAY = 86_400_000;

describe('whole-day numbers', () => {
  it('count days from 1970-01-01 like the platform UTC calendar, 1900 to 2100', () => {
    const wrong: string[] = [];
    for (let day = Date.UTC(1900, 0, 1) / MS_PER_DAY; day <= Date.UTC(2100, 11, 31) / MS_PER_DAY; day += 1) {
      const d = new Date(day * MS_PER_DAY);
      const iso = d.toISOString().slice(0, 10);
      if (isoFromDay(day) !== iso || dayFromIso(iso) !== day || weekdayOfDay(day) !== (d.getUTCDay() + 6) % 7) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('round-trips parts', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(partsFromDay(dayFromParts(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoFromDay(dayFromParts(999, 12, 31))).toBe('0999-12-31');
  });

  it('finds the nth and the last weekday of a month', () => {
    const monday = 0;
    // Early May and spring bank holidays 2026: first and last Mondays of May.
    expect(isoFromDay(nthWeekdayOfMonth(2026, 5, monday, 1))).toBe('2026-05-04');
    expect(isoFromDay(nthWeekdayOfMonth(2026, 5, monday, -1))).toBe('2026-05-25');
    // A month starting on the weekday itself, and a 5th occurrence.
    expect(isoFromDay(nthWeekdayOfMonth(2026, 6, monday, 1))).toBe('2026-06-01');
    expect(isoFromDay(nthWeekdayOfMonth(2026, 6, monday, -1))).toBe('2026-06-29');
    expect(isoFromDay(nthWeekdayOfMonth(2024, 2, 3, -1))).toBe('2024-02-29');
  });

  it('counts whole years with the anniversary included, never giving -0', () => {
    expect(wholeYearsBetween({ year: 2000, month: 2, day: 29 }, { year: 2001, month: 2, day: 28 })).toBe(0);
    expect(wholeYearsBetween({ year: 2000, month: 2, day: 29 }, { year: 2001, month: 3, day: 1 })).toBe(1);
    expect(Object.is(wholeYearsBetween({ year: 2001, month: 5, day: 2 }, { year: 2001, month: 5, day: 1 }), 0)).toBe(true);
    expect(wholeYearsBetween({ year: 2001, month: 5, day: 2 }, { year: 1999, month: 5, day: 1 })).toBe(-2);
  });
});
