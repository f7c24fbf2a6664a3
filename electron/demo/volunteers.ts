import { reviewedEveryTwoYears, type Consent } from '../../shared/domain/consents';
import { DEFAULT_ROLES, type RoleId } from '../../shared/domain/roles';
import {
  CONTACT_METHODS,
  MIN_VOLUNTEER_AGE,
  type ContactMethod,
  type MatchGender,
  type StatusChange,
  type Volunteer,
  type VolunteerStatus,
  type WorkforceType,
} from '../../shared/domain/volunteers';
import { ageInYears, dayFromIso, dayFromParts, daysInMonth, isoFromDay, partsFromDay, timestampOn, type DayNumber } from './calendar';
import { ELSEWHERE_RANGES, EmailBook, PhoneBook, type PhoneRange } from './contact';
import { pickAge, pickAvailability, pickGender, pickInterests, pickNotes } from './details';
import { HERITAGE_GROUPS, makeName, NAME_ORIGINS, type Gender, type HeritageGroup, type NameOrigin, type PersonName } from './names';
import { randomAddress, type AreaProfile, type District, type PostalAddress } from './places';
import { quotaList, weightedPicker, weightedSampler, type Random, type Weighted } from './random';
import { buildTimeline, type Timeline } from './timeline';

/**
 * Sample volunteers. A small set must still show every status, role, workforce type and a
 * spread of backgrounds, so those are dealt out as quotas first; everything else about a
 * person is drawn so that it hangs together (age and availability, contact details and
 * preferences, dates and history).
 */

/** Share of each status in a service that has kept records for years. */
const STATUS_WEIGHTS: Weighted<VolunteerStatus> = [
  ['enquiry', 5],
  ['applied', 3],
  ['interviewed', 3],
  ['references', 3],
  ['dbs', 4],
  ['training', 5],
  ['active', 45],
  ['paused', 7],
  ['left', 25],
];

const ROLE_WEIGHTS: Weighted<RoleId> = [
  ['group-facilitator', 30],
  ['peer-supporter', 30],
  ['peer-coach', 12],
  ['travel-buddy', 12],
  ['newsletter-helper', 8],
  ['admin', 8],
  ['trustee', 3],
];
/** Trustees are appointed by the board, not recruited through the volunteer pipeline. */
const APPLICANT_ROLE_WEIGHTS = ROLE_WEIGHTS.filter(([role]) => role !== 'trustee');
/** Paid and sessional peer workers are employed for support work, not admin or governance. */
const PAID_ROLE_WEIGHTS: Weighted<RoleId> = [
  ['group-facilitator', 35],
  ['peer-supporter', 35],
  ['peer-coach', 20],
  ['travel-buddy', 5],
];
const ROLE_ORDER = new Map<string, number>(DEFAULT_ROLES.map((r, i) => [r.id, i]));
const sampleRoles = weightedSampler(ROLE_WEIGHTS);
const sampleApplicantRoles = weightedSampler(APPLICANT_ROLE_WEIGHTS);
const samplePaidRoles = weightedSampler(PAID_ROLE_WEIGHTS);

const pickWorkforce = weightedPicker<WorkforceType>([
  ['voluntary', 84],
  ['sessional', 11],
  ['paid', 5],
]);

const MATCH_GENDER_OF: Readonly<Record<Gender, MatchGender>> = { f: 'woman', m: 'man', x: 'non-binary' };

const EARLY_STATUSES: ReadonlySet<VolunteerStatus> = new Set(['enquiry', 'applied']);

interface Plan {
  status: VolunteerStatus;
  origin: NameOrigin;
  role?: RoleId;
  workforce?: WorkforceType;
}

/** What generating one person draws on; shared with sample members so they look alike. */
export interface PeopleContext {
  random: Random;
  today: DayNumber;
  pickDistrict: (random: Random) => District;
  pickOrigin: (random: Random) => NameOrigin;
  phones: PhoneBook;
  emails: EmailBook;
  usedNames: Set<string>;
}

export interface GenerateVolunteersOptions {
  count: number;
  today: DayNumber;
  area: AreaProfile;
}

