import { sessionMinutes, type SessionRecord } from './sessions';
import { rateOn, rateSeries, valueOfMinutes, type Rate } from './rates';

/**
 * Volunteer time as dated entries. Today every entry comes from a register (the session's
 * length for each facilitator present, plus the preparation time set in Settings); manual
 * hours and training hours will join as more entries of their own kinds, and every total,
 * value and "active volunteer" count below takes them in without change.
 */

export const VOLUNTEER_TIME_KINDS = ['facilitating', 'preparation', 'one-to-one', 'one-to-one-travel', 'manual', 'training'] as const;
export type VolunteerTimeKind = (typeof VOLUNTEER_TIME_KINDS)[number];
export const VOLUNTEER_TIME_LABELS: Record<VolunteerTimeKind, string> = {
  facilitating: 'Facilitating sessions',
  preparation: 'Preparing for sessions',
  'one-to-one': 'One-to-one sessions',
  'one-to-one-travel': 'Travel for one-to-one sessions',
  manual: 'Other volunteering',
  training: 'Training',
};

export interface VolunteerTimeEntry {
  volunteerId: string;
  date: string;
  minutes: number;
  kind: VolunteerTimeKind;
  /** The group the time was given for, when there is one (so a grant counts only its groups). */
  groupId?: string;
  /** The programme kind of a one-to-one session (so a grant counts only the kinds it funds). */
  programmeKindId?: string;
}

/** A session counts once it has a register and was not cancelled: it took place. */
export function sessionHeld(s: SessionRecord): boolean {
  return s.register !== undefined && s.cancelled === undefined;
}

/** The time each facilitator present gave to a held session: its length, then the preparation. */
export function sessionVolunteerTime(sessions: readonly SessionRecord[], prepMinutes: number): VolunteerTimeEntry[] {
  const out: VolunteerTimeEntry[] = [];
  for (const s of sessions) {
    if (!sessionHeld(s)) continue;
    const length = sessionMinutes(s);
    for (const volunteerId of new Set(s.register!.facilitatorsPresent)) {
      out.push({ volunteerId, date: s.date, minutes: length, kind: 'facilitating', groupId: s.groupId });
      if (prepMinutes > 0) out.push({ volunteerId, date: s.date, minutes: prepMinutes, kind: 'preparation', groupId: s.groupId });
    }
  }
  return out;
}

/** What one-to-one time is worked out from: the session log, with each programme's kind. */
export interface OneToOneSession {
  programmeId: string;
  volunteerId?: string | undefined;
  date: string;
  minutes: number;
  outcome: string;
}

/**
 * The time volunteers gave one to one: each attended session's length for the volunteer who
 * met the member, plus the travel time set in Settings, for kinds that count for hours.
 * Cancelled and did-not-attend sessions give no hours, as a cancelled group session gives none.
 */
export function programmeVolunteerTime(
  sessions: readonly OneToOneSession[],
  kindOfProgramme: ReadonlyMap<string, { id: string; countsForHours: boolean }>,
  travelMinutes: number,
): VolunteerTimeEntry[] {
  const out: VolunteerTimeEntry[] = [];
  for (const s of sessions) {
    if (s.outcome !== 'attended' || s.volunteerId === undefined) continue;
    const kind = kindOfProgramme.get(s.programmeId);
    if (!kind?.countsForHours) continue;
    out.push({ volunteerId: s.volunteerId, date: s.date, minutes: s.minutes, kind: 'one-to-one', programmeKindId: kind.id });
    if (travelMinutes > 0) out.push({ volunteerId: s.volunteerId, date: s.date, minutes: travelMinutes, kind: 'one-to-one-travel', programmeKindId: kind.id });
  }
  return out;
}

export interface RateUsed {
  rate: Rate;
  minutes: number;
  pence: number;
  /** Some hours were before the series' first rate and were valued at it anyway. */
  early: boolean;
}

export interface VolunteerTimeValue {
  pence: number;
  rates: RateUsed[];
  /** Minutes with no rate at all (no rate in the series). */
  unvaluedMinutes: number;
}

/** Values each entry at the rate in effect on its date, rounding once per rate. */
export function valueVolunteerTime(entries: readonly VolunteerTimeEntry[], rates: readonly Rate[], rateName: string): VolunteerTimeValue {
  const series = rateSeries(rates, rateName);
  const byRate = new Map<string, RateUsed>();
  let unvaluedMinutes = 0;
  for (const e of entries) {
    const found = rateOn(series, e.date);
    if (!found) {
      unvaluedMinutes += e.minutes;
      continue;
    }
    const used = byRate.get(found.rate.id) ?? { rate: found.rate, minutes: 0, pence: 0, early: false };
    used.minutes += e.minutes;
    used.early ||= found.early;
    byRate.set(found.rate.id, used);
  }
  const used = [...byRate.values()].sort((a, b) => a.rate.from.localeCompare(b.rate.from));
  for (const u of used) u.pence = valueOfMinutes(u.minutes, u.rate.pencePerHour);
  return { pence: used.reduce((sum, u) => sum + u.pence, 0), rates: used, unvaluedMinutes };
}

/** "1,234.5": hours to one decimal place, without a trailing ".0". */
export function formatHours(minutes: number): string {
  return (Math.round(minutes / 6) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
