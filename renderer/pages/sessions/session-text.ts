import { attendanceCount } from '../../../shared/domain/attendance';
import type { GroupSession, NotRecorded } from '../../../shared/domain/group-sessions';

/** What a coordinator needs to know about a session, in words (never colour alone). */
export function sessionStatusText(s: GroupSession, today: string): string {
  if (s.cancelled) return `Cancelled: ${s.cancelled.reason}`;
  if (s.register) return `Register taken: ${attendanceCount(s.register)} came`;
  if (s.date > today) return 'Coming up';
  if (s.notRecorded) return notRecordedText(s.notRecorded);
  if (s.date < today) return 'Register not taken yet';
  return 'Today';
}

/** Said apart from "Cancelled": it may well have met, but has no register here. */
export function notRecordedText(n: NotRecorded): string {
  // The date is on the page around it (the group's "Registers start from"); a column of rows repeating it reads as noise.
  if (n.why === 'before-registers') return 'Not recorded: before registers started';
  return n.reason ? `Not recorded: ${n.reason}` : 'Not recorded';
}

export function canTakeRegister(s: GroupSession, today: string): boolean {
  return !s.cancelled && s.date <= today;
}

/**
 * A past session with no register that is still asked for one can be marked as not recorded
 * instead. Not today's: it may still be on, and its row has enough to do.
 */
export function canMarkNotRecorded(s: GroupSession, today: string): boolean {
  return !s.cancelled && !s.register && !s.notRecorded && s.date < today;
}
