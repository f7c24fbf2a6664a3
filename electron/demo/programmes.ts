import type { Member } from '../../shared/domain/members';
import { type Ending, type Match, type Programme, type ProgrammeKind, type ProgrammeSession, type ProgrammeStatus } from '../../shared/domain/programmes';
import type { Referral } from '../../shared/domain/referrals';
import { kindHasTrips } from '../../shared/domain/travel-trips';
import { DAY_PARTS, WEEKDAYS } from '../../shared/domain/volunteers';
import type { VolunteerActivity } from './activity';
import { dayFromIso, isoFromDay, timestampOn, type DayNumber } from './calendar';
import { memberMatchingFor, withMemberMatching, type MemberMatching } from './matching';
import type { MemberPlan, Segment } from './members';
import { goalsFor, type GoalDay } from './programme-goals';
import { buildScript, scriptLength, shifted, type Places, type Script } from './programme-scripts';
import { Caseloads, chooseVolunteer, poolsByKind, type Chosen } from './programme-volunteers';
import { BREAK_REASON, CHANGE_REASONS, LEFT_REASON } from './programme-words';
import { quotaList, weightedPicker, type Random, type Weighted } from './random';

/**
 * Sample one-to-one programmes: members matched with volunteers for peer coaching, peer
 * support, travel buddies and mentoring, with their session logs and goals. Each is written
 * as a story first (how it ends, or where it stands today: waiting, matched, active, paused),
 * its course drawn as a script (programme-scripts.ts), then set in the history where a member
 * was with us and volunteers were active with room in their caseloads. Some start from the
 * member's referral, so reports have a wait from referral to first session.
 */

export interface ProgrammeScale {
  count: number;
  /** Open programmes today, by status; the rest have ended. */
  waiting: number;
  matched: number;
  active: number;
  paused: number;
  /** Of the active ones: at their planned number, not yet ended or extended (Home asks). */
  atPlanned: number;
  /** Of the active ones: no contact for weeks (Home asks). */
  noContact: number;
  /** Of the active ones: their volunteer has left and nobody has been chosen yet (Home asks). */
  leftHolding: number;
  /** Travel buddy trips in the next seven days with no buddy chosen yet (Home asks). */
  tripsWithoutBuddy: number;
}

type OpenStory = 'waiting' | 'matched' | 'active' | 'paused';
type Story = OpenStory | Ending;
type ActiveVariant = 'usual' | 'at-planned' | 'no-contact' | 'left-holding';

const ENDING_WEIGHTS: Weighted<Ending> = [
  ['completed', 55],
  ['member-choice', 13],
  ['lost-contact', 13],
  ['moved-away', 7],
  ['needs-more-support', 12],
];
const KIND_WEIGHTS: Readonly<Record<string, number>> = { 'peer-coaching': 30, 'one-to-one-support': 35, 'travel-buddy': 15, 'peer-mentoring': 20 };
const DAY_PART = weightedPicker<(typeof DAY_PARTS)[number]>([
  ['morning', 45],
  ['afternoon', 40],
  ['evening', 15],
]);

export interface GenerateProgrammesOptions {
  today: DayNumber;
  historyDays: number;
  scale: ProgrammeScale;
  kinds: readonly ProgrammeKind[];
  plans: readonly MemberPlan[];
  members: readonly Member[];
  referrals: readonly Referral[];
  activity: readonly VolunteerActivity[];
  places: Places;
}

export interface DemoProgrammes {
  programmes: Programme[];
  /** By date: the store keeps them in one document per year. */
  sessions: ProgrammeSession[];
  /** Every member, those in programmes (and a few others) with matching details. */
  members: Member[];
  /** Every referral, those a programme started from saying so. */
  referrals: Referral[];
}

interface Placed {
  start: number;
  plan: MemberPlan;
  referral?: Referral;
  script: Script;
}

interface Busy {
  from: number;
  to: number;
}

