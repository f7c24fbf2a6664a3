import { randomUUID } from 'node:crypto';
import type { HandlerMap, ReferralOutcomeResult, ReferralRow } from '../../../shared/api';
import { daysBetween, formatUkDate, todayIso } from '../../../shared/dates';
import { ageWarning, freePlaces, openSpell } from '../../../shared/domain/group-roster';
import { hasRoster, type Group } from '../../../shared/domain/groups';
import { MEMBER_STATUS_LABELS, type Member, type MemberStatusChange } from '../../../shared/domain/members';
import { statusAuditSummary } from '../../../shared/domain/people-status';
import { REFERRAL_OUTCOME_LABELS, type Referral, type ReferralInput } from '../../../shared/domain/referrals';
import { ApiError } from '../../../shared/errors';
import { fold } from '../../../shared/text';
import { groupRecords, memberRecords, referralRecords, referralsKind } from '../../documents';
import type { Transaction } from '../../store';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { newMemberFrom } from '../members/member-records';
import { compact, findGroup, findMember, settingsOf } from '../core/lookups';

export function referralRow(r: Referral, today: string): ReferralRow {
  const until = r.assessedDate ?? (r.outcome === 'open' ? today : (r.outcomeDate ?? today));
  const daysWaiting = Math.max(0, daysBetween(r.receivedDate, until));
  return compact<ReferralRow>({
    id: r.id,
    name: `${r.person.firstName} ${r.person.lastName}`,
    source: r.source,
    receivedDate: r.receivedDate,
    daysWaiting,
    targetWaitDays: r.targetWaitDays,
    overTarget: r.outcome === 'open' && !r.assessedDate && daysWaiting > r.targetWaitDays,
    assessedLate: r.assessedDate !== undefined && daysWaiting > r.targetWaitDays,
    contactedDate: r.contactedDate,
    assessedDate: r.assessedDate,
    outcome: r.outcome,
    memberId: r.memberId,
  });
}

function findReferral(ctx: AppContext, id: string): Referral {
  const r = ctx.store.record(referralRecords, id);
  if (!r) throw new ApiError('NOT_FOUND', 'That referral is no longer on record.');
  return r;
}

function checkDates(input: ReferralInput, today: string): void {
  const fields: Record<string, string> = {};
  if (input.receivedDate > today) fields.receivedDate = "The date received can't be in the future";
  if (input.contactedDate && input.contactedDate < input.receivedDate) fields.contactedDate = 'They were contacted before the referral was received: check the date';
  if (input.assessedDate && input.assessedDate < input.receivedDate) fields.assessedDate = 'The assessment is before the referral was received: check the date';
  if (input.contactedDate && input.contactedDate > today) fields.contactedDate = "The date can't be in the future";
  if (input.assessedDate && input.assessedDate > today) fields.assessedDate = "The date can't be in the future";
  if (Object.keys(fields).length > 0) throw new ApiError('VALIDATION', 'Check the highlighted fields.', fields);
}

/** The member's pipeline as the referral recorded it: referred, contacted, assessed, active. */
function historyFromReferral(r: Referral, activeDate: string, at: string): [MemberStatusChange, ...MemberStatusChange[]] {
  const steps: [MemberStatusChange, ...MemberStatusChange[]] = [{ status: 'referred', date: r.receivedDate, recordedAt: at, note: 'From a referral' }];
  if (r.contactedDate) steps.push({ status: 'contacted', date: r.contactedDate, recordedAt: at });
  if (r.assessedDate) steps.push({ status: 'assessed', date: r.assessedDate, recordedAt: at });
  steps.push({ status: 'active', date: activeDate, recordedAt: at, note: 'Referral accepted' });
  return steps;
}

function memberFromReferral(r: Referral, activeDate: string, at: string): Member {
  const { firstName, lastName, email, phone, dateOfBirth, postcode } = r.person;
  return newMemberFrom({ firstName, lastName, email, phone, dateOfBirth, address: { postcode } }, historyFromReferral(r, activeDate, at), at);
}

