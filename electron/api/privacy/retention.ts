import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import { addMonthsIso, formatUkDate, todayIso } from '../../../shared/dates';
import { erasedReferralDetails, type ErasedKind } from '../../../shared/domain/erasure';
import { retentionDue, type RetentionItem, type RetentionList, type RetentionSources } from '../../../shared/domain/retention';
import { retentionPeriod } from '../../../shared/domain/retention-defaults';
import type { KeepDecision, RetentionItemKind, RetentionItemRef } from '../../../shared/domain/retention-keep';
import { retentionMonthsOf } from '../../../shared/domain/retention-settings';
import type { DbsCheck } from '../../../shared/domain/dbs';
import type { Supervision } from '../../../shared/domain/supervision';
import { ApiError } from '../../../shared/errors';
import { complianceKind, keepDecisionRecords, membersKind, referralsKind, retentionKind, volunteersKind, programmesKind } from '../../documents';
import type { AuditInput } from '../core/audit-log';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { allStoredSessions, settingsOf } from '../core/lookups';
import { allCompletions } from '../outcomes/completion-records';
import { allProgrammeSessions } from '../programmes/programme-records';
import { stageErasures, type ChangedRecord, type PersonToErase } from './erase-people';

/**
 * The retention list on the Privacy page: what is past its keep-until date (retention.ts),
 * "Keep" with a reason and a review date, and erasing. A person is erased as "Erase this person"
 * erases them (placeholder, counts kept); a DBS number or supervision private notes lose that
 * field only; a closed referral loses the person's details and keeps its dates for reports.
 */

/** The furthest a review can be put off: a decision should be looked at again within a few years. */
const LONGEST_REVIEW_MONTHS = 72;

function sources(ctx: AppContext): RetentionSources {
  return {
    members: ctx.store.get(membersKind).members,
    volunteers: ctx.store.get(volunteersKind).volunteers,
    referrals: ctx.store.get(referralsKind).referrals,
    // Every year: a member who left in 2019 was last at a register in 2019.
    sessions: allStoredSessions(ctx),
    programmes: ctx.store.get(programmesKind).programmes,
    programmeSessions: allProgrammeSessions(ctx),
    completions: allCompletions(ctx),
    compliance: ctx.store.get(complianceKind),
  };
}

function currentList(ctx: AppContext): RetentionList {
  return retentionDue(sources(ctx), retentionMonthsOf(settingsOf(ctx)), ctx.store.get(retentionKind).kept, todayIso(ctx.now()));
}

function findDue(list: RetentionList, ref: RetentionItemRef): RetentionItem | undefined {
  return list.items.find((i) => i.kind === ref.kind && i.recordId === ref.recordId);
}

const NOUN: Record<RetentionItemKind, string> = {
  member: 'member’s record',
  volunteer: 'volunteer’s record',
  referral: 'closed referral',
  dbs: 'DBS certificate number',
  supervision: 'supervision private notes',
};

/** Whose record an audit entry is filed under: compliance records go under their volunteer, as their own handlers file them. */
function auditTarget(item: RetentionItem): Pick<AuditInput, 'entity' | 'entityId'> {
  if (item.kind === 'referral') return { entity: 'referral', entityId: item.recordId };
  return { entity: item.person?.kind ?? 'volunteer', entityId: item.person?.id ?? item.recordId };
}

/** The record with the field retention clears taken out, to save in its place. */
function clearedRecord(ctx: AppContext, item: RetentionItem, at: string): ChangedRecord {
  if (item.kind === 'dbs') {
    const d = ctx.store.get(complianceKind).dbsChecks.find((x) => x.id === item.recordId);
    if (!d) throw new ApiError('NOT_FOUND', 'That DBS check is no longer on record.');
    const { certificateNumber: _number, updateServiceId: _updateId, ...kept } = d;
    return { collection: 'dbsChecks', record: { ...kept, updatedAt: at } satisfies DbsCheck };
  }
  if (item.kind === 'supervision') {
    const s = ctx.store.get(complianceKind).supervision.find((x) => x.id === item.recordId);
    if (!s) throw new ApiError('NOT_FOUND', 'That supervision is no longer on record.');
    const { notes: _notes, ...kept } = s;
    return { collection: 'supervision', record: { ...kept, updatedAt: at } satisfies Supervision };
  }
  const r = ctx.store.get(referralsKind).referrals.find((x) => x.id === item.recordId);
  if (!r) throw new ApiError('NOT_FOUND', 'That referral is no longer on record.');
  return { collection: 'referrals', record: erasedReferralDetails(r, at) };
}