const office = (random: Random, day: number): string => timestampOn(day, random.int(9 * 60, 17 * 60), random.int(0, 59));

/** The stories to tell, open ones first so today's caseloads have room for them. */
function storiesFor(random: Random, scale: ProgrammeScale): Story[] {
  // Active first: the one left with a volunteer who has gone needs that volunteer's room
  // before anyone else is matched with them.
  const open: Story[] = [
    ...Array<Story>(scale.active).fill('active'),
    ...Array<Story>(scale.waiting).fill('waiting'),
    ...Array<Story>(scale.matched).fill('matched'),
    ...Array<Story>(scale.paused).fill('paused'),
  ];
  const ended = quotaList(random, ENDING_WEIGHTS, Math.max(0, scale.count - open.length), 1);
  return [...open, ...ended];
}

class Generator {
  private readonly caseloads = new Caseloads();
  private readonly busy = new Map<string, Busy[]>();
  private readonly matching = new Map<string, MemberMatching>();
  /** When each member's matching details were first written. */
  private readonly matchingAt = new Map<string, string>();
  private readonly usedReferrals = new Set<string>();
  /** One-to-one support starts on a ward until a ward visit is on record, so every way of meeting shows. */
  private noWardYet = true;
  private readonly linkedReferrals = new Map<string, { programmeId: string; kindId: string }>();
  private readonly pools: Map<string, VolunteerActivity[]>;
  private readonly memberById: Map<string, Member>;
  private readonly earliest: number;
  private readonly yesterday: number;
  /** Members still with us, and everyone who was ever active (with their active spells). */
  private readonly current: MemberPlan[];
  private readonly everActive: MemberPlan[];
  /** Accepted referrals whose member started a spell with us the day it was accepted. */
  private readonly referralStarts: { referral: Referral; plan: MemberPlan; segment: Segment; day: number }[];
  readonly programmes: Programme[] = [];
  readonly sessions: ProgrammeSession[] = [];

  constructor(
    private readonly random: Random,
    private readonly options: GenerateProgrammesOptions,
  ) {
    this.pools = poolsByKind(options.kinds, options.activity);
    this.memberById = new Map(options.members.map((m) => [m.id, m]));
    // Nobody can be matched before the first volunteer who could deliver a programme started.
    const firstVolunteer = Math.min(...[...this.pools.values()].flatMap((pool) => pool.map((a) => a.spans[0]?.from ?? Infinity)));
    this.earliest = Math.max(options.today - options.historyDays, firstVolunteer) + 30;
    this.yesterday = options.today - 1;
    this.everActive = options.plans.filter((p) => p.segments.length > 0);
    this.current = this.everActive.filter((p) => p.status === 'active' && p.segments[p.segments.length - 1]?.end === undefined);
    const planById = new Map(options.plans.map((p) => [p.id, p]));
    this.referralStarts = [];
    for (const r of options.referrals) {
      if (r.outcome !== 'accepted' || !r.memberId || !r.outcomeDate || r.placedInGroupId) continue;
      const plan = planById.get(r.memberId);
      const day = dayFromIso(r.outcomeDate);
      const segment = plan?.segments.find((s) => s.start === day);
      if (plan && segment && day !== null) this.referralStarts.push({ referral: r, plan, segment, day });
    }
    this.referralStarts.sort((a, b) => a.day - b.day);
  }

  private free(memberId: string, from: number, to: number): boolean {
    return !(this.busy.get(memberId) ?? []).some((b) => b.from < to && b.to > from);
  }

  /** Peer support that began with visits on the ward (after a referral from a ward, say). */
  private fromWard(kind: ProgrammeKind): boolean {
    return kind.id === 'one-to-one-support' && (this.noWardYet || this.random.chance(0.15));
  }

