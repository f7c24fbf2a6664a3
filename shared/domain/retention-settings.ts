import { z } from 'zod';
import { RETENTION_DEFAULTS, type RetentionRuleId } from './retention-defaults';

/**
 * Settings → Retention: how long each kind of record is kept after it ends, in months (a
 * whole number of years is shown as years). Joined into the settings document with the
 * defaults filled in, so a folder saved before retention settings opens unchanged.
 */

export const RETENTION_RULE_IDS = RETENTION_DEFAULTS.map((r) => r.id) as [RetentionRuleId, ...RetentionRuleId[]];

export type RetentionMonths = Record<RetentionRuleId, number>;

export const DEFAULT_RETENTION_MONTHS: RetentionMonths = Object.fromEntries(RETENTION_DEFAULTS.map((r) => [r.id, r.months])) as RetentionMonths;

/** Fifty years: longer than any record of a small charity needs, and short enough to catch a slip of the keyboard. */
export const MAX_RETENTION_MONTHS = 600;

const stored = z.number().int();

export const retentionSettingsShape = {
  retentionMonths: z
    .object({ 'people-left': stored, 'referrals-closed': stored, 'dbs-numbers': stored, 'supervision-notes': stored })
    .default(() => ({ ...DEFAULT_RETENTION_MONTHS })),
};

/** "Keep DBS certificate numbers for between 1 month and 50 years". */
function monthsInput(rule: RetentionRuleId) {
  const what = RETENTION_DEFAULTS.find((r) => r.id === rule)?.what.toLowerCase() ?? 'records';
  const message = `Keep ${what} for between 1 month and ${MAX_RETENTION_MONTHS / 12} years`;
  return z.number({ error: message }).int(message).min(1, message).max(MAX_RETENTION_MONTHS, message).optional();
}

export const retentionSettingsInputShape = {
  retentionMonths: z
    .object({
      'people-left': monthsInput('people-left'),
      'referrals-closed': monthsInput('referrals-closed'),
      'dbs-numbers': monthsInput('dbs-numbers'),
      'supervision-notes': monthsInput('supervision-notes'),
    })
    .optional(),
};

/** Labels for the audit log ("Changed Retention: DBS certificate numbers"). */
export const RETENTION_AUDIT_LABELS: Record<RetentionRuleId, string> = {
  'people-left': 'Retention: people who left',
  'referrals-closed': 'Retention: closed referrals',
  'dbs-numbers': 'Retention: DBS certificate numbers',
  'supervision-notes': 'Retention: supervision private notes',
};

/** The months for each rule: the settings' own, else the default. */
export function retentionMonthsOf(settings: { retentionMonths?: Partial<RetentionMonths> | undefined }): RetentionMonths {
  return { ...DEFAULT_RETENTION_MONTHS, ...(settings.retentionMonths ?? {}) };
}

/** A period as typed in Settings: whole years when it is, else months. */
export function splitRetentionMonths(months: number): { amount: number; unit: 'years' | 'months' } {
  return months % 12 === 0 ? { amount: months / 12, unit: 'years' } : { amount: months, unit: 'months' };
}
