import type { IsoDate } from '../dates';

/**
 * Bank holidays in England and Wales, as GOV.UK lists them (gov.uk/bank-holidays).
 *
 * A dated table rather than rules, because the rules keep being broken by one-off changes
 * (VE Day 2020, the 2022 Jubilee and state funeral, the 2023 coronation) and a group that
 * skips bank holidays must skip exactly the days people actually had off. Years GOV.UK has
 * not yet published follow the usual pattern; check them against GOV.UK each year and add
 * any special days announced. Scotland and Northern Ireland have different days and are
 * not covered.
 */
export const BANK_HOLIDAY_YEARS = { first: 2018, last: 2030 } as const;

const NEW_YEAR = "New Year's Day";
const NEW_YEAR_SUB = "New Year's Day (substitute day)";
const GOOD_FRIDAY = 'Good Friday';
const EASTER_MONDAY = 'Easter Monday';
const EARLY_MAY = 'Early May bank holiday';
const SPRING = 'Spring bank holiday';
const SUMMER = 'Summer bank holiday';
const CHRISTMAS = 'Christmas Day';
const CHRISTMAS_SUB = 'Christmas Day (substitute day)';
const BOXING = 'Boxing Day';
const BOXING_SUB = 'Boxing Day (substitute day)';

const TABLE: readonly (readonly [IsoDate, string])[] = [
  ['2018-01-01', NEW_YEAR],
  ['2018-03-30', GOOD_FRIDAY],
  ['2018-04-02', EASTER_MONDAY],
  ['2018-05-07', EARLY_MAY],
  ['2018-05-28', SPRING],
  ['2018-08-27', SUMMER],
  ['2018-12-25', CHRISTMAS],
  ['2018-12-26', BOXING],

  ['2019-01-01', NEW_YEAR],
  ['2019-04-19', GOOD_FRIDAY],
  ['2019-04-22', EASTER_MONDAY],
  ['2019-05-06', EARLY_MAY],
  ['2019-05-27', SPRING],
  ['2019-08-26', SUMMER],
  ['2019-12-25', CHRISTMAS],
  ['2019-12-26', BOXING],

  ['2020-01-01', NEW_YEAR],
  ['2020-04-10', GOOD_FRIDAY],
  ['2020-04-13', EASTER_MONDAY],
  // Moved from Monday 4 May to mark the 75th anniversary of VE Day.
  ['2020-05-08', 'Early May bank holiday (VE Day)'],
  ['2020-05-25', SPRING],
  ['2020-08-31', SUMMER],
  ['2020-12-25', CHRISTMAS],
  ['2020-12-28', BOXING_SUB],

  ['2021-01-01', NEW_YEAR],
  ['2021-04-02', GOOD_FRIDAY],
  ['2021-04-05', EASTER_MONDAY],
  ['2021-05-03', EARLY_MAY],
  ['2021-05-31', SPRING],
  ['2021-08-30', SUMMER],
  ['2021-12-27', CHRISTMAS_SUB],
  ['2021-12-28', BOXING_SUB],

  ['2022-01-03', NEW_YEAR_SUB],
  ['2022-04-15', GOOD_FRIDAY],
  ['2022-04-18', EASTER_MONDAY],
  ['2022-05-02', EARLY_MAY],
  // The spring bank holiday moved from Monday 30 May to make a four-day Platinum Jubilee weekend.
  ['2022-06-02', SPRING],
  ['2022-06-03', 'Platinum Jubilee bank holiday'],
  ['2022-08-29', SUMMER],
  ['2022-09-19', 'State Funeral of Queen Elizabeth II'],
  ['2022-12-26', BOXING],
  ['2022-12-27', CHRISTMAS_SUB],

  ['2023-01-02', NEW_YEAR_SUB],
  ['2023-04-07', GOOD_FRIDAY],
  ['2023-04-10', EASTER_MONDAY],
  ['2023-05-01', EARLY_MAY],
  ['2023-05-08', 'Coronation of King Charles III'],
  ['2023-05-29', SPRING],
  ['2023-08-28', SUMMER],
  ['2023-12-25', CHRISTMAS],
  ['2023-12-26', BOXING],

  ['2024-01-01', NEW_YEAR],
  ['2024-03-29', GOOD_FRIDAY],
  ['2024-04-01', EASTER_MONDAY],
  ['2024-05-06', EARLY_MAY],
  ['2024-05-27', SPRING],
  ['2024-08-26', SUMMER],
  ['2024-12-25', CHRISTMAS],
  ['2024-12-26', BOXING],

  ['2025-01-01', NEW_YEAR],
  ['2025-04-18', GOOD_FRIDAY],
  ['2025-04-21', EASTER_MONDAY],
  ['2025-05-05', EARLY_MAY],
  ['2025-05-26', SPRING],
  ['2025-08-25', SUMMER],
  ['2025-12-25', CHRISTMAS],
  ['2025-12-26', BOXING],

  ['2026-01-01', NEW_YEAR],
  ['2026-04-03', GOOD_FRIDAY],
  ['2026-04-06', EASTER_MONDAY],
  ['2026-05-04', EARLY_MAY],
  ['2026-05-25', SPRING],
  ['2026-08-31', SUMMER],
  ['2026-12-25', CHRISTMAS],
  ['2026-12-28', BOXING_SUB],

  ['2027-01-01', NEW_YEAR],
  ['2027-03-26', GOOD_FRIDAY],
  ['2027-03-29', EASTER_MONDAY],
  ['2027-05-03', EARLY_MAY],
  ['2027-05-31', SPRING],
  ['2027-08-30', SUMMER],
  ['2027-12-27', CHRISTMAS_SUB],
  ['2027-12-28', BOXING_SUB],

  ['2028-01-03', NEW_YEAR_SUB],
  ['2028-04-14', GOOD_FRIDAY],
  ['2028-04-17', EASTER_MONDAY],
  ['2028-05-01', EARLY_MAY],
  ['2028-05-29', SPRING],
  ['2028-08-28', SUMMER],
  ['2028-12-25', CHRISTMAS],
  ['2028-12-26', BOXING],

  ['2029-01-01', NEW_YEAR],
  ['2029-03-30', GOOD_FRIDAY],
  ['2029-04-02', EASTER_MONDAY],
  ['2029-05-07', EARLY_MAY],
  ['2029-05-28', SPRING],
  ['2029-08-27', SUMMER],
  ['2029-12-25', CHRISTMAS],
  ['2029-12-26', BOXING],

  ['2030-01-01', NEW_YEAR],
  ['2030-04-19', GOOD_FRIDAY],
  ['2030-04-22', EASTER_MONDAY],
  ['2030-05-06', EARLY_MAY],
  ['2030-05-27', SPRING],
  ['2030-08-26', SUMMER],
  ['2030-12-25', CHRISTMAS],
  ['2030-12-26', BOXING],
];

const BY_DATE: ReadonlyMap<IsoDate, string> = new Map(TABLE);

/** Every bank holiday in the table, in date order, for lists and calendars. */
export const BANK_HOLIDAYS: readonly { readonly date: IsoDate; readonly name: string }[] = TABLE.map(([date, name]) => ({ date, name }));

export function isBankHoliday(iso: IsoDate): boolean {
  return BY_DATE.has(iso);
}

export function bankHolidayName(iso: IsoDate): string | undefined {
  return BY_DATE.get(iso);
}

/**
 * Whether the table covers this date's year. Outside it `isBankHoliday` is always false,
 * so a screen planning that far ahead should say bank holidays are not yet known.
 */
export function bankHolidaysKnownFor(iso: IsoDate): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
}

/** Bank holidays in [from, to], both ISO dates, in date order. */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate): { date: IsoDate; name: string }[] {
  return BANK_HOLIDAYS.filter((h) => h.date >= from && h.date <= to).map((h) => ({ ...h }));
}