  /** A referral accepted on a day in [lo, hi] whose member was with us until at least `until`. */
  private referralIn(lo: number, hi: number, until: (day: number) => number, mustBeCurrent: boolean): { referral: Referral; plan: MemberPlan; day: number } | undefined {
    // Sorted by day: look only at the days asked for (a large set has thousands of referrals).
    const starts = this.referralStarts;
    let first = 0;
    for (let step = starts.length; step > 0; step >>= 1) while (first + step <= starts.length && starts[first + step - 1]!.day < lo) first += step;
    let last = first;
    while (last < starts.length && starts[last]!.day <= hi) last++;
    const fits = starts.slice(first, last).filter(
      (r) =>
        !this.usedReferrals.has(r.referral.id) &&
        (r.segment.end === undefined || r.segment.end > until(r.day)) &&
        (!mustBeCurrent || (r.plan.status === 'active' && r.segment.end === undefined)) &&
        this.free(r.plan.id, r.day, until(r.day)),
    );
    return fits.length > 0 ? this.random.pick(fits) : undefined;
  }

  /** A member with us over [from, to), with no other programme then. */
  private memberFor(from: number, to: number, open: boolean): MemberPlan | undefined {
    const pool = open ? this.current : this.everActive;
    if (pool.length === 0) return undefined;
    const fits = (p: MemberPlan): boolean => {
      if (!this.free(p.id, from, to)) return false;
      if (open) return (p.segments[p.segments.length - 1]?.start ?? Infinity) <= from;
      return p.segments.some((s) => s.start <= from && (s.end === undefined || s.end > to));
    };
    for (let i = 0; i < 60; i++) {
      const p = this.random.pick(pool);
      if (fits(p)) return p;
    }
    const all = pool.filter(fits);
    return all.length > 0 ? this.random.pick(all) : undefined;
  }

  private matchingOf(plan: MemberPlan, day: number): MemberMatching {
    let m = this.matching.get(plan.id);
    if (!m) {
      m = memberMatchingFor(this.random, plan);
      this.matching.set(plan.id, m);
      this.matchingAt.set(plan.id, office(this.random, Math.min(day, this.yesterday)));
    }
    return m;
  }

  /** Days to move the sessions so the first falls on a weekday the member is free. */
  private alignment(start: number, script: Script, matching: MemberMatching): number {
    const slots = matching.availability ?? [];
    const slot = slots.length > 0 ? this.random.pick(slots) : `${this.random.pick(WEEKDAYS.slice(0, 5))}-morning`;
    const weekday = WEEKDAYS.indexOf(slot.split('-')[0] as (typeof WEEKDAYS)[number]);
    const first = start + script.firstDay;
    // Day numbers count from a Thursday (1970-01-01); Monday is 0 here as in WEEKDAYS.
    const current = (((first + 3) % 7) + 7) % 7;
    return (weekday - current + 7) % 7;
  }

  // ----- placing a story in the history ----------------------------------------------------

  private placeEnded(kind: ProgrammeKind, ending: Ending, extend: boolean): Placed | undefined {
    const fromWard = this.fromWard(kind);
    const script = buildScript(this.random, { kind, ending, extend, fromWard, dayPart: DAY_PART(this.random), places: this.options.places });
    const length = scriptLength(script) + 7;
    const hi = this.yesterday - length;
    if (hi < this.earliest) return undefined;
    const viaReferral = this.random.chance(0.45) ? this.referralIn(this.earliest, hi, (d) => d + length, false) : undefined;
    const start = viaReferral?.day ?? this.random.int(this.earliest, hi);
    const plan = viaReferral?.plan ?? this.memberFor(start, start + length, false);
    if (!plan) return undefined;
    const matching = this.matchingOf(plan, start);
    const placed: Placed = { start, plan, script: shifted(script, this.alignment(start, script, matching)) };
    if (viaReferral) placed.referral = viaReferral.referral;
    return placed;
  }

