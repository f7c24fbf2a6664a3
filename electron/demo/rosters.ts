import type { RosterSpell, WaitingEntry } from '../../shared/domain/groups';
import { occurrences } from '../../shared/domain/schedule';
import { dayFromIso, isoFromDay, type DayNumber } from './calendar';
import { hasRosterKind, scheduleOf, type GroupPlan } from './groups';
import { onBreak, segmentOn, type MemberPlan, type Segment } from './members';
import type { Random } from './random';

/**
 * Who was in which group, and when. Members ask for a place as their story unfolds
 * (joining, moving on, coming back); requests are handled in date order, so a group is
 * never over its capacity on any day, a full group makes people wait until someone leaves
 * and the place has been offered, and whoever is still waiting today is on its waiting list.
 * "Okay to leave and okay to come back": some leave a group and later rejoin it (a new spell).
 */

interface Spell {
  member: MemberPlan;
  joined: DayNumber;
  /** Exclusive; undefined while still in the group. */
  left?: DayNumber;
  leftReason?: string;
}

interface GroupState {
  plan: GroupPlan;
  spells: Spell[];
  open: Spell[];
  /** People waiting for a place, by the day they started waiting: a freed place is theirs first. */
  waiters: Map<MemberPlan, DayNumber>;
}

interface Request {
  day: DayNumber;
  seq: number;
  member: MemberPlan;
  segment: Segment;
  /** A particular group: coming back to it, or waiting for a place in it. */
  group?: GroupState;
  waitingSince?: DayNumber;
  /** How long they will stay, in days; undefined for as long as the segment lasts. */
  stay?: number;
  /** Whether, on leaving the group, they might come back or try another. */
  followUp: boolean;
}

/** A binary min-heap of requests by day, ties in the order they were made. */
class Queue {
  private items: Request[] = [];
  private seq = 0;
  push(r: Omit<Request, 'seq'>): void {
    const item = { ...r, seq: this.seq++ };
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i] as Request, a[p] as Request)) break;
      [a[i], a[p]] = [a[p] as Request, a[i] as Request];
      i = p;
    }
  }
  pop(): Request | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l] as Request, a[m] as Request)) m = l;
        if (r < a.length && before(a[r] as Request, a[m] as Request)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Request, a[i] as Request];
        i = m;
      }
    }
    return top;
  }
}

const before = (a: Request, b: Request): boolean => a.day < b.day || (a.day === b.day && a.seq < b.seq);

const MOVED_ON = ['Moved on: feeling more settled', 'Group time no longer suits', 'Wanted a smaller group', 'Started work', 'Taking a break from groups', 'Joined another group'];
const WAITING_NOTES = ['Prefers mornings.', 'Would also consider the online group.', 'Keen to start soon.', 'Needs step-free access.', 'Works some days; evenings best.'];

export interface RosterOptions {
  today: DayNumber;
}

export interface RosterResult {
  /** Each member's first group place, for the referral's "placed in". */
  firstPlace: Map<string, { groupId: string; joined: DayNumber }>;
}

const running = (g: GroupPlan, day: DayNumber, margin = 0): boolean => g.startDay <= day && (g.endDay === undefined || g.endDay > day + margin);

function ageOn(member: MemberPlan, day: DayNumber, today: DayNumber): number {
  return member.age - (today - day) / 365.25;
}

