import { AVAILABILITY_SLOTS, type AvailabilitySlot } from '../../shared/domain/volunteers';
import { weightedPicker, weightedSampler, type Random, type Weighted } from './random';

/**
 * The softer parts of a sample volunteer: what they enjoy, when they are free and the notes
 * a coordinator jots down. Matching volunteers to members by interests and availability is
 * a core task, so these need enough variety and overlap to make matching interesting.
 */

export const INTERESTS: Weighted<string> = [
  ['walking', 12], ['gardening', 10], ['befriending', 9], ['cooking', 8], ['reading', 8],
  ['art', 7], ['music', 7], ['crafts', 6], ['IT help', 5], ['baking', 5],
  ['mindfulness', 5], ['knitting', 4], ['photography', 4], ['football', 4], ['board games', 4],
  ['singing', 4], ['creative writing', 4], ['film', 4], ['yoga', 3], ['local history', 3],
  ['cycling', 3], ['birdwatching', 3], ['quizzes', 3], ['swimming', 3], ['sewing', 3],
  ['allotments', 3], ['dog walking', 3], ['fishing', 2], ['DIY', 2], ['theatre', 2],
  ['dance', 2], ['poetry', 2], ['chess', 2], ['tai chi', 2], ['cricket', 2],
  ['languages', 2], ['bowls', 1], ['wild swimming', 1], ['driving', 2],
];

/** Interests that go with a role, added often enough that matching by role makes sense. */
const ROLE_INTERESTS: Readonly<Record<string, string>> = {
  'travel-buddy': 'walking',
  'newsletter-helper': 'creative writing',
  admin: 'IT help',
  'peer-coach': 'befriending',
};

const sampleInterests = weightedSampler(INTERESTS);

export function pickInterests(random: Random, roles: readonly string[]): string[] {
  const chosen = sampleInterests(random, random.int(2, 5));
  for (const role of roles) {
    const extra = ROLE_INTERESTS[role];
    if (extra !== undefined && !chosen.includes(extra) && random.chance(0.5)) chosen.push(extra);
  }
  return chosen;
}

type Pattern = 'retired' | 'working' | 'part-time' | 'student' | 'office-hours';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const WEEKEND = ['sat', 'sun'] as const;

function slots(days: readonly string[], parts: readonly string[]): AvailabilitySlot[] {
  return AVAILABILITY_SLOTS.filter((s) => {
    const [day, part] = s.split('-');
    return days.includes(day ?? '') && parts.includes(part ?? '');
  });
}

const WEEKDAY_DAYTIME = slots(WEEKDAYS, ['morning', 'afternoon']);
const WEEKDAY_EVENINGS = slots(WEEKDAYS, ['evening']);
const WEEKEND_DAYTIME = slots(WEEKEND, ['morning', 'afternoon']);
const ALL_WEEKDAY = slots(WEEKDAYS, ['morning', 'afternoon', 'evening']);
const AFTERNOONS_EVENINGS = slots([...WEEKDAYS, ...WEEKEND], ['afternoon', 'evening']);
const SLOT_ORDER = new Map(AVAILABILITY_SLOTS.map((s, i) => [s, i]));

function patternFor(random: Random, age: number, paidWork: boolean): Pattern {
  if (paidWork) return 'office-hours';
  if (age >= 66) return random.chance(0.9) ? 'retired' : 'part-time';
  if (age <= 24) return random.chance(0.6) ? 'student' : 'working';
  if (age >= 58) return random.chance(0.45) ? 'retired' : random.chance(0.5) ? 'part-time' : 'working';
  return random.chance(0.6) ? 'working' : 'part-time';
}

/** When someone can volunteer, shaped by the week they are likely to have at their age. */
export function pickAvailability(random: Random, age: number, paidWork: boolean): AvailabilitySlot[] {
  const pattern = patternFor(random, age, paidWork);
  let chosen: AvailabilitySlot[];
  switch (pattern) {
    case 'retired':
      chosen = random.sample(WEEKDAY_DAYTIME, random.int(2, 6));
      if (random.chance(0.2)) chosen.push(random.pick(WEEKEND_DAYTIME));
      break;
    case 'working':
      chosen = [...random.sample(WEEKDAY_EVENINGS, random.int(1, 3)), ...random.sample(WEEKEND_DAYTIME, random.int(1, 3))];
      break;
    case 'part-time':
      chosen = random.sample(ALL_WEEKDAY, random.int(2, 5));
      if (random.chance(0.3)) chosen.push(random.pick(WEEKEND_DAYTIME));
      break;
    case 'student':
      chosen = random.sample(AFTERNOONS_EVENINGS, random.int(2, 5));
      break;
    case 'office-hours':
      chosen = random.sample(WEEKDAY_DAYTIME, random.int(4, 8));
      break;
  }
  chosen.sort((a, b) => (SLOT_ORDER.get(a) ?? 0) - (SLOT_ORDER.get(b) ?? 0));
  // A weekend slot added on top may repeat one already drawn.
  return chosen.filter((slot, i) => i === 0 || slot !== chosen[i - 1]);
}

const GENERAL_NOTES = [
  'Prefers to be contacted after 5pm.',
  'Happy to cover groups at short notice.',
  'Uses a wheelchair; needs step-free venues.',
  'Has lived experience of hearing voices and would like to co-facilitate the hearing voices group.',
  'Interested in becoming a paid peer worker in future.',
  'Completed the 10-session intentional peer support course.',
  'Referred to volunteering by their social prescriber.',
  'Not comfortable with online groups; in-person only.',
  'Available in school term-times only.',
  'Would like to write for the newsletter.',
  'Former member of the Tuesday peer group.',
  'Prefers groups they can reach by tram or bus.',
];

const DRIVER_NOTE = 'Drives; business insurance checked for mileage claims.';
const IT_NOTE = 'Can help members set up video calls and tablets.';

export interface NoteFacts {
  languages: readonly string[];
  interests: readonly string[];
  roles: readonly string[];
  pauseNote?: string;
}

/** The free-text notes on a record: always the reason for a break, otherwise only sometimes. */
export function pickNotes(random: Random, facts: NoteFacts): string | undefined {
  const parts: string[] = [];
  if (facts.pauseNote !== undefined) parts.push(facts.pauseNote);
  if (random.chance(0.2)) parts.push(random.pick(GENERAL_NOTES));
  const other = facts.languages.find((l) => l !== 'English' && l !== 'British Sign Language');
  if (other !== undefined && random.chance(0.2)) parts.push(`Speaks ${other}; happy to support members who prefer it.`);
  if (facts.languages.includes('British Sign Language') && random.chance(0.6)) parts.push('Has BSL Level 2.');
  if (facts.roles.includes('travel-buddy') && random.chance(0.3)) parts.push(DRIVER_NOTE);
  if (facts.interests.includes('IT help') && random.chance(0.3)) parts.push(IT_NOTE);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export const pickGender = weightedPicker<'f' | 'm' | 'x'>([
  ['f', 60],
  ['m', 36],
  ['x', 4],
]);

/** Age today. Peer support draws many people in later life, as the seed services show. */
const pickAgeBand = weightedPicker<readonly [number, number]>([
  [[18, 24], 8],
  [[25, 34], 14],
  [[35, 44], 15],
  [[45, 54], 17],
  [[55, 64], 20],
  [[65, 74], 18],
  [[75, 82], 8],
]);

export function pickAge(random: Random): number {
  const [lo, hi] = pickAgeBand(random);
  return random.int(lo, hi);
}