/** What an outcome writes, gathered before its one commit: the records and their audit entries. */
export interface Staged {
  writes: ((tx: Transaction) => void)[];
  audit: AuditInput[];
}

/**
 * An accepted referral's person becomes an active member: the member it already names is
 * activated, or a new member is made from the referral. Returns the member's id.
 */
export function acceptMember(staged: Staged, referral: Referral, existing: Member | undefined, date: string, at: string): string {
  if (!existing) {
    const member = memberFromReferral(referral, date, at);
    staged.writes.push((tx) => tx.put(memberRecords, member, { replaces: null }));
    staged.audit.push({ action: 'create', entity: 'member', entityId: member.id, summary: 'Added a member from an accepted referral' });
    return member.id;
  }
  if (existing.status !== 'active') {
    const activated = compact<Member>({
      ...existing,
      status: 'active',
      statusHistory: [...existing.statusHistory, { status: 'active', date, recordedAt: at, note: 'Referral accepted' }],
      leftDate: undefined,
      leftReason: undefined,
      updatedAt: at,
    });
    staged.writes.push((tx) => tx.put(memberRecords, activated, { replaces: existing }));
    staged.audit.push({ action: 'status', entity: 'member', entityId: existing.id, summary: statusAuditSummary(MEMBER_STATUS_LABELS.active, date), fields: ['Status'] });
  }
  return existing.id;
}

/** Places the member in the group chosen, or on its waiting list when it is full. Returns what happened, in words. */
function placeInGroup(staged: Staged, group: Group, memberId: string, date: string, at: string): string {
  if (!hasRoster(group.kind)) return `${group.name} is a drop-in: they can come along any time.`;
  if (openSpell(group, memberId)) return `Already in ${group.name}.`;
  const places = freePlaces(group, date);
  const full = places !== undefined && places <= 0;
  const after: Group = full
    ? { ...group, waitingList: group.waitingList.some((w) => w.memberId === memberId) ? group.waitingList : [...group.waitingList, { memberId, added: date }], updatedAt: at }
    : { ...group, roster: [...group.roster, { memberId, joined: date }], waitingList: group.waitingList.filter((w) => w.memberId !== memberId), updatedAt: at };
  staged.writes.push((tx) => tx.put(groupRecords, after, { replaces: group }));
  staged.audit.push({ action: 'update', entity: 'group', entityId: group.id, summary: full ? 'Added someone to the waiting list' : 'Added a member to the group' });
  return full ? `${group.name} is full, so they are on its waiting list.` : `Added to ${group.name}.`;
}