export function assignRosters(random: Random, groups: readonly GroupPlan[], members: readonly MemberPlan[], options: RosterOptions): RosterResult {
  const { today } = options;
  const yesterday = today - 1;
  const states = groups.map((plan): GroupState => ({ plan, spells: [], open: [], waiters: new Map() }));
  const ongoing = states.filter((s) => s.plan.kind === 'peer-group' || s.plan.kind === 'social' || s.plan.kind === 'online');
  const spellsOf = new Map<MemberPlan, { state: GroupState; spell: Spell }[]>();
  const waiting: { state: GroupState; member: MemberPlan; added: DayNumber }[] = [];
  const firstPlace = new Map<string, { groupId: string; joined: DayNumber }>();
  const queue = new Queue();

  // Members already with the service when its first groups opened ask for a place then.
  const opening = Math.min(...groups.map((g) => g.startDay));
  for (const member of members) {
    if (!member.wantsGroup) continue;
    member.segments.forEach((segment, i) => {
      const earlier = i > 0 ? lastGroupOf(spellsOf, member) : undefined;
      const day = Math.max(segment.start, opening + random.int(0, 45));
      queue.push({ day, member, segment, group: earlier && random.chance(0.7) ? earlier : undefined, followUp: true, stay: stayFor(random, segment, today) });
    });
  }

  const fits = (state: GroupState, member: MemberPlan, day: DayNumber): boolean => {
    const { minAge, maxAge } = state.plan.eligibility;
    if (minAge === undefined && maxAge === undefined) return true;
    if (!member.keepBirthDate) return random.chance(0.1);
    const age = ageOn(member, day, today);
    return (minAge === undefined || age >= minAge) && (maxAge === undefined || age <= maxAge);
  };
  const inGroup = (state: GroupState, member: MemberPlan): boolean => state.open.some((s) => s.member === member);
  const purge = (state: GroupState, day: DayNumber): void => {
    state.open = state.open.filter((s) => s.left === undefined || s.left > day);
  };

  /** Places taken plus people who have been waiting longer than someone asking since `since`. */
  const hasRoom = (state: GroupState, member: MemberPlan, since: DayNumber): boolean => {
    const capacity = state.plan.capacity;
    if (capacity === undefined) return true;
    let ahead = 0;
    for (const [other, from] of state.waiters) if (other !== member && from <= since) ahead++;
    return state.open.length + ahead < capacity;
  };
  const choose = (member: MemberPlan, day: DayNumber, since: DayNumber): GroupState[] => {
    const options: { state: GroupState; weight: number }[] = [];
    for (const state of ongoing) {
      const g = state.plan;
      if (!running(g, day, 30)) continue;
      purge(state, day);
      if (inGroup(state, member)) continue;
      let weight = g.popularity;
      if (g.kind === 'online') weight *= member.prefersOnline ? 4 : 0.12;
      else if (member.prefersOnline) weight *= 0.3;
      if (g.venue?.district.outward === member.district.outward) weight *= 3;
      if (weight <= 0) continue;
      options.push({ state, weight });
    }
    const chosen: GroupState[] = [];
    for (let n = 0; n < 2 && options.length > 0; n++) {
      const total = options.reduce((sum, o) => sum + o.weight, 0);
      let roll = random.next() * total;
      let index = options.length - 1;
      for (let i = 0; i < options.length; i++) {
        roll -= (options[i] as { weight: number }).weight;
        if (roll < 0) {
          index = i;
          break;
        }
      }
      const [picked] = options.splice(index, 1);
      if (picked && fits(picked.state, member, day)) chosen.push(picked.state);
    }
    // Both full: the coordinator often offers a place in another group that has room.
    if (chosen.length > 0 && chosen.every((s) => !hasRoom(s, member, since)) && random.chance(0.6)) {
      const roomy = options.filter((o) => o.state.plan.kind !== 'online' || member.prefersOnline).filter((o) => hasRoom(o.state, member, since) && fits(o.state, member, day));
      if (roomy.length > 0) chosen.splice(1, 0, random.pick(roomy).state);
    }
    return chosen;
  };

  const join = (state: GroupState, r: Request, day: DayNumber): void => {
    const { member, segment } = r;
    const g = state.plan;
    const ends: [DayNumber, string][] = [];
    if (r.stay !== undefined) ends.push([day + r.stay, random.pick(MOVED_ON)]);
    if (segment.end !== undefined) ends.push([segment.end, member.steps.find((s) => s.day === segment.end)?.reason ?? 'Left the service']);
    if (g.endDay !== undefined) ends.push([g.endDay + 1, 'The group ended']);
    ends.sort((a, b) => a[0] - b[0]);
    const end = ends[0];
    const spell: Spell = { member, joined: day };
    if (end && end[0] <= yesterday) {
      spell.left = end[0];
      spell.leftReason = end[1];
    }
    state.spells.push(spell);
    state.open.push(spell);
    const list = spellsOf.get(member) ?? [];
    list.push({ state, spell });
    spellsOf.set(member, list);
    if (!firstPlace.has(member.id)) firstPlace.set(member.id, { groupId: g.id, joined: day });
    if (g.kind === 'online') member.onlineJoins.push(day);

    if (spell.left === undefined || !end) return;
    const stillTakingPart = segment.end === undefined || spell.left < segment.end - 30;
    if (!stillTakingPart) return;
    if (end[1] === 'The group ended') {
      queue.push({ day: spell.left + random.int(7, 45), member, segment, followUp: false });
    } else if (r.followUp) {
      const roll = random.next();
      if (roll < 0.45) queue.push({ day: spell.left + random.int(30, 400), member, segment, group: state, followUp: false, stay: stayFor(random, segment, today) });
      else if (roll < 0.7) queue.push({ day: spell.left + random.int(7, 90), member, segment, followUp: false, stay: stayFor(random, segment, today) });
    }
  };

  const stopWaiting = (r: Request): void => {
    if (r.group && r.waitingSince !== undefined) r.group.waiters.delete(r.member);
  };

  for (let r = queue.pop(); r !== undefined; r = queue.pop()) {
    const { member, segment } = r;
    const day = r.day;
    if (segment.end !== undefined && day >= segment.end - 7) {
      stopWaiting(r);
      continue;
    }
    if (day >= today) {
      if (r.group && r.waitingSince !== undefined && running(r.group.plan, yesterday)) waiting.push({ state: r.group, member, added: r.waitingSince });
      else stopWaiting(r);
      continue;
    }
    if (r.group) purge(r.group, day);
    const candidates = r.group ? (running(r.group.plan, day, 14) && !inGroup(r.group, member) ? [r.group] : []) : choose(member, day, r.waitingSince ?? day);
    const since = r.waitingSince ?? day;
    let placed = false;
    for (const state of candidates) {
      purge(state, day);
      if (hasRoom(state, member, since)) {
        stopWaiting(r);
        join(state, r, day);
        placed = true;
        if (!r.group && r.followUp && random.chance(0.08)) {
          queue.push({ day: day + random.int(14, 200), member, segment, followUp: false, stay: stayFor(random, segment, today) });
        }
        break;
      }
    }
    if (placed) continue;
    if (candidates.length === 0) {
      stopWaiting(r);
      continue;
    }
    // Full: wait for the next place to come free, and for it to be offered.
    const target = candidates[0] as GroupState;
    let nextFree: DayNumber | undefined;
    for (const s of target.open) if (s.left !== undefined && (nextFree === undefined || s.left < nextFree)) nextFree = s.left;
    if (since < day - 270) {
      // Waited the best part of a year: they try another group instead.
      stopWaiting(r);
      if (r.group) queue.push({ day: day + random.int(1, 14), member, segment, followUp: false, stay: r.stay });
      continue;
    }
    if (nextFree !== undefined) {
      target.waiters.set(member, since);
      queue.push({ ...r, day: Math.max(nextFree, day + 1) + random.int(5, 28), group: target, waitingSince: since });
    } else if (running(target.plan, yesterday) && since >= today - 270 && !segment.end) {
      // Nobody is due to leave: they stay on the list, ahead of anyone who asks later.
      target.waiters.set(member, since);
      waiting.push({ state: target, member, added: since });
    } else {
      stopWaiting(r);
    }
  }

  bookWorkshops(random, states, members, spellsOf, today);
  bookCourses(random, states, members, spellsOf, today);
  waitForAPlace(random, ongoing, members, waiting, today);

  // Write the spells out as the stored roster, in the order the coordinator added them.
  for (const state of states) {
    const g = state.plan;
    if (!hasRosterKind(g.kind)) continue;
    state.spells.sort((a, b) => a.joined - b.joined || (a.member.id < b.member.id ? -1 : 1));
    g.roster = state.spells.map((s): RosterSpell => {
      const spell: RosterSpell = { memberId: s.member.id, joined: isoFromDay(s.joined) };
      if (s.left !== undefined) {
        spell.left = isoFromDay(s.left);
        if (s.leftReason !== undefined) spell.leftReason = s.leftReason;
      }
      return spell;
    });
    for (const s of state.spells) g.lastChangeDay = Math.max(g.lastChangeDay, Math.min(s.left ?? s.joined, yesterday), s.joined);
  }
  ensureShapes(random, ongoing, members, today);
  return { firstPlace };
}

