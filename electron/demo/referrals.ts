import { DEFAULT_REFERRAL_TARGET_DAYS, type Referral, type ReferralOutcome, type ReferralSource } from '../../shared/domain/referrals';
import { isoFromDay, timestampOn, type DayNumber } from './calendar';
import { pickGender } from './details';
import type { MemberPlan } from './members';
import { randomPostcode, type DemoArea } from './places';
import { weightedPicker, type Random } from './random';
import { birthDateFor, landlineRange, uniqueName, type PeopleContext } from './volunteers';

/**
 * Referrals: where members came from and how long they waited. Every member who came
 * through the referral pipeline has one (accepted once they became active, withdrawn if they
 * dropped out, still open while they are being contacted or assessed), and some referrals
 * never became members at all: declined as not right for peer support, or withdrawn. A few
 * open ones are past the 35-day target, so the dashboard has something to warn about.
 */

const TRUSTS: Readonly<Record<DemoArea, string>> = {
  sheffield: 'Sheffield Health and Social Care NHS Foundation Trust',
  sutton: 'South West London and St George’s Mental Health NHS Trust',
  'south-london': 'South London and Maudsley NHS Foundation Trust',
};
const TEAMS = ['Community Mental Health Team', 'Home Treatment Team', 'Older Adults Community Mental Health Team', 'Early Intervention in Psychosis team', 'Acute ward discharge team'];
const OTHER_ORGANISATIONS = ['Citizens Advice', 'Age UK', 'Carers Centre', 'Recovery College', 'Housing support service', 'Jobcentre Plus (work coach)', 'NHS Talking Therapies'];
const PRACTICE_SUFFIXES = ['Medical Centre', 'Surgery', 'Health Centre', 'Medical Practice'];

const REASONS: Readonly<Record<ReferralSource, readonly string[]>> = {
  self: [
    'Saw a leaflet at the library; feeling isolated since retiring.',
    'Wants to meet people who understand anxiety.',
    'A friend comes to one of the groups and suggested it.',
    'Lonely since moving to the area.',
    'Has been struggling with low mood and would like to try a group.',
  ],
  gp: [
    'Low mood and isolation; GP suggests a peer group alongside medication.',
    'Anxiety and panic attacks; on the waiting list for talking therapy.',
    'Bereavement last year; feeling very alone.',
    'Long-term depression; would benefit from regular social contact.',
  ],
  'social-prescriber': [
    'Isolated, with few social contacts. Interested in groups and walking.',
    'Lost confidence after a period of ill health; wants to build a routine.',
    'Recently retired with low mood; keen on creative activities.',
  ],
  'mental-health-trust': [
    'Recently discharged from the ward; peer support to help the move home.',
    'Hears voices; interested in the hearing voices group.',
    'Under the community team; would benefit from peer support between appointments.',
    'Older adult with moderate depression; referral for 50–75 peer support.',
  ],
  'other-organisation': [
    'Referred by their housing support worker; isolated and anxious.',
    'Carer for a family member; needs support for themselves.',
    'Finished a Recovery College course; wants ongoing peer support.',
  ],
};

const DECLINED = [
  'Under 18: signposted to the young people’s service.',
  'Lives outside the area we cover; passed to the local service.',
  'Needs more support than peer support can offer; referred back to the GP with a note.',
  'In crisis at the time: passed to the crisis team, with consent.',
];
const WITHDRAWN = ['Could not reach after three attempts', 'Person decided not to go ahead', 'Referrer withdrew the referral: person has moved'];

const pickSource = weightedPicker<ReferralSource>([
  ['self', 32],
  ['gp', 20],
  ['social-prescriber', 20],
  ['mental-health-trust', 18],
  ['other-organisation', 10],
]);

export interface ReferralOptions {
  today: DayNumber;
  historyDays: number;
  area: DemoArea;
  plans: readonly MemberPlan[];
  firstPlace: ReadonlyMap<string, { groupId: string; joined: DayNumber }>;
  /** Names and numbers, shared with members so nobody is given someone else's. */
  people: PeopleContext;
  /** Referrals that never became members, as a share of the rest. */
  extraShare: number;
  /** How many open referrals to add beyond the target wait, whatever the members give. */
  overTarget: number;
}