  /** An open story: its script cut at today. */
  private placeOpen(kind: ProgrammeKind, story: OpenStory, variant: ActiveVariant, index: number, attempt: number): Placed | undefined {
    const { random } = this;
    const today = this.options.today;
    const travel = kind.plannedSessions === null;
    const fromWard = this.fromWard(kind);
    let script = buildScript(random, { kind, ending: 'open', extend: variant === 'usual' && random.chance(0.2), fromWard, dayPart: DAY_PART(random), places: this.options.places });
    const attended = script.sessions.filter((s) => s.outcome === 'attended');
    if (attended.length === 0) return undefined;
    // Days from the start to today.
    let age: number;
    switch (story) {
      case 'waiting':
        age = index % 2 === 0 ? random.int(15, 70) : random.int(1, 14);
        break;
      case 'matched':
        age = script.matchDay + random.int(1, Math.max(1, script.firstDay - script.matchDay - 1));
        break;
      case 'paused': {
        const k = random.int(0, Math.max(0, attended.length - 2));
        const upTo = attended[k]!.day;
        const from = upTo + random.int(1, 7);
        script = { ...script, sessions: script.sessions.filter((s) => s.day <= upTo), pauses: [...script.pauses.filter((p) => p.to <= upTo), { from, to: Infinity }], extensions: script.extensions.filter((e) => e.day <= upTo) };
        age = from + random.int(3, 40);
        break;
      }
      case 'active': {
        // Each attempt tries the next most recent leaver (the last may have had no room).
        const leavers = variant === 'left-holding' ? this.recentLeavers(kind) : [];
        const leaver = leavers[attempt % Math.max(1, leavers.length)];
        if (leaver !== undefined) {
          // Matched a month or three before their volunteer left, with sessions in between.
          age = today - (leaver - random.int(30, 90) - script.matchDay);
        } else if (variant === 'at-planned' && !travel) {
          age = attended[attended.length - 1]!.day + random.int(1, 10);
        } else if (variant === 'no-contact') {
          const upTo = attended[random.int(0, Math.max(0, attended.length - 2))]!.day;
          script = { ...script, sessions: script.sessions.filter((s) => s.day <= upTo), pauses: script.pauses.filter((p) => p.to <= upTo), extensions: script.extensions.filter((e) => e.day <= upTo) };
          age = upTo + random.int(28, 50);
        } else {
          // Some time after the first attended session, before the planned number is reached.
          const lo = attended[0]!.day + 1;
          const hi = Math.max(lo, (attended[attended.length - 1]?.day ?? lo) - 1);
          age = random.int(lo, hi);
          if (script.pauses.some((p) => p.from <= age && age < p.to)) age = script.pauses.find((p) => p.from <= age)!.from - 1;
        }
        break;
      }
    }
    age = Math.max(1, age);
    let start = today - age;
    let plan: MemberPlan | undefined;
    let referral: Referral | undefined;
    if (story !== 'paused' && variant === 'usual' && random.chance(0.45)) {
      const found = this.referralIn(start - 3, start + 3, () => Infinity, true);
      if (found) {
        start = found.day;
        plan = found.plan;
        referral = found.referral;
      }
    }
    plan ??= this.memberFor(start, Infinity, true);
    // Matched before today (a referral's day may have moved the start a little).
    if (!plan || start < this.earliest - 30 || (story !== 'waiting' && start + script.matchDay >= today)) return undefined;
    const matching = this.matchingOf(plan, start);
    // Shift to a weekday they are free, unless that would carry a session past today (the cut decides what happened).
    const shift = story === 'waiting' || story === 'matched' ? 0 : this.alignment(start, script, matching);
    script = cutAt(shifted(script, shift), today - start, story);
    if (story === 'active' && !script.sessions.some((s) => s.outcome === 'attended')) return undefined;
    const placed: Placed = { start, plan, script };
    if (referral) placed.referral = referral;
    return placed;
  }

  // ----- volunteers --------------------------------------------------------------------------

