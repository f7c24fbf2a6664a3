import type { PersonRef } from '../../shared/api';
import type { Group } from '../../shared/domain/groups';
import type { Member } from '../../shared/domain/members';
import { displayName } from '../../shared/domain/person';
import type { SessionRecord } from '../../shared/domain/sessions';
import type { Venue } from '../../shared/domain/venues';
import type { Volunteer } from '../../shared/domain/volunteers';
import { ApiError } from '../../shared/errors';
import { groupsKind, membersKind, sessionsKind, settingsKind, volunteersKind } from '../documents';
import type { AppContext } from './context';

/** Reads across documents that several handlers need, with "not found" in plain words. */

export function personRef(p: Member | Volunteer): PersonRef {
  return p.phone ? { id: p.id, name: displayName(p), phone: p.phone } : { id: p.id, name: displayName(p) };
}

export function membersById(ctx: AppContext): Map<string, Member> {
  return new Map(ctx.store.get(membersKind).members.map((m) => [m.id, m]));
}

export function volunteersById(ctx: AppContext): Map<string, Volunteer> {
  return new Map(ctx.store.get(volunteersKind).volunteers.map((v) => [v.id, v]));
}

export function findGroup(ctx: AppContext, id: string): Group {
  const g = ctx.store.get(groupsKind).groups.find((x) => x.id === id);
  if (!g) throw new ApiError('NOT_FOUND', 'That group is no longer on record.');
  return g;
}

export function findVenue(ctx: AppContext, id: string): Venue {
  const v = ctx.store.get(groupsKind).venues.find((x) => x.id === id);
  if (!v) throw new ApiError('NOT_FOUND', 'That venue is no longer on record.');
  return v;
}

export function findMember(ctx: AppContext, id: string): Member {
  const m = ctx.store.get(membersKind).members.find((x) => x.id === id);
  if (!m) throw new ApiError('NOT_FOUND', 'That member is no longer on record.');
  return m;
}

export function venueOf(ctx: AppContext, group: Group): Venue | undefined {
  return group.venueId ? ctx.store.get(groupsKind).venues.find((v) => v.id === group.venueId) : undefined;
}

/** Stored sessions of one group between two dates, from the year documents that can hold them. */
export function storedSessions(ctx: AppContext, from: string, to: string, groupId?: string): SessionRecord[] {
  const out: SessionRecord[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (const key of ctx.store.keys(sessionsKind)) {
    const year = Number(key);
    if (year < first || year > last) continue;
    for (const s of ctx.store.get(sessionsKind, key).sessions) {
      if (s.date >= from && s.date <= to && (groupId === undefined || s.groupId === groupId)) out.push(s);
    }
  }
  return out;
}

/** Every stored session of a group, all years (its whole history). */
export function allStoredSessions(ctx: AppContext, groupId?: string): SessionRecord[] {
  const out: SessionRecord[] = [];
  for (const key of ctx.store.keys(sessionsKind)) {
    for (const s of ctx.store.get(sessionsKind, key).sessions) if (groupId === undefined || s.groupId === groupId) out.push(s);
  }
  return out;
}

export function settingsOf(ctx: AppContext) {
  return ctx.store.get(settingsKind).settings;
}

export { compact } from '../../shared/compact';
