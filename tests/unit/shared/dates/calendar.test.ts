import { addDays, addMonths, differenceInCalendarDays, differenceInYears, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  ageOn,
  daysBetween,
  firstDayOfMonthIso,
  isIsoDate,
  lastDayOfMonthIso,
  mondayOf,
  taxYearLabel,
  taxYearOf,
  weekdayIndexOf,
} from '../../../../shared/dates';

// Independent of the code under test: the platform's UTC calendar.
const utcIso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

describe('real dates', () => {
  it('knows leap years, including the century rule', () => {
    for (const leap of ['2024-02-29', '2000-02-29', '1600-02-29', '2028-02-29']) expect(isIsoDate(leap), leap).toBe(true);
    for (const not of ['2026-02-29', '1900-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01']) {
      expect(isIsoDate(not), not).toBe(false);
    }
  });

  it('accepts only YYYY-MM-DD', () => {
    for (const bad of ['2026-1-5', '26-01-05', '23/11/2026', '2026-11-23T10:00:00Z', ' 2026-11-23', '']) expect(isIsoDate(bad), bad).toBe(false);
  });
});

describe('adding days', () => {
  it('crosses month ends, year ends and leap days', () => {
    expect(addDaysIso('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDaysIso('2026-11-23', 0)).toBe('2026-11-23');
    expect(addDaysIso('2026-11-23', 365)).toBe('2027-11-23');
  });

  it('is not moved by the clocks changing (last Sundays of March and October)', () => {
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDaysIso('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDaysIso('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('agrees with the UTC calendar every day for ten years', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 3653; i++) {
      const expected = utcIso(2020, 1, 1 + i);
      if (addDaysIso('2020-01-01', i) !== expected || daysBetween('2020-01-01', expected) !== i) wrong.push(expected);
    }
    expect(wrong).toEqual([]);
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-11-23', '2026-12-25')).toBe(32);
    expect(daysBetween('2026-12-25', '2026-11-23')).toBe(-32);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });
});

describe('adding months', () => {
  it('falls back to the last day of a shorter month', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsIso('2026-02-28', 1)).toBe('2026-03-28');
  });

  it('crosses year ends both ways', () => {
    expect(addMonthsIso('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonthsIso('2027-01-15', -1)).toBe('2026-12-15');
    expect(addMonthsIso('2026-12-31', -12)).toBe('2025-12-31');
    expect(addMonthsIso('2026-06-15', -18)).toBe('2024-12-15');
  });

  it('agrees with date-fns addMonths for every day of 2023 to 2025', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 1096; i++) {
      const iso = utcIso(2023, 1, 1 + i);
      for (const n of [1, 3, 6, 12, 36, -1, -13]) {
        if (addMonthsIso(iso, n) !== format(addMonths(parseISO(iso), n), 'yyyy-MM-dd')) wrong.push(`${iso} ${n}`);
      }
      if (addDaysIso(iso, 40) !== format(addDays(parseISO(iso), 40), 'yyyy-MM-dd')) wrong.push(`${iso} +40 days`);
      if (daysBetween(iso, '2026-11-23') !== differenceInCalendarDays(parseISO('2026-11-23'), parseISO(iso))) wrong.push(`${iso} days`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('weeks and months', () => {
  it('starts weeks on Monday, across month and year ends', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(weekdayIndexOf('2026-11-23')).toBe(0);
    expect(weekdayIndexOf('2026-11-29')).toBe(6);
    expect(weekdayIndexOf('2024-02-29')).toBe(3);
  });

  it('finds the first and last days of a month', () => {
    expect(lastDayOfMonthIso('2024-02-10')).toBe('2024-02-29');
    expect(lastDayOfMonthIso('2026-02-10')).toBe('2026-02-28');
    expect(lastDayOfMonthIso('1900-02-01')).toBe('1900-02-28');
    expect(lastDayOfMonthIso('2026-04-30')).toBe('2026-04-30');
    expect(lastDayOfMonthIso('2026-12-01')).toBe('2026-12-31');
    expect(firstDayOfMonthIso('2026-12-31')).toBe('2026-12-01');
  });
});

describe('ages', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('1960-11-23', '2026-11-23')).toBe(66);
    expect(ageOn('1960-11-24', '2026-11-23')).toBe(65);
    expect(ageOn('1960-12-31', '2027-01-01')).toBe(66);
    expect(ageOn('2026-11-23', '2026-11-23')).toBe(0);
  });

  it('makes someone born on 29 February a year older on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('agrees with date-fns differenceInYears, dates before the birth included', () => {
    const wrong: string[] = [];
    for (const birth of ['1960-02-29', '2000-02-29', '1985-03-07', '2010-12-31', '2011-01-01']) {
      for (let i = 0; i < 400; i++) {
        const on = utcIso(2026, 1, 1 + i * 3);
        const back = utcIso(1950, 1, 1 + i * 3);
        if (ageOn(birth, on) !== differenceInYears(parseISO(on), parseISO(birth))) wrong.push(`${birth} ${on}`);
        if (ageOn(birth, back) !== differenceInYears(parseISO(back), parseISO(birth))) wrong.push(`${birth} ${back}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('UK tax years', () => {
  it('run from 6 April to 5 April', () => {
    expect(taxYearOf('2026-04-05')).toBe(2025);
    expect(taxYearOf('2026-04-06')).toBe(2026);
    expect(taxYearOf('2026-12-31')).toBe(2026);
    expect(taxYearOf('2027-01-01')).toBe(2026);
    expect(taxYearLabel(2026)).toBe('2026–27');
    expect(taxYearLabel(2099)).toBe('2099–00');
  });
});

describe('what is not a date', () => {
  it('gives NaN from a count and comes back unchanged from a sum', () => {
    for (const bad of ['', '2026-02-30', '23/11/2026']) {
      expect(daysBetween(bad, '2026-11-23'), bad).toBeNaN();
      expect(ageOn(bad, '2026-11-23'), bad).toBeNaN();
      expect(addDaysIso(bad, 1), bad).toBe(bad);
      expect(addMonthsIso(bad, 1), bad).toBe(bad);
      expect(mondayOf(bad), bad).toBe(bad);
      expect(lastDayOfMonthIso(bad), bad).toBe(bad);
      expect(weekdayIndexOf(bad), bad).toBeUndefined();
    }
  });
});
