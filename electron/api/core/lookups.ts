import type { PersonRef } from '../../../shared/api';
import type { Group } from '../../../shared/domain/groups';
import type { Member } from '../../../shared/domain/members';
import { displayName } from '../../../shared/domain/person';
import type { SessionRecord } from '../../../shared/domain/sessions';
import type { Venue } from '../../../shared/domain/venues';
import type { Volunteer } from '../../../shared/domain/volunteers';
import { ApiError } from '../../../shared/errors';
import { groupRecords, membersKind, memberRecords, sessionsKind, settingsKind, venueRecords, volunteersKind } from '../../documents';
import { cached } from './cache';
import type { AppContext } from './context';

/** Reads across documents that several handlers need, with "not found" in plain words. */

export function personRef(p: Member | Volunteer): PersonRef {
  return p.phone ? { id: p.id, name: displayName(p), phone: p.phone } : { id: p.id, name: displayName(p) };
}

/** Member id → member, kept until the members change (a register save needs it twice). Read-only. */
export function membersById(ctx: AppContext): ReadonlyMap<string, Member> {
  return cached(ctx, 'membersById', [membersKind], () => new Map(ctx.store.get(membersKind).members.map((m) => [m.id, m])));
}

/** Volunteer id → volunteer, kept until the volunteers change. Read-only. */
export function volunteersById(ctx: AppContext): ReadonlyMap<string, Volunteer> {
  return cached(ctx, 'volunteersById', [volunteersKind], () => new Map(ctx.store.get(volunteersKind).volunteers.map((v) => [v.id, v])));
}

export function findGroup(ctx: AppContext, id: string): Group {
  const g = ctx.store.record(groupRecords, id);
  if (!g) throw new ApiError('NOT_FOUND', 'That group is no longer on record.');
  return g;
}

export function findVenue(ctx: AppContext, id: string): Venue {
  const v = ctx.store.record(venueRecords, id);
  if (!v) throw new ApiError('NOT_FOUND', 'That venue is no longer on record.');
  return v;
}

export function findMember(ctx: AppContext, id: string): Member {
  const m = ctx.store.record(memberRecords, id);
  if (!m) throw new ApiError('NOT_FOUND', 'That member is no longer on record. They may have been deleted.');
  return m;
}

export function venueOf(ctx: AppContext, group: Group): Venue | undefined {
  return group.venueId ? ctx.store.record(venueRecords, group.venueId) : undefined;
}

const NO_SESSIONS: readonly SessionRecord[] = [];

/**
 * One year's stored sessions by group, in the order they are held: a group page reads a
 * group's whole history, which would otherwise mean a pass over every session of every year.
 */
function sessionsByGroup(ctx: AppContext, year: string): ReadonlyMap<string, readonly SessionRecord[]> {
  return cached(ctx, `sessionsByGroup:${year}`, [[sessionsKind, year]], () => {
    const byGroup = new Map<string, SessionRecord[]>();
    for (const s of ctx.store.get(sessionsKind, year).sessions) {
      const list = byGroup.get(s.groupId);
      if (list) list.push(s);
      else byGroup.set(s.groupId, [s]);
    }
    return byGroup;
  });
}

function sessionsOfYear(ctx: AppContext, year: string, groupId: string | undefined): readonly SessionRecord[] {
  return groupId === undefined ? ctx.store.get(sessionsKind, year).sessions : (sessionsByGroup(ctx, year).get(groupId) ?? NO_SESSIONS);
}

/** Stored sessions of one group between two dates, from the year documents that can hold them. */
export function storedSessions(ctx: AppContext, from: string, to: string, groupId?: string): SessionRecord[] {
  const out: SessionRecord[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (const key of ctx.store.keys(sessionsKind)) {
    const year = Number(key);
    if (year < first || year > last) continue;
    for (const s of sessionsOfYear(ctx, key, groupId)) if (s.date >= from && s.date <= to) out.push(s);
  }
  return out;
}

/** Every stored session of a group, all years (its whole history). */
export function allStoredSessions(ctx: AppContext, groupId?: string): SessionRecord[] {
  return ctx.store.keys(sessionsKind).flatMap((key) => sessionsOfYear(ctx, key, groupId));
}

export function settingsOf(ctx: AppContext) {
  return ctx.store.get(settingsKind).settings;
}

export { compact } from '../../../shared/compact';
