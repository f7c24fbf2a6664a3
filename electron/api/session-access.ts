import { randomUUID } from 'node:crypto';
import type { SessionListItem } from '../../shared/api';
import { isIsoDate } from '../../shared/dates';
import { hasRoster, type Group } from '../../shared/domain/groups';
import { rosterOn } from '../../shared/domain/group-roster';
import { sessionsForGroup, type GroupSession } from '../../shared/domain/group-sessions';
import { attendanceCount, type SessionRecord } from '../../shared/domain/sessions';
import { ApiError } from '../../shared/errors';
import { sessionsKind } from '../documents';
import type { AppContext } from './context';
import { findGroup, storedSessions, venueOf } from './lookups';

/**
 * Finding and saving one session. Ids carry the group and the date ("<group>--2026-11-24",
 * one-offs add "--<suffix>"), so the year document to read is known without a search and a
 * scheduled meeting can be found before anything about it has been stored.
 */

const NOT_FOUND = 'That session is not in the group’s schedule any more. Open the group to see its sessions.';

export function parseSessionId(sessionId: string): { groupId: string; date: string } {
  const [groupId, date] = sessionId.split('--');
  if (!groupId || !date || !isIsoDate(date)) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return { groupId, date };
}

export function oneOffSessionId(groupId: string, date: string): string {
  return `${groupId}--${date}--${randomUUID().slice(0, 8)}`;
}

export interface ResolvedSession {
  group: Group;
  session: GroupSession;
}

export function resolveSession(ctx: AppContext, sessionId: string): ResolvedSession {
  const { groupId, date } = parseSessionId(sessionId);
  const group = findGroup(ctx, groupId);
  const session = sessionsForGroup(group, storedSessions(ctx, date, date, groupId), date, date).find((s) => s.id === sessionId);
  if (!session) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return { group, session };
}

/** Writes one session into its year's document: the only file a register save touches. */
export async function upsertSession(ctx: AppContext, record: SessionRecord | null, id: string, date: string): Promise<void> {
  await ctx.store.update(sessionsKind, date.slice(0, 4), (doc) => {
    const i = doc.sessions.findIndex((s) => s.id === id);
    if (record === null) {
      if (i !== -1) doc.sessions.splice(i, 1);
    } else if (i === -1) doc.sessions.push(record);
    else doc.sessions[i] = record;
  });
}

export function toRecord(s: GroupSession, changes: Partial<SessionRecord>, now: Date): SessionRecord {
  const record: SessionRecord = {
    id: s.id,
    groupId: s.groupId,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    oneOff: s.oneOff,
    updatedAt: now.toISOString(),
  };
  if (s.cancelled) record.cancelled = s.cancelled;
  if (s.register) record.register = s.register;
  return { ...record, ...changes };
}

export function sessionListItem(ctx: AppContext, group: Group, s: GroupSession): SessionListItem {
  const venue = venueOf(ctx, group);
  const item: SessionListItem = {
    ...s,
    groupName: group.name,
    groupKind: group.kind,
    expected: hasRoster(group.kind) ? rosterOn(group, s.date).length : 0,
  };
  if (venue) item.venueName = venue.name;
  if (s.register) item.attendance = attendanceCount(s.register);
  return item;
}