export const referralHandlers: HandlerMap<AppContext>['referrals'] = {
  async list({ view, query }, ctx) {
    const today = todayIso(ctx.now());
    const all = ctx.store.get(referralsKind).referrals;
    const words = fold(query).split(/\s+/).filter(Boolean);
    const matches = (r: Referral) => words.every((w) => fold(`${r.person.firstName} ${r.person.lastName} ${r.referrer.name ?? ''} ${r.referrer.organisation ?? ''}`).includes(w));
    const rows = all.filter((r) => (view === 'all' || r.outcome === 'open') && matches(r)).map((r) => referralRow(r, today));
    // Open referrals: oldest first, so the longest wait is at the top. All: newest first.
    rows.sort((a, b) => (view === 'open' ? a.receivedDate.localeCompare(b.receivedDate) : b.receivedDate.localeCompare(a.receivedDate)));
    const open = all.filter((r) => r.outcome === 'open').map((r) => referralRow(r, today));
    return Promise.resolve({ rows, openCount: open.length, overTargetCount: open.filter((r) => r.overTarget).length });
  },

  async get({ id }, ctx) {
    return Promise.resolve(findReferral(ctx, id));
  },

  async create({ referral }, ctx) {
    checkDates(referral, todayIso(ctx.now()));
    if (referral.memberId) findMember(ctx, referral.memberId);
    const at = ctx.now().toISOString();
    const record = compact<Referral>({
      ...referral,
      targetWaitDays: referral.targetWaitDays ?? settingsOf(ctx).referralTargetDays,
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      outcome: 'open',
    });
    await commit(ctx, { action: 'create', entity: 'referral', entityId: record.id, summary: 'Added a referral' }, (tx) => tx.put(referralRecords, record, { replaces: null }));
    return record;
  },

  async update({ id, referral }, ctx) {
    const before = findReferral(ctx, id);
    checkDates(referral, todayIso(ctx.now()));
    if (referral.memberId) findMember(ctx, referral.memberId);
    const after = compact<Referral>({
      ...before,
      ...referral,
      targetWaitDays: referral.targetWaitDays ?? before.targetWaitDays,
      contactedDate: referral.contactedDate,
      assessedDate: referral.assessedDate,
      updatedAt: ctx.now().toISOString(),
    });
    await commit(ctx, { action: 'update', entity: 'referral', entityId: id, summary: 'Changed referral details' }, (tx) => tx.put(referralRecords, after, { replaces: before }));
    return after;
  },

  async setOutcome({ id, outcome, date, reason, placeInGroupId }, ctx): Promise<ReferralOutcomeResult> {
    const before = findReferral(ctx, id);
    if (before.outcome !== 'open') throw new ApiError('CONFLICT', `This referral was already ${REFERRAL_OUTCOME_LABELS[before.outcome].toLowerCase()}.`);
    if (date < before.receivedDate) throw new ApiError('VALIDATION', 'Check the highlighted field.', { date: `Enter a date on or after ${formatUkDate(before.receivedDate)}, when the referral came in` });
    if (date > todayIso(ctx.now())) throw new ApiError('VALIDATION', 'Check the highlighted field.', { date: "The date can't be in the future" });
    const at = ctx.now().toISOString();
    const staged: Staged = { writes: [], audit: [] };
    let memberId = before.memberId;
    let placement: string | undefined;
    const warnings: string[] = [];
    if (outcome === 'accepted') {
      const group = placeInGroupId ? findGroup(ctx, placeInGroupId) : undefined;
      const existing = memberId ? findMember(ctx, memberId) : undefined;
      memberId = acceptMember(staged, before, existing, date, at);
      if (group) {
        placement = placeInGroup(staged, group, memberId, date, at);
        const age = hasRoster(group.kind) ? ageWarning(group, existing ? existing.dateOfBirth : before.person.dateOfBirth, date) : undefined;
        if (age) warnings.push(age);
      }
    }
    const after = compact<Referral>({
      ...before,
      outcome,
      outcomeDate: date,
      outcomeReason: reason,
      memberId,
      placedInGroupId: outcome === 'accepted' ? placeInGroupId : undefined,
      updatedAt: at,
    });
    staged.writes.push((tx) => tx.put(referralRecords, after, { replaces: before }));
    staged.audit.push({ action: 'update', entity: 'referral', entityId: id, summary: `Referral ${REFERRAL_OUTCOME_LABELS[outcome].toLowerCase()} on ${formatUkDate(date)}` });
    // The member, their place in the group, the referral and every audit entry: one commit,
    // refused whole if any of them changed since they were read.
    await commit(ctx, staged.audit, (tx) => {
      for (const write of staged.writes) write(tx);
    });
    const result: ReferralOutcomeResult = { referral: after };
    if (memberId) result.memberId = memberId;
    if (placement) result.placement = placement;
    if (warnings.length > 0) result.warnings = warnings;
    return result;
  },

  async delete({ id }, ctx) {
    const referral = findReferral(ctx, id);
    // The person referred is not named: their details must not live on in the log.
    await commit(ctx, { action: 'delete', entity: 'referral', entityId: id, summary: 'Deleted a referral' }, (tx) => tx.remove(referralRecords, referral));
    return { deleted: true as const };
  },
};
