import { describe, expect, it } from 'vitest';
import { addDaysIso, ageOn, todayIso } from '../../../../shared/dates';
import { DEMO_SCALES, generateDemoDataset, generateDemoVolunteers, type DemoDataset } from '../../../../electron/demo';
import { ETHNICITY_IDS, PREFER_NOT_TO_SAY, equalityInputSchema } from '../../../../shared/domain/equality';
import { freePlaces, isReturning, rosterOn } from '../../../../shared/domain/group-roster';
import { groupInputSchema, groupRecordSchema, hasRoster, type Group } from '../../../../shared/domain/groups';
import { memberInputSchema, memberRecordSchema, type Member, type MemberStatus } from '../../../../shared/domain/members';
import { referralInputSchema, referralRecordSchema } from '../../../../shared/domain/referrals';
import { isOccurrence, occurrences } from '../../../../shared/domain/schedule';
import { scheduledSessionId, sessionRecordSchema } from '../../../../shared/domain/sessions';
import { venueInputSchema, venueRecordSchema } from '../../../../shared/domain/venues';
import type { Volunteer } from '../../../../shared/domain/volunteers';
import type { z } from 'zod';

/**
 * The rest of the sample dataset: venues, groups with rosters and waiting lists, members,
 * ten years of sessions with registers, and referrals. Every record must be one the app
 * could have saved, and the records must agree with each other, or a demo shows a
 * register for someone who had left, or a referral for nobody.
 */

const TODAY = '2026-11-23';
const YESTERDAY = '2026-11-22';
const small = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
const smallSeeds = [small, ...Array.from({ length: 7 }, (_, i) => generateDemoDataset({ size: 'small', seed: i + 2, today: TODAY, area: i % 2 ? 'sutton' : 'south-london' }))];
const large = generateDemoDataset({ size: 'large', seed: 1, today: TODAY });
const all = [...smallSeeds, large];

/** One line per broken record, so a failure names what and why. */
function problems<T>(items: readonly T[], check: (item: T) => string | null | undefined, name: (item: T) => string = () => ''): string[] {
  const found: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) found.push(`${name(item)}: ${problem}`);
  }
  return found.slice(0, 20);
}

/** JSON with every object's keys sorted, to compare content whatever the order. */
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

function schemaProblem(schema: z.ZodType, value: unknown, options: { anyOrder?: boolean } = {}): string | null {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const same = options.anyOrder ? sortedJson(parsed.data) === sortedJson(value) : JSON.stringify(parsed.data) === JSON.stringify(value);
  return same ? null : `changed by parsing: ${JSON.stringify(parsed.data).slice(0, 200)}`;
}

const without = (record: object, keys: readonly string[]): Record<string, unknown> => Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

/** A member's status on a day, from their dated history. */
function statusOn(m: Member, date: string): MemberStatus | undefined {
  let status: MemberStatus | undefined;
  for (const c of m.statusHistory) if (c.date <= date) status = c.status;
  return status;
}

function volunteerActiveOn(v: Volunteer, date: string): boolean {
  let status: string | undefined;
  for (const c of v.statusHistory) if (c.date <= date) status = c.status;
  return status === 'active';
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((x) => [x.id, x]));
const marksOf = (d: DemoDataset): number => d.sessions.reduce((n, s) => n + (s.register ? Object.keys(s.register.marks).length : 0), 0);

