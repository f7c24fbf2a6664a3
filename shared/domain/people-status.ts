import { z } from 'zod';
import { id } from '../contracts/common';
import { formatUkDate, todayIso } from '../dates';
import { ApiError } from '../errors';
import { optionalText, requiredIsoDate } from '../fields';
import { compact } from '../compact';

/**
 * Status pipelines with a dated history, for volunteers and members alike. Leaving is a
 * status like any other, with a date and a reason; the record is kept and the person can
 * come back ("okay to leave and okay to come back").
 */

/** API input for a status change in a pipeline of `statuses`. */
export function statusChangeInputSchemaFor<S extends readonly [string, ...string[]]>(statuses: S) {
  return z
    .object({
      id,
      status: z.enum(statuses, { error: 'Choose a status' }),
      date: requiredIsoDate,
      note: optionalText('note', 2000),
      reason: optionalText('reason', 500),
    })
    .superRefine((v, ctx) => {
      if (v.status === 'left' && !v.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter the reason for leaving' });
      }
    });
}

export interface StatusStep<S extends string> {
  status: S;
  date: string;
  note?: string | undefined;
  reason?: string | undefined;
  recordedAt: string;
}

export interface PipelineRecord<S extends string> {
  updatedAt: string;
  status: S;
  statusHistory: StatusStep<S>[];
  leftDate?: string | undefined;
  leftReason?: string | undefined;
}

export { compact };

/** Refuses a date after today, naming the field it belongs to. */
export function checkNotFuture(date: string, now: Date, field: string): void {
  if (date > todayIso(now)) {
    throw new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: "The date can't be in the future" });
  }
}

/**
 * The record after a status change. History is a timeline: each change dated on or after
 * the one before, so the last is current; a back-dated change is refused in plain words.
 */
export function applyStatusChange<R extends PipelineRecord<string>>(
  before: R,
  change: { status: R['status']; date: string; note?: string | undefined; reason?: string | undefined },
  now: Date,
  labels: Record<R['status'], string>,
): R {
  checkNotFuture(change.date, now, 'date');
  const last = before.statusHistory[before.statusHistory.length - 1];
  if (last && change.date < last.date) {
    // A record's history holds only its own pipeline's statuses.
    throw new ApiError('VALIDATION', 'Check the highlighted field.', {
      date: `Enter a date on or after ${formatUkDate(last.date)}, the date of the last change (${labels[last.status as R['status']]})`,
    });
  }
  const at = now.toISOString();
  const leaving = change.status === 'left';
  const step: StatusStep<R['status']> = compact({ status: change.status, date: change.date, note: change.note, reason: leaving ? change.reason : undefined, recordedAt: at });
  return compact({
    ...before,
    updatedAt: at,
    status: change.status,
    statusHistory: [...before.statusHistory, step],
    leftDate: leaving ? change.date : undefined,
    leftReason: leaving ? change.reason : undefined,
  });
}

/** "Status changed to Left from 20/11/2026" — for the audit log, without the reason. */
export function statusAuditSummary(label: string, date: string): string {
  return `Status changed to ${label} from ${formatUkDate(date)}`;
}
