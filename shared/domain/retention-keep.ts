import { z } from 'zod';
import { requiredIsoDate, requiredText } from '../fields';

/**
 * "Keep" on the retention list: a coordinator's decision to keep something past its
 * keep-until date, with why and when to look again. Kept in their own small document
 * (retention.json) rather than on each record, so no record's schema changes and the
 * decision outlives a field that is later cleared. Until the review date the item is left
 * off the list; on that day it comes back, showing the last decision.
 */

export const RETENTION_ITEM_KINDS = ['member', 'volunteer', 'referral', 'dbs', 'supervision'] as const;
export type RetentionItemKind = (typeof RETENTION_ITEM_KINDS)[number];

/** "member:4f1c…": the kind and the record's id, which is what a decision names. */
export const retentionKey = (kind: RetentionItemKind, recordId: string): string => `${kind}:${recordId}`;

export const keepDecisionSchema = z.object({
  id: z.string(),
  kind: z.enum(RETENTION_ITEM_KINDS),
  /** The record kept (a member, a referral, a DBS check, a supervision). */
  recordId: z.string(),
  /** Why, in the coordinator's words; never copied into the audit log. */
  reason: z.string(),
  /** The day it comes back on the list. */
  reviewOn: z.string(),
  /** When the decision was made (ISO date and time). */
  decidedAt: z.string(),
});
export type KeepDecision = z.infer<typeof keepDecisionSchema>;

export const retentionItemRefSchema = z.object({
  kind: z.enum(RETENTION_ITEM_KINDS, { error: 'Choose something on the retention list' }),
  recordId: z.string().min(1).max(100),
});
export type RetentionItemRef = z.infer<typeof retentionItemRefSchema>;

export const keepInputSchema = retentionItemRefSchema.extend({
  reason: requiredText('why it is being kept (for example “An insurance claim is open”)', 500),
  reviewOn: requiredIsoDate,
});
export type KeepInput = z.output<typeof keepInputSchema>;

/** The decision in force on `today`: the latest for the item, if its review date has not come. */
export function keptUntilReview(decisions: readonly KeepDecision[], kind: RetentionItemKind, recordId: string, today: string): KeepDecision | undefined {
  const last = latestDecision(decisions, kind, recordId);
  return last && last.reviewOn > today ? last : undefined;
}

export function latestDecision(decisions: readonly KeepDecision[], kind: RetentionItemKind, recordId: string): KeepDecision | undefined {
  let last: KeepDecision | undefined;
  for (const d of decisions) if (d.kind === kind && d.recordId === recordId && (!last || d.decidedAt > last.decidedAt)) last = d;
  return last;
}
