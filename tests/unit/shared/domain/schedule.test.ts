import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../../../shared/domain/groups';
import {
  addDays,
  isOccurrence,
  nextOccurrences,
  occurrences,
  occurrencesInWeeks,
  skippedOccurrences,
  weekdayOf,
} from '../../../../shared/domain/schedule';

function schedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    frequency: 'weekly',
    weekday: 'tue',
    startTime: '10:30',
    endTime: '12:00',
    startDate: '2025-01-01',
    skipDates: [],
    skipBankHolidays: false,
    ...overrides,
  };
}

// Independent weekday check through the platform's UTC calendar (0 = Sunday).
const utcDay = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
const UTC_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const JS_DAY = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;
const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('day arithmetic', () => {
  // Comparisons inside `if` keep 70,000 days from making 70,000 assertions.
  it('agrees with the UTC calendar for every day from 1899 to 2101', () => {
    let ms = Date.UTC(1899, 0, 1);
    let iso = '1899-01-01';
    const end = Date.UTC(2101, 11, 31);
    while (ms <= end) {
      const expected = new Date(ms).toISOString().slice(0, 10);
      if (iso !== expected) expect(iso).toBe(expected);
      const weekday = UTC_WEEKDAYS[new Date(ms).getUTCDay()];
      if (weekdayOf(iso) !== weekday) expect(weekdayOf(iso), iso).toBe(weekday);
      ms += 86_400_000;
      iso = addDays(iso, 1) ?? 'broken';
    }
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2025-02-29', '2024-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-1', '', 'tomorrow']) {
      expect(weekdayOf(bad), bad).toBeUndefined();
      expect(addDays(bad, 1), bad).toBeUndefined();
    }
    expect(weekdayOf('2024-02-29')).toBe('thu');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2100-03-01', -1)).toBe('2100-02-28');
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29');
  });
});

describe('weekly', () => {
  it('meets every weekday from the first one on or after the start date', () => {
    // 1 Jan 2025 is a Wednesday, so the first Tuesday is the 7th.
    expect(occurrences(schedule(), '2024-12-01', '2025-02-04')).toEqual([
      '2025-01-07',
      '2025-01-14',
      '2025-01-21',
      '2025-01-28',
      '2025-02-04',
    ]);
  });

  it('includes both ends of the range and of the schedule', () => {
    const s = schedule({ startDate: '2025-01-07', endDate: '2025-01-21' });
    expect(occurrences(s, '2025-01-07', '2025-01-21')).toEqual(['2025-01-07', '2025-01-14', '2025-01-21']);
    expect(occurrences(s, '2025-01-14', '2025-01-14')).toEqual(['2025-01-14']);
    expect(occurrences(s, '2025-01-15', '2025-12-31')).toEqual(['2025-01-21']);
  });

  it('falls on the right weekday for twenty years', () => {
    for (const weekday of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
      const dates = occurrences(schedule({ weekday, startDate: '2018-01-01' }), '2018-01-01', '2037-12-31');
      expect(dates.length).toBeGreaterThanOrEqual(1043);
      for (const [i, d] of dates.entries()) {
        if (utcDay(d) !== JS_DAY[weekday]) expect(`${d} is a ${weekday}`).toBe('');
        if (i > 0 && daysBetween(dates[i - 1] ?? '', d) !== 7) expect(`${dates[i - 1]} to ${d}`).toBe('7 days');
      }
    }
  });

  it('crosses month ends, leap days and year ends', () => {
    const thursdays = schedule({ weekday: 'thu', startDate: '2024-01-01' });
    expect(occurrences(thursdays, '2024-02-20', '2024-03-10')).toEqual(['2024-02-22', '2024-02-29', '2024-03-07']);
    expect(occurrences(schedule({ weekday: 'sat', startDate: '2024-01-01' }), '2025-02-20', '2025-03-10')).toEqual([
      '2025-02-22',
      '2025-03-01',
      '2025-03-08',
    ]);
    expect(occurrences(schedule({ weekday: 'wed', startDate: '2024-01-01' }), '2025-12-20', '2026-01-10')).toEqual([
      '2025-12-24',
      '2025-12-31',
      '2026-01-07',
    ]);
    expect(occurrences(schedule({ weekday: 'fri', startDate: '2024-01-01' }), '2025-01-25', '2025-02-08')).toEqual([
      '2025-01-31',
      '2025-02-07',
    ]);
  });
});

