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
  /** No register is wanted: marked so by hand, or dated before the group's "Registers start from". */
  notRecorded?: NotRecorded;
  register?: Register;
  /** Something is saved for it; false for a meeting known only from the schedule. */
  stored: boolean;
}

/**
 * Why a meeting has no register and is not asked for one. `marked` is stored on the session
 * (and can be undone there); `before-registers` follows from the group's date, so it comes
 * and goes with that date and is never stored.
 */
export type NotRecorded = { why: 'marked'; at: string; reason?: string } | { why: 'before-registers'; registersFrom: IsoDate };

export type SessionStatus = 'cancelled' | 'register-taken' | 'not-recorded' | 'register-due' | 'upcoming';

/** What sessionsForGroup needs of a group: the report's plain group records have this much too. */
export type SessionGroup = Pick<Group, 'id' | 'schedule' | 'registersFrom'>;

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
  if (r.notRecorded) s.notRecorded = { why: 'marked', ...r.notRecorded };
  if (r.register) s.register = r.register;
  return s;
}

/**
 * A meeting before the group's registers started, with nothing else said about it, is not
 * recorded. A register taken for it anyway (or a cancellation) says more, and wins.
 */
function beforeRegisters(group: SessionGroup, s: GroupSession): GroupSession {
  const from = group.registersFrom;
  if (from === undefined || s.date >= from || s.register || s.cancelled || s.notRecorded) return s;
  return { ...s, notRecorded: { why: 'before-registers', registersFrom: from } };
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
 * - A meeting dated before the group's `registersFrom` with no register, cancellation or
 *   mark of its own is `notRecorded` ('before-registers').
 *
 * Records for other groups in `stored` are ignored, so the caller may pass a whole year.
 */
export function sessionsForGroup(group: SessionGroup, stored: readonly SessionRecord[], from: IsoDate, to: IsoDate): GroupSession[] {
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

  const sorted = out.sort((a, b) => cmp(a.date, b.date) || cmp(a.startTime, b.startTime) || cmp(a.id, b.id));
  return group.registersFrom === undefined ? sorted : sorted.map((s) => beforeRegisters(group, s));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a meeting needs from the coordinator. A meeting on `today` is already "register
 * due", so the register can be keyed in the same afternoon.
 */
export function sessionStatus(s: GroupSession, today: IsoDate): SessionStatus {
  if (s.cancelled) return 'cancelled';
  if (s.register) return 'register-taken';
  if (s.date > today) return 'upcoming';
  return s.notRecorded ? 'not-recorded' : 'register-due';
}

/**
 * Still wants a register, once its day has come: not taken, not cancelled, not marked as not
 * recorded. The one test behind Home's registers to take, the group page's "Register due" and
 * the report's missing-register checks, so the three always agree.
 */
export function registerWanted(s: GroupSession): boolean {
  return !s.register && !s.cancelled && !s.notRecorded;
}
