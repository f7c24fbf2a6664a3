import type { Frequency, Group, GroupKind, RosterSpell, WaitingEntry, WeekOfMonth, Weekday } from '../../shared/domain/groups';
import { isBankHoliday } from '../../shared/domain/bank-holidays';
import { occurrences } from '../../shared/domain/schedule';
import { WEEKDAY_LABELS } from '../../shared/domain/volunteers';
import { dayFromIso, isoFromDay, partsFromDay, timestampOn, type DayNumber } from './calendar';
import { isActiveOn, type VolunteerActivity } from './activity';
import { quotaList, type Random, type Weighted } from './random';
import type { VenueDraft, VenueType } from './venues';

/**
 * Sample groups shaped like the services in the seed documents: weekly peer groups of 8–15
 * in borrowed rooms, a monthly "2nd Tuesday" group for older adults (Helping One Another),
 * a Sunday drop-in with no roster, online groups for people who cannot get out, a 2-hour
 * introduction workshop before joining, a 10-week course, an Age UK-style 50–75 group and a
 * hearing voices group. Some have ended and a few are archived, as in any real list.
 */

export interface GroupPlan {
  id: string;
  name: string;
  kind: GroupKind;
  frequency: Frequency;
  weekday: Weekday;
  weekOfMonth?: WeekOfMonth;
  startTime: string;
  endTime: string;
  startDay: DayNumber;
  /** Last day it could meet (the schedule's end date). */
  endDay?: DayNumber;
  capacity?: number;
  venue?: VenueDraft;
  onlineDetails?: string;
  facilitatorIds: string[];
  eligibility: Group['eligibility'];
  guidelines?: string;
  archived: boolean;
  skipBankHolidays: boolean;
  skipDates: string[];
  /** How much members want to join, relative to other groups. */
  popularity: number;
  createdDay: DayNumber;
  /** Filled in by the roster simulation (rosters.ts). */
  roster: RosterSpell[];
  waitingList: WaitingEntry[];
  /** Latest day something about the group changed, for updatedAt. */
  lastChangeDay: DayNumber;
}

export const hasRosterKind = (kind: GroupKind): boolean => kind !== 'drop-in';

type Guidelines = 'peer' | 'online' | 'voices' | 'social' | 'workshop' | 'course' | 'drop-in' | 'older';

interface Template {
  /** "{place}" is the venue's locality; "{day}" the weekday. */
  name: string;
  kind: GroupKind;
  frequency: Frequency;
  weekdays: readonly Weekday[];
  weekOfMonth?: readonly WeekOfMonth[];
  times: readonly (readonly [string, string])[];
  capacity?: readonly number[];
  venue?: VenueType;
  eligibility?: Group['eligibility'];
  guidelines?: Guidelines;
  popularity: readonly [number, number];
  skipBankHolidays: boolean;
  facilitators: readonly [number, number];
  /** Courses run for a fixed number of weeks. */
  weeks?: number;
}

const MORNING = [['10:00', '12:00'], ['10:30', '12:30'], ['10:00', '11:30']] as const;
const AFTERNOON = [['13:30', '15:30'], ['14:00', '16:00'], ['13:00', '15:00']] as const;
const EVENING = [['18:00', '19:30'], ['18:30', '20:00'], ['19:00', '20:30']] as const;
const ANY_TIME = [...MORNING, ...AFTERNOON, ...EVENING];
const WEEKDAYS_ONLY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const PEER_CAPACITY = [8, 10, 12, 12, 12, 15, 15];

const OLDER_ADULTS: Group['eligibility'] = {
  note: 'For older adults (60 and over) who use, or have used, older people’s mental health services, and their carers.',
  minAge: 60,
};
const AGE_UK_STYLE: Group['eligibility'] = {
  note: 'Ages 50–75, with a moderate to severe or enduring mental health condition; most are referred by the mental health trust.',
  minAge: 50,
  maxAge: 75,
};
const YOUNG_ADULTS: Group['eligibility'] = { note: 'For young adults aged 18 to 30.', minAge: 18, maxAge: 30 };