describe('fortnightly', () => {
  const wednesdays = schedule({ frequency: 'fortnightly', weekday: 'wed', startDate: '2025-01-06' });

  it('counts every other week from the first meeting day on or after the start date', () => {
    expect(occurrences(wednesdays, '2025-01-01', '2025-02-28')).toEqual(['2025-01-08', '2025-01-22', '2025-02-05', '2025-02-19']);
  });

  it('keeps its rhythm whatever day the range starts on', () => {
    const all = occurrences(wednesdays, '2025-01-01', '2027-12-31');
    for (const [i, d] of all.entries()) if (i > 0) expect(daysBetween(all[i - 1] ?? '', d)).toBe(14);
    for (let offset = 0; offset < 40; offset++) {
      const from = addDays('2025-06-01', offset) ?? '';
      const to = addDays(from, 90) ?? '';
      expect(occurrences(wednesdays, from, to)).toEqual(all.filter((d) => d >= from && d <= to));
    }
  });

  it('crosses the year end and February 29th', () => {
    const s = schedule({ frequency: 'fortnightly', weekday: 'thu', startDate: '2023-12-21' });
    expect(occurrences(s, '2023-12-01', '2024-01-31')).toEqual(['2023-12-21', '2024-01-04', '2024-01-18']);
    expect(occurrences(s, '2024-02-10', '2024-03-31')).toEqual(['2024-02-15', '2024-02-29', '2024-03-14', '2024-03-28']);
  });
});