/** The area's name origins with their weights, checked against the name tables. */
export function originsOf(area: AreaProfile): [NameOrigin, number][] {
  const originsById = new Map(NAME_ORIGINS.map((o) => [o.id, o]));
  const areaOrigins: [NameOrigin, number][] = [];
  for (const [id, weight] of area.origins) {
    const origin = originsById.get(id);
    if (!origin) throw new Error(`Area ${area.id} names an unknown origin "${id}"`);
    areaOrigins.push([origin, weight]);
  }
  return areaOrigins;
}

export function generateVolunteers(random: Random, options: GenerateVolunteersOptions): Volunteer[] {
  const areaOrigins = originsOf(options.area);
  const ctx: PeopleContext = {
    random,
    today: options.today,
    pickDistrict: weightedPicker(options.area.districts),
    pickOrigin: weightedPicker(areaOrigins),
    phones: new PhoneBook(random),
    emails: new EmailBook(random),
    usedNames: new Set(),
  };
  const plans = makePlans(random, options.count, areaOrigins);
  const volunteers = plans.map((plan) => generateVolunteer(ctx, plan));
  // Stored in the order they were added, as a real data file would be. Sorting positions by
  // a numeric key is several times quicker than comparing 20,000 timestamp strings.
  const keys = new Float64Array(volunteers.length);
  volunteers.forEach((v, i) => {
    keys[i] = timestampKey(v.createdAt);
  });
  const order = Array.from({ length: volunteers.length }, (_, i) => i);
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return order.map((i) => volunteers[i] as Volunteer);
}

/** Seconds since 1970 for an ISO timestamp written by calendar.timestampOn. */
function timestampKey(iso: string): number {
  const day = dayFromIso(iso.slice(0, 10)) ?? 0;
  return day * 86400 + Number(iso.slice(11, 13)) * 3600 + Number(iso.slice(14, 16)) * 60 + Number(iso.slice(17, 19));
}

function makePlans(random: Random, count: number, areaOrigins: readonly (readonly [NameOrigin, number])[]): Plan[] {
  const statuses = quotaList(random, STATUS_WEIGHTS, count, 1);
  const groupWeights = new Map<HeritageGroup, number>();
  for (const [origin, weight] of areaOrigins) groupWeights.set(origin.group, (groupWeights.get(origin.group) ?? 0) + weight);
  const groups = quotaList(
    random,
    HERITAGE_GROUPS.map((g) => [g, groupWeights.get(g) ?? 0] as const),
    count,
    1,
  );
  const pickInGroup = new Map<HeritageGroup, (r: Random) => NameOrigin>();
  for (const group of HERITAGE_GROUPS) {
    const within = areaOrigins.filter(([o]) => o.group === group);
    if (within.length > 0) pickInGroup.set(group, weightedPicker(within));
  }
  const plans: Plan[] = statuses.map((status, i) => {
    const group = groups[i] as HeritageGroup;
    const pick = pickInGroup.get(group);
    if (!pick) throw new Error(`No names for group ${group}`);
    return { status, origin: pick(random) };
  });
  // Every role and workforce type shows up in even the smallest set, on active volunteers.
  const active = plans.filter((p) => p.status === 'active');
  DEFAULT_ROLES.forEach((role, i) => {
    const plan = active[i];
    if (plan) {
      plan.role = role.id;
      plan.workforce = 'voluntary';
    }
  });
  const sessional = active[DEFAULT_ROLES.length];
  const paid = active[DEFAULT_ROLES.length + 1];
  if (sessional) sessional.workforce = 'sessional';
  if (paid) paid.workforce = 'paid';
  return plans;
}

/**
 * Two people with the same full name make the duplicate warning fire on sample data, which
 * a coordinator trying the app would read as a bug. Small name pools can run out in the
 * stress set, so after a few tries a repeat is accepted.
 */
export function uniqueName(ctx: PeopleContext, origin: NameOrigin, gender: Gender): PersonName {
  const { random } = ctx;
  let name: PersonName | undefined;
  for (let attempt = 0; attempt < 6; attempt++) {
    name = makeName(random, origin, gender, {
      surnameOrigin: random.chance(0.07) ? ctx.pickOrigin(random) : undefined,
      hyphenWith: random.chance(0.04) ? ctx.pickOrigin(random) : undefined,
    });
    const key = `${name.firstName} ${name.lastName}`;
    if (!ctx.usedNames.has(key)) {
      ctx.usedNames.add(key);
      return name;
    }
  }
  return name as PersonName;
}

