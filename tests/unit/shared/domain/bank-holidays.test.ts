import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAYS,
  BANK_HOLIDAY_YEARS,
  bankHolidayName,
  bankHolidaysBetween,
  bankHolidaysKnownFor,
  isBankHoliday,
} from '../../../../shared/domain/bank-holidays';

// Independent of the code under test: the platform's UTC calendar and Meeus's Easter.
const DAY = 86_400_000;
const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dow = (ms: number): number => new Date(ms).getUTCDay(); // 0 = Sunday

/** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

const firstMonday = (y: number, m: number): number => {
  const first = utc(y, m, 1);
  return first + ((8 - dow(first)) % 7) * DAY;
};
const lastMonday = (y: number, m: number): number => {
  const last = utc(y, m + 1, 0);
  return last - ((dow(last) + 6) % 7) * DAY;
};
/** A fixed holiday on a weekend moves to the next weekday not already taken. */
function withSubstitutes(days: number[]): number[] {
  const taken = new Set<number>();
  return days.map((d) => {
    let day = d;
    while (dow(day) === 0 || dow(day) === 6 || taken.has(day)) day += DAY;
    taken.add(day);
    return day;
  });
}

/** The usual rules, then the one-off changes GOV.UK announced. */
function expectedYear(y: number): string[] {
  const easter = easterSunday(y);
  const days = [
    ...withSubstitutes([utc(y, 1, 1)]),
    easter - 2 * DAY,
    easter + DAY,
    firstMonday(y, 5),
    lastMonday(y, 5),
    lastMonday(y, 8),
    ...withSubstitutes([utc(y, 12, 25), utc(y, 12, 26)]),
  ].map(iso);
  const replace = (from: string, ...to: string[]) => days.splice(days.indexOf(from), 1, ...to);
  if (y === 2020) replace('2020-05-04', '2020-05-08');
  if (y === 2022) {
    replace('2022-05-30', '2022-06-02', '2022-06-03');
    days.push('2022-09-19');
  }
  if (y === 2023) days.push('2023-05-08');
  return days.sort();
}

const years: number[] = [];
for (let y = BANK_HOLIDAY_YEARS.first; y <= BANK_HOLIDAY_YEARS.last; y++) years.push(y);
const tableYear = (y: number): string[] => BANK_HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.date);

describe('bank holidays in England and Wales', () => {
  it('covers 2018 to 2030', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2018, last: 2030 });
    expect(BANK_HOLIDAYS[0]?.date).toBe('2018-01-01');
    expect(BANK_HOLIDAYS.at(-1)?.date).toBe('2030-12-26');
  });

  it('lists only real weekdays, in order, each once, with a name', () => {
    const dates = BANK_HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of BANK_HOLIDAYS) {
      const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
      expect(iso(utc(y, m, d)), h.date).toBe(h.date);
      expect([0, 6], `${h.date} is a weekend`).not.toContain(dow(utc(y, m, d)));
      expect(h.name.length).toBeGreaterThan(3);
    }
  });

  it('has 8 a year, 9 in 2023 and 10 in 2022', () => {
    for (const y of years) {
      const expected = y === 2022 ? 10 : y === 2023 ? 9 : 8;
      expect(tableYear(y), String(y)).toHaveLength(expected);
    }
  });

  it('puts Good Friday and Easter Monday around Easter Sunday every year', () => {
    for (const y of years) {
      const easter = easterSunday(y);
      expect(bankHolidayName(iso(easter - 2 * DAY)), String(y)).toBe('Good Friday');
      expect(bankHolidayName(iso(easter + DAY)), String(y)).toBe('Easter Monday');
      expect(isBankHoliday(iso(easter))).toBe(false);
    }
    // Spot checks of the algorithm itself.
    expect(iso(easterSunday(2024))).toBe('2024-03-31');
    expect(iso(easterSunday(2025))).toBe('2025-04-20');
    expect(iso(easterSunday(2027))).toBe('2027-03-28');
  });

  it('matches the usual rules plus the announced one-off changes, year by year', () => {
    for (const y of years) expect(tableYear(y), String(y)).toEqual(expectedYear(y));
  });

  it('moves weekend holidays to substitute days', () => {
    expect(bankHolidayName('2020-12-28')).toMatch(/^Boxing Day \(substitute/);
    expect(bankHolidayName('2021-12-27')).toMatch(/^Christmas Day \(substitute/);
    expect(bankHolidayName('2021-12-28')).toMatch(/^Boxing Day \(substitute/);
    expect(bankHolidayName('2022-01-03')).toMatch(/^New Year's Day \(substitute/);
    expect(bankHolidayName('2022-12-26')).toBe('Boxing Day');
    expect(bankHolidayName('2022-12-27')).toMatch(/^Christmas Day \(substitute/);
    expect(bankHolidayName('2023-01-02')).toMatch(/^New Year's Day \(substitute/);
    expect(bankHolidayName('2026-12-28')).toMatch(/^Boxing Day \(substitute/);
    expect(bankHolidayName('2027-12-27')).toMatch(/^Christmas Day \(substitute/);
    expect(bankHolidayName('2027-12-28')).toMatch(/^Boxing Day \(substitute/);
    expect(bankHolidayName('2028-01-03')).toMatch(/^New Year's Day \(substitute/);
    for (const weekend of ['2021-12-25', '2021-12-26', '2022-01-01', '2027-12-25', '2028-01-01']) {
      expect(isBankHoliday(weekend), weekend).toBe(false);
    }
  });

  it('includes the special days', () => {
    expect(bankHolidayName('2020-05-08')).toMatch(/VE Day/);
    expect(isBankHoliday('2020-05-04')).toBe(false);
    expect(bankHolidayName('2022-06-02')).toBe('Spring bank holiday');
    expect(bankHolidayName('2022-06-03')).toMatch(/Jubilee/);
    expect(isBankHoliday('2022-05-30')).toBe(false);
    expect(bankHolidayName('2022-09-19')).toMatch(/State Funeral/);
    expect(bankHolidayName('2023-05-08')).toMatch(/Coronation/);
    expect(bankHolidayName('2023-05-01')).toBe('Early May bank holiday');
  });

  it('knows nothing outside the table and says so', () => {
    expect(isBankHoliday('2017-12-25')).toBe(false);
    expect(isBankHoliday('2031-01-01')).toBe(false);
    expect(bankHolidayName('2025-06-10')).toBeUndefined();
    expect(bankHolidaysKnownFor('2018-01-01')).toBe(true);
    expect(bankHolidaysKnownFor('2030-12-31')).toBe(true);
    expect(bankHolidaysKnownFor('2017-12-31')).toBe(false);
    expect(bankHolidaysKnownFor('2031-01-01')).toBe(false);
  });

  it('lists the holidays in a range, ends included', () => {
    expect(bankHolidaysBetween('2025-12-25', '2026-01-01').map((h) => h.date)).toEqual(['2025-12-25', '2025-12-26', '2026-01-01']);
    expect(bankHolidaysBetween('2025-06-01', '2025-07-31')).toEqual([]);
  });
});
