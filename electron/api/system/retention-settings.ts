import { RETENTION_AUDIT_LABELS, RETENTION_RULE_IDS, retentionMonthsOf, type RetentionMonths } from '../../../shared/domain/retention-settings';
import type { Settings } from '../../../shared/domain/settings';

/**
 * Retention periods from a settings update, into `next`: each rule given replaces the one
 * held, the others stay. Returns the audit labels of those changed.
 */
export function applyRetentionSettings(input: { retentionMonths?: Partial<RetentionMonths> | undefined }, before: Settings, next: Settings): string[] {
  if (!input.retentionMonths) return [];
  const was = retentionMonthsOf(before);
  const now: RetentionMonths = { ...was };
  for (const rule of RETENTION_RULE_IDS) {
    const months = input.retentionMonths[rule];
    if (months !== undefined) now[rule] = months;
  }
  next.retentionMonths = now;
  return RETENTION_RULE_IDS.filter((rule) => was[rule] !== now[rule]).map((rule) => RETENTION_AUDIT_LABELS[rule]);
}