  /** The days volunteers able to deliver this kind left in the last year, most recent first. */
  private recentLeavers(kind: ProgrammeKind): number[] {
    const today = this.options.today;
    const days = (this.pools.get(kind.id) ?? [])
      .filter((a) => a.volunteer.status === 'left')
      .map((a) => a.spans[a.spans.length - 1])
      .filter((s): s is NonNullable<typeof s> => s !== undefined && s.to >= today - 365 && s.to <= today - 10 && s.to - s.from > 60)
      .map((s) => s.to);
    // The most recent first: a coordinator notices a gone volunteer within weeks, not a year on.
    return days.sort((a, b) => b - a);
  }

  kindWithRecentLeaver(kinds: readonly ProgrammeKind[]): ProgrammeKind | undefined {
    return kinds.find((k) => this.recentLeavers(k).length > 0);
  }

  /** The matches over [from, until), changing volunteer when one stops or now and then; undefined if nobody can take it. */
  private matchesFor(kind: ProgrammeKind, placed: Placed, from: number, until: number, holdLeaver: boolean): { matches: Match[]; heldFrom?: number } | undefined {
    const { random } = this;
    const pool = this.pools.get(kind.id) ?? [];
    const matching = this.matchingOf(placed.plan, placed.start);
    const own = placed.plan.volunteer?.id;
    const base = { interests: this.interestsOf(placed.plan), matching, until };
    const pick = (day: number, exclude: ReadonlySet<string>, leaver?: readonly [number, number]): Chosen | undefined => {
      const want = { ...base, day, exclude, honourAsks: true, overLimit: false, ...(leaver ? { leaverBetween: leaver } : {}) };
      // Past programmes may have stretched someone past their limit for a while; today's caseloads never are.
      const chosen =
        chooseVolunteer(random, pool, want, this.caseloads) ?? (until <= this.options.today ? chooseVolunteer(random, pool, { ...want, overLimit: true }, this.caseloads) : undefined);
      if (chosen || leaver) return chosen;
      // Nobody fits what they asked for: the coordinator matched them anyway, and their asks were not recorded.
      const anyone = chooseVolunteer(random, pool, { ...want, honourAsks: false }, this.caseloads);
      if (anyone) {
        delete matching.prefersVolunteerGender;
        delete matching.needsLanguage;
      }
      return anyone;
    };
    const exclude = new Set(own ? [own] : []);
    let chosen = holdLeaver ? pick(from, exclude, [from + 14, this.options.today - 7]) : pick(from, exclude);
    if (!chosen) return undefined;
    const matches: Match[] = [];
    let day = from;
    for (let guard = 0; guard < 6; guard++) {
      const v = chosen.activity.volunteer;
      const changeAt = !holdLeaver && random.chance(0.06) ? day + random.int(30, 120) : Infinity;
      const endAt = Math.min(chosen.spanEnd, changeAt);
      // Nothing changes after today, or after the programme ended.
      if (endAt >= Math.min(until, this.options.today)) {
        this.caseloads.add(v.id, day, until);
        matches.push({ volunteerId: v.id, from: isoFromDay(day) });
        return { matches };
      }
      if (holdLeaver && endAt === chosen.spanEnd) {
        // Their volunteer left and nobody has been chosen yet: Home lists it.
        this.caseloads.add(v.id, day, endAt);
        matches.push({ volunteerId: v.id, from: isoFromDay(day) });
        return { matches, heldFrom: endAt };
      }
      const next = pick(endAt, new Set([...exclude, v.id]));
      if (!next) {
        if (endAt === changeAt) continue;
        return undefined;
      }
      this.caseloads.add(v.id, day, endAt);
      const stopped = endAt === chosen.spanEnd ? (statusAfter(chosen.activity, endAt) === 'left' ? LEFT_REASON : BREAK_REASON) : random.pick(CHANGE_REASONS);
      matches.push({ volunteerId: v.id, from: isoFromDay(day), to: isoFromDay(endAt), reason: stopped });
      day = endAt;
      chosen = next;
    }
    return undefined;
  }