describe('sizes and determinism', () => {
  it('has the documented sizes', () => {
    for (const [d, size] of [[small, 'small'], [large, 'large']] as const) {
      expect(d.members).toHaveLength(DEMO_SCALES[size].members);
      expect(d.groups).toHaveLength(DEMO_SCALES[size].groups);
      expect(d.venues).toHaveLength(DEMO_SCALES[size].venues);
    }
    // Three years of a small charity's sessions; ten years of a large one's.
    expect(small.sessions.length).toBeGreaterThan(700);
    expect(small.sessions[0]!.date < addDaysIso(TODAY, -3 * 365 + 60)).toBe(true);
    expect(large.sessions.length).toBeGreaterThan(38_000);
    expect(large.sessions[0]!.date < addDaysIso(TODAY, -10 * 365 + 60)).toBe(true);
    expect(marksOf(large)).toBeGreaterThan(300_000);
    expect(large.referrals.length).toBeGreaterThan(4_500);
  });

  it('gives the same dataset for the same seed, whatever else is generated', () => {
    const again = generateDemoDataset({ size: 'small', seed: 1, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    expect(generateDemoVolunteers({ size: 'large', seed: 1, today: TODAY })).toStrictEqual(large.volunteers);
  });

  it('gives every record a unique id', () => {
    for (const d of all) {
      const ids = [...d.members, ...d.referrals, ...d.venues, ...d.groups, ...d.sessions].map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keeps people and referrals in the order they were added, sessions by date', () => {
    for (const list of [large.members, large.referrals]) {
      const created = list.map((x) => x.createdAt);
      expect(created).toEqual([...created].sort());
    }
    const dates = large.sessions.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('every record is one the app could have saved', () => {
  it('passes the stored-record schemas unchanged', () => {
    for (const d of all) {
      expect(problems(d.members, (m) => schemaProblem(memberRecordSchema, m), (m) => m.id)).toEqual([]);
      expect(problems(d.referrals, (r) => schemaProblem(referralRecordSchema, r), (r) => r.id)).toEqual([]);
      expect(problems(d.venues, (v) => schemaProblem(venueRecordSchema, v), (v) => v.name)).toEqual([]);
      expect(problems(d.groups, (g) => schemaProblem(groupRecordSchema, g), (g) => g.name)).toEqual([]);
    }
    for (const d of [small, large]) expect(problems(d.sessions, (s) => schemaProblem(sessionRecordSchema, s), (s) => s.id)).toEqual([]);
  });

  it('passes the input schemas of the forms, already in canonical form', () => {
    // The member form checks dates against the real clock, so this set is dated today.
    for (const d of [generateDemoDataset({ size: 'small', seed: 4, today: todayIso() }), large]) {
      const memberOnly = ['id', 'createdAt', 'updatedAt', 'status', 'statusHistory', 'leftDate', 'leftReason', 'deviceLoans', 'consents', 'equality'];
      // The form lists the matching fields (languages, availability…) after the rest, so only the order may differ.
      if (d !== large) expect(problems(d.members, (m) => schemaProblem(memberInputSchema, without(m, memberOnly), { anyOrder: true }), (m) => m.id)).toEqual([]);
      expect(problems(d.members, (m) => schemaProblem(equalityInputSchema, m.equality), (m) => m.id)).toEqual([]);
      const referralOnly = ['id', 'createdAt', 'updatedAt', 'outcome', 'outcomeDate', 'outcomeReason', 'placedInGroupId', 'programmeId', 'programmeKindId'];
      expect(problems(d.referrals, (r) => schemaProblem(referralInputSchema, without(r, referralOnly)), (r) => r.id)).toEqual([]);
      expect(problems(d.venues, (v) => schemaProblem(venueInputSchema, without(v, ['id', 'createdAt', 'updatedAt'])), (v) => v.name)).toEqual([]);
      const groupOnly = ['id', 'createdAt', 'updatedAt', 'roster', 'waitingList', 'archived'];
      expect(problems(d.groups, (g) => schemaProblem(groupInputSchema, without(g, groupOnly)), (g) => g.name)).toEqual([]);
    }
  });

  it('uses only example email domains and Ofcom drama numbers', () => {
    const DRAMA = /^(07700 900|0113 496 0|0114 496 0|0115 496 0|0117 496 0|0121 496 0|0131 496 0|0141 496 0|0151 496 0|0161 496 0|020 7946 0|029 2018 0|01632 960)\d{3}$/;
    const EMAIL = /^[a-z0-9._-]+@example\.(org|com|net)$/;
    for (const d of all) {
      const phones = [
        ...d.members.flatMap((m) => [m.phone, m.emergencyContact.phone]),
        ...d.referrals.flatMap((r) => [r.person.phone, r.referrer.contact?.startsWith('0') ? r.referrer.contact : undefined]),
        ...d.venues.map((v) => v.contact.phone),
      ].filter((p): p is string => p !== undefined);
      const emails = [...d.members.map((m) => m.email), ...d.referrals.flatMap((r) => [r.person.email, r.referrer.contact?.includes('@') ? r.referrer.contact : undefined]), ...d.venues.map((v) => v.contact.email)].filter(
        (e): e is string => e !== undefined,
      );
      expect(phones.filter((p) => !DRAMA.test(p))).toEqual([]);
      expect(emails.filter((e) => !EMAIL.test(e))).toEqual([]);
      expect(d.groups.flatMap((g) => (g.onlineDetails ?? '').match(/https?:\/\/\S+/g) ?? []).filter((u) => !u.startsWith('https://example.org/'))).toEqual([]);
    }
  });
});

describe('members', () => {
  const NEXT: Record<MemberStatus, readonly MemberStatus[]> = {
    referred: ['contacted', 'left'],
    contacted: ['assessed', 'left'],
    assessed: ['active', 'left'],
    active: ['on-break', 'left'],
    'on-break': ['active', 'left'],
    left: ['active'],
  };

  it('have dated histories in pipeline order, ending at their status, nothing after yesterday', () => {
    for (const d of all) {
      expect(
        problems(d.members, (m) => {
          const h = m.statusHistory;
          if (h[0]?.status !== 'referred' && h[0]?.status !== 'active') return `starts at ${h[0]?.status}`;
          if (h[h.length - 1]?.status !== m.status) return 'history does not end at the status';
          if (m.joinedDate !== h[0]?.date || m.createdAt !== h[0]?.recordedAt) return 'joined or created is not the first step';
          for (let i = 1; i < h.length; i++) {
            const [prev, cur] = [h[i - 1]!, h[i]!];
            if (!NEXT[prev.status].includes(cur.status)) return `${prev.status} → ${cur.status}`;
            if (!(cur.date > prev.date) || !(cur.recordedAt > prev.recordedAt)) return `${cur.status} on ${cur.date} is not after ${prev.date}`;
          }
          if (h.some((c) => c.recordedAt.slice(0, 10) !== c.date)) return 'a change recorded on another day';
          if (h[h.length - 1]!.date > YESTERDAY || m.updatedAt > `${YESTERDAY}T23:59:59.999Z` || m.updatedAt < h[h.length - 1]!.recordedAt) return 'dated in the future, or updated before its last change';
          if (m.status === 'left' ? m.leftDate !== h[h.length - 1]!.date || !m.leftReason : m.leftDate !== undefined) return 'leaving details wrong';
          return null;
        }, (m) => m.id),
      ).toEqual([]);
    }
  });

  it('cover every status, with most of a ten-year history gone and most of a young one still here', () => {
    for (const d of smallSeeds) expect(new Set(d.members.map((m) => m.status)).size).toBe(6);
    const share = (d: DemoDataset, s: MemberStatus) => d.members.filter((m) => m.status === s).length / d.members.length;
    expect(share(small, 'active')).toBeGreaterThan(0.3);
    expect(share(large, 'left')).toBeGreaterThan(0.5);
    // Some left and came back, and some are back from a break.
    expect(large.members.filter((m) => m.statusHistory.some((c, i) => c.status === 'active' && m.statusHistory[i - 1]?.status === 'left')).length).toBeGreaterThan(20);
  });

  it('have newsletter preferences they can receive, and consents dated while they were with us', () => {
    for (const d of all) {
      expect(
        problems(d.members, (m) => {
          if (m.newsletter === 'email' && !m.email) return 'email newsletter without an email';
          if ((m.newsletter === 'post' || m.newsletter === 'large-print') && !(m.address.line1 && m.address.postcode)) return 'post without an address';
          for (const c of m.consents) {
            if (c.date < m.joinedDate! || c.date > YESTERDAY) return `consent dated ${c.date}`;
            if (c.withdrawn !== undefined && (c.withdrawn < c.date || c.withdrawn > YESTERDAY)) return 'withdrawn out of order';
          }
          return null;
        }, (m) => m.id),
      ).toEqual([]);
    }
    const prefs = new Set(large.members.map((m) => m.newsletter));
    expect(prefs).toEqual(new Set(['email', 'post', 'large-print', 'none']));
    expect(large.members.some((m) => m.consents.some((c) => c.withdrawn))).toBe(true);
  });

  it('borrow 4G tablets and dongles: most returned, some overdue, dates in order', () => {
    const loans = large.members.flatMap((m) => m.deviceLoans.map((l) => ({ m, l })));
    expect(loans.length).toBeGreaterThan(20);
    expect(
      problems(loans, ({ m, l }) => {
        if (l.out < m.joinedDate! || l.out > YESTERDAY) return `lent on ${l.out}`;
        if (l.due !== undefined && l.due < l.out) return 'due before it was lent';
        if (l.returned !== undefined && (l.returned < l.out || l.returned > YESTERDAY)) return `returned ${l.returned}`;
        if (m.deviceLoans.some((x) => !x.returned) && !m.digital.needsDeviceLoan) return 'device out but not marked as needing one';
        return null;
      }, ({ l }) => l.id),
    ).toEqual([]);
    const returned = loans.filter(({ l }) => l.returned).length;
    const overdue = loans.filter(({ l }) => !l.returned && l.due !== undefined && l.due < TODAY).length;
    expect(returned / loans.length).toBeGreaterThan(0.6);
    expect(overdue).toBeGreaterThan(0);
    expect(new Set(loans.map(({ l }) => l.item))).toContain('4G tablet');
  });

  it('link key contacts and volunteer records to volunteers on record, one member per volunteer', () => {
    for (const d of all) {
      const volunteers = byId(d.volunteers);
      expect(problems(d.members, (m) => (m.keyContactId && !volunteers.has(m.keyContactId) ? 'unknown key contact' : null), (m) => m.id)).toEqual([]);
      const linked = d.members.filter((m) => m.volunteerId !== undefined);
      expect(linked.length).toBeGreaterThan(0);
      expect(new Set(linked.map((m) => m.volunteerId)).size).toBe(linked.length);
      expect(
        problems(linked, (m) => {
          const v = volunteers.get(m.volunteerId!);
          if (!v) return 'unknown volunteer';
          if (v.firstName !== m.firstName || v.lastName !== m.lastName || v.email !== m.email) return 'not the same person';
          return m.joinedDate! < v.statusHistory[0]!.date ? null : 'became a volunteer before joining as a member';
        }, (m) => m.id),
      ).toEqual([]);
    }
  });

  it('answer equality questions like people in an English city: some blank, some "prefer not to say"', () => {
    const answered = large.members.filter((m) => Object.keys(m.equality).length > 0);
    expect(answered.length / large.members.length).toBeGreaterThan(0.5);
    expect(answered.length).toBeLessThan(large.members.length * 0.9);
    expect(large.members.filter((m) => m.status === 'referred' && Object.keys(m.equality).length > 0)).toEqual([]);
    const ethnicities = answered.map((m) => m.equality.ethnicity).filter((e): e is string => e !== undefined);
    // All 19 Census groups appear in a large set, most people White British, as in Sheffield.
    expect(new Set(ethnicities.filter((e) => e !== PREFER_NOT_TO_SAY))).toEqual(new Set(ETHNICITY_IDS));
    const whiteBritish = ethnicities.filter((e) => e === 'white-british').length / ethnicities.length;
    expect(whiteBritish).toBeGreaterThan(0.55);
    expect(whiteBritish).toBeLessThan(0.85);
    for (const q of ['sex', 'ethnicity', 'disability', 'sexualOrientation', 'religion'] as const) {
      expect(answered.some((m) => m.equality[q] === PREFER_NOT_TO_SAY), `prefer not to say: ${q}`).toBe(true);
      expect(answered.some((m) => m.equality[q] === undefined), `left blank: ${q}`).toBe(true);
    }
    expect(answered.some((m) => m.equality.genderSameAsSex === 'no' && m.equality.genderIdentity)).toBe(true);
  });
});

describe('venues and groups', () => {
  it('meet at venues on record, online groups with joining details and no venue', () => {
    for (const d of all) {
      const venues = byId(d.venues);
      expect(
        problems(d.groups, (g) => {
          if (g.kind === 'online') return g.venueId === undefined && g.onlineDetails ? null : 'online group without joining details';
          if (!g.venueId || !venues.has(g.venueId)) return 'no venue';
          if (g.kind === 'drop-in' && (g.capacity !== undefined || g.roster.length > 0 || g.waitingList.length > 0)) return 'a drop-in with a roster';
          return null;
        }, (g) => g.name),
      ).toEqual([]);
    }
    const answers = new Set(large.venues.flatMap((v) => Object.values(v.access)));
    expect(answers).toEqual(new Set(['yes', 'no', 'unknown']));
    expect(large.venues.every((v) => v.transportNotes)).toBe(true);
    expect(large.venues.some((v) => /Library/.test(v.name)) && large.venues.some((v) => /Church Hall/.test(v.name)) && large.venues.some((v) => /Back room/.test(v.name))).toBe(true);
  });

  it('are run by volunteers with the facilitator role', () => {
    for (const d of all) {
      const volunteers = byId(d.volunteers);
      expect(
        problems(d.groups, (g) => {
          if (g.facilitatorIds.length === 0) return 'nobody runs it';
          const v = g.facilitatorIds.map((id) => volunteers.get(id));
          if (v.some((x) => !x)) return 'unknown facilitator';
          if (!g.schedule.endDate && v.some((x) => x!.status !== 'active')) return 'a facilitator who is not active';
          return null;
        }, (g) => g.name),
      ).toEqual([]);
    }
    const roles = new Set(large.groups.flatMap((g) => g.facilitatorIds.map((id) => large.volunteers.find((v) => v.id === id)!.roles.includes('group-facilitator'))));
    expect(roles).toContain(true);
  });

  it('have the shapes of the seed services, whatever the seed', () => {
    for (const d of smallSeeds) {
      const kinds = new Set(d.groups.map((g) => g.kind));
      for (const k of ['peer-group', 'drop-in', 'online', 'social', 'workshop', 'course'] as const) expect(kinds).toContain(k);
      expect(d.groups.some((g) => g.schedule.frequency === 'monthly' && g.schedule.weekOfMonth === 'second')).toBe(true);
      expect(d.groups.some((g) => g.schedule.weekOfMonth === 'last')).toBe(true);
      expect(d.groups.some((g) => g.schedule.frequency === 'fortnightly')).toBe(true);
      expect(d.groups.some((g) => g.eligibility.minAge === 50 && g.eligibility.maxAge === 75)).toBe(true);
      expect(d.groups.some((g) => g.schedule.endDate !== undefined && g.archived)).toBe(true);
      expect(d.groups.every((g) => g.guidelines)).toBe(true);
      // A returning member, and a place to offer to someone waiting.
      expect(d.groups.some((g) => g.roster.some((s) => isReturning(g, s)))).toBe(true);
      expect(d.groups.some((g) => !g.archived && (freePlaces(g, TODAY) ?? 0) > 0 && g.waitingList.length > 0)).toBe(true);
      expect(d.groups.some((g) => !g.archived && freePlaces(g, TODAY) === 0 && g.waitingList.length > 0)).toBe(true);
    }
    expect(large.groups.filter((g) => g.schedule.endDate && !g.archived).length).toBeGreaterThan(0);
    expect(large.groups.filter((g) => g.archived).length).toBeGreaterThan(0);
    expect(new Set(large.groups.map((g) => g.schedule.skipBankHolidays))).toEqual(new Set([true, false]));
    expect(large.groups.filter((g) => g.schedule.skipDates.some((d) => d.endsWith('-12-24') || d.endsWith('-12-31'))).length).toBeGreaterThan(10);
  });
});

describe('rosters and waiting lists', () => {
  it('never overlap spells for one member in one group, nor fill a group past its capacity', () => {
    for (const d of all) {
      const members = byId(d.members);
      expect(
        problems(d.groups, (g) => {
          const byMember = new Map<string, Group['roster']>();
          for (const s of g.roster) {
            if (!members.has(s.memberId)) return 'unknown member';
            if (s.left !== undefined && (s.left <= s.joined || s.left > YESTERDAY)) return `spell ${s.joined}–${s.left}`;
            if (s.joined > YESTERDAY) return 'joined in the future';
            byMember.set(s.memberId, [...(byMember.get(s.memberId) ?? []), s]);
          }
          for (const spells of byMember.values()) {
            const sorted = [...spells].sort((a, b) => (a.joined < b.joined ? -1 : 1));
            for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.left === undefined || sorted[i - 1]!.left! > sorted[i]!.joined) return 'overlapping spells';
          }
          if (g.capacity !== undefined && g.kind !== 'workshop') {
            for (const s of g.roster) if (rosterOn(g, s.joined).length > g.capacity) return `over capacity on ${s.joined}`;
          }
          return null;
        }, (g) => g.name),
      ).toEqual([]);
    }
  });

  it('only have members in groups while they take part (assessed people come to the introduction)', () => {
    for (const d of all) {
      const members = byId(d.members);
      const spells = d.groups.flatMap((g) => g.roster.map((s) => ({ g, s })));
      expect(
        problems(spells, ({ g, s }) => {
          const m = members.get(s.memberId)!;
          const allowed: readonly (MemberStatus | undefined)[] = g.kind === 'workshop' ? ['assessed', 'active', 'on-break'] : ['active', 'on-break'];
          for (const day of [s.joined, s.left === undefined ? YESTERDAY : addDaysIso(s.left, -1)]) {
            if (!allowed.includes(statusOn(m, day))) return `${statusOn(m, day)} on ${day} in ${g.name}`;
          }
          return null;
        }, ({ s }) => s.memberId),
      ).toEqual([]);
    }
  });

  it('keep waiting lists in order, of people not in the group who are still with us', () => {
    for (const d of all) {
      const members = byId(d.members);
      expect(
        problems(d.groups, (g) => {
          if (g.archived && g.waitingList.length > 0) return 'an archived group with a waiting list';
          const added = g.waitingList.map((w) => w.added);
          if (added.join() !== [...added].sort().join()) return 'waiting list out of order';
          for (const w of g.waitingList) {
            const m = members.get(w.memberId);
            if (!m || m.status === 'left' || m.status === 'referred') return `${m?.status ?? 'unknown'} member waiting`;
            if (rosterOn(g, TODAY).some((s) => s.memberId === w.memberId)) return 'waiting for a group they are in';
            if (w.added > YESTERDAY || w.added < m.joinedDate!) return `added ${w.added}`;
          }
          return null;
        }, (g) => g.name),
      ).toEqual([]);
    }
  });
});

describe('sessions and registers', () => {
  const scheduleOf = (d: DemoDataset) => new Map(d.groups.map((g) => [g.id, g]));

  it('store every meeting from the start until yesterday, with no register in the future', () => {
    for (const d of [small, large]) {
      const groups = scheduleOf(d);
      expect(
        problems(d.sessions, (s) => {
          const g = groups.get(s.groupId);
          if (!g) return 'unknown group';
          if (s.oneOff ? !s.id.startsWith(`${g.id}--${s.date}--`) || isOccurrence(g.schedule, s.date) : s.id !== scheduledSessionId(g.id, s.date) || !isOccurrence(g.schedule, s.date)) {
            return 'id or date does not match the schedule';
          }
          if (s.register && (s.date > YESTERDAY || s.register.takenAt > `${YESTERDAY}T23:59:59.999Z` || s.register.takenAt.slice(0, 10) < s.date)) return 'register dated wrongly';
          if (s.register && s.cancelled) return 'cancelled with a register';
          if (!s.register && !s.cancelled) return 'stored with nothing to store';
          if (s.date >= TODAY && !s.cancelled) return 'a future session that is not a cancellation';
          if (s.updatedAt > `${YESTERDAY}T23:59:59.999Z`) return 'updated in the future';
          return null;
        }, (s) => s.id),
      ).toEqual([]);
      // Everything the schedule gives is stored, apart from the latest few "registers to take".
      const stored = new Set(d.sessions.map((s) => s.id));
      const missing = d.groups.flatMap((g) =>
        occurrences(g.schedule, g.schedule.startDate, g.schedule.endDate && g.schedule.endDate < YESTERDAY ? g.schedule.endDate : YESTERDAY)
          .filter((date) => !stored.has(scheduledSessionId(g.id, date)))
          .map((date) => ({ g, date })),
      );
      expect(missing.length).toBeGreaterThan(0);
      expect(missing.length).toBeLessThanOrEqual(3 * DEMO_SCALES[d === small ? 'small' : 'large'].registersDue);
      expect(problems(missing, ({ date }) => (date >= addDaysIso(TODAY, -100) ? null : `missing ${date}`), ({ g }) => g.name)).toEqual([]);
    }
  });

  it('mark everyone on the roster that day, and nobody else; walk-ins are other members', () => {
    for (const d of [small, large]) {
      const groups = scheduleOf(d);
      const members = byId(d.members);
      expect(
        problems(d.sessions, (s) => {
          if (!s.register) return null;
          const g = groups.get(s.groupId)!;
          const rostered = hasRoster(g.kind) ? rosterOn(g, s.date).map((x) => x.memberId) : [];
          const marked = Object.keys(s.register.marks);
          if (marked.sort().join() !== [...rostered].sort().join()) return 'marks do not match the roster that day';
          for (const id of s.register.walkIns) {
            const m = members.get(id);
            if (!m || rostered.includes(id)) return 'walk-in is not a member, or is on the roster';
            if (statusOn(m, s.date) !== 'active') return `walk-in was ${statusOn(m, s.date)}`;
          }
          if (new Set(s.register.walkIns).size !== s.register.walkIns.length) return 'a walk-in twice';
          return null;
        }, (s) => s.id),
      ).toEqual([]);
    }
  });

  it('name facilitators who were active volunteers that day', () => {
    for (const d of [small, large]) {
      const volunteers = byId(d.volunteers);
      expect(
        problems(d.sessions, (s) => {
          if (!s.register) return null;
          for (const id of s.register.facilitatorsPresent) {
            const v = volunteers.get(id);
            if (!v) return 'not a volunteer';
            if (!volunteerActiveOn(v, s.date)) return `${v.firstName} ${v.lastName} was not active`;
          }
          if (new Set(s.register.facilitatorsPresent).size !== s.register.facilitatorsPresent.length) return 'a facilitator twice';
          // Before the volunteers on record started, the coordinator ran the groups.
          return s.register.facilitatorsPresent.length === 0 && !s.register.notes?.includes('coordinator') ? 'nobody facilitated' : null;
        }, (s) => s.id),
      ).toEqual([]);
    }
    expect(small.sessions.filter((s) => s.register && s.register.facilitatorsPresent.length === 0)).toEqual([]);
  });

  it('look like real attendance: most present, some apologies, walk-ins and head counts at the drop-in', () => {
    for (const d of [small, large]) {
      const marks = d.sessions.flatMap((s) => (s.register ? Object.values(s.register.marks) : []));
      const present = marks.filter((m) => m === 'present').length / marks.length;
      expect(present).toBeGreaterThan(0.7);
      expect(present).toBeLessThan(0.85);
      expect(marks.filter((m) => m === 'apologies').length / marks.length).toBeGreaterThan(0.05);
      const dropIn = new Set(d.groups.filter((g) => g.kind === 'drop-in').map((g) => g.id));
      const dropInRegisters = d.sessions.filter((s) => dropIn.has(s.groupId) && s.register).map((s) => s.register!);
      expect(dropInRegisters.filter((r) => r.walkIns.length > 0).length / dropInRegisters.length).toBeGreaterThan(0.8);
      expect(dropInRegisters.some((r) => r.anonymousCount > 0)).toBe(true);
      const cancelled = d.sessions.filter((s) => s.cancelled);
      expect(cancelled.length).toBeGreaterThan(0);
      expect(cancelled.every((s) => s.cancelled!.reason.length > 5 && s.cancelled!.at.slice(0, 10) <= s.date)).toBe(true);
    }
    expect(large.sessions.filter((s) => s.oneOff).length).toBeGreaterThan(10);
    expect(large.sessions.some((s) => s.cancelled?.reason.startsWith('Covid-19'))).toBe(true);
    // A cancellation already made for a meeting in the coming weeks.
    expect(large.sessions.some((s) => s.cancelled && s.date > TODAY)).toBe(true);
  });
});

describe('referrals', () => {
  it('have dates in order, outcomes with their dates, and accepted ones point at members', () => {
    for (const d of all) {
      const members = byId(d.members);
      const groups = byId(d.groups);
      expect(
        problems(d.referrals, (r) => {
          const dates = [r.receivedDate, r.contactedDate, r.assessedDate, r.outcomeDate].filter((x): x is string => x !== undefined);
          if (dates.join() !== [...dates].sort().join() || dates.some((x) => x > YESTERDAY)) return `dates out of order: ${dates.join(', ')}`;
          if (r.assessedDate && !r.contactedDate) return 'assessed without being contacted';
          if ((r.outcome === 'open') !== (r.outcomeDate === undefined)) return 'outcome date does not match the outcome';
          if ((r.outcome === 'declined' || r.outcome === 'withdrawn') && !r.outcomeReason) return 'no reason';
          if (r.memberId !== undefined && !members.has(r.memberId)) return 'unknown member';
          if (r.outcome === 'accepted') {
            const m = members.get(r.memberId ?? '');
            if (!m) return 'accepted without a member';
            if (m.statusHistory.find((c) => c.status === 'active')?.date !== r.outcomeDate) return 'accepted on a day the member did not become active';
          }
          if (r.placedInGroupId !== undefined && (r.outcome !== 'accepted' || !groups.get(r.placedInGroupId)?.roster.some((s) => s.memberId === r.memberId && s.joined === r.outcomeDate))) {
            return 'placed in a group they did not join';
          }
          if (r.outcome === 'open' && r.memberId && !['referred', 'contacted', 'assessed'].includes(members.get(r.memberId)!.status)) return 'open for someone already active';
          return null;
        }, (r) => r.id),
      ).toEqual([]);
    }
  });

  it('come from every source, mostly self-referrals, with a few open past the 35-day target', () => {
    for (const d of smallSeeds) {
      const overTarget = d.referrals.filter((r) => r.outcome === 'open' && !r.assessedDate && addDaysIso(r.receivedDate, r.targetWaitDays) < TODAY);
      expect(overTarget.length).toBeGreaterThanOrEqual(2);
      expect(overTarget.length).toBeLessThan(20);
      expect(new Set(d.referrals.map((r) => r.outcome))).toEqual(new Set(['open', 'accepted', 'declined', 'withdrawn']));
    }
    const count = (s: string) => large.referrals.filter((r) => r.source === s).length;
    expect(count('self')).toBeGreaterThan(count('gp'));
    for (const s of ['gp', 'social-prescriber', 'mental-health-trust', 'other-organisation']) expect(count(s)).toBeGreaterThan(large.referrals.length * 0.05);
    expect(large.referrals.filter((r) => r.outcome !== 'open').length / large.referrals.length).toBeGreaterThan(0.85);
    // Everyone who came through a referral has one.
    const referred = new Set(large.referrals.map((r) => r.memberId));
    expect(large.members.filter((m) => m.statusHistory[0]!.status === 'referred' && !referred.has(m.id))).toEqual([]);
  });

  it('name people as the referral gave them, with ages that make sense', () => {
    const members = byId(large.members);
    expect(
      problems(large.referrals, (r) => {
        const m = r.memberId ? members.get(r.memberId) : undefined;
        if (m && (m.firstName !== r.person.firstName || m.lastName !== r.person.lastName)) return 'a different name from the member';
        if (r.person.dateOfBirth && (ageOn(r.person.dateOfBirth, r.receivedDate) < 16 || ageOn(r.person.dateOfBirth, r.receivedDate) > 100)) return 'an odd age';
        return null;
      }, (r) => r.id),
    ).toEqual([]);
  });
});