type Referrer = Referral['referrer'];

function referrerFor(random: Random, source: ReferralSource, ctx: PeopleContext, area: DemoArea): Referrer {
  if (source === 'self') return random.chance(0.3) ? { contact: 'Phoned the office' } : random.chance(0.5) ? { contact: 'Website form' } : {};
  const district = ctx.pickDistrict(random);
  const person = uniqueNameless(random, ctx);
  const phone = ctx.phones.number(landlineRange(district));
  const email = `${person.first.toLowerCase().replace(/[^a-z]/g, '')}.${person.last.toLowerCase().replace(/[^a-z]/g, '')}@example.org`;
  switch (source) {
    case 'gp':
      return {
        name: `Dr ${person.last}`,
        organisation: `${random.chance(0.5) ? district.locality : random.pick(district.streets).replace(/ (Road|Street|Lane|Avenue)$/, '')} ${random.pick(PRACTICE_SUFFIXES)}`,
        contact: phone,
      };
    case 'social-prescriber':
      return { name: `${person.first} ${person.last}`, organisation: `${district.locality} Primary Care Network (social prescribing)`, contact: random.chance(0.5) ? email : phone };
    case 'mental-health-trust':
      return { name: `${person.first} ${person.last}`, organisation: `${TRUSTS[area]}, ${random.pick(TEAMS)}`, contact: random.chance(0.6) ? email : phone };
    case 'other-organisation':
      return { name: `${person.first} ${person.last}`, organisation: `${random.pick(OTHER_ORGANISATIONS)}, ${district.town}`, contact: random.chance(0.5) ? email : phone };
  }
}

/** A referrer's name: not a member, so not added to the names kept apart for duplicates. */
function uniqueNameless(random: Random, ctx: PeopleContext): { first: string; last: string } {
  const origin = ctx.pickOrigin(random);
  const name = uniqueName({ ...ctx, usedNames: new Set() }, origin, random.chance(0.6) ? 'f' : 'm');
  return { first: name.preferredName ?? name.firstName, last: name.lastName };
}

const office = (random: Random, day: DayNumber): string => timestampOn(day, random.int(9 * 60, 17 * 60), random.int(0, 59));

