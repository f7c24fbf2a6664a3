import type { Mark, Register, SessionRecord } from '../../shared/domain/sessions';
import { scheduledSessionId } from '../../shared/domain/sessions';
import { occurrences } from '../../shared/domain/schedule';
import { dayFromIso, isoFromDay, partsFromDay, timestampOn, type DayNumber } from './calendar';
import { isActiveOn, type VolunteerActivity } from './activity';
import { hasRosterKind, scheduleOf, type GroupPlan } from './groups';
import { onBreak, segmentOn, type MemberPlan } from './members';
import type { DemoArea } from './places';
import type { Random } from './random';

/**
 * Every meeting each group has held, with its register, as a coordinator keying in the paper
 * sign-in sheets would have left it: most people present, some apologies, the odd walk-in,
 * a head count at the drop-in, the facilitators who ran it; a few cancellations with their
 * reasons (a facilitator off sick, snow, the Covid-19 lockdowns for in-person groups) and a
 * few one-off extra meetings. Nothing is dated after yesterday, except a cancellation
 * already made for a meeting in the coming weeks; and a few groups' latest meetings are
 * left without a register, so "registers to take" has something in it.
 */

const COVID_PAUSES: readonly (readonly [string, string])[] = [
  ['2020-03-23', '2020-08-31'],
  ['2020-11-05', '2020-12-02'],
  ['2021-01-06', '2021-04-11'],
];
const COVID_REASON = 'Covid-19 lockdown: in-person groups paused; volunteers phoned members each week.';

const SNOW: Readonly<Record<DemoArea, readonly string[]>> = {
  sheffield: ['2017-12-11', '2018-02-28', '2018-03-01', '2018-03-02', '2018-03-19', '2021-02-08', '2021-02-09', '2023-03-09', '2023-03-10'],
  sutton: ['2018-02-27', '2018-02-28', '2018-03-01', '2021-02-08', '2022-12-12'],
  'south-london': ['2018-02-27', '2018-02-28', '2018-03-01', '2021-02-08', '2022-12-12'],
};

const IN_PERSON_REASONS = [
  'Facilitator unwell; no cover found.',
  'Venue closed unexpectedly (heating failure).',
  'Room double-booked by the venue.',
  'Too few people able to come this week.',
  'Staff training day.',
  'Burst pipe at the venue.',
  'Building closed: fire alarm fault.',
];
const ONLINE_REASONS = ['Facilitator unwell; no cover found.', 'Video-call account problem; members told by text.', 'Facilitator’s internet down.'];
const FUTURE_REASONS = ['Venue booked as a polling station.', 'Facilitator on annual leave; no cover found.', 'Venue closed for redecoration.'];

const GROUP_NOTES = [
  'New member welcomed to the group.',
  'Went over the group guidelines together.',
  'Guest speaker from the Recovery College.',
  'Fire alarm test at 11; carried on outside.',
  'Good conversation about sleep and routines.',
  'Birthday cake for one of the members.',
  'Talked about a summer outing.',
  'Two members swapped numbers to travel in together.',
];
const DROP_IN_NOTES = ['Busy afternoon; ran out of milk.', 'Quiet: awful weather.', 'Board games out; good atmosphere.', 'Someone from the housing team came to chat.', 'Two newcomers; both took leaflets about the groups.'];

export interface SessionOptions {
  today: DayNumber;
  area: DemoArea;
  members: readonly MemberPlan[];
  activity: readonly VolunteerActivity[];
  /** How many groups have their latest meetings waiting for a register. */
  registersDue: number;
}