describe('monthly', () => {
  const monthly = (weekOfMonth: Schedule['weekOfMonth'], weekday: Schedule['weekday'], startDate = '2024-01-01') =>
    schedule({ frequency: 'monthly', weekOfMonth, weekday, startDate });

  it('meets on the 2nd Tuesday of each month', () => {
    expect(occurrences(monthly('second', 'tue'), '2025-01-01', '2025-12-31')).toEqual([
      '2025-01-14',
      '2025-02-11',
      '2025-03-11',
      '2025-04-08',
      '2025-05-13',
      '2025-06-10',
      '2025-07-08',
      '2025-08-12',
      '2025-09-09',
      '2025-10-14',
      '2025-11-11',
      '2025-12-09',
    ]);
  });

  it('finds the first, third and fourth', () => {
    expect(occurrences(monthly('first', 'mon'), '2025-09-01', '2025-12-31')).toEqual(['2025-09-01', '2025-10-06', '2025-11-03', '2025-12-01']);
    expect(occurrences(monthly('third', 'fri'), '2025-01-01', '2025-03-31')).toEqual(['2025-01-17', '2025-02-21', '2025-03-21']);
    // March 2025 has five Mondays; the fourth is not the last.
    expect(occurrences(monthly('fourth', 'mon'), '2025-03-01', '2025-03-31')).toEqual(['2025-03-24']);
    expect(occurrences(monthly('last', 'mon'), '2025-03-01', '2025-03-31')).toEqual(['2025-03-31']);
  });

  it('takes the last as the 4th or the 5th, on the 31st and in February', () => {
    expect(occurrences(monthly('last', 'fri'), '2025-01-01', '2025-04-30')).toEqual(['2025-01-31', '2025-02-28', '2025-03-28', '2025-04-25']);
    // Leap February 2024 has five Thursdays; February 2026 exactly four of everything.
    expect(occurrences(monthly('last', 'thu'), '2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
    expect(occurrences(monthly('fourth', 'thu'), '2024-02-01', '2024-02-29')).toEqual(['2024-02-22']);
    expect(occurrences(monthly('last', 'sun'), '2026-02-01', '2026-02-28')).toEqual(['2026-02-22']);
    expect(occurrences(monthly('last', 'sat'), '2026-02-01', '2026-02-28')).toEqual(['2026-02-28']);
    expect(occurrences(monthly('last', 'wed'), '2025-12-01', '2026-01-31')).toEqual(['2025-12-31', '2026-01-28']);
  });

  it('never gives a 5th, and each date is the right weekday in its week', () => {
    for (const weekOfMonth of ['first', 'second', 'third', 'fourth', 'last'] as const) {
      for (const weekday of ['mon', 'wed', 'sun'] as const) {
        const dates = occurrences(monthly(weekOfMonth, weekday, '2018-01-01'), '2018-01-01', '2037-12-31');
        expect(dates).toHaveLength(240);
        for (const d of dates) {
          const day = Number(d.slice(8, 10));
          const week = Math.ceil(day / 7);
          const lastWeek = addDays(d, 7)?.slice(5, 7) !== d.slice(5, 7);
          const ok =
            utcDay(d) === JS_DAY[weekday] &&
            (weekOfMonth === 'last' ? lastWeek : week === ['first', 'second', 'third', 'fourth'].indexOf(weekOfMonth) + 1);
          if (!ok) expect(`${d} as ${weekOfMonth} ${weekday}`).toBe('right');
        }
      }
    }
  });

  it('starts with the first month whose meeting is on or after the start date', () => {
    // The 2nd Tuesday of January 2025 is the 14th: a start on the 15th waits for February.
    expect(nextOccurrences(monthly('second', 'tue', '2025-01-15'), '2025-01-01', 2)).toEqual(['2025-02-11', '2025-03-11']);
    expect(nextOccurrences(monthly('second', 'tue', '2025-01-14'), '2025-01-01', 1)).toEqual(['2025-01-14']);
  });

  it('has no meetings without a week of the month', () => {
    expect(occurrences(monthly(undefined, 'tue'), '2025-01-01', '2025-12-31')).toEqual([]);
  });
});

describe('British Summer Time', () => {
  const zones = ['Europe/London', 'UTC', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('does not move a meeting across the last Sundays of March and October', () => {
    const sundays = schedule({ weekday: 'sun', startDate: '2025-01-01' });
    expect(occurrences(sundays, '2025-03-23', '2025-04-06')).toEqual(['2025-03-23', '2025-03-30', '2025-04-06']);
    expect(occurrences(sundays, '2025-10-19', '2025-11-02')).toEqual(['2025-10-19', '2025-10-26', '2025-11-02']);
    const mondays = schedule({ weekday: 'mon', startDate: '2025-01-01' });
    expect(occurrences(mondays, '2025-03-24', '2025-04-07')).toEqual(['2025-03-24', '2025-03-31', '2025-04-07']);
    expect(occurrences(mondays, '2025-10-20', '2025-11-03')).toEqual(['2025-10-20', '2025-10-27', '2025-11-03']);
    const lastSunday = schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'sun', startDate: '2024-01-01' });
    expect(occurrences(lastSunday, '2024-03-01', '2024-10-31').filter((d) => d.endsWith('-03-31') || d.endsWith('-10-27'))).toEqual([
      '2024-03-31',
      '2024-10-27',
    ]);
    const fortnightly = schedule({ frequency: 'fortnightly', weekday: 'sun', startDate: '2025-03-16' });
    expect(occurrences(fortnightly, '2025-03-01', '2025-04-30')).toEqual(['2025-03-16', '2025-03-30', '2025-04-13', '2025-04-27']);
    expect(occurrences(fortnightly, '2025-10-01', '2025-11-30')).toEqual(['2025-10-12', '2025-10-26', '2025-11-09', '2025-11-23']);
  });

  it('gives the same dates whatever time zone the laptop is set to', () => {
    const schedules = [
      schedule({ weekday: 'sun', startDate: '2018-03-25' }),
      schedule({ frequency: 'fortnightly', weekday: 'mon', startDate: '2019-10-27' }),
      schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'sun', startDate: '2018-01-01', skipBankHolidays: true }),
    ];
    process.env.TZ = 'UTC';
    const expected = schedules.map((s) => occurrences(s, '2018-01-01', '2030-12-31'));
    for (const tz of zones) {
      process.env.TZ = tz;
      expect(
        schedules.map((s) => occurrences(s, '2018-01-01', '2030-12-31')),
        tz,
      ).toEqual(expected);
    }
  });
});

