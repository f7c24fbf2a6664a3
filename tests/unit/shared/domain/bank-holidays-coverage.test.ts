import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../../shared/dates';
import { BANK_HOLIDAYS, BANK_HOLIDAY_YEARS } from '../../../../shared/domain/bank-holidays';

// Groups that skip bank holidays plan months ahead and rotas are printed for next year, so
// the table must reach at least two years past this one. This fails on the real date, on
// purpose: it is the reminder to extend the table before it runs out.
describe('bank holiday table', () => {
  it('has dates for this year and at least the next two', () => {
    const thisYear = Number(todayIso().slice(0, 4));
    const lastInTable = Number(BANK_HOLIDAYS.at(-1)?.date.slice(0, 4));
    expect(lastInTable).toBe(BANK_HOLIDAY_YEARS.last);
    expect(
      BANK_HOLIDAY_YEARS.last,
      `Bank holidays are listed only up to ${BANK_HOLIDAY_YEARS.last}. Add England and Wales bank holidays for ${BANK_HOLIDAY_YEARS.last + 1} onwards ` +
        'from GOV.UK (https://www.gov.uk/bank-holidays) to shared/domain/bank-holidays.ts, with any special days announced, and move BANK_HOLIDAY_YEARS.last on.',
    ).toBeGreaterThanOrEqual(thisYear + 2);
  });
});