function generateVolunteer(ctx: PeopleContext, plan: Plan): Volunteer {
  const { random } = ctx;
  const { status, origin } = plan;
  const gender = pickGender(random);
  const name = uniqueName(ctx, origin, gender);

  const age = pickAge(random);
  const birth = birthDateFor(random, age, ctx.today);
  const sixteenth = dayFromParts(birth.year + MIN_VOLUNTEER_AGE, birth.month, birth.day);
  const timeline = buildTimeline(random, status, ctx.today, { age, maxDaysBack: ctx.today - sixteenth });
  const keepBirthDate = !random.chance(EARLY_STATUSES.has(status) ? 0.3 : 0.06);

  const district = ctx.pickDistrict(random);
  const address = addressFor(random, district, status);
  const contact = contactFor(ctx, name, age, district, birth.year);
  const workforceType = plan.workforce ?? (EARLY_STATUSES.has(status) ? (random.chance(0.97) ? 'voluntary' : 'sessional') : pickWorkforce(random));
  const roles = rolesFor(random, status, timeline.startDay !== undefined, workforceType, plan.role);
  const languages = languagesFor(random, origin);
  const availability = status === 'enquiry' && random.chance(0.4) ? [] : pickAvailability(random, age, workforceType !== 'voluntary');
  const interests = pickInterests(random, roles);
  const notes = pickNotes(random, { languages, interests, roles, pauseNote: timeline.pauseNote });
  const emergencyContact = random.chance(status === 'enquiry' ? 0.15 : status === 'applied' ? 0.4 : 0.9)
    ? emergencyContactFor(ctx, name.lastName, origin, gender, age, district)
    : {};

  const { statusHistory, createdAt, updatedAt } = historyFor(random, timeline, ctx.today);
  const id = random.uuid();

  const volunteer: Volunteer = {
    id,
    createdAt,
    updatedAt,
    firstName: name.firstName,
    lastName: name.lastName,
    preferredName: name.preferredName,
    pronouns: pronounsFor(random, gender),
    email: contact.email,
    phone: contact.phone,
    address,
    dateOfBirth: keepBirthDate ? birth.iso : undefined,
    emergencyContact,
    workforceType,
    roles,
    languages,
    availability,
    interests,
    startDate: timeline.startDay === undefined ? undefined : isoFromDay(timeline.startDay),
    notes,
    contactPreferences: contact.preferences,
    status,
    statusHistory,
    leftDate: timeline.leftDay === undefined ? undefined : isoFromDay(timeline.leftDay),
    leftReason: timeline.leftReason,
    // Kept only where they answered it (matching.ts); no draw here, so the people stay as they were.
    gender: MATCH_GENDER_OF[gender],
    consents: applicationConsents(id, contact.preferences, statusHistory[0]?.date, isoFromDay(ctx.today)),
  };
  return withoutAbsentFields(volunteer);
}

/**
 * Copies a complete record, leaving out absent optional fields: JSON has no undefined, so
 * this is what the store reloads. Named assignments in schema order keep the saved file
 * readable and the objects fast (deleting keys would push V8 into dictionary mode).
 */
function withoutAbsentFields(p: Volunteer): Volunteer {
  const v = { id: p.id, createdAt: p.createdAt, updatedAt: p.updatedAt, firstName: p.firstName, lastName: p.lastName } as Volunteer;
  if (p.preferredName !== undefined) v.preferredName = p.preferredName;
  if (p.pronouns !== undefined) v.pronouns = p.pronouns;
  if (p.email !== undefined) v.email = p.email;
  if (p.phone !== undefined) v.phone = p.phone;
  v.address = p.address;
  if (p.dateOfBirth !== undefined) v.dateOfBirth = p.dateOfBirth;
  v.emergencyContact = p.emergencyContact;
  if (p.notes !== undefined) v.notes = p.notes;
  v.workforceType = p.workforceType;
  v.roles = p.roles;
  v.languages = p.languages;
  v.availability = p.availability;
  v.interests = p.interests;
  if (p.startDate !== undefined) v.startDate = p.startDate;
  v.contactPreferences = p.contactPreferences;
  v.status = p.status;
  v.statusHistory = p.statusHistory;
  if (p.leftDate !== undefined) v.leftDate = p.leftDate;
  if (p.leftReason !== undefined) v.leftReason = p.leftReason;
  v.consents = p.consents;
  if (p.caseloadLimit !== undefined) v.caseloadLimit = p.caseloadLimit;
  if (p.gender !== undefined) v.gender = p.gender;
  return v;
}

