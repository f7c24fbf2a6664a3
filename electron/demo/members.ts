import { reviewedEveryTwoYears, type Consent, type ConsentMethod } from '../../shared/domain/consents';
import type { DeviceLoan, Member, MemberStatus, MemberStatusChange, NewsletterPreference } from '../../shared/domain/members';
import type { ReferralSource } from '../../shared/domain/referrals';
import type { Volunteer } from '../../shared/domain/volunteers';
import { dayFromIso, isoFromDay, timestampOn, type DayNumber } from './calendar';
import { EmailBook, PhoneBook } from './contact';
import { INTERESTS, pickGender } from './details';
import type { Gender, NameOrigin } from './names';
import { randomAddress, type AreaProfile, type District, type PostalAddress } from './places';
import { quotaList, weightedPicker, weightedSampler, type Random, type Weighted } from './random';
import { birthDateFor, contactFor, emergencyContactFor, originsOf, pronounsFor, uniqueName, type BirthDate, type PeopleContext } from './volunteers';
import type { VolunteerActivity } from './activity';
import { isActiveOn } from './activity';

/**
 * Sample members: the people a charity supports. Each is planned as a story first (referred,
 * contacted, assessed, active, perhaps a break, perhaps leaving and coming back), with the
 * spans of time they were taking part; the roster simulation then places them in groups
 * within those spans, and only then is the stored record written, so loans, consents and
 * dates all agree with the groups they were in.
 */

export interface MemberStep {
  status: MemberStatus;
  day: DayNumber;
  note?: string;
  reason?: string;
}

/** A stretch of time taking part, from becoming active until leaving (or still going). */
export interface Segment {
  start: DayNumber;
  /** Exclusive: the day they left. Undefined while they are still with us. */
  end?: DayNumber;
  /** They had left before and came back. */
  returning: boolean;
}

export interface MemberPlan {
  id: string;
  origin: NameOrigin;
  gender: Gender;
  /** Age today. */
  age: number;
  birth: BirthDate;
  keepBirthDate: boolean;
  district: District;
  status: MemberStatus;
  steps: MemberStep[];
  segments: Segment[];
  /** Breaks from groups, [from, to) with to = Infinity for a break still going on. */
  breaks: (readonly [DayNumber, number])[];
  /** How they came to us: a referral source, or 'walk-in' (came to the drop-in and stayed). */
  route: ReferralSource | 'walk-in';
  wantsGroup: boolean;
  prefersOnline: boolean;
  dropInGoer: boolean;
  /** Chance of being present at a session on the roster. */
  attendance: number;
  volunteer?: Volunteer;
  name: { firstName: string; lastName: string; preferredName?: string };
  email?: string;
  phone?: string;
  address: PostalAddress;
  emergencyContact: Member['emergencyContact'];
  pronouns?: string;
  hasDevice: boolean;
  hasInternet: boolean;
  /** Set by the roster simulation: the online groups they joined, for device loans. */
  onlineJoins: DayNumber[];
}

/**
 * A service three years old still has most of its members; after ten years most have moved
 * on, as people come for a year or two and go (the steady state a ten-year history needs,
 * or the early years' groups would be half empty).
 */
const YOUNG_SERVICE: Weighted<MemberStatus> = [
  ['referred', 3],
  ['contacted', 3],
  ['assessed', 5],
  ['active', 38],
  ['on-break', 6],
  ['left', 45],
];
const ESTABLISHED_SERVICE: Weighted<MemberStatus> = [
  ['referred', 3],
  ['contacted', 3],
  ['assessed', 4],
  ['active', 24],
  ['on-break', 3],
  ['left', 63],
];

const pickRoute = weightedPicker<ReferralSource | 'walk-in'>([
  ['self', 32],
  ['gp', 20],
  ['social-prescriber', 18],
  ['mental-health-trust', 15],
  ['other-organisation', 8],
  ['walk-in', 7],
]);

/** Members come to peer support at any age; many in later life, as the seed services show. */
const pickAgeBand = weightedPicker<readonly [number, number]>([
  [[18, 24], 8],
  [[25, 34], 13],
  [[35, 44], 14],
  [[45, 54], 16],
  [[55, 64], 17],
  [[65, 74], 17],
  [[75, 92], 12],
]);

