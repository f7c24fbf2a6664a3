import { randomUUID } from 'node:crypto';
import type { SessionListItem } from '../../../shared/api';
import { isIsoDate } from '../../../shared/dates';
import { hasRoster, type Group } from '../../../shared/domain/groups';
import { rosterOn } from '../../../shared/domain/group-roster';
import { sessionsForGroup, type GroupSession } from '../../../shared/domain/group-sessions';
import { attendanceCount, type SessionRecord } from '../../../shared/domain/sessions';
import { ApiError } from '../../../shared/errors';
import { sessionRecords } from '../../documents';
import type { Transaction } from '../../store';
import { STALE_RECORD_MESSAGE } from '../../store/transaction';
import type { AppContext } from '../core/context';
import { findGroup, storedSessions, venueOf } from '../core/lookups';

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

/** A session as found for a change: with the record on file, if anything about it is stored yet. */
export interface SessionToChange extends ResolvedSession {
  onFile: SessionRecord | undefined;
}

export function resolveSession(ctx: AppContext, sessionId: string): SessionToChange {
  const { groupId, date } = parseSessionId(sessionId);
  const group = findGroup(ctx, groupId);
  const session = sessionsForGroup(group, storedSessions(ctx, date, date, groupId), date, date).find((s) => s.id === sessionId);
  if (!session) throw new ApiError('NOT_FOUND', NOT_FOUND);
  return { group, session, onFile: ctx.store.record(sessionRecords, sessionId, date.slice(0, 4)) };
}

/**
 * Stages one session's stored record in the action's commit: `record` replaces what was on
 * file (`onFile`, as the handler read it), or null removes it when nothing about the
 * session needs keeping. Either is refused if the session changed since it was read.
 */
export function stageSession(tx: Transaction, onFile: SessionRecord | undefined, record: SessionRecord | null): void {
  if (record === null) {
    if (onFile) tx.remove(sessionRecords, onFile, { replaces: onFile });
    return;
  }
  // A register first stored by another save meanwhile (a double click on Save) is a stale edit
  // too: said in the coordinator's words rather than the store's "must be new".
  if (!onFile && tx.get(sessionRecords, record.id, record.date.slice(0, 4))) throw new ApiError('CONFLICT', STALE_RECORD_MESSAGE);
  tx.put(sessionRecords, record, onFile ? { replaces: onFile } : {});
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
  // Only a mark made on the session is stored; "before registers started" follows from the group.
  if (s.notRecorded?.why === 'marked') record.notRecorded = s.notRecorded.reason === undefined ? { at: s.notRecorded.at } : { at: s.notRecorded.at, reason: s.notRecorded.reason };
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