const APPLICATION_CONSENTS: Partial<Record<ContactMethod, string>> = { email: 'Contact by email', text: 'Contact by text message' };

/**
 * The consents ticked on their application form, the day they first got in touch: email and
 * texts (the ways that need consent to send a newsletter or reminders). No draw, so the
 * people stay as they were; ids are made from theirs for the same reason.
 */
function applicationConsents(volunteerId: string, preferences: readonly ContactMethod[], date: string | undefined, today: string): Consent[] {
  if (date === undefined) return [];
  // Checked every two years since, as a charity that reviews consents does: a few are due now.
  const review = reviewedEveryTwoYears(date, today);
  return preferences.flatMap((method) => {
    const what = APPLICATION_CONSENTS[method];
    return what ? [{ id: `${volunteerId}-${method}`, what, date, how: 'written' as const, ...review }] : [];
  });
}

export interface BirthDate {
  iso: string;
  year: number;
  month: number;
  day: number;
}

export function birthDateFor(random: Random, age: number, today: DayNumber): BirthDate {
  const on = partsFromDay(today);
  const month = random.int(1, 12);
  // 29 February birthdays make ages jump oddly in non-leap years; leave them out of demo data.
  const day = random.int(1, month === 2 ? 28 : daysInMonth(2001, month));
  const birthdayStillToCome = month > on.month || (month === on.month && day > on.day);
  const year = on.year - age - (birthdayStillToCome ? 1 : 0);
  if (ageInYears({ year, month, day }, on) !== age) throw new Error('Birth date arithmetic is off');
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year, month, day };
}

function addressFor(random: Random, district: District, status: VolunteerStatus): PostalAddress {
  // Someone who has only enquired may have given no address yet, or just a postcode.
  if (status === 'enquiry' && random.chance(0.3)) {
    return random.chance(0.5) ? {} : { town: district.town, postcode: randomAddress(random, district).postcode };
  }
  return randomAddress(random, district);
}

export function landlineRange(district: District): PhoneRange {
  if (district.landline === 'sheffield') return 'sheffield';
  if (district.landline === 'london') return 'london';
  return 'national';
}

export interface ContactDetails {
  email?: string;
  phone?: string;
  preferences: ContactMethod[];
}

export function contactFor(ctx: PeopleContext, name: PersonName, age: number, district: District, birthYear: number): ContactDetails {
  const { random } = ctx;
  const mobileShare = age < 60 ? 0.95 : age < 75 ? 0.8 : 0.55;
  const emailShare = age < 60 ? 0.95 : age < 75 ? 0.8 : 0.55;
  let phone: string | undefined;
  let mobile = false;
  if (random.chance(0.94)) {
    mobile = random.chance(mobileShare);
    phone = ctx.phones.number(mobile ? 'mobile' : landlineRange(district));
  }
  let email = random.chance(emailShare) ? ctx.emails.address(name, birthYear) : undefined;
  if (phone === undefined && email === undefined) email = ctx.emails.address(name, birthYear);

  const count = random.chance(0.55) ? 1 : random.chance(0.8) ? 2 : 3;
  const preferences = preferenceSampler(email !== undefined, mobile, phone !== undefined, age)(random, count);
  preferences.sort((a, b) => CONTACT_METHODS.indexOf(a) - CONTACT_METHODS.indexOf(b));

  const details: ContactDetails = { preferences };
  if (email !== undefined) details.email = email;
  if (phone !== undefined) details.phone = phone;
  return details;
}

const preferenceSamplers = new Map<string, (random: Random, count: number) => ContactMethod[]>();