const LEFT_REASONS = weightedPicker<string>([
  ['Feeling better: moving on', 18],
  ['Lost touch', 14],
  ['Moved away', 10],
  ['Started work or study', 10],
  ['Health', 10],
  ['Caring responsibilities', 7],
  ['Found other support', 8],
  ['Group times no longer suit', 6],
]);
const DROPOUT_REASONS = weightedPicker<string>([
  ['Could not reach after three attempts', 30],
  ['Decided peer support was not for them right now', 20],
  ['Moved out of the area', 8],
  ['Needs better met by another service; signposted', 12],
  ['Started other support instead', 10],
]);
export const NOW_VOLUNTEERS = 'Now volunteers with us';

const CONTACT_NOTES = ['Phoned; assessment booked.', 'Left a voicemail; they rang back the next day.', 'Emailed; replied the same day.', 'Texted to arrange a call.'];
const ASSESS_NOTES = ['Assessment at the hub.', 'Assessment by phone.', 'Home visit assessment.', 'Assessment over video call.'];
const BREAK_NOTES = [
  'In hospital for a few weeks; keeping their place.',
  'Taking a break over the summer.',
  'Caring for a family member for now.',
  'Break agreed; monthly check-in call.',
  'Working extra hours for a while.',
  'Not feeling up to groups at the moment; happy to be phoned.',
];
const WALK_IN_NOTES = ['Came along to the drop-in and asked to join.', 'Added as a walk-in at a session.'];
const CAME_BACK = 'Came back: okay to leave, okay to come back.';

const ACCESS_NEEDS = [
  'Wheelchair user: needs step-free access and an accessible toilet.',
  'Hearing aid user; sits near the front. A hearing loop helps.',
  'Large print handouts, please.',
  'Needs a quiet space to step out to.',
  'Walks with a stick; needs a chair near the door.',
  'Uses BSL; an interpreter is booked for assessments.',
  'Finds crowded rooms hard; prefers to arrive early.',
  'Partially sighted: read printed information aloud.',
];
const MEMBER_NOTES = [
  'Prefers a phone call to a text.',
  'Likes to sit near the door.',
  'Would like to write for the newsletter.',
  'Interested in volunteering in future.',
  'Daughter sometimes brings them and waits in the café.',
  'Prefers morning groups.',
  'Has a support worker from the mental health team.',
  'Enjoys the walking group in summer.',
];

export interface GenerateMembersOptions {
  count: number;
  today: DayNumber;
  historyDays: number;
  area: AreaProfile;
  volunteers: readonly Volunteer[];
  activity: readonly VolunteerActivity[];
  /** How many members are also volunteers (the same person, linked). */
  linkedVolunteers: number;
}

export interface MemberPeople {
  plans: MemberPlan[];
  /** Shared with later parts (referrals) so nobody gets a number someone already has. */
  phones: PhoneBook;
  emails: EmailBook;
  ctx: PeopleContext;
}

export function planMembers(random: Random, options: GenerateMembersOptions): MemberPeople {
  const { today, historyDays, area } = options;
  const earliest = today - historyDays;
  const areaOrigins = originsOf(area);
  const phones = new PhoneBook(random);
  const emails = new EmailBook(random);
  const usedNames = new Set<string>();
  for (const v of options.volunteers) {
    if (v.phone) phones.reserve(v.phone);
    if (v.email) emails.reserve(v.email);
    usedNames.add(`${v.firstName} ${v.lastName}`);
  }
  const ctx: PeopleContext = {
    random,
    today,
    pickDistrict: weightedPicker(area.districts),
    pickOrigin: weightedPicker(areaOrigins),
    phones,
    emails,
    usedNames,
  };

  const linked = pickLinkedVolunteers(random, options.volunteers, earliest, today, options.linkedVolunteers);
  const statuses = quotaList(random, historyDays > 5 * 365 ? ESTABLISHED_SERVICE : YOUNG_SERVICE, options.count - linked.length, 1);
  const plans: MemberPlan[] = statuses.map((status) => planMember(ctx, status, earliest, undefined));
  for (const v of linked) plans.push(planMember(ctx, 'active', earliest, v));
  return { plans, phones, emails, ctx };
}