export function generateReferrals(random: Random, options: ReferralOptions): Referral[] {
  const { today, plans, people, area } = options;
  const yesterday = today - 1;
  const referrals: Referral[] = [];

  for (const plan of plans) {
    if (plan.route === 'walk-in' || plan.steps[0]?.status !== 'referred') continue;
    const source = plan.route;
    const received = plan.steps[0].day;
    const contacted = plan.steps.find((s) => s.status === 'contacted')?.day;
    const assessed = plan.steps.find((s) => s.status === 'assessed')?.day;
    const active = plan.steps.find((s) => s.status === 'active')?.day;
    const left = plan.steps.find((s) => s.status === 'left');
    let outcome: ReferralOutcome = 'open';
    let outcomeDay: DayNumber | undefined;
    let outcomeReason: string | undefined;
    if (active !== undefined) {
      outcome = 'accepted';
      outcomeDay = active;
    } else if (left) {
      outcomeDay = left.day;
      if (left.reason?.startsWith('Needs better met')) {
        outcome = 'declined';
        outcomeReason = 'Needs better met by another service; signposted with their agreement.';
      } else {
        outcome = 'withdrawn';
        outcomeReason = left.reason;
      }
    }
    const person: Referral['person'] = { firstName: plan.name.firstName, lastName: plan.name.lastName };
    if (plan.phone !== undefined && random.chance(0.95)) person.phone = plan.phone;
    if (plan.email !== undefined && random.chance(source === 'self' ? 0.8 : 0.4)) person.email = plan.email;
    if (plan.keepBirthDate && random.chance(source === 'self' ? 0.5 : 0.9)) person.dateOfBirth = plan.birth.iso;
    if (plan.address.postcode !== undefined) person.postcode = plan.address.postcode;
    const r = start(random, received, source, person, plan.id, area, people);
    if (contacted !== undefined) r.contactedDate = isoFromDay(contacted);
    if (assessed !== undefined) r.assessedDate = isoFromDay(assessed);
    finish(r, outcome, outcomeDay, outcomeReason);
    const place = options.firstPlace.get(plan.id);
    if (outcome === 'accepted' && place && place.joined === active) r.placedInGroupId = place.groupId;
    r.updatedAt = office(random, Math.max(received, contacted ?? 0, assessed ?? 0, outcomeDay ?? 0));
    referrals.push(r);
  }

  // Referrals that never became members.
  const extra = Math.round(referrals.length * options.extraShare);
  const earliest = today - options.historyDays;
  for (let i = 0; i < extra + options.overTarget; i++) {
    const overTarget = i >= extra;
    const roll = random.next();
    const outcome: ReferralOutcome = overTarget ? 'open' : roll < 0.55 ? 'declined' : roll < 0.85 ? 'withdrawn' : 'open';
    const received = overTarget ? today - random.int(DEFAULT_REFERRAL_TARGET_DAYS + 2, 60) : outcome === 'open' ? today - random.int(1, 14) : earliest + random.int(0, today - earliest - 10);
    const source = pickSource(random);
    const person = newPerson(random, people, received);
    const r = start(random, received, source, person, undefined, area, people);
    let last = received;
    if (overTarget || outcome !== 'open' || random.chance(0.4)) {
      const contacted = Math.min(yesterday, received + random.int(1, 8));
      r.contactedDate = isoFromDay(contacted);
      last = contacted;
    }
    if (outcome === 'declined' && random.chance(0.5)) {
      const assessed = Math.min(yesterday, last + random.int(3, 25));
      r.assessedDate = isoFromDay(assessed);
      last = assessed;
    }
    if (outcome === 'open') {
      finish(r, 'open', undefined, undefined);
    } else {
      const day = Math.min(yesterday, last + random.int(1, 20));
      finish(r, outcome, day, outcome === 'declined' ? random.pick(DECLINED) : random.pick(WITHDRAWN));
      last = day;
    }
    r.updatedAt = office(random, last);
    referrals.push(r);
  }
  const order = referrals.map((_, i) => i).sort((a, b) => cmp((referrals[a] as Referral).createdAt, (referrals[b] as Referral).createdAt) || a - b);
  return order.map((i) => referrals[i] as Referral);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function start(random: Random, received: DayNumber, source: ReferralSource, person: Referral['person'], memberId: string | undefined, area: DemoArea, people: PeopleContext): Referral {
  const createdAt = office(random, received);
  const r = { id: random.uuid(), createdAt, updatedAt: createdAt, receivedDate: isoFromDay(received), source, referrer: referrerFor(random, source, people, area), person } as Referral;
  if (memberId !== undefined) r.memberId = memberId;
  if (random.chance(0.9)) r.reason = random.pick(REASONS[source]);
  r.targetWaitDays = source === 'mental-health-trust' && random.chance(0.15) ? 28 : DEFAULT_REFERRAL_TARGET_DAYS;
  return r;
}

/** Outcome fields after the dates, in schema order. */
function finish(r: Referral, outcome: ReferralOutcome, day: DayNumber | undefined, reason: string | undefined): void {
  r.outcome = outcome;
  if (day !== undefined) r.outcomeDate = isoFromDay(day);
  if (reason !== undefined) r.outcomeReason = reason;
}

function newPerson(random: Random, ctx: PeopleContext, received: DayNumber): Referral['person'] {
  const origin = ctx.pickOrigin(random);
  const gender = pickGender(random);
  const name = uniqueName(ctx, origin, gender);
  const person: Referral['person'] = { firstName: name.firstName, lastName: name.lastName };
  if (random.chance(0.9)) person.phone = ctx.phones.number(random.chance(0.8) ? 'mobile' : landlineRange(ctx.pickDistrict(random)));
  if (random.chance(0.4)) person.email = ctx.emails.address(name);
  if (random.chance(0.6)) person.dateOfBirth = birthDateFor(random, random.int(18, 88), received).iso;
  if (random.chance(0.8)) person.postcode = randomPostcode(random, ctx.pickDistrict(random).outward);
  return person;
}
