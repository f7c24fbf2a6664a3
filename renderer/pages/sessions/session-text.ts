import { attendanceCount } from '../../../shared/domain/attendance';
import type { GroupSession } from '../../../shared/domain/group-sessions';

/** What a coordinator needs to know about a session, in words (never colour alone). */
export function sessionStatusText(s: GroupSession, today: string): string {
  if (s.cancelled) return `Cancelled: ${s.cancelled.reason}`;
  if (s.register) return `Register taken: ${attendanceCount(s.register)} came`;
  if (s.date < today) return 'Register not taken yet';
  if (s.date === today) return 'Today';
  return 'Coming up';
}

export function canTakeRegister(s: GroupSession, today: string): boolean {
  return !s.cancelled && s.date <= today;
}