describe('skipped dates and bank holidays', () => {
  const mondays = (skipBankHolidays: boolean, skipDates: string[] = []) =>
    schedule({ weekday: 'mon', startDate: '2025-01-01', skipBankHolidays, skipDates });

  it('leaves out bank holidays when the group skips them', () => {
    const all = occurrences(mondays(false), '2025-04-01', '2025-08-31');
    const skipping = occurrences(mondays(true), '2025-04-01', '2025-08-31');
    expect(all.filter((d) => !skipping.includes(d))).toEqual(['2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25']);
    // Christmas Day and New Year's Day 2025/26 are both Thursdays.
    expect(occurrences(schedule({ weekday: 'thu', skipBankHolidays: false }), '2025-12-20', '2026-01-05')).toEqual(['2025-12-25', '2026-01-01']);
    expect(occurrences(schedule({ weekday: 'thu', skipBankHolidays: true }), '2025-12-20', '2026-01-05')).toEqual([]);
  });

  it('leaves out skipped dates, and a skipped date that is not a meeting changes nothing', () => {
    const s = mondays(false, ['2025-02-10', '2025-02-12']);
    expect(occurrences(s, '2025-02-01', '2025-02-28')).toEqual(['2025-02-03', '2025-02-17', '2025-02-24']);
  });

  it('says which meetings were skipped and why', () => {
    expect(skippedOccurrences(mondays(true, ['2025-04-14']), '2025-04-01', '2025-05-10')).toEqual([
      { date: '2025-04-14', reason: 'skip-date' },
      { date: '2025-04-21', reason: 'bank-holiday', name: 'Easter Monday' },
      { date: '2025-05-05', reason: 'bank-holiday', name: 'Early May bank holiday' },
    ]);
    expect(skippedOccurrences(mondays(false), '2025-04-01', '2025-05-10')).toEqual([]);
  });

  it('skips the last Monday in May and August for a "last Monday" group', () => {
    const s = schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'mon', startDate: '2025-01-01', skipBankHolidays: true });
    expect(occurrences(s, '2025-04-01', '2025-09-30')).toEqual(['2025-04-28', '2025-06-30', '2025-07-28', '2025-09-29']);
  });

  it('skips the special days too', () => {
    const thursdays = schedule({ weekday: 'thu', startDate: '2022-01-01', skipBankHolidays: true });
    expect(occurrences(thursdays, '2022-05-26', '2022-06-09')).toEqual(['2022-05-26', '2022-06-09']);
    const fridays = schedule({ weekday: 'fri', startDate: '2020-01-01', skipBankHolidays: true });
    expect(occurrences(fridays, '2020-05-01', '2020-05-15')).toEqual(['2020-05-01', '2020-05-15']);
  });

  it('tells whether a single date is a meeting', () => {
    expect(isOccurrence(mondays(true), '2025-04-14')).toBe(true);
    expect(isOccurrence(mondays(true), '2025-04-21')).toBe(false);
    expect(isOccurrence(mondays(false), '2025-04-21')).toBe(true);
    expect(isOccurrence(mondays(false), '2025-04-22')).toBe(false);
    expect(isOccurrence(mondays(false), '2024-12-30')).toBe(false);
  });
});

describe('next meetings', () => {
  it('gives the next few, counting from a meeting day itself', () => {
    expect(nextOccurrences(schedule(), '2025-03-04', 3)).toEqual(['2025-03-04', '2025-03-11', '2025-03-18']);
    expect(nextOccurrences(schedule(), '2025-03-05', 1)).toEqual(['2025-03-11']);
  });

  it('stops at the end date and gives nothing for no count', () => {
    const s = schedule({ endDate: '2025-01-21' });
    expect(nextOccurrences(s, '2025-01-01', 10)).toEqual(['2025-01-07', '2025-01-14', '2025-01-21']);
    expect(nextOccurrences(s, '2025-01-22', 10)).toEqual([]);
    expect(nextOccurrences(schedule(), '2025-01-01', 0)).toEqual([]);
    expect(nextOccurrences(schedule(), '2025-01-01', -3)).toEqual([]);
    expect(nextOccurrences(schedule(), '2025-01-01', Number.NaN)).toEqual([]);
  });

  it('lists the meetings in the next 8 weeks', () => {
    expect(occurrencesInWeeks(schedule(), '2025-03-04', 8)).toHaveLength(8);
    expect(occurrencesInWeeks(schedule(), '2025-03-04', 8).at(-1)).toBe('2025-04-22');
    expect(occurrencesInWeeks(schedule(), '2025-03-05', 8)).toEqual(occurrences(schedule(), '2025-03-05', '2025-04-29'));
    expect(occurrencesInWeeks(schedule({ frequency: 'fortnightly' }), '2025-01-01', 8)).toHaveLength(4);
    expect(occurrencesInWeeks(schedule({ frequency: 'monthly', weekOfMonth: 'second' }), '2025-01-01', 8)).toEqual(['2025-01-14', '2025-02-11']);
    expect(occurrencesInWeeks(schedule(), '2025-03-04', 0)).toEqual([]);
  });
});

