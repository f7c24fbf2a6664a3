import { afterEach, describe, expect, it } from 'vitest';
import {
  addDaysIso,
  ageOn,
  daysBetween,
  formatMonthName,
  formatMonthYear,
  formatShortMonthYear,
  formatUkDate,
  formatUkDateFull,
  formatUkDateLong,
  formatUkDateTime,
  localDateOf,
  localTimestamp,
  mondayOf,
  parseUkDate,
  todayIso,
} from '../../../../shared/dates';

const originalZone = process.env.TZ;
/** Node rereads TZ when it is set, so each zone below is really in force. */
function inZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}
afterEach(() => inZone(originalZone));

describe('UK formats', () => {
  it('writes dates as people read them', () => {
    expect(formatUkDate('2026-03-01')).toBe('01/03/2026');
    expect(formatUkDateLong('2026-03-01')).toBe('Sun 1 Mar 2026');
    expect(formatUkDateFull('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(formatMonthYear('2026-04-30')).toBe('April 2026');
    expect(formatMonthName('2026-04-30')).toBe('April');
    expect(formatShortMonthYear('2026-04-30')).toBe('Apr 2026');
  });

  it('leaves no date, or a date that does not exist, blank', () => {
    for (const bad of [undefined, null, '', '2026-02-29', '23/11/2026']) {
      expect(formatUkDate(bad), String(bad)).toBe('');
      expect(formatUkDateLong(bad), String(bad)).toBe('');
    }
    expect(formatUkDateTime('not a time')).toBe('');
    expect(localDateOf('not a time')).toBeUndefined();
  });

  it('reads a 29 February only in a leap year', () => {
    expect(parseUkDate('29/2/2028')).toBe('2028-02-29');
    expect(parseUkDate('29.02.2100')).toBeNull();
    expect(parseUkDate('31/12/2026')).toBe('2026-12-31');
  });

  it('reads day first with any of / - . and one or two digits, and refuses what is not a real date', () => {
    expect(parseUkDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseUkDate('01-02-2026')).toBe('2026-02-01');
    expect(parseUkDate('2026-02-01')).toBe('2026-02-01');
    expect(parseUkDate('01/01/1850')).toBe('1850-01-01');
    for (const bad of ['32/01/2026', '00/01/2026', '1/13/2026', '1/0/2026', '31/04/2026', '01/01/1849', '1/2/26', '1/2/2026x', '']) expect(parseUkDate(bad), bad).toBeNull();
  });
});

// Zones chosen for their awkward clocks: the UK's own changes (01:00 GMT, last Sundays of
// March and October), Chile's at midnight (so some local midnights do not exist), Lord Howe's
// half-hour shift, and zones far either side of UTC.
const ZONES = ['Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];
const DST_DAYS = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-09-06', '2026-04-05', '2024-02-29', '2026-12-31'];

describe.each(ZONES)('in %s', (zone) => {
  it('gives the same dates, days and names whatever the clocks do', () => {
    inZone(zone);
    for (const iso of DST_DAYS) {
      expect(addDaysIso(iso, 1), iso).toBe(addDaysIso(addDaysIso(iso, -1), 2));
      expect(daysBetween(iso, addDaysIso(iso, 7)), iso).toBe(7);
      expect(formatUkDate(iso), iso).toBe(`${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
    }
    expect(formatUkDateLong('2026-03-29')).toBe('Sun 29 Mar 2026');
    expect(formatUkDateFull('2026-10-25')).toBe('Sunday 25 October 2026');
    // No midnight on 6 September 2026 in Chile: still that day.
    expect(formatUkDateLong('2026-09-06')).toBe('Sun 6 Sep 2026');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(todayIso(new Date(localTimestamp('2026-03-29', 0, 30)))).toBe('2026-03-29');
    expect(localDateOf(new Date(localTimestamp('2026-10-25', 23, 59)).toISOString())).toBe('2026-10-25');
  });
});

describe('local times in the UK', () => {
  it('reads a wall-clock time on either side of the clocks changing', () => {
    inZone('Europe/London');
    expect(new Date(localTimestamp('2026-03-29', 0, 30)).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(new Date(localTimestamp('2026-03-29', 3, 0)).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(new Date(localTimestamp('2026-10-25', 3, 0)).toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(new Date(localTimestamp('2026-06-01', 9, 3, 7)).toISOString()).toBe('2026-06-01T08:03:07.000Z');
    expect(localTimestamp('2026-02-30', 9)).toBeNaN();
    expect(formatUkDateTime('2026-06-01T17:30:00.000Z')).toBe('01/06/2026 18:30');
    expect(localDateOf('2026-06-01T23:30:00.000Z')).toBe('2026-06-02');
  });
});
