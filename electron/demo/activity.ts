import type { Volunteer } from '../../shared/domain/volunteers';
import { dayFromIso, type DayNumber } from './calendar';

/**
 * When each volunteer was active, worked out from their status history, so a sample
 * register never names a facilitator who had not started yet, was on a break, or had left.
 */

export interface ActiveSpan {
  from: DayNumber;
  /** Exclusive; Infinity while they are still active. */
  to: number;
}

export function activeSpans(v: Volunteer): ActiveSpan[] {
  const spans: ActiveSpan[] = [];
  let from: DayNumber | undefined;
  for (const step of v.statusHistory) {
    const day = dayFromIso(step.date) ?? 0;
    if (step.status === 'active') {
      from ??= day;
    } else if (from !== undefined) {
      spans.push({ from, to: day });
      from = undefined;
    }
  }
  if (from !== undefined) spans.push({ from, to: Infinity });
  return spans;
}

export function isActiveOn(spans: readonly ActiveSpan[], day: DayNumber): boolean {
  for (const s of spans) if (s.from <= day && day < s.to) return true;
  return false;
}

export interface VolunteerActivity {
  volunteer: Volunteer;
  spans: ActiveSpan[];
  facilitates: boolean;
  supports: boolean;
}

/** Roles that run groups, and roles that can be a member's key contact. */
export function volunteerActivity(volunteers: readonly Volunteer[]): VolunteerActivity[] {
  return volunteers.map((volunteer) => ({
    volunteer,
    spans: activeSpans(volunteer),
    facilitates: volunteer.roles.includes('group-facilitator'),
    supports: volunteer.roles.some((r) => r === 'peer-supporter' || r === 'peer-coach' || r === 'group-facilitator'),
  }));
}