const isPerson = (item: RetentionItem): item is RetentionItem & { kind: ErasedKind } => item.kind === 'member' || item.kind === 'volunteer';

function erasureReason(ctx: AppContext, item: RetentionItem): string {
  const months = retentionMonthsOf(settingsOf(ctx))[item.rule];
  return `Past the keep-until date of ${formatUkDate(item.keptUntil)}: kept ${retentionPeriod(months)} after ${item.fromLabel} (Settings → Retention)`;
}

function auditFor(item: RetentionItem): AuditInput {
  const summary = isPerson(item) ? `Erased the ${item.kind}’s details past their keep-until date` : `Erased a ${NOUN[item.kind]} past its keep-until date`;
  return { action: 'delete', ...auditTarget(item), summary };
}

/** Erases `items` in one commit; the journal then forgets what was there, as "Erase this person" does. */
async function eraseItems(ctx: AppContext, items: readonly RetentionItem[]): Promise<void> {
  const at = ctx.now().toISOString();
  const people: PersonToErase[] = items.filter(isPerson).map((i) => ({ kind: i.kind, id: i.recordId, reason: erasureReason(ctx, i), because: 'retention' }));
  const erasedPeople = new Set(people.map((p) => p.id));
  // A DBS number or notes of a volunteer erased in the same commit go with them.
  const fields = items.filter((i) => !isPerson(i) && !(i.person && erasedPeople.has(i.person.id) && i.kind !== 'referral'));
  await commit(ctx, items.map(auditFor), (tx) => {
    stageErasures(
      ctx,
      tx,
      people,
      fields.map((i) => clearedRecord(ctx, i, at)),
    );
  });
  await ctx.store.forgetHistory();
}

export const retentionHandlers: HandlerMap<AppContext>['retention'] = {
  async list(_input, ctx) {
    return Promise.resolve(currentList(ctx));
  },

  async keep({ kind, recordId, reason, reviewOn }, ctx) {
    const today = todayIso(ctx.now());
    const item = findDue(currentList(ctx), { kind, recordId });
    if (!item) throw new ApiError('CONFLICT', 'That is no longer past its keep-until date, or was kept or erased meanwhile.');
    if (reviewOn <= today) throw new ApiError('VALIDATION', 'Check the highlighted field.', { reviewOn: 'Enter a review date after today' });
    const latest = addMonthsIso(today, LONGEST_REVIEW_MONTHS);
    if (reviewOn > latest) throw new ApiError('VALIDATION', 'Check the highlighted field.', { reviewOn: `Enter a review date within ${retentionPeriod(LONGEST_REVIEW_MONTHS)}, by ${formatUkDate(latest)}` });
    const decision: KeepDecision = { id: randomUUID(), kind, recordId, reason, reviewOn, decidedAt: ctx.now().toISOString() };
    // The reason stays in the decision: it may name the person or a claim, so the audit entry says only when it is reviewed.
    const audit: AuditInput = { action: 'update', ...auditTarget(item), summary: `Kept a ${NOUN[kind]} past its keep-until date, to review on ${formatUkDate(reviewOn)}` };
    await commit(ctx, audit, (tx) => tx.put(keepDecisionRecords, decision, { replaces: null }));
    return decision;
  },

  async clear(ref, ctx) {
    if (ref.kind === 'member' || ref.kind === 'volunteer') throw new ApiError('VALIDATION', 'People are erased with “Erase this person”, which says what goes and what stays.');
    const item = findDue(currentList(ctx), ref);
    if (!item) return { erased: 0, skipped: 1 };
    await eraseItems(ctx, [item]);
    return { erased: 1, skipped: 0 };
  },

  async eraseListed({ items }, ctx) {
    const list = currentList(ctx);
    const due = new Map<string, RetentionItem>();
    for (const ref of items) {
      const item = findDue(list, ref);
      if (item) due.set(item.key, item);
    }
    if (due.size > 0) await eraseItems(ctx, [...due.values()]);
    return { erased: due.size, skipped: items.length - due.size };
  },
};