  private interestsOf(plan: MemberPlan): string[] {
    return this.memberById.get(plan.id)?.interests ?? [];
  }

  // ----- writing the records ------------------------------------------------------------------

  /** Places and writes one programme; false if no member and volunteers could be found for it. */
  add(kind: ProgrammeKind, story: Story, how: { variant: ActiveVariant; extend: boolean; index: number }): boolean {
    const { variant } = how;
    const open = story === 'waiting' || story === 'matched' || story === 'active' || story === 'paused';
    for (let attempt = 0; attempt < 8; attempt++) {
      const placed = open ? this.placeOpen(kind, story, variant, how.index, attempt) : this.placeEnded(kind, story, how.extend);
      if (!placed) continue;
      const { start, script } = placed;
      const endDay = script.end ? start + script.end.day : Infinity;
      let matches: Match[] = [];
      let heldFrom: number | undefined;
      if (story !== 'waiting') {
        const found = this.matchesFor(kind, placed, start + script.matchDay, endDay, variant === 'left-holding');
        if (!found) continue;
        matches = found.matches;
        heldFrom = found.heldFrom;
      }
      const sessions = heldFrom === undefined ? script.sessions : script.sessions.filter((s) => start + s.day < heldFrom);
      if (story === 'active' && !sessions.some((s) => s.outcome === 'attended')) continue;
      this.write(kind, story, placed, matches, { ...script, sessions, pauses: heldFrom === undefined ? script.pauses : script.pauses.filter((p) => start + p.from < heldFrom) });
      return true;
    }
    return false;
  }

