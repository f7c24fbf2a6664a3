import type { Grant } from '../../shared/domain/grants';
import type { Group } from '../../shared/domain/groups';
import type { Completion } from '../../shared/domain/outcome-completions';
import type { Member } from '../../shared/domain/members';
import type { Programme, ProgrammeSession } from '../../shared/domain/programmes';
import type { Referral } from '../../shared/domain/referrals';
import type { TravelTrip } from '../../shared/domain/travel-trips';
import type { SessionRecord } from '../../shared/domain/sessions';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import type { Venue } from '../../shared/domain/venues';
import type { Volunteer } from '../../shared/domain/volunteers';
import { volunteerActivity } from './activity';
import { dayFromIso, timestampOn, type DayNumber } from './calendar';
import { EmailBook, PhoneBook } from './contact';
import { equalityFor } from './equality';
import { generateGrants } from './grants';
import { generateCompliance } from './compliance';
import type { ComplianceRecords } from '../../shared/domain/compliance-records';
import { generateGroups, groupRecord } from './groups';
import { withVolunteerMatching } from './matching';
import { generateOutcomes, LARGE_OUTCOMES, SMALL_OUTCOMES, type OutcomeScale } from './outcomes';
import { generateProgrammes, type ProgrammeScale } from './programmes';
import { WARDS } from './programme-words';
import { generateTrips } from './travel-trips';
import { finishMembers, planMembers } from './members';
import { AREAS, DEMO_AREAS, type AreaProfile, type DemoArea } from './places';
import { createRandom, deriveSeed } from './random';
import { generateReferrals } from './referrals';
import { assignRosters } from './rosters';
import { generateSessions } from './sessions';
import { generateVenues, venueRecord } from './venues';
import { generateVolunteers, originsOf } from './volunteers';

/**
 * The sample dataset behind "Load sample data", the demo-data script and the benchmark.
 * Pure and deterministic: the same options give byte-identical JSON on any machine, so a
 * bug seen in a demo can be reproduced from its seed. Each part draws from its own stream
 * (see deriveSeed), so adding members or groups leaves the volunteers unchanged.
 */