function lastGroupOf(spellsOf: Map<MemberPlan, { state: GroupState; spell: Spell }[]>, member: MemberPlan): GroupState | undefined {
  const list = spellsOf.get(member);
  return list?.[list.length - 1]?.state;
}

/** Days in the first group before moving on, or undefined to stay as long as they take part. */
function stayFor(random: Random, segment: Segment, today: DayNumber): number | undefined {
  const length = (segment.end ?? today) - segment.start;
  if (!random.chance(segment.end === undefined ? 0.3 : 0.2)) return undefined;
  const stay = 60 + Math.floor(Math.pow(random.next(), 1.3) * 1100);
  return stay < length - 30 ? stay : undefined;
}

/**
 * New members come to the 2-hour introduction between assessment and joining a group (or
 * in their first weeks). People assessed recently are booked on the next one.
 */
function bookWorkshops(random: Random, states: GroupState[], members: readonly MemberPlan[], spellsOf: Map<MemberPlan, { state: GroupState; spell: Spell }[]>, today: DayNumber): void {
  const workshops = states.filter((s) => s.plan.kind === 'workshop');
  if (workshops.length === 0) return;
  const dates = new Map<GroupState, DayNumber[]>();
  const booked = new Map<string, number>();
  for (const w of workshops) {
    const to = isoFromDay(Math.min(w.plan.endDay ?? today + 120, today + 120));
    dates.set(w, occurrences(scheduleOf(w.plan), isoFromDay(w.plan.startDay), to).map((d) => dayFromIso(d) as DayNumber));
  }
  for (const member of members) {
    const assessed = member.steps.find((s) => s.status === 'assessed')?.day;
    if (assessed === undefined || !random.chance(member.status === 'assessed' ? 0.6 : 0.45)) continue;
    // Nobody comes to the introduction after they have left.
    const gone = member.steps.find((s) => s.status === 'left' && s.day > assessed)?.day ?? Infinity;
    const nearby = workshops.filter((w) => w.plan.venue?.district.outward === member.district.outward);
    const pool = (nearby.length > 0 && random.chance(0.6) ? nearby : workshops).filter((w) => running(w.plan, assessed));
    if (pool.length === 0) continue;
    const w = random.pick(pool);
    for (const day of dates.get(w) ?? []) {
      if (day <= assessed || day > assessed + 75 || day >= gone - 1) continue;
      const key = `${w.plan.id}:${day}`;
      if ((booked.get(key) ?? 0) >= (w.plan.capacity ?? 12)) continue;
      const joined = Math.min(today - 1, Math.max(assessed + 1, day - random.int(3, 20)));
      if (joined >= today || joined > day) break;
      booked.set(key, (booked.get(key) ?? 0) + 1);
      const spell: Spell = { member, joined };
      if (day + 1 <= today - 1) {
        spell.left = day + 1;
        spell.leftReason = 'Came to the introduction';
      }
      w.spells.push(spell);
      const list = spellsOf.get(member) ?? [];
      list.push({ state: w, spell });
      spellsOf.set(member, list);
      break;
    }
  }
}