  private write(kind: ProgrammeKind, story: Story, placed: Placed, matches: Match[], script: Script): void {
    const { random } = this;
    const { start, plan } = placed;
    const id = random.uuid();
    const abs = (rel: number): number => start + rel;
    const times: string[] = [];
    const createdAt = office(random, start);
    times.push(createdAt);

    const sessions: ProgrammeSession[] = script.sessions.map((s) => {
      const day = abs(s.day);
      const logged = Math.min(this.yesterday, day + (random.chance(0.6) ? 0 : random.chance(0.6) ? 1 : random.int(2, 5)));
      const at = timestampOn(logged, logged === day ? random.int(Math.max(9 * 60, 60 * Number((s.startTime ?? '09').slice(0, 2)) + 60), 20 * 60) : random.int(9 * 60, 17 * 60), random.int(0, 59));
      const volunteerId = volunteerOn(matches, isoFromDay(day));
      const r = { id: random.uuid(), createdAt: at, updatedAt: at, programmeId: id } as ProgrammeSession;
      if (volunteerId !== undefined) r.volunteerId = volunteerId;
      r.date = isoFromDay(day);
      if (s.startTime !== undefined) r.startTime = s.startTime;
      r.minutes = s.minutes;
      r.mode = s.mode;
      if (s.where !== undefined) r.where = s.where;
      r.outcome = s.outcome;
      if (s.note !== undefined) r.note = s.note;
      if (s.privateNote !== undefined) r.privateNote = s.privateNote;
      return r;
    });

    // Status history, as the handlers would have written it.
    const history: Programme['statusHistory'] = [];
    const change = (status: ProgrammeStatus, day: number, at = office(random, day)): void => {
      history.push({ status, date: isoFromDay(day), at });
      times.push(at);
    };
    const matchDay = abs(script.matchDay);
    if (story === 'waiting' || script.matchDay > 0) change('waiting', start, createdAt);
    else change('matched', start, createdAt);
    if (story !== 'waiting' && script.matchDay > 0) change('matched', matchDay);
    const firstAttended = sessions.find((s) => s.outcome === 'attended');
    const events: { day: number; what: () => void }[] = [];
    if (firstAttended) events.push({ day: dayFromIso(firstAttended.date) ?? start, what: () => change('active', dayFromIso(firstAttended.date) ?? start, firstAttended.createdAt) });
    for (const p of script.pauses) {
      if (firstAttended && abs(p.from) <= (dayFromIso(firstAttended.date) ?? start)) continue;
      events.push({ day: abs(p.from), what: () => change('paused', abs(p.from)) });
      if (Number.isFinite(p.to)) events.push({ day: abs(p.to), what: () => change('active', abs(p.to)) });
    }
    events.sort((a, b) => a.day - b.day);
    for (const e of events) e.what();
    if (script.end) change('ended', abs(script.end.day));

    for (const m of matches) if (m.to !== undefined) times.push(office(random, dayFromIso(m.to) ?? start));
    const extensions = script.extensions.filter((e) => abs(e.day) < this.options.today).map((e) => ({ date: isoFromDay(abs(e.day)), from: e.from, to: e.to, reason: e.reason }));
    for (const e of extensions) times.push(office(random, dayFromIso(e.date) ?? start));
    const planned = extensions.length > 0 ? extensions[extensions.length - 1]!.to : kind.plannedSessions;

    const attendedDays: GoalDay[] = sessions.filter((s) => s.outcome === 'attended').map((s) => ({ day: dayFromIso(s.date) ?? start, at: s.createdAt }));
    const plan$ = goalsFor(random, attendedDays, { travel: kind.plannedSessions === null, completed: script.end?.ending === 'completed' });
    times.push(...plan$.times);

    const status = history[history.length - 1]!.status;
    const p = { id, createdAt, updatedAt: times.reduce((a, b) => (b > a ? b : a)), memberId: plan.id, kindId: kind.id } as Programme;
    if (placed.referral) p.referralId = placed.referral.id;
    p.startDate = isoFromDay(start);
    p.status = status;
    p.statusHistory = history;
    p.matches = matches;
    p.plannedSessions = planned;
    p.extensions = extensions;
    if (random.chance(0.4) && story !== 'waiting') p.firstSessionDate = isoFromDay(abs(script.firstDay));
    if (script.end) {
      const ending: NonNullable<Programme['ending']> = { date: isoFromDay(abs(script.end.day)), ending: script.end.ending, onward: script.end.onward };
      if (script.end.note !== undefined) ending.note = script.end.note;
      p.ending = ending;
    }
    p.goals = plan$.goals;

    this.programmes.push(p);
    this.sessions.push(...sessions);
    if (sessions.some((s) => s.mode === 'ward-visit')) this.noWardYet = false;
    const busy = this.busy.get(plan.id) ?? [];
    busy.push({ from: start, to: script.end ? abs(script.end.day) + 1 : Infinity });
    this.busy.set(plan.id, busy);
    if (placed.referral) {
      this.usedReferrals.add(placed.referral.id);
      this.linkedReferrals.set(placed.referral.id, { programmeId: id, kindId: kind.id });
    }
  }

  /** Members with their matching details; referrals with the programme they were accepted into. */
  finish(): { members: Member[]; referrals: Referral[] } {
    const { random } = this;
    // A few more members have matching details, filled in on their profile without a programme yet.
    for (const plan of this.current) {
      if (!this.matching.has(plan.id) && random.chance(0.08)) this.matchingOf(plan, plan.segments[plan.segments.length - 1]!.start + random.int(0, 60));
    }
    const members = this.options.members.map((m) => {
      const details = this.matching.get(m.id);
      return details ? withMemberMatching(m, details, this.matchingAt.get(m.id) ?? m.updatedAt) : m;
    });
    const referrals = this.options.referrals.map((r) => {
      const link = this.linkedReferrals.get(r.id);
      return link ? { ...r, programmeId: link.programmeId, programmeKindId: link.kindId } : r;
    });
    return { members, referrals };
  }
}