describe('nonsense in, nothing out', () => {
  it('has no meetings when the end is before the start, or the range is backwards', () => {
    const s = schedule({ startDate: '2025-06-01', endDate: '2025-01-01' });
    expect(occurrences(s, '2000-01-01', '2099-12-31')).toEqual([]);
    expect(nextOccurrences(s, '2000-01-01', 1_000_000)).toEqual([]);
    expect(occurrences(schedule(), '2025-12-31', '2025-01-01')).toEqual([]);
  });

  it('has no meetings for dates it cannot read', () => {
    expect(occurrences(schedule({ startDate: '' }), '2025-01-01', '2025-12-31')).toEqual([]);
    expect(occurrences(schedule({ startDate: '31/01/2025' }), '2025-01-01', '2025-12-31')).toEqual([]);
    expect(occurrences(schedule(), '2025-02-30', '2025-12-31')).toEqual([]);
    expect(occurrences(schedule(), '2025-01-01', 'soon')).toEqual([]);
    expect(nextOccurrences(schedule(), 'today', 3)).toEqual([]);
    expect(occurrences(schedule({ weekday: 'funday' as Schedule['weekday'] }), '2025-01-01', '2025-12-31')).toEqual([]);
    expect(occurrences(schedule({ frequency: 'yearly' as Schedule['frequency'] }), '2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('ignores an end date it cannot read rather than losing every meeting', () => {
    expect(occurrences(schedule({ endDate: '2025-02-30' }), '2025-03-01', '2025-03-31')).toHaveLength(4);
  });

  it('stays fast over huge ranges', () => {
    const started = performance.now();
    expect(occurrences(schedule({ frequency: 'monthly', weekOfMonth: 'last', startDate: '0001-01-01' }), '0001-01-01', '9999-12-31')).toHaveLength(
      9999 * 12,
    );
    expect(nextOccurrences(schedule(), '2025-01-01', Number.POSITIVE_INFINITY).at(-1)).toBe('9999-12-28');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('works out 50,000 meetings for 100 groups quickly', () => {
    const groups = Array.from({ length: 100 }, (_, i) =>
      schedule({
        frequency: i % 10 === 0 ? 'monthly' : i % 3 === 0 ? 'fortnightly' : 'weekly',
        weekOfMonth: i % 10 === 0 ? 'last' : undefined,
        weekday: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[i % 7],
        startDate: '2016-01-04',
        skipBankHolidays: i % 2 === 0,
        skipDates: ['2020-03-23', '2020-03-24', '2020-03-25'],
      }),
    );
    const started = performance.now();
    const total = groups.reduce((n, s) => n + occurrences(s, '2016-01-01', '2035-12-31').length, 0);
    const ms = performance.now() - started;
    expect(total).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(1_000);
  });
});

describe('a one-off event', () => {
  const once = schedule({ frequency: 'once', weekday: 'tue', startDate: '2027-01-12' });

  it('meets on its date and no other', () => {
    expect(occurrences(once, '2026-01-01', '2028-12-31')).toEqual(['2027-01-12']);
    expect(occurrences(once, '2027-01-12', '2027-01-12')).toEqual(['2027-01-12']);
    expect(occurrences(once, '2027-01-13', '2027-12-31')).toEqual([]);
    expect(occurrences(once, '2026-01-01', '2027-01-11')).toEqual([]);
    expect(nextOccurrences(once, '2026-11-23', 8)).toEqual(['2027-01-12']);
    expect(nextOccurrences(once, '2027-01-13', 8)).toEqual([]);
    expect(occurrencesInWeeks(once, '2027-01-06', 1)).toEqual(['2027-01-12']);
    expect(isOccurrence(once, '2027-01-12')).toBe(true);
    expect(isOccurrence(once, '2027-01-19')).toBe(false);
  });

  it('goes by its date, not a weekday stored beside it, and ignores an end date', () => {
    expect(occurrences({ ...once, weekday: 'fri', endDate: '2027-01-01' }, '2026-01-01', '2028-12-31')).toEqual(['2027-01-12']);
  });

  it('has no pattern dates to skip, and an unreadable date never meets', () => {
    expect(skippedOccurrences(once, '2026-01-01', '2028-12-31')).toEqual([]);
    expect(occurrences({ ...once, startDate: '2027-02-30' }, '2026-01-01', '2028-12-31')).toEqual([]);
  });
});