/** Each course is a cohort: booked a few weeks before it starts, most finish, a few stop coming. */
function bookCourses(random: Random, states: GroupState[], members: readonly MemberPlan[], spellsOf: Map<MemberPlan, { state: GroupState; spell: Spell }[]>, today: DayNumber): void {
  for (const c of states.filter((s) => s.plan.kind === 'course')) {
    const g = c.plan;
    const capacity = g.capacity ?? 12;
    const booking = Math.min(today - 1, g.startDay - 14);
    const eligible = members.filter((m) => segmentOn(m, booking) !== undefined && !onBreak(m, booking) && segmentOn(m, g.startDay)?.end !== booking);
    const want = Math.min(eligible.length, Math.round(capacity * (0.7 + random.next() * 0.3)));
    for (const member of random.sample(eligible, want)) {
      const joined = Math.min(today - 1, g.startDay - random.int(3, 25));
      const segment = segmentOn(member, joined);
      if (!segment) continue;
      const spell: Spell = { member, joined };
      let left: DayNumber | undefined;
      let reason: string | undefined;
      if (random.chance(0.15)) {
        left = g.startDay + random.int(7, 50);
        reason = 'Stopped coming';
      } else if (g.endDay !== undefined) {
        left = g.endDay + 1;
        reason = 'Completed the course';
      }
      if (segment.end !== undefined && (left === undefined || segment.end < left)) {
        left = segment.end;
        reason = 'Left the service';
      }
      if (left !== undefined && left <= today - 1) {
        spell.left = left;
        if (reason !== undefined) spell.leftReason = reason;
      }
      c.spells.push(spell);
      const list = spellsOf.get(member) ?? [];
      list.push({ state: c, spell });
      spellsOf.set(member, list);
    }
  }
}