/** How someone likes to be contacted, among the ways they can be; older people lean to phone and post. */
function preferenceSampler(hasEmail: boolean, mobile: boolean, hasPhone: boolean, age: number): (random: Random, count: number) => ContactMethod[] {
  const band = age < 50 ? 0 : age < 60 ? 1 : age < 70 ? 2 : 3;
  const key = `${hasEmail}-${mobile}-${hasPhone}-${band}`;
  let sampler = preferenceSamplers.get(key);
  if (!sampler) {
    const options: [ContactMethod, number][] = [];
    if (hasEmail) options.push(['email', band < 2 ? 5 : 3]);
    if (mobile) options.push(['text', band === 0 ? 4 : 2]);
    if (hasPhone) options.push(['phone', band >= 2 ? 5 : 2]);
    options.push(['post', band === 3 ? 4 : 0.5]);
    sampler = weightedSampler(options);
    preferenceSamplers.set(key, sampler);
  }
  return sampler;
}

export function pronounsFor(random: Random, gender: Gender): string | undefined {
  if (gender === 'x') return random.chance(0.85) ? 'they/them' : 'they/she';
  if (!random.chance(0.3)) return undefined;
  if (gender === 'f') return random.chance(0.9) ? 'she/her' : 'she/they';
  return random.chance(0.9) ? 'he/him' : 'he/they';
}

function rolesFor(random: Random, status: VolunteerStatus, everActive: boolean, workforce: WorkforceType, forced: RoleId | undefined): RoleId[] {
  // Someone who has only enquired may not know yet what they would like to do.
  let count: number;
  if (status === 'enquiry') count = random.chance(0.3) ? 0 : 1;
  else if (!everActive) count = random.chance(0.75) ? 1 : 2;
  else count = random.chance(0.5) ? 1 : random.chance(0.75) ? 2 : 3;
  const sample = workforce !== 'voluntary' ? samplePaidRoles : everActive ? sampleRoles : sampleApplicantRoles;
  const roles = new Set<RoleId>(forced === undefined ? [] : [forced]);
  for (const role of sample(random, count)) {
    if (roles.size >= Math.max(count, 1)) break;
    roles.add(role);
  }
  return [...roles].sort((a, b) => (ROLE_ORDER.get(a) ?? 99) - (ROLE_ORDER.get(b) ?? 99));
}

const LEARNT_LANGUAGES = ['French', 'Spanish', 'German', 'Italian'];

export function languagesFor(random: Random, origin: NameOrigin): string[] {
  const languages = ['English'];
  for (const [language, probability] of origin.languages) {
    if (random.chance(probability) && !languages.includes(language)) languages.push(language);
  }
  if (origin.group === 'english' && random.chance(0.04)) languages.push(random.pick(LEARNT_LANGUAGES));
  if (random.chance(0.03)) languages.push('British Sign Language');
  return languages;
}

type Relationship = 'Partner' | 'Wife' | 'Husband' | 'Mother' | 'Father' | 'Daughter' | 'Son' | 'Sister' | 'Brother' | 'Friend' | 'Neighbour' | 'Niece';

const RELATIONSHIPS_YOUNG = weightedPicker<Relationship>([
  ['Mother', 4], ['Father', 2], ['Partner', 3], ['Sister', 1.5], ['Brother', 1], ['Friend', 2],
]);
const RELATIONSHIPS_MIDDLE = weightedPicker<Relationship>([
  ['Partner', 6], ['Wife', 1.5], ['Husband', 1.5], ['Mother', 1.5], ['Sister', 1.5], ['Brother', 1], ['Friend', 2], ['Daughter', 0.5],
]);
const RELATIONSHIPS_OLDER = weightedPicker<Relationship>([
  ['Partner', 3], ['Wife', 1.5], ['Husband', 1.5], ['Daughter', 4], ['Son', 3], ['Friend', 2], ['Neighbour', 1.5], ['Niece', 0.5], ['Sister', 1],
]);

const FEMALE_RELATIONS: ReadonlySet<Relationship> = new Set(['Wife', 'Mother', 'Daughter', 'Sister', 'Niece']);
const MALE_RELATIONS: ReadonlySet<Relationship> = new Set(['Husband', 'Father', 'Son', 'Brother']);
/** Chance a relative shares the volunteer's surname. */
const SHARED_SURNAME: Partial<Record<Relationship, number>> = {
  Partner: 0.4, Wife: 0.6, Husband: 0.6, Mother: 0.7, Father: 0.85, Daughter: 0.5, Son: 0.85, Sister: 0.6, Brother: 0.85, Niece: 0.3,
};

