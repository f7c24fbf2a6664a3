import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { generateDemoDataset, type DemoDataset } from '../../../../electron/demo';
import { addDaysIso } from '../../../../shared/dates';
import { DEFAULT_CASELOAD_LIMIT, type Volunteer } from '../../../../shared/domain/volunteers';
import {
  ENDINGS,
  PROGRAMME_STATUSES,
  SESSION_MODES,
  SESSION_OUTCOMES,
  attendedCount,
  currentMatch,
  programmeRecordSchema,
  programmeSessionInputSchema,
  programmeSessionRecordSchema,
  type Programme,
  type ProgrammeSession,
} from '../../../../shared/domain/programmes';
import type { Member } from '../../../../shared/domain/members';
import { expenseSchema } from '../../../../shared/domain/expenses';
import { travelTripRecordSchema } from '../../../../shared/domain/travel-trips';

/**
 * Sample one-to-one programmes: every record one the app could have saved, agreeing with the
 * people and referrals around it, the small set showing every status, ending, way of meeting
 * and Home warning, and the large set the size the benchmark is written for.
 */

const TODAY = '2026-11-23';
const YESTERDAY = '2026-11-22';
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
const otherSmalls = Array.from({ length: 5 }, (_, i) => generateDemoDataset({ size: 'small', seed: i + 2, today: TODAY, area: i % 2 ? 'sutton' : 'south-london' }));
const large = generateDemoDataset({ size: 'large', seed: 1, today: TODAY });
const all = [small, ...otherSmalls, large];

function problems<T>(items: readonly T[], check: (item: T) => string | null | undefined): string[] {
  const found: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) found.push(problem);
  }
  return found.slice(0, 10);
}

function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return JSON.stringify(parsed.data) === JSON.stringify(value) ? null : `changed by parsing: ${JSON.stringify(value).slice(0, 200)}`;
}

const sessionsByProgramme = (d: DemoDataset): Map<string, ProgrammeSession[]> => {
  const out = new Map<string, ProgrammeSession[]>();
  for (const s of d.programmeSessions) out.set(s.programmeId, [...(out.get(s.programmeId) ?? []), s]);
  return out;
};

function statusOn(history: readonly { status: string; date: string }[], date: string): string | undefined {
  let status: string | undefined;
  for (const c of history) if (c.date <= date) status = c.status;
  return status;
}

