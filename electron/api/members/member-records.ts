import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/dates';
import { sortedMembersForExport } from '../../../shared/domain/member-search';
import type { Member, MemberInput, MemberStatus } from '../../../shared/domain/members';
import { compact } from '../../../shared/domain/people-status';
import { displayName } from '../../../shared/domain/person';
import { ApiError } from '../../../shared/errors';
import { memberRecords, membersKind, volunteersKind } from '../../documents';
import { cached } from '../core/cache';
import type { AppContext } from '../core/context';

/** Finding and making member records, and the lookups member lists use: shared by the handlers and the CSV import. */

const NOT_FOUND = 'That member is no longer on record. They may have been deleted.';

export function findMember(ctx: AppContext, id: string): Member {
  const m = ctx.store.record(memberRecords, id);
  if (!m) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return m;
}

/** Volunteer id → the name a coordinator knows them by; every member search needs it, so it is kept until a volunteer changes. */
export function volunteerNames(ctx: AppContext): ReadonlyMap<string, string> {
  return cached(ctx, 'volunteerNames', [volunteersKind], () => new Map(ctx.store.get(volunteersKind).volunteers.map((v) => [v.id, displayName(v)])));
}

/** Members in name order, kept until one changes: a search then filters them without sorting. */
export function membersInNameOrder(ctx: AppContext): readonly Member[] {
  return cached(ctx, 'membersInNameOrder', [membersKind], () => sortedMembersForExport(ctx.store.get(membersKind).members));
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