interface SpellDays {
  member: MemberPlan;
  joined: DayNumber;
  left: number;
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function generateSessions(random: Random, groups: readonly GroupPlan[], options: SessionOptions): SessionRecord[] {
  const { today, members } = options;
  const yesterday = today - 1;
  const byId = new Map(members.map((m) => [m.id, m]));
  const facilitators = options.activity.filter((a) => a.facilitates);
  // Before anyone on record had started, there is nobody to look for.
  const firstFacilitator = facilitators.reduce((min, a) => Math.min(min, a.spans[0]?.from ?? Infinity), Infinity);
  const byVolunteer = new Map(options.activity.map((a) => [a.volunteer.id, a]));
  const covid = COVID_PAUSES.map(([a, b]) => [dayFromIso(a) as DayNumber, dayFromIso(b) as DayNumber] as const);
  const snow = new Set(SNOW[options.area]);

  // Drop-in regulars go to the drop-in nearest them; anyone may turn up at a group once.
  const dropIns = groups.filter((g) => g.kind === 'drop-in');
  const regulars = new Map<GroupPlan, MemberPlan[]>(dropIns.map((g) => [g, []]));
  for (const m of members) {
    if (!m.dropInGoer || dropIns.length === 0 || m.segments.length === 0) continue;
    const near = dropIns.filter((g) => g.venue?.district.outward === m.district.outward);
    const g = near.length > 0 && random.chance(0.7) ? random.pick(near) : random.pick(dropIns);
    regulars.get(g)?.push(m);
  }
  const walkInPool = members.filter((m) => m.dropInGoer && m.segments.length > 0);

  // Which groups have registers still to take: recent, running, and not archived.
  const due = new Map<GroupPlan, number>();
  const candidates = groups.filter((g) => !g.archived && g.startDay < today - 60 && (g.endDay === undefined || g.endDay >= today));
  for (const g of random.sample(candidates, options.registersDue)) due.set(g, random.int(1, 3));

  const sessions: SessionRecord[] = [];
  for (const g of groups) {
    const spells: SpellDays[] = g.roster.map((s) => ({
      member: byId.get(s.memberId) as MemberPlan,
      joined: dayFromIso(s.joined) as DayNumber,
      left: s.left === undefined ? Infinity : (dayFromIso(s.left) as DayNumber),
    }));
    spells.sort((a, b) => a.joined - b.joined);
    const last = Math.min(g.endDay ?? yesterday, yesterday);
    const dates = occurrences(scheduleOf(g), isoFromDay(g.startDay), isoFromDay(last));
    const skipLast = due.get(g) ?? 0;
    const kept = skipLast > 0 ? dates.slice(0, Math.max(0, dates.length - skipLast)) : dates;
    const inPerson = g.kind !== 'online';
    let crew: VolunteerActivity[] = [];
    const crewFor = (day: DayNumber): VolunteerActivity[] => {
      const assigned = g.facilitatorIds.flatMap((id) => {
        const a = byVolunteer.get(id);
        return a && isActiveOn(a.spans, day) ? [a] : [];
      });
      if (assigned.length > 0) return assigned;
      crew = crew.filter((a) => isActiveOn(a.spans, day));
      if (crew.length === 0 && day >= firstFacilitator) {
        // Before today's facilitators started, others ran it: choose them once per era.
        const around = facilitators.filter((a) => isActiveOn(a.spans, day));
        crew = random.sample(around, random.int(1, 2));
      }
      return crew;
    };

    const groupRegulars = regulars.get(g) ?? [];
    for (const date of kept) {
      const day = dayFromIso(date) as DayNumber;
      const id = scheduledSessionId(g.id, date);
      const cancelReason = cancellation(random, g, day, date, inPerson, covid, snow);
      // Literal objects in schema order: forty thousand spreads are slow, and the keys must
      // be in the order the store writes them back.
      if (cancelReason !== undefined) {
        const at = cancelledAt(random, day, g, covid);
        sessions.push({ id, groupId: g.id, date, startTime: g.startTime, endTime: g.endTime, oneOff: false, cancelled: { reason: cancelReason, at }, updatedAt: at });
        continue;
      }
      const register = registerFor(random, g, day, spells, crewFor(day), groupRegulars, walkInPool, facilitators, yesterday);
      sessions.push({ id, groupId: g.id, date, startTime: g.startTime, endTime: g.endTime, oneOff: false, register, updatedAt: register.takenAt });
    }

    // A meeting or two already called off in the coming weeks.
    if (!g.archived && (g.endDay === undefined || g.endDay > today) && random.chance(0.12)) {
      const upcoming = occurrences(scheduleOf(g), isoFromDay(today + 1), isoFromDay(today + 49));
      if (upcoming.length > 0) {
        const date = random.pick(upcoming);
        const at = timestampOn(yesterday - random.int(0, 10), random.int(9 * 60, 17 * 60), random.int(0, 59));
        sessions.push({ id: scheduledSessionId(g.id, date), groupId: g.id, date, startTime: g.startTime, endTime: g.endTime, oneOff: false, cancelled: { reason: random.pick(FUTURE_REASONS), at }, updatedAt: at });
      }
    }

    // One-off extras: a Christmas get-together, a summer picnic, an extra session.
    if (hasRosterKind(g.kind) && g.kind !== 'workshop' && g.kind !== 'course') {
      const meetings = new Set(dates);
      const from = partsFromDay(g.startDay).year;
      const to = partsFromDay(last).year;
      for (let year = from; year <= to; year++) {
        if (!random.chance(0.12)) continue;
        const christmas = random.chance(0.6);
        const day = christmas ? (dayFromIso(`${year}-12-${String(random.int(10, 19)).padStart(2, '0')}`) as DayNumber) : (dayFromIso(`${year}-07-${String(random.int(5, 28)).padStart(2, '0')}`) as DayNumber);
        const date = isoFromDay(day);
        if (day < g.startDay || day > last || meetings.has(date)) continue;
        const id = `${g.id}--${date}--${random.uuid().slice(0, 8)}`;
        const register = registerFor(random, g, day, spells, crewFor(day), [], walkInPool, facilitators, yesterday, christmas ? 'Christmas get-together.' : 'Summer picnic in the park.');
        sessions.push({ id, groupId: g.id, date, startTime: christmas ? '12:00' : '12:30', endTime: christmas ? '14:30' : '15:00', oneOff: true, register, updatedAt: register.takenAt });
      }
    }
  }
  // By date and time as a file written day by day would be; numeric keys sort far faster
  // than comparing tens of thousands of date strings.
  const keys = new Float64Array(sessions.length);
  sessions.forEach((x, i) => {
    keys[i] = (dayFromIso(x.date) as DayNumber) * 1440 + minutesOf(x.startTime);
  });
  const order = Array.from({ length: sessions.length }, (_, i) => i);
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || cmp((sessions[a] as SessionRecord).id, (sessions[b] as SessionRecord).id));
  return order.map((i) => sessions[i] as SessionRecord);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function cancellation(
  random: Random,
  g: GroupPlan,
  day: DayNumber,
  date: string,
  inPerson: boolean,
  covid: readonly (readonly [DayNumber, DayNumber])[],
  snow: ReadonlySet<string>,
): string | undefined {
  if (inPerson && covid.some(([a, b]) => day >= a && day <= b)) return COVID_REASON;
  if (inPerson && snow.has(date) && random.chance(0.7)) return 'Heavy snow: buses not running.';
  if (!random.chance(g.kind === 'drop-in' ? 0.01 : 0.018)) return undefined;
  if (inPerson && date.slice(5, 7) === '05' && random.chance(0.3)) return 'Venue booked as a polling station.';
  return random.pick(inPerson ? IN_PERSON_REASONS : ONLINE_REASONS);
}

function cancelledAt(random: Random, day: DayNumber, g: GroupPlan, covid: readonly (readonly [DayNumber, DayNumber])[]): string {
  const pause = covid.find(([a, b]) => day >= a && day <= b);
  // A lockdown was announced once for every meeting it stopped.
  if (pause) return timestampOn(Math.min(day, Math.max(pause[0] - 2, g.createdDay)), 10 * 60 + 15, 0);
  if (random.chance(0.4)) return timestampOn(day, Math.max(7 * 60, minutesOf(g.startTime) - random.int(60, 180)), random.int(0, 59));
  return timestampOn(Math.max(g.createdDay, day - random.int(1, 4)), random.int(9 * 60, 17 * 60), random.int(0, 59));
}

function registerFor(
  random: Random,
  g: GroupPlan,
  day: DayNumber,
  spells: readonly SpellDays[],
  crew: readonly VolunteerActivity[],
  regulars: readonly MemberPlan[],
  walkInPool: readonly MemberPlan[],
  facilitators: readonly VolunteerActivity[],
  yesterday: DayNumber,
  oneOffNote?: string,
): Register {
  const marks: Record<string, Mark> = {};
  // Spells are in joining order and never overlap for one member, so the roster that day is
  // every spell joined by then and not yet left.
  for (const s of spells) {
    if (s.joined > day) break;
    if (s.left <= day) continue;
    const m = s.member;
    let mark: Mark;
    if (onBreak(m, day)) mark = random.chance(0.75) ? 'apologies' : 'absent';
    else if (random.chance(day - s.joined < 7 ? 0.92 : m.attendance)) mark = 'present';
    else mark = random.chance(0.55) ? 'apologies' : 'absent';
    marks[m.id] = mark;
  }

  const walkIns: string[] = [];
  let anonymousCount = 0;
  if (g.kind === 'drop-in') {
    for (const m of regulars) {
      if (segmentOn(m, day) && !onBreak(m, day) && random.chance(0.33)) walkIns.push(m.id);
    }
    anonymousCount = Math.floor(Math.pow(random.next(), 2) * 7);
  } else {
    if (random.chance(g.kind === 'social' ? 0.12 : 0.04) && walkInPool.length > 0) {
      const m = random.pick(walkInPool);
      if (marks[m.id] === undefined && segmentOn(m, day) && !onBreak(m, day)) walkIns.push(m.id);
    }
    if (g.kind === 'social' && random.chance(0.2)) anonymousCount = random.int(1, 3);
  }

  const facilitatorsPresent = crew.filter(() => random.chance(0.9)).map((a) => a.volunteer.id);
  if (facilitatorsPresent.length === 0 && crew.length > 0) facilitatorsPresent.push(random.pick(crew).volunteer.id);
  if (crew.length > 0 && random.chance(0.04)) {
    // Another facilitator covering or shadowing.
    const extra = random.pick(facilitators);
    if (isActiveOn(extra.spans, day) && !facilitatorsPresent.includes(extra.volunteer.id)) facilitatorsPresent.push(extra.volunteer.id);
  }

  const end = minutesOf(g.endTime);
  const roll = random.next();
  const lag = roll < 0.7 ? 0 : roll < 0.95 ? 1 : random.int(2, 6);
  const takenDay = Math.min(day + lag, yesterday);
  const minutes = takenDay === day ? Math.min(23 * 60 + 30, end + random.int(15, 120)) : random.int(9 * 60, 17 * 60);
  const register: Register = { takenAt: timestampOn(takenDay, minutes, random.int(0, 59)), marks, walkIns, anonymousCount, facilitatorsPresent };
  let notes = oneOffNote;
  if (crew.length === 0) notes = [notes, 'Led by the coordinator.'].filter(Boolean).join(' ');
  else if (notes === undefined && random.chance(0.05)) notes = random.pick(g.kind === 'drop-in' ? DROP_IN_NOTES : GROUP_NOTES);
  if (notes !== undefined && notes !== '') register.notes = notes;
  return register;
}