export const DEMO_SIZES = {
  /** A charity the size of most of our users: a screen or two of volunteers. */
  small: 50,
  /** A large charity; what the performance budget (100 ms per screen) is measured on. */
  large: 500,
  /** Far beyond any real charity, to find what breaks first. */
  stress: 20_000,
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;
export const DEMO_SIZE_NAMES = Object.keys(DEMO_SIZES) as DemoSize[];

interface Scale {
  members: number;
  groups: number;
  venues: number;
  /** Years of group meetings (and of members' stories). */
  years: number;
  /** Members who are also volunteers. */
  linked: number;
  /** Groups whose latest meetings are still waiting for a register. */
  registersDue: number;
  /** Open referrals past the target wait, on top of any the members give. */
  overTarget: number;
  /** One-to-one programmes over the years, and where the open ones stand today. */
  programmes: ProgrammeScale;
  /** Questionnaire plans and answers (see outcomes.ts). */
  outcomes: OutcomeScale;
}

/** About 40 programmes over three years; every status, ending and Home warning shows. */
const SMALL_PROGRAMMES: ProgrammeScale = { count: 40, waiting: 4, matched: 2, active: 8, paused: 2, atPlanned: 1, noContact: 1, leftHolding: 1, tripsWithoutBuddy: 1 };
/** About 1,500 over ten years (about 12,000 sessions and 3,000 goals). */
const LARGE_PROGRAMMES: ProgrammeScale = { count: 1500, waiting: 20, matched: 12, active: 70, paused: 12, atPlanned: 3, noContact: 5, leftHolding: 3, tripsWithoutBuddy: 3 };

/**
 * Everything but the volunteers. The stress set keeps its 20,000 volunteers but has the
 * large set's members, groups and ten years of sessions: it is there to find what breaks
 * first with people, and a whole large charity around them is the realistic worst case.
 */
export const DEMO_SCALES: Readonly<Record<DemoSize, Scale>> = {
  small: { members: 300, groups: 10, venues: 6, years: 3, linked: 3, registersDue: 3, overTarget: 2, programmes: SMALL_PROGRAMMES, outcomes: SMALL_OUTCOMES },
  large: { members: 5000, groups: 100, venues: 30, years: 10, linked: 25, registersDue: 8, overTarget: 6, programmes: LARGE_PROGRAMMES, outcomes: LARGE_OUTCOMES },
  stress: { members: 5000, groups: 100, venues: 30, years: 10, linked: 25, registersDue: 8, overTarget: 6, programmes: LARGE_PROGRAMMES, outcomes: LARGE_OUTCOMES },
};

export interface DemoDatasetOptions {
  size: DemoSize;
  seed: number;
  /** The day the data is "as of" (YYYY-MM-DD): nothing is dated after it. */
  today: string;
  /** Whose patch the people live in. Default Sheffield. */
  area?: DemoArea;
}

export interface DemoDataset {
  settings: Settings;
  volunteers: Volunteer[];
  members: Member[];
  referrals: Referral[];
  venues: Venue[];
  groups: Group[];
  /** Every stored session, by date; the store keeps them in one document per year. */
  sessions: SessionRecord[];
  /** Grants to report on (see grants.ts). */
  grants: Grant[];
  /** DBS checks, training, supervision, hours and expenses (see compliance.ts). */
  compliance: ComplianceRecords;
  /** One-to-one programmes with their matches and goals (see programmes.ts). */
  programmes: Programme[];
  /** Their session logs, by date; the store keeps them in one document per year. */
  programmeSessions: ProgrammeSession[];
  /** Travel buddy trips: done (with their sessions and mileage), cancelled and coming up (see travel-trips.ts). */
  trips: TravelTrip[];
  /** Filled-in questionnaires, by date; the store keeps them in one document per year (see outcomes.ts). */
  completions: Completion[];
}

export function isDemoSize(value: string): value is DemoSize {
  return Object.hasOwn(DEMO_SIZES, value);
}

export function isDemoArea(value: string): value is DemoArea {
  return (DEMO_AREAS as readonly string[]).includes(value);
}

function checked(options: DemoDatasetOptions): { todayDay: DayNumber; area: AreaProfile } {
  const { size, seed, today } = options;
  if (!isDemoSize(size)) throw new Error(`Unknown sample data size "${String(size)}": use ${DEMO_SIZE_NAMES.join(', ')}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`The seed must be a whole number (got ${String(seed)})`);
  const todayDay = dayFromIso(today);
  if (todayDay === null) throw new Error(`"today" must be a real date written as YYYY-MM-DD (got "${today}")`);
  const area = AREAS[options.area ?? 'sheffield'];
  if (!area) throw new Error(`Unknown area "${String(options.area)}": use ${DEMO_AREAS.join(', ')}`);
  return { todayDay, area };
}

/** Just the volunteers of a dataset: the same records generateDemoDataset gives, without the rest. */
export function generateDemoVolunteers(options: DemoDatasetOptions): Volunteer[] {
  const { todayDay, area } = checked(options);
  const volunteers = generateVolunteers(createRandom(deriveSeed(options.seed, 'volunteers')), { count: DEMO_SIZES[options.size], today: todayDay, area });
  // Caseload limits and gender for matching from their own stream: the people stay as they were.
  return withVolunteerMatching(createRandom(deriveSeed(options.seed, 'volunteer-matching')), volunteers);
}

export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  const { size, seed } = options;
  const { todayDay, area } = checked(options);
  const stream = (label: string) => createRandom(deriveSeed(seed, label));
  const scale = DEMO_SCALES[size];
  const historyDays = Math.round(scale.years * 365.25);

  const settings: Settings = { ...DEFAULT_SETTINGS, organisationName: area.organisationName, setUpDone: true };
  const volunteers = generateDemoVolunteers(options);
  const activity = volunteerActivity(volunteers);

  const venueRandom = stream('venues');
  const drafts = generateVenues(venueRandom, {
    count: scale.venues,
    area,
    origins: originsOf(area),
    phones: new PhoneBook(venueRandom),
    emails: new EmailBook(venueRandom),
  });

  const groupRandom = stream('groups');
  const plans = generateGroups(groupRandom, { count: scale.groups, today: todayDay, historyDays, venues: drafts, activity, small: size === 'small' });

  const people = planMembers(stream('members'), {
    count: scale.members,
    today: todayDay,
    historyDays,
    area,
    volunteers,
    activity,
    linkedVolunteers: scale.linked,
  });
  const { firstPlace } = assignRosters(stream('rosters'), plans, people.plans, { today: todayDay });
  const sessions = generateSessions(stream('sessions'), plans, {
    today: todayDay,
    area: area.id,
    members: people.plans,
    activity,
    registersDue: scale.registersDue,
  });

  const finished = finishMembers(stream('member-records'), people.plans, { today: todayDay, activity });
  const equalityRandom = stream('equality');
  const planById = new Map(people.plans.map((p) => [p.id, p]));
  for (const m of finished) {
    const plan = planById.get(m.id);
    if (plan) m.equality = equalityFor(equalityRandom, plan);
  }

  const referralList = generateReferrals(stream('referrals'), {
    today: todayDay,
    historyDays,
    area: area.id,
    plans: people.plans,
    firstPlace,
    people: { ...people.ctx, random: stream('referral-people') },
    extraShare: 0.1,
    overTarget: scale.overTarget,
  });

  const groups = plans.map((p) => groupRecord(groupRandom, p, todayDay));
  const venues = drafts.map((d) => {
    // A room is on record from just before the first group that met there.
    const users = plans.filter((p) => p.venue === d).map((p) => p.createdDay);
    const day = Math.min(todayDay - 1, (users.length > 0 ? Math.min(...users) : todayDay - historyDays) - venueRandom.int(1, 14));
    const createdAt = timestampOn(day, venueRandom.int(9 * 60, 16 * 60), venueRandom.int(0, 59));
    const edited = venueRandom.chance(0.3) ? timestampOn(day + venueRandom.int(1, Math.max(1, todayDay - 1 - day)), venueRandom.int(9 * 60, 17 * 60), 0) : createdAt;
    return venueRecord(d, createdAt, edited > createdAt ? edited : createdAt);
  });

  // Programmes add matching details to their members and say which referrals they started from.
  const { programmes, sessions: loggedSessions, members, referrals } = generateProgrammes(stream('programmes'), {
    today: todayDay,
    historyDays,
    scale: scale.programmes,
    kinds: settings.programmeKinds,
    plans: people.plans,
    members: finished,
    referrals: referralList,
    activity,
    places: { rooms: drafts.map((d) => d.venue.name), wards: WARDS[area.id] },
  });

  const travel = generateTrips(stream('travel-trips'), {
    today: todayDay,
    kinds: settings.programmeKinds,
    programmes,
    sessions: loggedSessions,
    members,
    volunteers,
    noBuddySoon: scale.programmes.tripsWithoutBuddy,
  });
  const programmeSessions = travel.sessions;

  const grants = generateGrants(stream('grants'), {
    today: options.today,
    settings,
    groups,
    members,
    referrals,
    sessions,
    programmes: { kinds: settings.programmeKinds, programmes, sessions: programmeSessions, travelMinutes: settings.oneToOneTravelMinutes },
  });

  const compliance = generateCompliance(stream('compliance'), { today: todayDay, volunteers, roleRequirements: settings.roleRequirements, courses: settings.trainingCourses });
  // Buddies' mileage from trips marked done, beside the claims made by hand.
  compliance.expenses.push(...travel.expenses);

  // Questionnaires last, from their own stream: plans go on the kinds and a few groups, so
  // everything above is generated exactly as before they existed.
  const outcomes = generateOutcomes(stream('outcomes'), { today: todayDay, scale: scale.outcomes, kinds: settings.programmeKinds, programmes, programmeSessions, groups, sessions });
  settings.programmeKinds = outcomes.kinds;

  return { settings, volunteers, members, referrals, venues, groups: outcomes.groups, sessions, grants, compliance, programmes, programmeSessions, trips: travel.trips, completions: outcomes.completions };
}
