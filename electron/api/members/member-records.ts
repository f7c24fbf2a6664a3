import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/dates';
import { sortedMembersForExport } from '../../../shared/domain/member-search';
import type { Member, MemberInput, MemberStatus, MemberStatusChange } from '../../../shared/domain/members';
import { isErased } from '../../../shared/domain/erasure';
import { compact } from '../../../shared/domain/people-status';
import { displayName } from '../../../shared/domain/person';
import { membersKind, volunteersKind } from '../../documents';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';

/** Finding and making member records, and the lookups member lists use: shared by the handlers and the CSV import. */

export { findMember } from '../core/lookups';

/** What a member made outside the member form (from a referral, as a walk-in) starts with: nothing recorded beyond the given details. */
type NewMemberDetails = Pick<Member, 'firstName' | 'lastName'> & Partial<Pick<Member, 'email' | 'phone' | 'dateOfBirth' | 'address'>>;

/** A member made from a few details, with the status history that brought them in; its last step is their status. */
export function newMemberFrom(details: NewMemberDetails, history: readonly [MemberStatusChange, ...MemberStatusChange[]], at: string): Member {
  return compact<Member>({
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    address: {},
    ...details,
    emergencyContact: {},
    status: history[history.length - 1]!.status,
    statusHistory: [...history],
    interests: [],
    digital: {},
    deviceLoans: [],
    newsletter: 'none',
    consents: [],
    equality: {},
  });
}

/** Volunteer id → the name a coordinator knows them by; every member search needs it, so it is kept until a volunteer changes. */
export function volunteerNames(ctx: AppContext): ReadonlyMap<string, string> {
  return cached(ctx, 'volunteerNames', [volunteersKind], () => new Map(ctx.store.get(volunteersKind).volunteers.map((v) => [v.id, displayName(v)])));
}

/** Members in name order, kept until one changes: a search then filters them without sorting. Erased placeholders are left out. */
export function membersInNameOrder(ctx: AppContext): readonly Member[] {
  return cached(ctx, 'membersInNameOrder', [membersKind], () => sortedMembersForExport(ctx.store.get(membersKind).members.filter((m) => !isErased(m))));
}

export function newMemberRecord(input: MemberInput, status: MemberStatus, now: Date): Member {
  const at = now.toISOString();
  const joinedDate = input.joinedDate ?? todayIso(now);
  return compact({
    ...input,
    joinedDate,
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    status,
    statusHistory: [{ status, date: joinedDate, recordedAt: at, note: 'Record added' }],
    deviceLoans: [],
    consents: [],
    equality: {},
  });
}

