import { z } from 'zod';
import { addMonthsIso, type IsoDate } from '../dates';
import { optionalIsoDate, optionalText, optionalUkDate, requiredIsoDate, requiredUkDate } from '../fields';
import { complianceRecordShape } from './compliance-fields';

/**
 * DBS (Disclosure and Barring Service) checks. Only what is needed to show a check was done
 * and is current: no copy of the certificate and nothing from it, which DBS guidance says
 * not to keep. Renewal is a policy of the charity, not the law: by default every 3 years
 * from the issue date, or, for someone on the Update Service, a status check every year.
 */

export const DBS_LEVELS = ['none', 'basic', 'standard', 'enhanced', 'enhanced-barred'] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];
export const DBS_LEVEL_LABELS: Record<DbsLevel, string> = {
  none: 'None',
  basic: 'Basic',
  standard: 'Standard',
  enhanced: 'Enhanced',
  'enhanced-barred': 'Enhanced with barred list',
};
/** Levels a check can be (not "none"). */
export const DBS_CHECK_LEVELS = ['basic', 'standard', 'enhanced', 'enhanced-barred'] as const;

/** A higher check covers what a lower one shows (an enhanced check includes the standard one). */
export function levelCovers(held: DbsLevel, needed: DbsLevel): boolean {
  return DBS_LEVELS.indexOf(held) >= DBS_LEVELS.indexOf(needed);
}

export const DBS_DECISIONS = ['accepted', 'pending', 'not-accepted'] as const;
export type DbsDecision = (typeof DBS_DECISIONS)[number];
export const DBS_DECISION_LABELS: Record<DbsDecision, string> = {
  accepted: 'Accepted: can volunteer in the role',
  pending: 'Awaiting a decision',
  'not-accepted': 'Not accepted',
};

export const dbsCheckSchema = z.object({
  ...complianceRecordShape,
  level: z.enum(DBS_CHECK_LEVELS),
  certificateNumber: z.string().optional(),
  issueDate: z.string(),
  /** Update Service subscription: the subscription id and when they consented to status checks. */
  updateServiceId: z.string().optional(),
  updateServiceConsent: z.string().optional(),
  lastStatusCheck: z.string().optional(),
  decision: z.enum(DBS_DECISIONS),
  decisionBy: z.string().optional(),
  decisionDate: z.string().optional(),
});
export type DbsCheck = z.infer<typeof dbsCheckSchema>;

export interface DbsRenewalSettings {
  /** Months from the issue date to a new check. */
  dbsRenewalMonths: number;
  /** Months from the last Update Service status check (or the issue date) to the next one. */
  dbsStatusCheckMonths: number;
}

export const DBS_RENEWAL_DEFAULTS: DbsRenewalSettings = { dbsRenewalMonths: 36, dbsStatusCheckMonths: 12 };

export function onUpdateService(check: Pick<DbsCheck, 'updateServiceId'>): boolean {
  return Boolean(check.updateServiceId);
}

/**
 * When the check must next be renewed or status-checked. On the Update Service the clock
 * runs from the last status check (or the issue date before the first one).
 */
export function dbsRenewalDue(check: Pick<DbsCheck, 'issueDate' | 'updateServiceId' | 'lastStatusCheck'>, settings: DbsRenewalSettings): IsoDate {
  if (onUpdateService(check)) {
    const from = check.lastStatusCheck && check.lastStatusCheck > check.issueDate ? check.lastStatusCheck : check.issueDate;
    return addMonthsIso(from, settings.dbsStatusCheckMonths);
  }
  return addMonthsIso(check.issueDate, settings.dbsRenewalMonths);
}

/** The check that counts now: the latest accepted one (by issue date, then status check). */
export function currentDbsCheck(checks: readonly DbsCheck[]): DbsCheck | undefined {
  let best: DbsCheck | undefined;
  for (const c of checks) {
    if (c.decision !== 'accepted') continue;
    const key = (x: DbsCheck) => `${x.issueDate}|${x.lastStatusCheck ?? ''}`;
    if (!best || key(c) > key(best)) best = c;
  }
  return best;
}

// ----- input ----------------------------------------------------------------------------

/** Certificate numbers are 12 digits; people type them with spaces. */
const certificateNumber = optionalText('the certificate number', 30)
  .transform((v) => (v === undefined ? undefined : v.replace(/[\s-]/g, '')))
  .refine((v) => v === undefined || /^\d{12}$/.test(v), { message: 'A DBS certificate number has 12 digits' });

const updateServiceId = optionalText('the Update Service id', 30)
  .transform((v) => (v === undefined ? undefined : v.replace(/\s/g, '').toUpperCase()))
  .refine((v) => v === undefined || /^[A-Z0-9]{6,20}$/.test(v), { message: 'Enter the Update Service id as letters and numbers, like C1234567890A' });

function datesMakeSense(v: { issueDate: string; lastStatusCheck?: string | undefined; updateServiceId?: string | undefined; updateServiceConsent?: string | undefined; decision: DbsDecision; decisionBy?: string | undefined }, ctx: z.RefinementCtx): void {
  if (v.lastStatusCheck && v.lastStatusCheck < v.issueDate) ctx.addIssue({ code: 'custom', path: ['lastStatusCheck'], message: 'A status check comes on or after the issue date' });
  if (v.lastStatusCheck && !v.updateServiceId) ctx.addIssue({ code: 'custom', path: ['updateServiceId'], message: 'Status checks need the Update Service id' });
  if (v.updateServiceId && !v.updateServiceConsent) ctx.addIssue({ code: 'custom', path: ['updateServiceConsent'], message: 'Enter the date they agreed to status checks' });
  if (v.decision !== 'pending' && !v.decisionBy) ctx.addIssue({ code: 'custom', path: ['decisionBy'], message: 'Enter who made the decision' });
}

const dbsFields = {
  level: z.enum(DBS_CHECK_LEVELS, { error: 'Choose the level of the check' }),
  certificateNumber,
  issueDate: requiredIsoDate,
  updateServiceId,
  updateServiceConsent: optionalIsoDate,
  lastStatusCheck: optionalIsoDate,
  decision: z.enum(DBS_DECISIONS, { error: 'Choose the decision' }),
  decisionBy: optionalText('who made the decision', 100),
  decisionDate: optionalIsoDate,
};

export const dbsCheckInputSchema = z.object(dbsFields).superRefine(datesMakeSense);
export type DbsCheckInput = z.output<typeof dbsCheckInputSchema>;

export const dbsCheckFormSchema = z
  .object({
    ...dbsFields,
    issueDate: requiredUkDate('the issue date'),
    updateServiceConsent: optionalUkDate('the date they agreed to status checks'),
    lastStatusCheck: optionalUkDate('the date of the last status check'),
    decisionDate: optionalUkDate('the date of the decision'),
  })
  .superRefine(datesMakeSense);
export type DbsCheckFormValues = z.input<typeof dbsCheckFormSchema>;