const count = <T>(items: readonly T[], key: (x: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

describe('sample programmes: sizes and determinism', () => {
  it('has about 40 programmes in the small set and 1,500 with about 12,000 sessions and 3,000 goals in the large', () => {
    expect(small.programmes).toHaveLength(40);
    expect(small.programmeSessions.length).toBeGreaterThan(200);
    expect(small.programmeSessions.length).toBeLessThan(450);
    expect(large.programmes.length).toBeGreaterThanOrEqual(1450);
    expect(large.programmes.length).toBeLessThanOrEqual(1500);
    expect(large.programmeSessions.length).toBeGreaterThan(10_500);
    expect(large.programmeSessions.length).toBeLessThan(13_500);
    const goals = large.programmes.reduce((n, p) => n + p.goals.length, 0);
    expect(goals).toBeGreaterThan(2_500);
    expect(goals).toBeLessThan(3_500);
    expect(large.volunteers).toHaveLength(500);
    // Years of sessions: as far back as the sample's volunteers go (the first start some eight years ago).
    const years = new Set(large.programmeSessions.map((s) => s.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(8);
  });

  it('gives the same programmes for the same seed and others for another', () => {
    const again = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
    expect(JSON.stringify([again.programmes, again.programmeSessions])).toBe(JSON.stringify([small.programmes, small.programmeSessions]));
    expect(otherSmalls[0]!.programmes.map((p) => p.id)).not.toEqual(small.programmes.map((p) => p.id));
  });

  it('gives every programme, session and goal a unique id, and keeps programmes in the order they were added, sessions by date', () => {
    for (const d of all) {
      const ids = [...d.programmes.map((p) => p.id), ...d.programmeSessions.map((s) => s.id), ...d.programmes.flatMap((p) => p.goals.map((g) => g.id))];
      expect(new Set(ids).size).toBe(ids.length);
      const created = d.programmes.map((p) => p.createdAt);
      expect(created).toEqual([...created].sort());
      const dates = d.programmeSessions.map((s) => s.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});

describe('the small set shows everything a coordinator would meet', () => {
  it('has every status, every ending, onward referrals and every kind', () => {
    for (const d of [small, ...otherSmalls]) {
      expect(Object.keys(count(d.programmes, (p) => p.status)).sort()).toEqual([...PROGRAMME_STATUSES].sort());
      expect(Object.keys(count(d.programmes.filter((p) => p.ending), (p) => p.ending!.ending)).sort()).toEqual([...ENDINGS].sort());
      expect(d.programmes.some((p) => (p.ending?.onward.length ?? 0) > 0)).toBe(true);
      expect(new Set(d.programmes.map((p) => p.kindId))).toEqual(new Set(d.settings.programmeKinds.map((k) => k.id)));
    }
  });

  it('has sessions of every way of meeting and every outcome, with notes and some private notes', () => {
    for (const d of [small, ...otherSmalls]) {
      expect(Object.keys(count(d.programmeSessions, (s) => s.mode)).sort()).toEqual([...SESSION_MODES].sort());
      expect(Object.keys(count(d.programmeSessions, (s) => s.outcome)).sort()).toEqual([...SESSION_OUTCOMES].sort());
      expect(d.programmeSessions.filter((s) => s.note).length).toBeGreaterThan(d.programmeSessions.length / 3);
      expect(d.programmeSessions.some((s) => s.privateNote)).toBe(true);
    }
  });

  it('has goals with dated reviews, changes of volunteer, an extension and programmes started from referrals', () => {
    for (const d of [small, ...otherSmalls]) {
      const reviews = d.programmes.flatMap((p) => p.goals.flatMap((g) => g.reviews));
      expect(reviews.length).toBeGreaterThan(20);
      expect(new Set(reviews.map((r) => r.progress)).size).toBe(4);
      expect(d.programmes.some((p) => p.matches.some((m) => m.to !== undefined && m.reason))).toBe(true);
      expect(d.programmes.some((p) => p.extensions.length > 0)).toBe(true);
      expect(d.programmes.filter((p) => p.referralId).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("gives Home something to warn about: a long wait for a match, no contact, at the planned number, a volunteer who left", () => {
    const volunteers = new Map(small.volunteers.map((v) => [v.id, v]));
    const sessions = sessionsByProgramme(small);
    const open = small.programmes.filter((p) => p.status !== 'ended');
    expect(open.some((p) => p.status === 'waiting' && p.startDate < addDaysIso(TODAY, -14))).toBe(true);
    expect(open.some((p) => p.status === 'waiting' && p.startDate >= addDaysIso(TODAY, -14))).toBe(true);
    const lastContact = (p: Programme) => (sessions.get(p.id) ?? []).at(-1)?.date ?? p.startDate;
    expect(open.some((p) => p.status === 'active' && lastContact(p) < addDaysIso(TODAY, -21))).toBe(true);
    expect(open.some((p) => p.plannedSessions !== null && attendedCount(sessions.get(p.id) ?? []) >= p.plannedSessions)).toBe(true);
    expect(open.some((p) => volunteers.get(currentMatch(p)?.volunteerId ?? '')?.status === 'left')).toBe(true);
  });

  it('gives people what matching reads: members with languages, free times and preferences; volunteers with caseload limits and genders', () => {
    const inProgrammes = new Set(small.programmes.map((p) => p.memberId));
    const members = small.members.filter((m) => inProgrammes.has(m.id));
    expect(members.filter((m) => m.availability).length).toBeGreaterThan(members.length * 0.7);
    expect(members.some((m) => m.languages?.some((l) => l !== 'English'))).toBe(true);
    expect(large.members.some((m) => m.prefersVolunteerGender)).toBe(true);
    expect(large.members.some((m) => m.needsLanguage)).toBe(true);
    expect(large.members.some((m) => m.matchingNotes)).toBe(true);
    const oneToOne = small.volunteers.filter((v) => v.roles.some((r) => r === 'peer-coach' || r === 'peer-supporter' || r === 'travel-buddy'));
    expect(new Set(oneToOne.map((v) => v.caseloadLimit)).size).toBeGreaterThan(2);
    expect(oneToOne.filter((v) => v.gender).length).toBeGreaterThan(oneToOne.length / 2);
  });
});

describe('every programme is one the app could have saved', () => {
  it('passes the stored-record schemas unchanged, and each session the "Log a session" form', () => {
    for (const d of [small, large]) {
      expect(problems(d.programmes, (p) => schemaProblem(programmeRecordSchema, p))).toEqual([]);
      expect(problems(d.programmeSessions, (s) => schemaProblem(programmeSessionRecordSchema, s))).toEqual([]);
      const recordOnly = new Set(['id', 'createdAt', 'updatedAt', 'programmeId', 'volunteerId']);
      expect(
        problems(d.programmeSessions, (s) => {
          const input = Object.fromEntries(Object.entries(s).filter(([k]) => !recordOnly.has(k)));
          return schemaProblem(programmeSessionInputSchema, input);
        }),
      ).toEqual([]);
    }
  });

  it('dates nothing after yesterday, and keeps each history in order ending at its status', () => {
    for (const d of all) {
      const sessions = sessionsByProgramme(d);
      expect(
        problems(d.programmes, (p) => {
          const stamps = [p.createdAt, p.updatedAt, ...p.statusHistory.map((s) => s.at)];
          const dates = [p.startDate, ...p.statusHistory.map((s) => s.date), ...p.matches.flatMap((m) => [m.from, m.to ?? m.from]), ...p.extensions.map((e) => e.date), ...p.goals.flatMap((g) => [g.setOn, ...g.reviews.map((r) => r.date)])];
          if (stamps.some((t) => t.slice(0, 10) > YESTERDAY) || dates.some((x) => x > YESTERDAY)) return `${p.id}: dated after yesterday`;
          if (p.updatedAt < p.createdAt || stamps.some((t) => t > p.updatedAt)) return `${p.id}: updatedAt is not its last change`;
          const history = p.statusHistory.map((s) => s.date);
          if (history.join() !== [...history].sort().join() || history[0] !== p.startDate) return `${p.id}: status history out of order`;
          if (p.statusHistory.at(-1)?.status !== p.status) return `${p.id}: ends at ${p.statusHistory.at(-1)?.status}, not ${p.status}`;
          const own = sessions.get(p.id) ?? [];
          if (own.some((s) => s.date < p.startDate || (p.ending && s.date > p.ending.date))) return `${p.id}: a session outside the programme`;
          if ((p.status === 'waiting') !== (p.matches.length === 0)) return `${p.id}: ${p.status} with ${p.matches.length} matches`;
          const first = own.find((s) => s.outcome === 'attended');
          if (first && statusOn(p.statusHistory, first.date) !== 'active' && p.status !== 'ended' && p.status !== 'paused') return `${p.id}: not active after its first attended session`;
          if (p.status === 'matched' && first) return `${p.id}: matched with an attended session`;
          if (p.status === 'active' && !first) return `${p.id}: active with no attended session`;
          if (p.ending?.ending === 'completed' && p.plannedSessions !== null && attendedCount(own) < p.plannedSessions) return `${p.id}: completed at ${attendedCount(own)} of ${p.plannedSessions}`;
          for (const g of p.goals) if (g.reviews.some((r) => r.date < g.setOn)) return `${p.id}: a goal reviewed before it was set`;
          return null;
        }),
      ).toEqual([]);
      expect(problems(d.programmeSessions, (s) => (s.createdAt.slice(0, 10) > YESTERDAY || s.createdAt.slice(0, 10) < s.date ? `${s.id}: logged on ${s.createdAt}` : null))).toEqual([]);
    }
  });

  it('matches members with us at the time to active volunteers who hold a role for the kind, within their caseload limits today', () => {
    for (const d of all) {
      const volunteers = new Map(d.volunteers.map((v) => [v.id, v]));
      const members = new Map(d.members.map((m) => [m.id, m]));
      const kinds = new Map(d.settings.programmeKinds.map((k) => [k.id, k]));
      expect(
        problems(d.programmes, (p) => {
          const member = members.get(p.memberId);
          if (!member) return `${p.id}: no member`;
          const status = statusOn(member.statusHistory, p.startDate);
          if (status !== 'active' && status !== 'on-break') return `${p.id}: member ${status ?? 'not yet with us'} on ${p.startDate}`;
          if (p.status !== 'ended' && member.status !== 'active') return `${p.id}: open, but the member is ${member.status}`;
          for (const m of p.matches) {
            const v = volunteers.get(m.volunteerId);
            if (!v) return `${p.id}: no volunteer ${m.volunteerId}`;
            if (!v.roles.some((r) => kinds.get(p.kindId)!.roles.includes(r))) return `${p.id}: ${v.id} cannot deliver ${p.kindId}`;
            if (statusOn(v.statusHistory, m.from) !== 'active') return `${p.id}: ${v.id} not active on ${m.from}`;
            if (v.id === member.volunteerId) return `${p.id}: matched with the member's own volunteer record`;
          }
          return null;
        }),
      ).toEqual([]);
      // Sessions name the volunteer matched that day, active then (unless they left and nobody has been chosen yet).
      const byId = new Map(d.programmes.map((p) => [p.id, p]));
      expect(
        problems(d.programmeSessions, (s) => {
          const p = byId.get(s.programmeId)!;
          const m = p.matches.find((x) => x.from <= s.date && (x.to === undefined || x.to > s.date));
          if (!m || m.volunteerId !== s.volunteerId) return `${s.id}: volunteer ${s.volunteerId} is not the match on ${s.date}`;
          return statusOn(volunteers.get(m.volunteerId)!.statusHistory, s.date) === 'active' ? null : `${s.id}: ${m.volunteerId} not active on ${s.date}`;
        }),
      ).toEqual([]);
      const load = new Map<string, number>();
      for (const p of d.programmes) {
        const m = p.status === 'ended' ? undefined : currentMatch(p);
        if (m) load.set(m.volunteerId, (load.get(m.volunteerId) ?? 0) + 1);
      }
      const over = [...load].filter(([id, n]) => n > ((volunteers.get(id) as Volunteer).caseloadLimit ?? DEFAULT_CASELOAD_LIMIT));
      expect(over).toEqual([]);
    }
  });

  it('links referrals both ways: accepted into the kind on the day the programme started, waiting weeks for a first session', () => {
    for (const d of all) {
      const referrals = new Map(d.referrals.map((r) => [r.id, r]));
      const linked = d.referrals.filter((r) => r.programmeId);
      expect(linked.length).toBe(d.programmes.filter((p) => p.referralId).length);
      const sessions = sessionsByProgramme(d);
      const waits: number[] = [];
      expect(
        problems(d.programmes.filter((p) => p.referralId), (p) => {
          const r = referrals.get(p.referralId!);
          if (!r || r.programmeId !== p.id || r.programmeKindId !== p.kindId) return `${p.id}: referral not linked back`;
          if (r.outcome !== 'accepted' || r.outcomeDate !== p.startDate || r.memberId !== p.memberId) return `${p.id}: referral ${r.outcome} on ${r.outcomeDate}`;
          const first = (sessions.get(p.id) ?? []).find((s) => s.outcome === 'attended');
          if (first) waits.push((Date.parse(first.date) - Date.parse(r.receivedDate)) / 86_400_000);
          return null;
        }),
      ).toEqual([]);
      if (d === large) {
        waits.sort((a, b) => a - b);
        const median = waits[Math.floor(waits.length / 2)]!;
        expect(median).toBeGreaterThan(21);
        expect(median).toBeLessThan(120);
      }
    }
  });

  it('keeps private notes apart from the note, and members in programmes with their matching details', () => {
    const inProgrammes = new Set(large.programmes.map((p) => p.memberId));
    const withDetails = (m: Member) => m.availability !== undefined || m.languages !== undefined || m.matchingNotes !== undefined;
    expect(large.members.filter((m) => inProgrammes.has(m.id) && !withDetails(m)).length).toBeLessThan(inProgrammes.size * 0.1);
    expect(large.programmeSessions.filter((s) => s.privateNote && s.note === s.privateNote)).toEqual([]);
  });
});

describe('travel buddy trips', () => {
  it('are done (with their session and often a mileage line), cancelled, or coming up, some in the next week with no buddy', () => {
    for (const d of [small, ...otherSmalls]) {
      const byStatus = count(d.trips, (t) => t.status);
      expect(byStatus.done).toBeGreaterThan(3);
      expect(byStatus.requested).toBeGreaterThan(0);
      expect(d.trips.some((t) => t.status === 'requested' && !t.volunteerId && t.date > TODAY && t.date <= addDaysIso(TODAY, 7))).toBe(true);
      expect(d.trips.some((t) => t.status === 'requested' && t.volunteerId)).toBe(true);
      expect(d.trips.some((t) => t.expenseId)).toBe(true);
    }
    expect(large.trips.some((t) => t.status === 'cancelled')).toBe(true);
  });

  it('are records the app could have saved, agreeing with their sessions, expenses and programmes', () => {
    for (const d of all) {
      const sessions = new Map(d.programmeSessions.map((s) => [s.id, s]));
      const expenses = new Map(d.compliance.expenses.map((e) => [e.id, e]));
      const programmes = new Map(d.programmes.map((p) => [p.id, p]));
      const kinds = new Map(d.settings.programmeKinds.map((k) => [k.id, k]));
      expect(problems(d.trips, (t) => schemaProblem(travelTripRecordSchema, t))).toEqual([]);
      expect(problems(d.compliance.expenses, (e) => schemaProblem(expenseSchema, e))).toEqual([]);
      expect(
        problems(d.trips, (t) => {
          const p = programmes.get(t.programmeId);
          if (!p || kinds.get(p.kindId)?.trips !== true) return `${t.id}: not on a programme with trips`;
          if (t.createdAt.slice(0, 10) > YESTERDAY || t.updatedAt < t.createdAt || t.date < p.startDate) return `${t.id}: dates out of order`;
          if (t.status === 'requested') return t.date > TODAY && p.status !== 'ended' ? null : `${t.id}: requested for ${t.date} on a ${p.status} programme`;
          if (t.status === 'cancelled') return t.cancelledOn && t.cancelledOn <= t.date && !t.sessionId ? null : `${t.id}: cancelled oddly`;
          const s = sessions.get(t.sessionId ?? '');
          if (!s || s.programmeId !== p.id || s.date !== t.date || s.outcome !== 'attended' || s.volunteerId !== t.volunteerId || s.minutes !== t.minutes || s.where !== t.appointmentPlace) return `${t.id}: its session does not match`;
          if (s.privateNote !== undefined || !s.note?.startsWith('Travel buddy trip')) return `${t.id}: its session is not as "Mark trip done" writes it`;
          if ((t.miles === undefined) !== (t.expenseId === undefined)) return `${t.id}: miles without a mileage line, or the other way`;
          const e = t.expenseId ? expenses.get(t.expenseId) : undefined;
          if (t.expenseId && (!e || e.kind !== 'mileage' || e.miles !== t.miles || e.volunteerId !== t.volunteerId || e.date !== t.date)) return `${t.id}: its mileage line does not match`;
          return null;
        }),
      ).toEqual([]);
    }
  });
});