/**
 * Volunteers who first came as members (peer support's usual route into volunteering):
 * those whose first contact with us is well inside the history, preferring the ones whose
 * enquiry says so.
 */
function pickLinkedVolunteers(random: Random, volunteers: readonly Volunteer[], earliest: DayNumber, today: DayNumber, count: number): Volunteer[] {
  const eligible = volunteers.filter((v) => {
    const first = dayFromIso(v.statusHistory[0]?.date ?? '') ?? 0;
    // An adult when they first came as a member, up to two years before volunteering.
    const born = v.dateOfBirth === undefined ? undefined : dayFromIso(v.dateOfBirth);
    const adult = born === undefined || born === null || (first - 600 - born) / 365.25 >= 18;
    return v.status !== 'enquiry' && first >= earliest + 300 && first <= today - 30 && adult;
  });
  const former = eligible.filter((v) => v.statusHistory[0]?.note?.startsWith('Former member'));
  const others = eligible.filter((v) => !former.includes(v));
  return [...random.shuffle(former), ...random.shuffle(others)].slice(0, count);
}

function pickAge(random: Random): number {
  const [lo, hi] = pickAgeBand(random);
  return random.int(lo, hi);
}

function planMember(ctx: PeopleContext, status: MemberStatus, earliest: DayNumber, volunteer: Volunteer | undefined): MemberPlan {
  const { random, today } = ctx;
  const origin = ctx.pickOrigin(random);
  const gender = pickGender(random);
  const name = volunteer
    ? { firstName: volunteer.firstName, lastName: volunteer.lastName, ...(volunteer.preferredName ? { preferredName: volunteer.preferredName } : {}) }
    : uniqueName(ctx, origin, gender);
  const district = ctx.pickDistrict(random);
  const route = pickRoute(random);
  const story = volunteer ? linkedStory(random, volunteer, earliest, today) : storyFor(random, status, earliest, today, route === 'walk-in');
  // Ages are drawn for when people first came to us, so someone who joined ten years ago is
  // ten years older now (and nobody was a child when referred).
  const yearsSince = Math.floor((today - (story.steps[0]?.day ?? today)) / 365.25);
  const age = volunteer?.dateOfBirth ? ageFromBirth(volunteer.dateOfBirth, today) : pickAge(random) + yearsSince;
  const birth = volunteer?.dateOfBirth ? birthFromIso(volunteer.dateOfBirth) : birthDateFor(random, age, today);
  const finalStatus = story.steps[story.steps.length - 1]?.status ?? status;
  const onboarding = finalStatus === 'referred' || finalStatus === 'contacted' || finalStatus === 'assessed';
  const keepBirthDate = volunteer ? volunteer.dateOfBirth !== undefined : !random.chance(onboarding ? 0.35 : 0.08);

  let email: string | undefined;
  let phone: string | undefined;
  let address: PostalAddress;
  let emergencyContact: Member['emergencyContact'] = {};
  let pronouns: string | undefined;
  if (volunteer) {
    email = volunteer.email;
    phone = volunteer.phone;
    address = volunteer.address;
    emergencyContact = volunteer.emergencyContact;
    pronouns = volunteer.pronouns;
  } else {
    const contact = contactFor(ctx, name, age, district, birth.year);
    email = contact.email;
    phone = contact.phone;
    address = onboarding && random.chance(0.4) ? { town: district.town, postcode: randomAddress(random, district).postcode } : randomAddress(random, district);
    if (random.chance(onboarding ? 0.3 : 0.75)) emergencyContact = emergencyContactFor(ctx, name.lastName, origin, gender, age, district);
    pronouns = pronounsFor(random, gender);
  }
  const hasDevice = random.chance(age < 60 ? 0.93 : age < 75 ? 0.75 : 0.5);
  const hasInternet = hasDevice ? random.chance(0.9) : random.chance(0.25);
  const plan: MemberPlan = {
    id: random.uuid(),
    origin,
    gender,
    age,
    birth,
    keepBirthDate,
    district,
    status: finalStatus,
    steps: story.steps,
    segments: story.segments,
    breaks: story.breaks,
    route: story.walkIn ? 'walk-in' : route === 'walk-in' ? 'self' : route,
    wantsGroup: random.chance(0.88),
    prefersOnline: random.chance(age >= 75 ? 0.1 : 0.16),
    dropInGoer: random.chance(0.22),
    attendance: 0.6 + random.next() * 0.35,
    name,
    address,
    emergencyContact,
    hasDevice,
    hasInternet,
    onlineJoins: [],
  };
  if (volunteer) plan.volunteer = volunteer;
  if (email !== undefined) plan.email = email;
  if (phone !== undefined) plan.phone = phone;
  if (pronouns !== undefined) plan.pronouns = pronouns;
  return plan;
}