/** The form of a shared surname for the relative's gender (Kowalska's brother is Kowalski). */
function familySurname(lastName: string, origin: NameOrigin, gender: 'f' | 'm'): string {
  for (const s of origin.rareSurnames ? [...origin.surnames, ...origin.rareSurnames] : origin.surnames) {
    if (typeof s !== 'string' && (s[0] === lastName || s[1] === lastName)) return gender === 'm' ? s[0] : s[1];
  }
  return lastName;
}

const SPOUSES: ReadonlySet<Relationship> = new Set(['Wife', 'Husband', 'Partner']);

export function emergencyContactFor(
  ctx: PeopleContext,
  lastName: string,
  origin: NameOrigin,
  volunteerGender: Gender,
  age: number,
  district: District,
): Volunteer['emergencyContact'] {
  const { random } = ctx;
  let relationship = (age < 30 ? RELATIONSHIPS_YOUNG : age < 60 ? RELATIONSHIPS_MIDDLE : RELATIONSHIPS_OLDER)(random);
  let gender: 'f' | 'm' = FEMALE_RELATIONS.has(relationship) ? 'f' : MALE_RELATIONS.has(relationship) ? 'm' : random.chance(0.55) ? 'f' : 'm';
  if (SPOUSES.has(relationship) && volunteerGender !== 'x') {
    // Mostly opposite-sex couples, some same-sex, roughly as in the population.
    gender = random.chance(0.9) ? (volunteerGender === 'f' ? 'm' : 'f') : volunteerGender;
    if (relationship !== 'Partner') relationship = gender === 'f' ? 'Wife' : 'Husband';
  }
  const family = relationship !== 'Friend' && relationship !== 'Neighbour';
  const contactOrigin = family && (relationship !== 'Partner' || random.chance(0.7)) ? origin : ctx.pickOrigin(random);
  const person = makeName(random, contactOrigin, gender);
  const shares = SHARED_SURNAME[relationship] ?? 0;
  const surname = random.chance(shares) ? familySurname(lastName, origin, gender) : person.lastName;
  const roll = random.next();
  let range: PhoneRange = 'mobile';
  if (roll > 0.9) range = origin.group === 'welsh' && random.chance(0.5) ? 'cardiff' : random.pick(ELSEWHERE_RANGES);
  else if (roll > 0.8) range = landlineRange(district);
  return {
    name: `${person.preferredName ?? person.firstName} ${surname}`,
    relationship,
    phone: ctx.phones.number(range),
  };
}

interface History {
  statusHistory: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

function historyFor(random: Random, timeline: Timeline, today: DayNumber): History {
  const statusHistory: StatusChange[] = timeline.steps.map((s) => {
    // Office hours in UTC; a coordinator records a change the day it happens.
    const recordedAt = timestampOn(s.day, random.int(8 * 60 + 30, 17 * 60), random.int(0, 59));
    // Keys in schema order, so a record parsed and saved again is byte-for-byte the same.
    const change = { status: s.status, date: isoFromDay(s.day) } as StatusChange;
    if (s.note !== undefined) change.note = s.note;
    if (s.reason !== undefined) change.reason = s.reason;
    change.recordedAt = recordedAt;
    return change;
  });
  const first = statusHistory[0];
  const last = statusHistory[statusHistory.length - 1];
  const lastStep = timeline.steps[timeline.steps.length - 1];
  if (!first || !last || !lastStep) throw new Error('A volunteer needs at least one status');
  let updatedAt = last.recordedAt;
  // Some records were edited later (a new phone number, an updated note).
  if (lastStep.day < today - 1 && random.chance(0.25)) {
    const editDay = lastStep.day + random.int(1, today - 1 - lastStep.day);
    updatedAt = timestampOn(editDay, random.int(8 * 60 + 30, 17 * 60), random.int(0, 59));
  }
  return { statusHistory, createdAt: first.recordedAt, updatedAt };
}
