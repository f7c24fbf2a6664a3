import { describe, expect, it } from 'vitest';
import { formatUkDateLong } from '../../../../shared/dates';
import type { Schedule } from '../../../../shared/domain/groups';
import { nextOccurrences, scheduleInWords, scheduleSummaryWithDates } from '../../../../shared/domain/schedule';

function schedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    frequency: 'weekly',
    weekday: 'tue',
    startTime: '10:30',
    endTime: '12:00',
    startDate: '2025-01-07',
    skipDates: [],
    skipBankHolidays: false,
    ...overrides,
  };
}

describe('schedule in words', () => {
  it('says how often, which day and the times with an en dash', () => {
    expect(scheduleInWords(schedule())).toBe('Every Tuesday, 10:30–12:00');
    expect(scheduleInWords(schedule({ frequency: 'fortnightly', weekday: 'wed', startTime: '14:00', endTime: '16:00' }))).toBe(
      'Every other Wednesday, 14:00–16:00',
    );
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'second' }))).toBe('Every 2nd Tuesday of the month, 10:30–12:00');
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'first', weekday: 'thu' }))).toBe('Every 1st Thursday of the month, 10:30–12:00');
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'third', weekday: 'sat' }))).toBe('Every 3rd Saturday of the month, 10:30–12:00');
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'fourth', weekday: 'sun' }))).toBe('Every 4th Sunday of the month, 10:30–12:00');
    expect(
      scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'fri', startTime: '13:00', endTime: '15:00' })),
    ).toBe('Last Friday of the month, 13:00–15:00');
  });

  it('mentions bank holidays only when they are skipped and the day can be one', () => {
    expect(scheduleInWords(schedule({ weekday: 'mon', skipBankHolidays: true }))).toBe('Every Monday, 10:30–12:00, not on bank holidays');
    expect(scheduleInWords(schedule({ weekday: 'mon', skipBankHolidays: false }))).toBe('Every Monday, 10:30–12:00');
    // Christmas can fall on any weekday.
    expect(scheduleInWords(schedule({ weekday: 'wed', frequency: 'fortnightly', skipBankHolidays: true }))).toMatch(/not on bank holidays$/);
    expect(scheduleInWords(schedule({ weekday: 'sat', skipBankHolidays: true }))).toBe('Every Saturday, 10:30–12:00');
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'mon', skipBankHolidays: true }))).toMatch(
      /not on bank holidays$/,
    );
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'first', weekday: 'mon', skipBankHolidays: true }))).toMatch(
      /not on bank holidays$/,
    );
    // The 2nd Tuesday of a month is never a bank holiday, so saying so is noise.
    expect(scheduleInWords(schedule({ frequency: 'monthly', weekOfMonth: 'second', skipBankHolidays: true }))).toBe(
      'Every 2nd Tuesday of the month, 10:30–12:00',
    );
  });

  it('still says something for a monthly schedule missing its week', () => {
    expect(scheduleInWords(schedule({ frequency: 'monthly' }))).toBe('Monthly on a Tuesday, 10:30–12:00');
  });
});

describe('schedule summary with dates', () => {
  it('gives the first meeting, not the start date typed', () => {
    expect(scheduleSummaryWithDates(schedule({ startDate: '2025-01-06', weekday: 'mon' }))).toBe('Every Monday, 10:30–12:00, from Mon 6 Jan 2025');
    // Started on a Wednesday; the first Tuesday after is the 7th.
    expect(scheduleSummaryWithDates(schedule({ startDate: '2025-01-01' }))).toBe('Every Tuesday, 10:30–12:00, from Tue 7 Jan 2025');
  });

  it('adds the last meeting when there is an end date', () => {
    expect(scheduleSummaryWithDates(schedule({ endDate: '2025-12-20' }))).toBe('Every Tuesday, 10:30–12:00, from Tue 7 Jan 2025 until Tue 16 Dec 2025');
    expect(scheduleSummaryWithDates(schedule({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'fri', startDate: '2025-01-01', endDate: '2025-07-31' }))).toBe(
      'Last Friday of the month, 10:30–12:00, from Fri 31 Jan 2025 until Fri 25 Jul 2025',
    );
  });

  it('skips a skipped or bank holiday first meeting', () => {
    const s = schedule({ weekday: 'mon', startDate: '2025-04-21', skipBankHolidays: true, skipDates: ['2025-04-28'] });
    // Easter Monday, a skipped date, then the Early May bank holiday.
    expect(scheduleSummaryWithDates(s)).toBe('Every Monday, 10:30–12:00, not on bank holidays, from Mon 12 May 2025');
  });

  it('leaves out "from" once the group has started', () => {
    expect(scheduleSummaryWithDates(schedule(), { today: '2025-06-01' })).toBe('Every Tuesday, 10:30–12:00');
    expect(scheduleSummaryWithDates(schedule(), { today: '2025-01-06' })).toBe('Every Tuesday, 10:30–12:00, from Tue 7 Jan 2025');
    expect(scheduleSummaryWithDates(schedule({ endDate: '2025-12-31' }), { today: '2025-06-01' })).toBe(
      'Every Tuesday, 10:30–12:00, until Tue 30 Dec 2025',
    );
  });

  it('falls back to the dates typed when there are no meetings at all', () => {
    expect(scheduleSummaryWithDates(schedule({ startDate: '2025-06-01', endDate: '2025-06-02' }))).toBe(
      'Every Tuesday, 10:30–12:00, from Sun 1 Jun 2025 until Mon 2 Jun 2025',
    );
  });

  it('writes dates the same way as the rest of the app', () => {
    for (const d of nextOccurrences(schedule({ frequency: 'monthly', weekOfMonth: 'last', startDate: '2024-01-01' }), '2024-01-01', 30)) {
      expect(scheduleSummaryWithDates(schedule({ startDate: d }))).toBe(`Every Tuesday, 10:30–12:00, from ${formatUkDateLong(d)}`);
    }
  });
});

describe('a one-off event in words', () => {
  const once = schedule({ frequency: 'once', weekday: 'tue', startDate: '2027-01-12', startTime: '10:00', endTime: '12:00' });

  it('names its one date and the times, never "every"', () => {
    expect(scheduleInWords(once)).toBe('One-off: Tue 12 Jan 2027, 10:00–12:00');
    // The date decides, even if a stale weekday were stored beside it.
    expect(scheduleInWords({ ...once, weekday: 'mon' })).toBe('One-off: Tue 12 Jan 2027, 10:00–12:00');
  });

  it('adds no "from … until …": the date is already said', () => {
    expect(scheduleSummaryWithDates(once)).toBe('One-off: Tue 12 Jan 2027, 10:00–12:00');
    expect(scheduleSummaryWithDates(once, { today: '2027-02-01' })).toBe('One-off: Tue 12 Jan 2027, 10:00–12:00');
  });
});