/**
 * Today's waiting lists: people the simulation left waiting for a full group, and people
 * assessed recently who are waiting for their first place, in the order they were added.
 */
function waitForAPlace(
  random: Random,
  ongoing: GroupState[],
  members: readonly MemberPlan[],
  waiting: { state: GroupState; member: MemberPlan; added: DayNumber }[],
  today: DayNumber,
): void {
  const yesterday = today - 1;
  const open = ongoing.filter((s) => running(s.plan, yesterday, 30) && !s.plan.archived && s.plan.capacity !== undefined);
  for (const member of members) {
    if (member.status !== 'assessed' || !member.wantsGroup || open.length === 0 || !random.chance(0.75)) continue;
    const assessed = member.steps[member.steps.length - 1]?.day ?? yesterday;
    const near = open.filter((s) => s.plan.venue?.district.outward === member.district.outward);
    const pool = near.length > 0 && random.chance(0.5) ? near : open;
    const weights = pool.map((s) => s.plan.popularity * (s.plan.kind === 'online' ? (member.prefersOnline ? 3 : 0.1) : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    let roll = random.next() * total;
    let chosen = pool[pool.length - 1] as GroupState;
    for (let i = 0; i < pool.length; i++) {
      roll -= weights[i] as number;
      if (roll < 0) {
        chosen = pool[i] as GroupState;
        break;
      }
    }
    waiting.push({ state: chosen, member, added: Math.min(yesterday, assessed + random.int(0, 6)) });
  }
  const byGroup = new Map<GroupState, { member: MemberPlan; added: DayNumber }[]>();
  for (const w of waiting) {
    if (w.state.plan.archived || w.member.status === 'left') continue;
    if (w.state.open.some((s) => s.member === w.member && (s.left === undefined || s.left > yesterday))) continue;
    const list = byGroup.get(w.state) ?? [];
    if (list.some((x) => x.member === w.member)) continue;
    list.push({ member: w.member, added: Math.min(w.added, yesterday) });
    byGroup.set(w.state, list);
  }
  for (const [state, list] of byGroup) {
    list.sort((a, b) => a.added - b.added);
    state.plan.waitingList = list.map(({ member, added }): WaitingEntry => {
      const entry: WaitingEntry = { memberId: member.id, added: isoFromDay(added) };
      if (random.chance(0.25)) entry.note = random.pick(WAITING_NOTES);
      return entry;
    });
    const last = list[list.length - 1];
    if (last) state.plan.lastChangeDay = Math.max(state.plan.lastChangeDay, last.added);
  }
}

function countOn(g: GroupPlan, day: string): number {
  let n = 0;
  for (const s of g.roster) if (s.joined <= day && (s.left === undefined || s.left > day)) n++;
  return n;
}

/**
 * What a demo must be able to show, whatever the seed: a group with a free place and people
 * waiting (the dashboard offers the place), and a member who left a group and came back.
 * The simulation nearly always produces both; when it does not, the smallest change that
 * does is made here, keeping capacities and dates consistent.
 */
function ensureShapes(random: Random, ongoing: GroupState[], members: readonly MemberPlan[], today: DayNumber): void {
  const yesterday = today - 1;
  const todayIso = isoFromDay(today);
  const live = ongoing.filter((s) => running(s.plan, yesterday, 30) && !s.plan.archived && s.plan.capacity !== undefined);
  const free = (g: GroupPlan): number => (g.capacity ?? 0) - countOn(g, todayIso);
  if (live.length > 0 && !live.some((s) => free(s.plan) > 0 && s.plan.waitingList.length > 0)) {
    const withList = live.filter((s) => s.plan.waitingList.length > 0).sort((a, b) => b.plan.waitingList.length - a.plan.waitingList.length);
    const target = withList[0] ?? [...live].sort((a, b) => b.plan.popularity - a.plan.popularity)[0];
    if (target) {
      const g = target.plan;
      if (g.waitingList.length === 0) {
        // Someone assessed recently is waiting for this group.
        const inIt = new Set(g.roster.filter((x) => x.left === undefined).map((x) => x.memberId));
        const who = members.filter((m) => (m.status === 'assessed' || m.status === 'active') && !inIt.has(m.id) && m.keepBirthDate);
        const member = who.find((m) => m.status === 'assessed') ?? who[0];
        if (member) {
          const added = today - random.int(3, 20);
          g.waitingList = [{ memberId: member.id, added: isoFromDay(added) }];
          g.lastChangeDay = Math.max(g.lastChangeDay, added);
        }
      }
      if (free(g) <= 0) {
        // Someone moved on last week; the place has not been offered yet.
        const leaving = g.roster.filter((x) => x.left === undefined && x.joined < isoFromDay(today - 60));
        const spell = leaving.length > 0 ? random.pick(leaving) : undefined;
        if (spell) {
          spell.left = isoFromDay(today - random.int(3, 12));
          spell.leftReason = 'Moved on: feeling more settled';
          g.lastChangeDay = Math.max(g.lastChangeDay, dayFromIso(spell.left) as DayNumber);
        }
      }
    }
  }
  const returned = live.some((s) => {
    const seen = new Set<string>();
    return s.plan.roster.some((spell) => {
      if (seen.has(spell.memberId)) return true;
      seen.add(spell.memberId);
      return false;
    });
  });
  if (returned) return;
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const s of random.shuffle([...live])) {
    const g = s.plan;
    for (const spell of g.roster) {
      const member = byId.get(spell.memberId);
      if (!spell.left || !member) continue;
      const back = Math.max((dayFromIso(spell.left) as DayNumber) + 30, today - 40);
      const backIso = isoFromDay(back);
      if (back >= yesterday || spell.left > backIso) continue;
      const seg = segmentOn(member, back);
      if (!seg || seg.end !== undefined || g.roster.some((x) => x.memberId === member.id && x.left === undefined)) continue;
      // Room on every day from their return until today?
      let fullSomewhere = countOn(g, backIso) >= (g.capacity ?? 0);
      for (const x of g.roster) if (x.joined > backIso && countOn(g, x.joined) >= (g.capacity ?? 0)) fullSomewhere = true;
      if (fullSomewhere) continue;
      g.roster.push({ memberId: member.id, joined: backIso });
      g.waitingList = g.waitingList.filter((w) => w.memberId !== member.id);
      g.lastChangeDay = Math.max(g.lastChangeDay, back);
      return;
    }
  }
}