/** The volunteer matched on a day. */
function volunteerOn(matches: readonly Match[], date: string): string | undefined {
  return matches.find((m) => m.from <= date && (m.to === undefined || m.to > date))?.volunteerId;
}

/** What a volunteer's status became when an active span ended. */
function statusAfter(activity: VolunteerActivity, day: number): string | undefined {
  return activity.volunteer.statusHistory.find((s) => (dayFromIso(s.date) ?? 0) >= day && s.status !== 'active')?.status;
}

/** An open programme's script as it stands today: what happened before, nothing after. */
function cutAt(script: Script, age: number, story: OpenStory): Script {
  const met = story !== 'waiting' && story !== 'matched';
  const out: Script = {
    matchDay: script.matchDay,
    firstDay: script.firstDay,
    sessions: met ? script.sessions.filter((s) => s.day < age) : [],
    pauses: met ? script.pauses.filter((p) => p.from < age).map((p) => (p.to >= age ? { from: p.from, to: story === 'paused' ? Infinity : p.to } : p)) : [],
    extensions: met ? script.extensions.filter((e) => e.day < age) : [],
    planned: script.planned,
  };
  // An active one is not paused today.
  if (story === 'active') out.pauses = out.pauses.filter((p) => p.to < age);
  return out;
}

export function generateProgrammes(random: Random, options: GenerateProgrammesOptions): DemoProgrammes {
  const kinds = options.kinds.filter((k) => !k.archived);
  if (kinds.length === 0 || options.scale.count === 0) return { programmes: [], sessions: [], members: [...options.members], referrals: [...options.referrals] };
  const stories = storiesFor(random, options.scale);
  const kindList = quotaList(
    random,
    kinds.map((k) => [k, KIND_WEIGHTS[k.id] ?? 10] as const),
    stories.length,
    1,
  );
  const generator = new Generator(random, options);
  const { scale } = options;
  const variants: ActiveVariant[] = [
    ...Array<ActiveVariant>(scale.leftHolding).fill('left-holding'),
    ...Array<ActiveVariant>(scale.atPlanned).fill('at-planned'),
    ...Array<ActiveVariant>(scale.noContact).fill('no-contact'),
  ];
  let activeIndex = 0;
  let extended = false;
  // One active programme at least has travel buddy trips, so there are trips coming up.
  const tripsKind = kinds.find(kindHasTrips);
  let tripsOpen = tripsKind === undefined;
  stories.forEach((story, index) => {
    let kind = kindList[index]!;
    let variant: ActiveVariant = 'usual';
    if (story === 'active') {
      variant = variants[activeIndex++] ?? 'usual';
      // "At the planned number" needs one; travel buddies have none.
      if (variant === 'at-planned' && kind.plannedSessions === null) kind = kinds.find((k) => k.plannedSessions !== null) ?? kind;
      if (variant === 'left-holding') kind = generator.kindWithRecentLeaver(kinds) ?? kind;
      if (variant === 'usual' && !tripsOpen && tripsKind) kind = tripsKind;
      if (kindHasTrips(kind)) tripsOpen = true;
    }
    // Some completed programmes were extended first; the first one that can be always is.
    const extendable = kind.plannedSessions !== null && (kind.maxSessions === undefined || kind.maxSessions > kind.plannedSessions);
    const extend = story === 'completed' && extendable && (!extended || random.chance(0.2));
    if (generator.add(kind, story, { variant, extend, index })) extended ||= extend;
    else if (story === 'active' && variant !== 'usual') generator.add(kind, story, { variant: 'usual', extend: false, index });
  });
  const { members, referrals } = generator.finish();
  const programmes = generator.programmes.sort((a, b) => cmp(a.createdAt, b.createdAt));
  const sessions = generator.sessions.sort((a, b) => cmp(a.date, b.date) || cmp(a.createdAt, b.createdAt));
  return { programmes, sessions, members, referrals };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