/** The small set: one of each service in the seeds, in this order. */
const SMALL_TEMPLATES: readonly Template[] = [
  { name: 'Tuesday Peer Support Group', kind: 'peer-group', frequency: 'weekly', weekdays: ['tue'], times: [['10:30', '12:30']], capacity: [12], venue: 'community-centre', guidelines: 'peer', popularity: [2.4, 2.4], skipBankHolidays: true, facilitators: [2, 2] },
  { name: 'Helping One Another', kind: 'peer-group', frequency: 'monthly', weekdays: ['tue'], weekOfMonth: ['second'], times: [['13:30', '15:30']], capacity: [15], venue: 'church-hall', eligibility: OLDER_ADULTS, guidelines: 'older', popularity: [1.4, 1.4], skipBankHolidays: true, facilitators: [2, 2] },
  { name: 'Thursday Evening Peer Group', kind: 'peer-group', frequency: 'weekly', weekdays: ['thu'], times: [['18:30', '20:00']], capacity: [10], venue: 'community-centre', guidelines: 'peer', popularity: [1.6, 1.6], skipBankHolidays: true, facilitators: [2, 2] },
  { name: 'Sunday Drop-in', kind: 'drop-in', frequency: 'weekly', weekdays: ['sun'], times: [['13:00', '16:00']], venue: 'hub', guidelines: 'drop-in', popularity: [1, 1], skipBankHolidays: false, facilitators: [2, 3] },
  { name: 'Wednesday Online Peer Group', kind: 'online', frequency: 'weekly', weekdays: ['wed'], times: [['19:00', '20:30']], capacity: [10], guidelines: 'online', popularity: [0.8, 0.8], skipBankHolidays: false, facilitators: [1, 2] },
  { name: 'Hearing Voices Group', kind: 'peer-group', frequency: 'fortnightly', weekdays: ['mon'], times: [['14:00', '16:00']], capacity: [10], venue: 'meeting-house', guidelines: 'voices', popularity: [0.7, 0.7], skipBankHolidays: true, facilitators: [2, 2] },
  { name: 'Over 50s Peer Support', kind: 'peer-group', frequency: 'weekly', weekdays: ['fri'], times: [['10:00', '12:00']], capacity: [12], venue: 'church-hall', eligibility: AGE_UK_STYLE, guidelines: 'older', popularity: [1.2, 1.2], skipBankHolidays: true, facilitators: [1, 2] },
  { name: 'Last Friday Social', kind: 'social', frequency: 'monthly', weekdays: ['fri'], weekOfMonth: ['last'], times: [['13:00', '15:00']], capacity: [20], venue: 'cafe', guidelines: 'social', popularity: [1, 1], skipBankHolidays: true, facilitators: [1, 1] },
  { name: 'Introduction to Peer Support', kind: 'workshop', frequency: 'monthly', weekdays: ['wed'], weekOfMonth: ['first'], times: [['10:00', '12:00']], capacity: [12], venue: 'library', guidelines: 'workshop', popularity: [0, 0], skipBankHolidays: true, facilitators: [2, 2] },
  { name: 'Recovery and Wellbeing Course', kind: 'course', frequency: 'weekly', weekdays: ['wed'], times: [['13:30', '16:00']], capacity: [14], venue: 'community-centre', guidelines: 'course', popularity: [0, 0], skipBankHolidays: true, facilitators: [2, 2], weeks: 10 },
];

type LargeKind = 'peer-weekly' | 'peer-fortnightly' | 'peer-monthly' | 'social-weekly' | 'social-monthly' | 'drop-in' | 'online' | 'workshop' | 'course';

