/**
 * The names the fast ISO arithmetic first had, before it joined shared/dates (the one module
 * for calendar dates). Kept so older imports still work; new code imports shared/dates.
 */
export { addDaysIso as plusDays, addMonthsIso as plusMonths, daysBetween as daysFromTo, formatUkDate as ukDay } from '../dates';
