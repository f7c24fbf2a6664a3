import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localTimestamp } from '../../../../shared/dates';
import { foundText, icoClock, icoClockText, icoDeadline, spanText } from '../../../../shared/domain/breach-clock';

/** Node rereads TZ when it is set: these run on a laptop in the UK, whatever this machine's zone. */
const originalZone = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'Europe/London';
});
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const at = (date: string, hours: number, minutes = 0) => localTimestamp(date, hours, minutes);
const found = (foundDate: string, foundTime: string) => ({ foundDate, foundTime });

describe("the ICO's 72 hours", () => {
  it('counts down in whole hours, never overstating the time left, to a deadline on the clock', () => {
    const breach = found('2026-12-07', '14:30');
    expect(icoClockText(breach, at('2026-12-08', 21, 30))).toBe('Report to the ICO within 41 hours — by 14:30 Thu 10 Dec');
    // 41 hours 59 minutes left is still "within 41".
    expect(icoClockText(breach, at('2026-12-08', 20, 31))).toBe('Report to the ICO within 41 hours — by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-07', 14, 30))).toBe('Report to the ICO within 72 hours — by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-10', 13, 30))).toBe('Report to the ICO within 1 hour — by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-10', 13, 55))).toBe('Report to the ICO within 35 minutes — by 14:30 Thu 10 Dec');
  });

  it('says how long overdue once the 72 hours have passed: minutes, hours, then days', () => {
    const breach = found('2026-12-07', '14:30');
    expect(icoClock(breach, at('2026-12-10', 14, 30)).overdue).toBe(false);
    expect(icoClockText(breach, at('2026-12-10', 14, 50))).toBe('Overdue by 20 minutes — it was due by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-10', 19, 45))).toBe('Overdue by 5 hours — it was due by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-12', 14, 29))).toBe('Overdue by 47 hours — it was due by 14:30 Thu 10 Dec');
    expect(icoClockText(breach, at('2026-12-13', 20, 0))).toBe('Overdue by 3 days — it was due by 14:30 Thu 10 Dec');
  });

  it('runs across midnight and into a new year, naming the year when it is not this one', () => {
    expect(icoClockText(found('2026-12-07', '23:30'), at('2026-12-08', 0, 10))).toBe('Report to the ICO within 71 hours — by 23:30 Thu 10 Dec');
    expect(icoClockText(found('2026-12-30', '22:00'), at('2026-12-31', 9, 0))).toBe('Report to the ICO within 61 hours — by 22:00 Sat 2 Jan 2027');
    expect(icoClockText(found('2026-12-30', '22:00'), at('2027-01-01', 0, 0))).toBe('Report to the ICO within 46 hours — by 22:00 Sat 2 Jan');
  });

  it('counts hours that pass, so the deadline moves an hour on the clock when the clocks go forward (28 Mar 2027)', () => {
    // Found at 09:00 GMT on Friday; 72 hours later the clocks read 10:00 BST on Monday.
    const breach = found('2027-03-26', '09:00');
    expect(new Date(icoDeadline(breach)).toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(icoClockText(breach, at('2027-03-27', 9, 0))).toBe('Report to the ICO within 48 hours — by 10:00 Mon 29 Mar');
    // Sunday noon BST is 11:00 GMT: 50 hours have passed, 22 are left.
    expect(icoClockText(breach, at('2027-03-28', 12, 0))).toBe('Report to the ICO within 22 hours — by 10:00 Mon 29 Mar');
    expect(icoClockText(breach, at('2027-03-29', 9, 30))).toBe('Report to the ICO within 30 minutes — by 10:00 Mon 29 Mar');
    expect(icoClockText(breach, at('2027-03-29', 11, 0))).toBe('Overdue by 1 hour — it was due by 10:00 Mon 29 Mar');
  });

  it('and back an hour when they go back (31 Oct 2027)', () => {
    const breach = found('2027-10-29', '09:00');
    expect(icoClockText(breach, at('2027-10-29', 9, 0))).toBe('Report to the ICO within 72 hours — by 08:00 Mon 1 Nov');
  });

  it('names when it was found with the day and year', () => {
    expect(foundText(found('2026-12-07', '09:05'))).toBe('09:05 Mon 7 Dec 2026');
  });

  it('words spans as people say them', () => {
    expect(spanText(0, false)).toBe('1 minute');
    expect(spanText(1, true)).toBe('1 minute');
    expect(spanText(59, false)).toBe('59 minutes');
    expect(spanText(60 * 47 + 59, true)).toBe('47 hours');
    expect(spanText(60 * 48, true)).toBe('2 days');
    expect(spanText(60 * 72, false)).toBe('72 hours');
  });
});