/** How a hundred groups split: mostly weekly, so ten years give tens of thousands of sessions. */
const LARGE_MIX: Weighted<LargeKind> = [
  ['peer-weekly', 70],
  ['peer-fortnightly', 2],
  ['peer-monthly', 4],
  ['social-weekly', 7],
  ['social-monthly', 2],
  ['drop-in', 7],
  ['online', 6],
  ['workshop', 1],
  ['course', 1],
];

const PEER_VARIANTS: readonly (readonly [Template, number])[] = [
  [{ name: '{place} {day} Peer Group', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: ANY_TIME, capacity: PEER_CAPACITY, venue: 'community-centre', guidelines: 'peer', popularity: [0.6, 2.2], skipBankHolidays: true, facilitators: [1, 2] }, 30],
  [{ name: 'Women’s Peer Support ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: MORNING, capacity: [10, 12], venue: 'church-hall', eligibility: { note: 'For women, including trans women.' }, guidelines: 'peer', popularity: [0.8, 1.8], skipBankHolidays: true, facilitators: [1, 2] }, 4],
  [{ name: 'Men’s Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: EVENING, capacity: [8, 10, 12], venue: 'community-centre', eligibility: { note: 'For men, including trans men.' }, guidelines: 'peer', popularity: [0.6, 1.4], skipBankHolidays: true, facilitators: [1, 2] }, 4],
  [{ name: 'Over 50s Peer Support ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: MORNING, capacity: [10, 12], venue: 'church-hall', eligibility: AGE_UK_STYLE, guidelines: 'older', popularity: [0.8, 1.6], skipBankHolidays: true, facilitators: [1, 2] }, 5],
  [{ name: 'Young Adults Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: EVENING, capacity: [10, 12], venue: 'library', eligibility: YOUNG_ADULTS, guidelines: 'peer', popularity: [0.5, 1.2], skipBankHolidays: true, facilitators: [1, 2] }, 3],
  [{ name: 'Hearing Voices Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [8, 10], venue: 'meeting-house', guidelines: 'voices', popularity: [0.5, 1.2], skipBankHolidays: true, facilitators: [2, 2] }, 3],
  [{ name: 'Paranoia and Unusual Beliefs Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [8], venue: 'meeting-house', guidelines: 'voices', popularity: [0.4, 0.9], skipBankHolidays: true, facilitators: [2, 2] }, 1],
  [{ name: 'Carers’ Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: MORNING, capacity: [10, 12], venue: 'library', eligibility: { note: 'For unpaid carers of someone with a mental health condition.' }, guidelines: 'peer', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [1, 2] }, 2],
  [{ name: 'Creative Writing Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [10], venue: 'library', guidelines: 'peer', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [1, 1] }, 2],
  [{ name: 'Art for Wellbeing ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [12], venue: 'community-centre', guidelines: 'peer', popularity: [0.6, 1.4], skipBankHolidays: true, facilitators: [1, 2] }, 2],
  [{ name: 'LGBTQ+ Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: EVENING, capacity: [10, 12], venue: 'hub', guidelines: 'peer', popularity: [0.5, 1.2], skipBankHolidays: true, facilitators: [1, 2] }, 2],
  [{ name: 'Saturday Peer Group ({place})', kind: 'peer-group', frequency: 'weekly', weekdays: ['sat'], times: MORNING, capacity: [10, 12], venue: 'community-centre', guidelines: 'peer', popularity: [0.6, 1.4], skipBankHolidays: false, facilitators: [1, 2] }, 2],
];

const LARGE_TEMPLATES: Readonly<Record<Exclude<LargeKind, 'peer-weekly'>, readonly Template[]>> = {
  'peer-fortnightly': [
    { name: '{place} Fortnightly Peer Group', kind: 'peer-group', frequency: 'fortnightly', weekdays: WEEKDAYS_ONLY, times: ANY_TIME, capacity: PEER_CAPACITY, venue: 'community-centre', guidelines: 'peer', popularity: [0.5, 1.2], skipBankHolidays: true, facilitators: [1, 2] },
    { name: 'Hearing Voices Group ({place}, fortnightly)', kind: 'peer-group', frequency: 'fortnightly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [8, 10], venue: 'meeting-house', guidelines: 'voices', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [2, 2] },
  ],
  'peer-monthly': [
    { name: 'Helping One Another ({place})', kind: 'peer-group', frequency: 'monthly', weekdays: WEEKDAYS_ONLY, weekOfMonth: ['first', 'second', 'third', 'fourth', 'last'], times: AFTERNOON, capacity: [12, 15], venue: 'church-hall', eligibility: OLDER_ADULTS, guidelines: 'older', popularity: [0.8, 1.6], skipBankHolidays: true, facilitators: [1, 2] },
    { name: '{place} Monthly Peer Group', kind: 'peer-group', frequency: 'monthly', weekdays: WEEKDAYS_ONLY, weekOfMonth: ['first', 'second', 'third', 'fourth', 'last'], times: ANY_TIME, capacity: [12, 15], venue: 'meeting-house', guidelines: 'peer', popularity: [0.5, 1.2], skipBankHolidays: true, facilitators: [1, 2] },
  ],
  'social-weekly': [
    { name: 'Walk and Talk ({place})', kind: 'social', frequency: 'weekly', weekdays: ['wed', 'sat', 'sun'], times: MORNING, capacity: [15, 20], venue: 'cafe', guidelines: 'social', popularity: [0.5, 1.4], skipBankHolidays: false, facilitators: [1, 2] },
    { name: 'Coffee and Chat ({place})', kind: 'social', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: MORNING, capacity: [15, 20], venue: 'cafe', guidelines: 'social', popularity: [0.6, 1.5], skipBankHolidays: true, facilitators: [1, 1] },
    { name: 'Games Afternoon ({place})', kind: 'social', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [16], venue: 'community-centre', guidelines: 'social', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [1, 1] },
  ],
  'social-monthly': [
    { name: 'Last Friday Social ({place})', kind: 'social', frequency: 'monthly', weekdays: ['fri'], weekOfMonth: ['last'], times: AFTERNOON, capacity: [20], venue: 'cafe', guidelines: 'social', popularity: [0.6, 1.2], skipBankHolidays: true, facilitators: [1, 1] },
    { name: 'Sunday Lunch Club ({place})', kind: 'social', frequency: 'monthly', weekdays: ['sun'], weekOfMonth: ['first', 'third'], times: [['12:30', '14:30']], capacity: [20], venue: 'hub', guidelines: 'social', popularity: [0.6, 1.2], skipBankHolidays: false, facilitators: [1, 2] },
  ],
  'drop-in': [
    { name: 'Sunday Drop-in ({place})', kind: 'drop-in', frequency: 'weekly', weekdays: ['sun'], times: [['13:00', '16:00']], venue: 'hub', guidelines: 'drop-in', popularity: [1, 1], skipBankHolidays: false, facilitators: [2, 3] },
    { name: 'Evening Drop-in ({place})', kind: 'drop-in', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: [['17:30', '20:00']], venue: 'hub', guidelines: 'drop-in', popularity: [1, 1], skipBankHolidays: true, facilitators: [2, 2] },
    { name: 'Saturday Drop-in ({place})', kind: 'drop-in', frequency: 'weekly', weekdays: ['sat'], times: [['11:00', '14:00']], venue: 'community-centre', guidelines: 'drop-in', popularity: [1, 1], skipBankHolidays: false, facilitators: [2, 2] },
  ],
  online: [
    { name: 'Online Peer Group ({day} evening)', kind: 'online', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: EVENING, capacity: [8, 10], guidelines: 'online', popularity: [0.5, 1.2], skipBankHolidays: false, facilitators: [1, 2] },
    { name: 'Online Peer Group ({day} morning)', kind: 'online', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: MORNING, capacity: [8, 10], guidelines: 'online', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [1, 2] },
    { name: 'Online Over 50s Group ({day})', kind: 'online', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: AFTERNOON, capacity: [8], eligibility: AGE_UK_STYLE, guidelines: 'online', popularity: [0.4, 1], skipBankHolidays: true, facilitators: [1, 1] },
  ],
  workshop: [
    { name: 'Introduction to Peer Support ({place})', kind: 'workshop', frequency: 'monthly', weekdays: WEEKDAYS_ONLY, weekOfMonth: ['first', 'second', 'third'], times: MORNING, capacity: [12], venue: 'library', guidelines: 'workshop', popularity: [0, 0], skipBankHolidays: true, facilitators: [2, 2] },
  ],
  course: [
    { name: 'Recovery and Wellbeing Course', kind: 'course', frequency: 'weekly', weekdays: WEEKDAYS_ONLY, times: [['13:30', '16:00'], ['09:30', '12:30']], capacity: [12, 14], venue: 'community-centre', guidelines: 'course', popularity: [0, 0], skipBankHolidays: true, facilitators: [2, 2], weeks: 10 },
  ],
};

const GUIDELINE_LINES: Record<Guidelines, readonly string[]> = {
  peer: [
    'What is said in the group stays in the group, unless someone is at risk of harm.',
    'One person speaks at a time; listen without interrupting.',
    'Speak from your own experience: "I" rather than "you should".',
    'No advice unless someone asks for it.',
    'It is okay to pass: nobody has to speak.',
    'Respect each other’s differences, beliefs and ways of coping.',
    'Phones on silent, please.',
    'It is okay to leave, and okay to come back.',
  ],
  older: [
    'What is said in the group stays in the group, unless someone is at risk of harm.',
    'One person speaks at a time, loud enough for everyone; say if you can’t hear.',
    'Carers are welcome to come too.',
    'Speak from your own experience; no advice unless it is asked for.',
    'It is okay to pass: nobody has to speak.',
    'It is okay to leave, and okay to come back.',
  ],
  voices: [
    'Voices, visions and unusual beliefs are real experiences; every explanation is welcome here.',
    'What is said in the group stays in the group, unless someone is at risk of harm.',
    'Nobody has to talk about their voices; it is okay to just listen.',
    'One person speaks at a time.',
    'Take a break outside whenever you need to.',
  ],
  online: [
    'What is said in the group stays in the group, unless someone is at risk of harm.',
    'Join from somewhere private if you can; headphones help.',
    'Cameras are optional; you can use the chat instead.',
    'Mute when you are not speaking; raise a hand (or type) to speak.',
    'If you lose the connection, rejoin with the same link.',
    'It is okay to leave, and okay to come back.',
  ],
  social: ['All welcome; bring a friend if it helps.', 'Tea, coffee and cake: pay what you can.', 'No need to talk about mental health unless you want to.'],
  workshop: [
    'This 2-hour session introduces peer support and how our groups work.',
    'Afterwards you decide, with the facilitators, whether to join a group.',
    'What is said in the session stays in the session.',
  ],
  course: [
    'Ten weekly sessions in five modules; handouts are emailed or posted if you miss one.',
    'Please tell us if you can’t make a session.',
    'Keep a reflective journal between sessions if you can: it is part of the course.',
    'What is said in the course stays in the course.',
  ],
  'drop-in': ['Come when you like and stay as long as you like; no need to book.', 'Tea, coffee and toast are free.', 'A quiet room is available if you need space.'],
};

export interface GenerateGroupsOptions {
  count: number;
  today: DayNumber;
  /** Days of history the sessions cover: groups start no earlier. */
  historyDays: number;
  venues: readonly VenueDraft[];
  activity: readonly VolunteerActivity[];
  small: boolean;
}

const ONLINE_FROM = dayFromIso('2020-04-06') as DayNumber;

export function generateGroups(random: Random, options: GenerateGroupsOptions): GroupPlan[] {
  const { today, historyDays } = options;
  const earliest = today - historyDays;
  const plans: GroupPlan[] = [];
  const load = new Map<string, number>();
  const venueUse = new Map<VenueDraft, number>();
  const usedNames = new Set<string>();

  const templates: { template: Template; index: number }[] = [];
  if (options.small) {
    SMALL_TEMPLATES.slice(0, options.count).forEach((template, index) => templates.push({ template, index }));
  } else {
    const kinds = quotaList(random, LARGE_MIX, options.count);
    // Order by kind so names and start dates read naturally in the file.
    kinds.forEach((kind, index) => templates.push({ template: largeTemplate(random, kind), index }));
  }

  const courses = templates.filter((t) => t.template.kind === 'course').length;
  const pools = { facilitators: options.activity.filter((a) => a.facilitates), supporters: options.activity.filter((a) => a.supports) };
  let courseNumber = 0;
  for (const { template, index } of templates) {
    const weekday = random.pick(template.weekdays);
    const [startTime, endTime] = random.pick(template.times);
    const weekOfMonth = template.weekOfMonth ? random.pick(template.weekOfMonth) : undefined;
    const venue = template.venue ? chooseVenue(random, options.venues, template.venue, venueUse) : undefined;

    let startDay: DayNumber;
    let endDay: DayNumber | undefined;
    if (template.kind === 'course') {
      // Cohorts spread through the history; the last one is about to start, so it has a
      // booked roster and no sessions yet.
      courseNumber++;
      const weeks = template.weeks ?? 10;
      if (options.small) startDay = today - 150 - weeks * 7;
      else if (courseNumber === courses) startDay = today + random.int(10, 24);
      else startDay = earliest + Math.floor(((courseNumber - 0.5) * (historyDays - 200)) / courses) + random.int(-30, 30);
      endDay = startDay + (weeks - 1) * 7;
    } else if (options.small) {
      startDay = earliest + (template.kind === 'online' ? random.int(150, 250) : template.kind === 'workshop' ? random.int(40, 70) : random.int(0, 30));
    } else if (template.kind === 'online' && random.chance(0.4)) {
      // Most online groups began in the first lockdown.
      startDay = Math.max(earliest + random.int(0, 120), ONLINE_FROM + random.int(0, 300));
    } else {
      startDay = random.chance(0.94) ? earliest + random.int(0, 90) : earliest + random.int(90, historyDays - 120);
    }
    // Any kind but a drop-in or workshop can have finished; courses always do.
    if (!options.small && endDay === undefined && template.kind !== 'workshop' && random.chance(0.05)) {
      const from = startDay + 365;
      if (from < today - 60) endDay = random.int(from, today - 30);
    }
    // Not every day fits: a monthly group's first meeting is its first matching weekday.
    startDay = alignStart(startDay, weekday);
    if (endDay !== undefined) endDay = Math.max(endDay, startDay);

    const archived = endDay !== undefined && endDay < today - 120 && (options.small || random.chance(0.6));
    const capacity = template.capacity ? random.pick(template.capacity) : undefined;
    const name = groupName(template, venue, weekday, usedNames, startDay);
    const kind = template.kind;
    const createdDay = Math.min(today - 1, startDay - random.int(10, 40));
    const plan: GroupPlan = {
      id: random.uuid(),
      name,
      kind,
      frequency: template.frequency,
      weekday,
      startTime,
      endTime,
      startDay,
      facilitatorIds: [],
      eligibility: template.eligibility ?? {},
      archived,
      skipBankHolidays: template.skipBankHolidays,
      skipDates: [],
      popularity: template.popularity[0] + random.next() * (template.popularity[1] - template.popularity[0]),
      createdDay,
      roster: [],
      waitingList: [],
      lastChangeDay: createdDay,
    };
    if (weekOfMonth !== undefined) plan.weekOfMonth = weekOfMonth;
    if (endDay !== undefined) plan.endDay = endDay;
    if (capacity !== undefined) plan.capacity = capacity;
    if (venue) plan.venue = venue;
    if (kind === 'online') plan.onlineDetails = onlineDetails(random, name, weekday);
    if (template.guidelines && random.chance(options.small ? 1 : 0.85)) plan.guidelines = GUIDELINE_LINES[template.guidelines].join('\n');
    plan.facilitatorIds = chooseFacilitators(random, pools, plan, template.facilitators, today, load);
    plan.skipDates = skipDatesFor(random, plan, today, index);
    plans.push(plan);
  }
  return plans;
}

function largeTemplate(random: Random, kind: LargeKind): Template {
  if (kind === 'peer-weekly') {
    const total = PEER_VARIANTS.reduce((sum, [, w]) => sum + w, 0);
    let roll = random.next() * total;
    for (const [template, weight] of PEER_VARIANTS) {
      roll -= weight;
      if (roll < 0) return template;
    }
    return (PEER_VARIANTS[0] as readonly [Template, number])[0];
  }
  return random.pick(LARGE_TEMPLATES[kind]);
}

function chooseVenue(random: Random, venues: readonly VenueDraft[], type: VenueType, use: Map<VenueDraft, number>): VenueDraft | undefined {
  if (venues.length === 0) return undefined;
  // The least-used room of the right kind; any room if there is none of that kind.
  const ofType = venues.filter((v) => v.type === type);
  const pool = ofType.length > 0 ? ofType : venues;
  let best: VenueDraft | undefined;
  let bestUse = Infinity;
  for (const v of pool) {
    const u = (use.get(v) ?? 0) + random.next() * 0.5;
    if (u < bestUse) {
      bestUse = u;
      best = v;
    }
  }
  if (best) use.set(best, (use.get(best) ?? 0) + 1);
  return best;
}

const SEASONS = ['Winter', 'Winter', 'Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Autumn', 'Autumn', 'Autumn', 'Winter'];

function groupName(template: Template, venue: VenueDraft | undefined, weekday: Weekday, used: Set<string>, startDay: DayNumber): string {
  const place = venue?.district.locality ?? 'Online';
  let name = template.name.replace('{place}', place).replace('{day}', WEEKDAY_LABELS[weekday]);
  if (template.kind === 'course') {
    const { year, month } = partsFromDay(startDay);
    name = `${name} (${SEASONS[month - 1] ?? ''} ${year})`;
  }
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} ${n}`;
  used.add(candidate);
  return candidate;
}

/** Monday = 0 … Sunday = 6, as WEEKDAYS. */
function weekdayIndexOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

const WEEKDAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The first day on or after `day` that falls on `weekday`, so a schedule's start date is a meeting day. */
function alignStart(day: DayNumber, weekday: Weekday): DayNumber {
  return day + ((WEEKDAY_ORDER.indexOf(weekday) - weekdayIndexOf(day) + 7) % 7);
}

function onlineDetails(random: Random, name: string, weekday: Weekday): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const id = `${random.int(800, 899)} ${random.int(1000, 9999)} ${random.int(1000, 9999)}`;
  return [
    `Zoom (sample details): https://example.org/join/${slug}`,
    `Meeting ID ${id}; the passcode is sent by text on ${WEEKDAY_LABELS[weekday]} morning.`,
    'Cameras optional. Ask us about borrowing a 4G tablet or a data dongle.',
  ].join('\n');
}

/**
 * Who runs the group: volunteers with the facilitator role who are active today (or, for a
 * group that has ended, who were active at its end), spreading the load so nobody runs five.
 */
function chooseFacilitators(
  random: Random,
  activity: { facilitators: readonly VolunteerActivity[]; supporters: readonly VolunteerActivity[] },
  plan: GroupPlan,
  [min, max]: readonly [number, number],
  today: DayNumber,
  load: Map<string, number>,
): string[] {
  const on = Math.min(plan.endDay ?? today - 1, today - 1);
  let pool = activity.facilitators.filter((a) => isActiveOn(a.spans, on));
  if (pool.length < min) pool = activity.supporters.filter((a) => isActiveOn(a.spans, on));
  const want = random.int(min, max);
  const ranked = pool
    .map((a) => ({ id: a.volunteer.id, key: (load.get(a.volunteer.id) ?? 0) + random.next() * 1.5 }))
    .sort((a, b) => a.key - b.key)
    .slice(0, want)
    .map((a) => a.id);
  for (const id of ranked) load.set(id, (load.get(id) ?? 0) + 1);
  return ranked;
}

/**
 * Christmas and New Year weeks off (bank holidays are skipped by the schedule itself), a
 * summer break for some groups and the odd date the venue was closed, up to a year ahead
 * because coordinators plan the next Christmas early.
 */
function skipDatesFor(random: Random, plan: GroupPlan, today: DayNumber, index: number): string[] {
  const from = isoFromDay(plan.startDay);
  const to = isoFromDay(Math.min(plan.endDay ?? today + 365, today + 365));
  const all = occurrences(scheduleOf(plan, []), from, to);
  const skips = new Set<string>();
  const keepsChristmas = plan.kind === 'drop-in' && random.chance(0.5);
  const summerBreak = plan.kind !== 'drop-in' && plan.kind !== 'course' && random.chance(index % 5 === 1 ? 1 : 0.15);
  for (const date of all) {
    const mmdd = date.slice(5);
    if (!keepsChristmas && (mmdd >= '12-24' || mmdd <= '01-01') && !(plan.skipBankHolidays && isBankHoliday(date))) skips.add(date);
    if (summerBreak && mmdd >= '08-01' && mmdd <= '08-14') skips.add(date);
  }
  const closures = random.chance(0.15) ? random.int(1, 2) : 0;
  for (let i = 0; i < closures && all.length > 0; i++) skips.add(random.pick(all));
  return [...skips].sort();
}

export function scheduleOf(plan: GroupPlan, skipDates: string[] = plan.skipDates): Group['schedule'] {
  const s: Group['schedule'] = { frequency: plan.frequency, weekday: plan.weekday } as Group['schedule'];
  if (plan.weekOfMonth !== undefined) s.weekOfMonth = plan.weekOfMonth;
  s.startTime = plan.startTime;
  s.endTime = plan.endTime;
  s.startDate = isoFromDay(plan.startDay);
  if (plan.endDay !== undefined) s.endDate = isoFromDay(plan.endDay);
  s.skipDates = skipDates;
  s.skipBankHolidays = plan.skipBankHolidays;
  return s;
}

/** The stored record, keys in schema order so it reads back byte-for-byte the same. */
export function groupRecord(random: Random, plan: GroupPlan, today: DayNumber): Group {
  const createdAt = timestampOn(plan.createdDay, random.int(9 * 60, 16 * 60), random.int(0, 59));
  const changed = Math.min(plan.lastChangeDay, today - 1);
  const updatedAt = changed > plan.createdDay ? timestampOn(changed, random.int(9 * 60, 17 * 60), random.int(0, 59)) : createdAt;
  const g = { id: plan.id, createdAt, updatedAt, name: plan.name, kind: plan.kind } as Group;
  if (plan.venue) g.venueId = plan.venue.venue.id;
  if (plan.onlineDetails !== undefined) g.onlineDetails = plan.onlineDetails;
  g.schedule = scheduleOf(plan);
  if (plan.capacity !== undefined) g.capacity = plan.capacity;
  g.facilitatorIds = plan.facilitatorIds;
  g.eligibility = plan.eligibility;
  if (plan.guidelines !== undefined) g.guidelines = plan.guidelines;
  g.roster = plan.roster;
  g.waitingList = plan.waitingList;
  g.archived = plan.archived;
  return g;
}
