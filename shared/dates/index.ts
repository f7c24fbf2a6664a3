/**
 * Calendar dates: the one module that does arithmetic on them, reads them and writes them
 * for people. Everything else imports from here (the lint rule in eslint.config.js refuses
 * `Date.UTC`, `setDate`/`setMonth`/`setFullYear` and `new Date(year, month, …)` elsewhere).
 *
 * - calendar.ts: ISO `YYYY-MM-DD` in and out: add days and months, count days, ages,
 *   weeks, month ends, tax years.
 * - uk-format.ts: what people type and read (23/11/2026, "Mon 23 Nov 2026"), on date-fns.
 * - day-numbers.ts: the integer day arithmetic underneath, for loops that walk many days.
 * - moments.ts: moments in time shown on the laptop's clock ("14:30 Thu 10 Dec"), for deadlines in hours.
 *
 * Timestamps (`new Date().toISOString()`, `ctx.now()`) are instants, not calendar dates,
 * and are not this module's business except to show them or take their local date.
 */
export * from './calendar';
export * from './day-numbers';
export * from './uk-format';
export * from './moments';
