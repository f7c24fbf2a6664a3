import type { IsoDate } from '../dates';
import type { Group } from './groups';
import { isOccurrence, occurrences } from './schedule';
import { scheduledSessionId, type Register, type SessionRecord } from './sessions';

/**
 * A group's meetings in a date range as people see them: the dates its schedule gives,
 * with whatever has been stored about each (register, cancellation, changed times), plus
 * one-off meetings, plus past meetings that were registered under an earlier schedule.
 */
export interface GroupSession {
  id: string;
  groupId: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  /** Added by hand rather than generated from the schedule. */
  oneOff: boolean;
  /** The current schedule includes this meeting. */
  scheduled: boolean;
  cancelled?: { reason: string; at: string };
  register?: Register;
  /** Something is saved for it; false for a meeting known only from the schedule. */
  stored: boolean;
}

export type SessionStatus = 'cancelled' | 'register-taken' | 'register-due' | 'upcoming';

function fromRecord(r: SessionRecord, scheduled: boolean): GroupSession {
  const s: GroupSession = {
    id: r.id,
    groupId: r.groupId,
    date: r.date,
    startTime: r.startTime,
    endTime: r.endTime,
    oneOff: r.oneOff,
    scheduled,
    stored: true,
  };
  if (r.cancelled) s.cancelled = { ...r.cancelled };
  if (r.register) s.register = r.register;
  return s;
}

/**
 * The schedule slot a stored meeting was made for. Its id says so even if the meeting
 * was later moved to another day; records with ids of another form fall back to their date.
 */
function slotDate(groupId: string, r: SessionRecord): IsoDate {
  const prefix = scheduledSessionId(groupId, '');
  return r.id.startsWith(prefix) ? r.id.slice(prefix.length) : r.date;
}

/**
 * Every meeting of `group` dated in [from, to], sorted by date then start time.
 *
 * - A date the schedule gives appears once, with id `scheduledSessionId(group.id, date)`;
 *   if a record with that id is stored, its times, cancellation and register are used.
 * - Stored one-offs in range appear as they are.
 * - A stored meeting whose slot the schedule no longer gives (the day or the pattern was
 *   changed) is kept, with `scheduled: false`, only if a register was taken: it happened.
 *   A cancellation or empty record for a date that is no longer a meeting is dropped.
 *
 * Records for other groups in `stored` are ignored, so the caller may pass a whole year.
 */
export function sessionsForGroup(group: Group, stored: readonly SessionRecord[], from: IsoDate, to: IsoDate): GroupSession[] {
  const byId = new Map<string, SessionRecord>();
  for (const r of stored) if (r.groupId === group.id) byId.set(r.id, r);

  const out: GroupSession[] = [];
  const { startTime, endTime } = group.schedule;
  const meetingDates = occurrences(group.schedule, from, to);
  for (const date of meetingDates) {
    const id = scheduledSessionId(group.id, date);
    // A stored record for this slot is added below, at the date it is stored under.
    if (!byId.has(id)) out.push({ id, groupId: group.id, date, startTime, endTime, oneOff: false, scheduled: true, stored: false });
  }

  const inRange = new Set(meetingDates);
  const stillScheduled = (slot: IsoDate): boolean =>
    slot >= from && slot <= to ? inRange.has(slot) : isOccurrence(group.schedule, slot);
  for (const r of byId.values()) {
    if (r.date < from || r.date > to) continue;
    if (r.oneOff) out.push(fromRecord(r, false));
    else if (stillScheduled(slotDate(group.id, r))) out.push(fromRecord(r, true));
    else if (r.register) out.push(fromRecord(r, false));
  }

  return out.sort((a, b) => cmp(a.date, b.date) || cmp(a.startTime, b.startTime) || cmp(a.id, b.id));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a meeting needs from the coordinator. A meeting on `today` is already "register
 * due", so the register can be keyed in the same afternoon.
 */
export function sessionStatus(s: GroupSession, today: IsoDate): SessionStatus {
  if (s.cancelled) return 'cancelled';
  if (s.register) return 'register-taken';
  return s.date <= today ? 'register-due' : 'upcoming';
}