function ageFromBirth(iso: string, today: DayNumber): number {
  return Math.floor((today - (dayFromIso(iso) ?? today)) / 365.25);
}

function birthFromIso(iso: string): BirthDate {
  return { iso, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

interface Story {
  steps: MemberStep[];
  segments: Segment[];
  breaks: (readonly [DayNumber, number])[];
  walkIn: boolean;
}

function step(status: MemberStatus, day: DayNumber, note?: string, reason?: string): MemberStep {
  const s: MemberStep = { status, day };
  if (note !== undefined) s.note = note;
  if (reason !== undefined) s.reason = reason;
  return s;
}

/** Referred → contacted → assessed steps ending on `lastDay` at `reach`, spaced back from it. */
function pipelineTo(random: Random, reach: 'referred' | 'contacted' | 'assessed' | 'active', lastDay: DayNumber): MemberStep[] {
  const order = ['referred', 'contacted', 'assessed', 'active'] as const;
  const gaps = [
    [1, 9],
    [3, 26],
    [2, 40],
  ] as const;
  const last = order.indexOf(reach);
  const days: DayNumber[] = [];
  days[last] = lastDay;
  for (let i = last - 1; i >= 0; i--) {
    const [lo, hi] = gaps[i] as readonly [number, number];
    days[i] = (days[i + 1] as DayNumber) - random.int(lo, hi);
  }
  const steps: MemberStep[] = [];
  for (let i = 0; i <= last; i++) {
    const status = order[i] as MemberStatus;
    const day = days[i] as DayNumber;
    const note =
      status === 'contacted' && random.chance(0.5)
        ? random.pick(CONTACT_NOTES)
        : status === 'assessed' && random.chance(0.6)
          ? random.pick(ASSESS_NOTES)
          : undefined;
    steps.push(step(status, day, note));
  }
  return steps;
}

/** How someone reached `active` on day `a`: the referral pipeline, or straight in from the drop-in. */
function start(random: Random, a: DayNumber, walkIn: boolean): MemberStep[] {
  return walkIn ? [step('active', a, random.pick(WALK_IN_NOTES))] : pipelineTo(random, 'active', a);
}

function storyFor(random: Random, status: MemberStatus, earliest: DayNumber, today: DayNumber, walkIn: boolean): Story {
  const yesterday = today - 1;
  const span = today - earliest;
  const breaks: (readonly [DayNumber, number])[] = [];
  switch (status) {
    case 'referred': {
      const r = today - (random.chance(0.06) ? random.int(36, 45) : random.int(1, 21));
      return { steps: [step('referred', r)], segments: [], breaks, walkIn: false };
    }
    case 'contacted': {
      const r = today - (random.chance(0.3) ? random.int(36, 70) : random.int(4, 34));
      const c = r + random.int(1, Math.min(9, yesterday - r));
      return { steps: [step('referred', r), step('contacted', c, random.chance(0.5) ? random.pick(CONTACT_NOTES) : undefined)], segments: [], breaks, walkIn: false };
    }
    case 'assessed':
      return { steps: pipelineTo(random, 'assessed', today - random.int(1, 75)), segments: [], breaks, walkIn: false };
    case 'active': {
      // Most current members joined in the last couple of years.
      const a = today - Math.min(span - 30, 7 + Math.floor(-Math.log(1 - random.next()) * 650));
      const steps = start(random, a, walkIn);
      const segments: Segment[] = [];
      const length = today - a;
      if (length > 420 && random.chance(0.1)) {
        // Left, then came back.
        const left = a + random.int(90, length - 300);
        const back = left + random.int(60, Math.min(700, yesterday - 14 - left));
        steps.push(step('left', left, undefined, LEFT_REASONS(random)));
        steps.push(step('active', back, CAME_BACK));
        segments.push({ start: a, end: left, returning: false }, { start: back, returning: true });
      } else {
        if (length > 220 && random.chance(0.18)) {
          const from = a + random.int(60, length - 150);
          const to = from + random.int(21, Math.min(180, yesterday - from - 7));
          steps.push(step('on-break', from, random.pick(BREAK_NOTES)));
          steps.push(step('active', to, 'Back from a break.'));
          breaks.push([from, to]);
        }
        segments.push({ start: a, returning: false });
      }
      return { steps, segments, breaks, walkIn };
    }
    case 'on-break': {
      const a = today - Math.min(span - 30, 90 + Math.floor(-Math.log(1 - random.next()) * 600));
      const from = today - random.int(3, Math.min(200, today - a - 30));
      const steps = start(random, a, walkIn);
      steps.push(step('on-break', from, random.pick(BREAK_NOTES)));
      breaks.push([from, Infinity]);
      return { steps, segments: [{ start: a, returning: false }], breaks, walkIn };
    }
    case 'left': {
      if (random.chance(0.2)) {
        // Never got as far as joining.
        const reach = random.pick(['referred', 'contacted', 'contacted', 'assessed'] as const);
        const leftDay = today - random.int(2, span - 10);
        const steps = pipelineTo(random, reach, leftDay - random.int(3, 40));
        steps.push(step('left', leftDay, undefined, DROPOUT_REASONS(random)));
        return { steps, segments: [], breaks, walkIn: false };
      }
      // Joined at any time and stayed a year or two; those who joined lately are mostly
      // still here, so a leaver's start is drawn again if they would not have left yet.
      // A long history starts with the members the service already had when records began.
      const from = span > 5 * 365 ? earliest - 540 : earliest + 14;
      let a = from;
      let leftDay = a + 30;
      for (let attempt = 0; attempt < 6; attempt++) {
        a = from + random.int(0, today - 76 - from);
        leftDay = a + 30 + Math.floor(Math.pow(random.next(), 1.1) * 2700);
        if (leftDay < yesterday - 1 && leftDay > earliest + 30) break;
      }
      if (leftDay >= yesterday - 1) leftDay = a + random.int(30, Math.max(30, yesterday - 2 - a));
      const steps = start(random, a, walkIn);
      const segments: Segment[] = [];
      const length = leftDay - a;
      if (length > 500 && random.chance(0.12)) {
        const first = a + random.int(60, length - 400);
        const back = first + random.int(45, 240);
        steps.push(step('left', first, undefined, LEFT_REASONS(random)));
        steps.push(step('active', back, CAME_BACK));
        segments.push({ start: a, end: first, returning: false }, { start: back, end: leftDay, returning: true });
      } else {
        if (length > 200 && random.chance(0.15)) {
          const from = a + random.int(40, length - 120);
          const to = from + random.int(21, 90);
          steps.push(step('on-break', from, random.pick(BREAK_NOTES)));
          steps.push(step('active', to, 'Back from a break.'));
          breaks.push([from, to]);
        }
        segments.push({ start: a, end: leftDay, returning: false });
      }
      steps.push(step('left', leftDay, undefined, LEFT_REASONS(random)));
      return { steps, segments, breaks, walkIn };
    }
  }
}

/** A member who went on to volunteer: active in the year or two before their enquiry. */
function linkedStory(random: Random, v: Volunteer, earliest: DayNumber, today: DayNumber): Story {
  const enquiry = dayFromIso(v.statusHistory[0]?.date ?? '') ?? today - 30;
  const a = Math.max(earliest + 14, enquiry - random.int(150, 600));
  const steps = pipelineTo(random, 'active', a);
  if (random.chance(0.55)) {
    const leftDay = Math.min(today - 2, Math.max(a + 30, enquiry + random.int(0, 60)));
    steps.push(step('left', leftDay, 'Thanked at their last group.', NOW_VOLUNTEERS));
    return { steps, segments: [{ start: a, end: leftDay, returning: false }], breaks: [], walkIn: false };
  }
  return { steps, segments: [{ start: a, returning: false }], breaks: [], walkIn: false };
}

// ----- the stored record ---------------------------------------------------------------

const sampleInterests = weightedSampler(INTERESTS);
const LOAN_ITEMS = weightedPicker<string>([
  ['4G tablet', 6],
  ['4G tablet with data SIM', 3],
  ['Mi-Fi dongle', 3],
  ['Data SIM card', 1],
]);
const LOAN_NOTES = ['Tablet and charger in a case.', 'Set up with the group’s Zoom link.', 'Returned with charger.', 'Data topped up monthly by the office.'];

export interface FinishMembersOptions {
  today: DayNumber;
  activity: readonly VolunteerActivity[];
}

/**
 * Writes each planned member as a stored record, now that the groups they were in are known.
 * Draws from its own stream so that tuning one part does not reshuffle the others.
 */
export function finishMembers(random: Random, plans: readonly MemberPlan[], options: FinishMembersOptions): Member[] {
  const { today } = options;
  const supporters = options.activity.filter((a) => a.supports);
  const currentSupporters = supporters.filter((a) => a.volunteer.status === 'active');
  const earliestSpan = (list: readonly VolunteerActivity[]): number => list.reduce((min, a) => Math.min(min, a.spans[0]?.from ?? Infinity), Infinity);
  const firstAny = earliestSpan(supporters);
  const firstCurrent = earliestSpan(currentSupporters);
  const members = plans.map((plan) => {
    const history = historyOf(random, plan);
    const first = history[0] as MemberStatusChange;
    const last = history[history.length - 1] as MemberStatusChange;
    const joinedDay = plan.steps[0]?.day ?? today - 1;
    const onboarding = plan.status === 'referred' || plan.status === 'contacted' || plan.status === 'assessed';

    const newsletter = newsletterFor(random, plan);
    const loans = loansFor(random, plan, today);
    const consents = consentsFor(random, plan, newsletter, joinedDay, today);
    let updatedAt = last.recordedAt;
    for (const loan of loans) {
      const at = timestampOn(dayFromIso(loan.returned ?? loan.out) ?? joinedDay, random.int(9 * 60, 17 * 60), random.int(0, 59));
      if (at > updatedAt) updatedAt = at;
    }
    for (const c of consents) {
      const at = timestampOn(dayFromIso(c.withdrawn ?? c.date) ?? joinedDay, random.int(9 * 60, 17 * 60), random.int(0, 59));
      if (at > updatedAt) updatedAt = at;
    }
    const keyContact = onboarding ? keyContactFor(random, plan, currentSupporters, joinedDay, firstCurrent) : keyContactFor(random, plan, supporters, joinedDay, firstAny);
    const interests = onboarding && random.chance(0.4) ? [] : sampleInterests(random, random.int(1, 4));
    const accessNeeds = random.chance(0.14) ? random.pick(ACCESS_NEEDS) : undefined;
    const notes = random.chance(0.18) ? random.pick(MEMBER_NOTES) : undefined;
    const openLoan = loans.some((l) => l.returned === undefined);

    const m = { id: plan.id, createdAt: first.recordedAt, updatedAt, firstName: plan.name.firstName, lastName: plan.name.lastName } as Member;
    if (plan.name.preferredName !== undefined) m.preferredName = plan.name.preferredName;
    if (plan.pronouns !== undefined) m.pronouns = plan.pronouns;
    if (plan.email !== undefined) m.email = plan.email;
    if (plan.phone !== undefined) m.phone = plan.phone;
    m.address = plan.address;
    if (plan.keepBirthDate) m.dateOfBirth = plan.birth.iso;
    m.emergencyContact = plan.emergencyContact;
    if (notes !== undefined) m.notes = notes;
    m.status = plan.status;
    m.statusHistory = history;
    if (plan.status === 'left') {
      m.leftDate = last.date;
      if (last.reason !== undefined) m.leftReason = last.reason;
    }
    m.joinedDate = isoFromDay(joinedDay);
    if (keyContact !== undefined) m.keyContactId = keyContact;
    m.interests = interests;
    if (accessNeeds !== undefined) m.accessNeeds = accessNeeds;
    const digital: Member['digital'] = { hasDevice: plan.hasDevice, hasInternet: plan.hasInternet };
    if (openLoan || (!plan.hasDevice && plan.prefersOnline)) digital.needsDeviceLoan = true;
    m.digital = digital;
    m.deviceLoans = loans;
    m.newsletter = newsletter;
    m.consents = consents;
    if (plan.volunteer) m.volunteerId = plan.volunteer.id;
    m.equality = {};
    return m;
  });
  const order = members.map((m, i) => i).sort((a, b) => cmp((members[a] as Member).createdAt, (members[b] as Member).createdAt) || a - b);
  return order.map((i) => members[i] as Member);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function historyOf(random: Random, plan: MemberPlan): MemberStatusChange[] {
  let previous = '';
  return plan.steps.map((s) => {
    let recordedAt = timestampOn(s.day, random.int(8 * 60 + 30, 17 * 60), random.int(0, 59));
    // Two changes on one day are recorded in order.
    if (recordedAt <= previous) recordedAt = timestampOn(s.day, Math.min(23 * 60 + 58, Number(previous.slice(11, 13)) * 60 + Number(previous.slice(14, 16)) + 1), 0);
    previous = recordedAt;
    const change = { status: s.status, date: isoFromDay(s.day) } as MemberStatusChange;
    if (s.note !== undefined) change.note = s.note;
    if (s.reason !== undefined) change.reason = s.reason;
    change.recordedAt = recordedAt;
    return change;
  });
}

function newsletterFor(random: Random, plan: MemberPlan): NewsletterPreference {
  const postal = plan.address.line1 !== undefined && plan.address.postcode !== undefined;
  // Former members are circulated too when they opt in, as Helping One Another does.
  if (random.chance(plan.status === 'left' ? 0.55 : 0.2)) return 'none';
  if (postal && plan.age >= 70 && random.chance(0.35)) return 'large-print';
  if (plan.email !== undefined && random.chance(plan.age < 70 ? 0.8 : 0.5)) return 'email';
  if (postal) return 'post';
  return plan.email !== undefined ? 'email' : 'none';
}

const CONSENT_HOW = weightedPicker<ConsentMethod>([
  ['verbal', 5],
  ['written', 3],
  ['online-form', 2],
  ['email', 1],
]);

function consentsFor(random: Random, plan: MemberPlan, newsletter: NewsletterPreference, joined: DayNumber, today: DayNumber): Consent[] {
  const out: Consent[] = [];
  const add = (what: string, day: DayNumber, withdrawnDay?: DayNumber): void => {
    const date = isoFromDay(Math.min(day, today - 1));
    // Keys in schema order (review before withdrawn), so a record saved again is the same bytes.
    // Checked every two years since, as a charity that reviews consents does: a few are due now.
    const c: Consent = { id: random.uuid(), what, date, how: CONSENT_HOW(random), ...reviewedEveryTwoYears(date, isoFromDay(today)) };
    if (withdrawnDay !== undefined && withdrawnDay < today) c.withdrawn = isoFromDay(withdrawnDay);
    out.push(c);
  };
  const active = plan.segments[0]?.start ?? joined;
  if (random.chance(0.96)) add('Keep my details on record', joined);
  if (newsletter === 'email' && random.chance(0.9)) add('Newsletter by email', active);
  if (plan.phone?.startsWith('07') && random.chance(0.5)) add('Contact by text message', active);
  if ((plan.route === 'gp' || plan.route === 'mental-health-trust') && random.chance(0.6)) add('Share details with my GP or referrer', joined);
  if (plan.segments.length > 0 && random.chance(0.08)) {
    const withdrawn = random.chance(0.3) ? active + random.int(30, 400) : undefined;
    add('Photos in publicity', active, withdrawn);
  }
  return out;
}

/** In the first lockdown, tablets went out so members could join the online check-ins. */
const LOCKDOWN_LOANS = dayFromIso('2020-04-06') as DayNumber;

/**
 * 4G tablets and dongles lent to members with no device or no data: for an online group, in
 * the first lockdown, or to stay in touch. Most come back, some of the recent ones are
 * overdue, and a few are out and not yet due.
 */
function loansFor(random: Random, plan: MemberPlan, today: DayNumber): DeviceLoan[] {
  if (plan.hasDevice && plan.hasInternet) return [];
  const starts: DayNumber[] = [];
  if (plan.onlineJoins.length > 0) starts.push(plan.onlineJoins[0] as DayNumber);
  if (segmentOn(plan, LOCKDOWN_LOANS) && !plan.hasDevice && random.chance(0.5)) starts.push(LOCKDOWN_LOANS + random.int(0, 40));
  const last = plan.segments[plan.segments.length - 1];
  if (last && starts.length === 0 && random.chance(0.25)) {
    const from = Math.max(last.start, today - 500);
    const to = Math.min(last.end ?? today, today) - 1;
    if (to > from) starts.push(random.int(from, to));
  }
  starts.sort((a, b) => a - b);
  const loans: DeviceLoan[] = [];
  let free = -Infinity;
  for (const out of starts) {
    // One device at a time: a second loan only once the first is back.
    if (out <= free || out >= today) continue;
    const due = out + random.pick([91, 91, 182]);
    const end = segmentOn(plan, out)?.end;
    const item = plan.hasDevice ? random.pick(['Mi-Fi dongle', 'Data SIM card']) : LOAN_ITEMS(random);
    const loan: DeviceLoan = { id: random.uuid(), item, out: isoFromDay(out), due: isoFromDay(due) };
    let back: number | undefined;
    if (end !== undefined && end < due) back = end + random.int(0, 14);
    else if (due >= today) back = random.chance(0.15) ? out + random.int(14, Math.max(14, today - 1 - out)) : undefined;
    else if (due >= today - 200) back = random.chance(0.5) ? due + random.int(-20, 20) : undefined;
    else back = due + random.int(-30, 40);
    if (back !== undefined) back = Math.min(Math.max(back, out + 7), today - 1);
    if (back !== undefined && back > out) loan.returned = isoFromDay(back);
    if (random.chance(0.3)) loan.note = random.pick(LOAN_NOTES);
    loans.push(loan);
    free = loan.returned === undefined ? Infinity : (dayFromIso(loan.returned) as DayNumber);
  }
  return loans;
}

function keyContactFor(random: Random, plan: MemberPlan, pool: readonly VolunteerActivity[], joined: DayNumber, firstActive: number): string | undefined {
  const p = plan.status === 'left' ? 0.3 : plan.status === 'referred' ? 0.2 : 0.55;
  if (pool.length === 0 || !random.chance(p)) return undefined;
  // Someone who was around when they joined (and, for people still with us, is still here).
  const day = plan.segments[0]?.start ?? joined;
  const current = plan.status !== 'left';
  const fits = (a: VolunteerActivity): boolean =>
    a.volunteer.id !== plan.volunteer?.id && (!current || a.volunteer.status === 'active') && isActiveOn(a.spans, day);
  let chosen: VolunteerActivity | undefined;
  if (day >= firstActive) {
    // Sampling first: the stress set has thousands of volunteers to look through per member.
    for (let i = 0; i < 40 && !chosen; i++) {
      const a = random.pick(pool);
      if (fits(a)) chosen = a;
    }
    if (!chosen) {
      const around = pool.filter(fits);
      if (around.length > 0) chosen = random.pick(around);
    }
  }
  chosen ??= random.pick(pool);
  return chosen.volunteer.id === plan.volunteer?.id ? undefined : chosen.volunteer.id;
}

/** For tests and the roster: is the member taking part on this day (in a segment, not on a break)? */
export function segmentOn(plan: MemberPlan, day: DayNumber): Segment | undefined {
  for (const s of plan.segments) if (s.start <= day && (s.end === undefined || day < s.end)) return s;
  return undefined;
}

export function onBreak(plan: MemberPlan, day: DayNumber): boolean {
  for (const [from, to] of plan.breaks) if (from <= day && day < to) return true;
  return false;
}
