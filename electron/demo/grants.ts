import type { Grant } from '../../shared/domain/grants';
import { DEFAULT_AGE_BANDS } from '../../shared/domain/grants';
import type { Group } from '../../shared/domain/groups';
import type { Member } from '../../shared/domain/members';
import type { Referral } from '../../shared/domain/referrals';
import { computeReportFigures, type ReportFigures } from '../../shared/domain/report-figures';
import type { ReportProgrammes } from '../../shared/domain/report-programmes';
import type { SessionRecord } from '../../shared/domain/sessions';
import type { Settings } from '../../shared/domain/settings';
import { dayFromIso, timestampOn } from './calendar';
import type { Random } from './random';

/**
 * Grants in the sample data, so "Reports" has something real to report on from a fresh
 * start: a three-year lottery-style grant for some peer groups and the drop-in, reported
 * yearly, whose first two years are over; and a one-year local grant for the social and
 * online groups, reported quarterly; and a one-year health partnership grant for peer coaching
 * and one-to-one peer support, reported yearly. Dates follow "today" (Year 3 of the big grant is always
 * the current one) so a yearly report is ready to make whatever day the data is loaded.
 *
 * The funders are made up. Targets are set from what the groups did in the grant's first
 * year, scaled to the whole grant, as a charity would have written them in its application;
 * so the targets table reads like a real one (on track, a little behind here and there)
 * rather than 3% or 900%.
 */

export interface DemoGrantsInput {
  today: string;
  settings: Settings;
  groups: readonly Group[];
  members: readonly Member[];
  referrals: readonly Referral[];
  sessions: readonly SessionRecord[];
  /** The programmes, so a grant can fund one-to-one work. */
  programmes?: ReportProgrammes;
}

const LOTTERY_OUTCOMES = [
  'People who come to the groups feel less isolated and more connected to others',
  'People feel more able to manage their mental health day to day',
  'Volunteers with lived experience gain skills and confidence, and some move on to training or work',
];

const LOTTERY_CASE_STUDIES = [
  {
    title: 'Finding people who understand',
    text: [
      'M (not her real name) is in her fifties. Her GP referred her to us after a long stretch off work with depression; she told us she had not spoken to anyone outside her family for months.',
      'She came to her first peer group with a volunteer she had met at her assessment, and for the first few weeks mostly listened. By the spring she was coming every week, and she now brings the biscuits and welcomes new people at the door.',
      'In her words: “Nobody here tries to fix me. They just get it, because they have been there too.”',
      '- She has gone back to work two days a week',
      '- She now meets two people from the group for a walk on Saturdays',
    ].join('\n'),
  },
  {
    title: 'From member to volunteer',
    text: [
      'D (not his real name) first came to the drop-in three years ago, shortly after leaving hospital. He described himself as “just about coping”.',
      'With the support of the group he began to plan his week again. Last year he asked about volunteering, completed our peer support training, and now co-facilitates a group with one of our experienced volunteers.',
      'D says the training gave him the confidence to share his own story “in a way that helps someone else, not just me”. He is now thinking about applying for a paid peer support worker role.',
    ].join('\n'),
  },
];

const LOCAL_CASE_STUDY = {
  title: 'Staying connected online',
  text: [
    'A (not her real name) cares for her husband and can rarely leave the house in the evenings. She joined the online peer group after a carers’ centre worker told her about it.',
    'She says the group is “the one hour a week that is just for me”, and she now also comes to the monthly social when her daughter can sit with her husband.',
  ].join('\n'),
};

/** Rounded up to two significant figures, as targets in a funding application are. */
function niceTarget(n: number): number {
  if (n <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / step) * step;
}

function isoYearMonth(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function createdBefore(startDate: string, random: Random): string {
  const day = dayFromIso(startDate)! - random.int(10, 40);
  return timestampOn(day, random.int(9 * 60, 16 * 60), random.int(0, 59));
}

/** Groups that met throughout a grant: not archived, and started before it. */
function runningThrough(groups: readonly Group[], startDate: string): Group[] {
  return groups.filter((g) => !g.archived && g.schedule.startDate < startDate && (g.schedule.endDate === undefined || g.schedule.endDate > startDate));
}

function figuresFor(input: DemoGrantsInput, grant: Grant, from: string, to: string): ReportFigures {
  return computeReportFigures({
    organisationName: input.settings.organisationName,
    grant,
    period: { from, to, label: '' },
    members: input.members,
    referrals: input.referrals,
    groups: input.groups,
    sessions: input.sessions,
    prepMinutes: input.settings.prepMinutes,
    rates: input.settings.rates,
    rateName: input.settings.volunteerRateName,
    suppressSmallNumbers: input.settings.suppressSmallNumbers,
    ...(input.programmes ? { programmes: input.programmes } : {}),
  });
}

/** Targets for the whole grant from one year of delivery: `years` of it, with a little stretch. */
function targetsFrom(f: ReportFigures, years: number): Grant['targets'] {
  const c = f.counts;
  return {
    // People keep coming back, so a grant reaches this year's people plus each later year's new ones.
    people: niceTarget((c.people + (years - 1) * c.newPeople) * 1.05),
    newPeople: niceTarget(c.newPeople * years * 1.05),
    sessions: niceTarget(c.sessionsHeld * years * 1.02),
    attendances: niceTarget(c.attendances * years * 1.05),
    volunteerHours: niceTarget((c.volunteerMinutes / 60) * years * 1.05),
  };
}

export function generateGrants(random: Random, input: DemoGrantsInput): Grant[] {
  const [year, month] = input.today.split('-').map(Number) as [number, number];
  // The financial year (April to March) today falls in; the big grant began two years before it.
  const fyStart = month >= 4 ? year : year - 1;
  const grants: Grant[] = [];

  // ----- a three-year lottery-style grant, reported yearly ------------------------------
  const start = isoYearMonth(fyStart - 2, 4, 1);
  const end = isoYearMonth(fyStart + 1, 3, 31);
  const eligible = runningThrough(input.groups, start);
  const peer = eligible.filter((g) => g.kind === 'peer-group');
  const dropIns = eligible.filter((g) => g.kind === 'drop-in');
  // About a third of the groups (at least four): mostly peer groups, and a drop-in if there is one.
  const count = Math.max(4, Math.round(eligible.length * 0.3));
  const funded = [...dropIns.slice(0, 1), ...peer].slice(0, count);
  if (funded.length > 0) {
    const createdAt = createdBefore(start, random);
    const lottery: Grant = {
      id: `demo-grant-${random.int(100000, 999999)}`,
      createdAt,
      updatedAt: createdAt,
      funder: 'The Community Lottery Fund',
      name: 'Peer support for everyone',
      // About £37,000 a group over three years, rounded to £500 as awards are.
      amountPence: Math.round((funded.length * 37_375) / 500) * 500 * 100,
      startDate: start,
      endDate: end,
      frequency: 'yearly',
      groupIds: funded.map((g) => g.id),
      referralScope: 'funded-groups',
      targets: {},
      outcomes: LOTTERY_OUTCOMES,
      ageBands: [...DEFAULT_AGE_BANDS],
      caseStudies: LOTTERY_CASE_STUDIES.map((c) => ({ id: `demo-case-${random.int(100000, 999999)}`, ...c, createdAt, updatedAt: createdAt })),
      reports: [],
      notes: `Sample data: a made-up funder. Grant reference CLF/${fyStart - 2}/0173.`,
    };
    lottery.targets = targetsFrom(figuresFor(input, lottery, start, isoYearMonth(fyStart - 1, 3, 31)), 3);
    grants.push(lottery);
  }

  // ----- a one-year local grant for the social and online groups, reported quarterly ----
  const localStart = isoYearMonth(month >= 4 ? year : year - 1, 1, 1);
  const localEnd = isoYearMonth(Number(localStart.slice(0, 4)), 12, 31);
  const connecting = runningThrough(input.groups, localStart).filter((g) => g.kind === 'social' || g.kind === 'online');
  if (connecting.length > 0) {
    const createdAt = createdBefore(localStart, random);
    const local: Grant = {
      id: `demo-grant-${random.int(100000, 999999)}`,
      createdAt,
      updatedAt: createdAt,
      funder: 'Community Wellbeing Foundation',
      name: 'Staying connected',
      amountPence: 980_000,
      startDate: localStart,
      endDate: localEnd,
      frequency: 'quarterly',
      groupIds: connecting.slice(0, 3).map((g) => g.id),
      referralScope: 'funded-groups',
      targets: {},
      outcomes: ['People who find it hard to get out stay in touch with others every month'],
      ageBands: [{ from: 18, to: 49 }, { from: 50, to: 64 }, { from: 65, to: 79 }, { from: 80 }],
      caseStudies: [{ id: `demo-case-${random.int(100000, 999999)}`, ...LOCAL_CASE_STUDY, createdAt, updatedAt: createdAt }],
      reports: [],
    };
    // A one-year grant's targets, from the year before it (the groups' track record).
    const before = figuresFor(input, { ...local, startDate: isoYearMonth(Number(localStart.slice(0, 4)) - 1, 1, 1) }, isoYearMonth(Number(localStart.slice(0, 4)) - 1, 1, 1), isoYearMonth(Number(localStart.slice(0, 4)) - 1, 12, 31));
    const { people, sessions, attendances } = targetsFrom(before, 1);
    local.targets = { ...(people ? { people } : {}), ...(sessions ? { sessions } : {}), ...(attendances ? { attendances } : {}) };
    grants.push(local);
  }

  // ----- a one-year grant for one-to-one work, this financial year, reported yearly -------
  const oneToOneKinds = ['peer-coaching', 'one-to-one-support'].filter((k) => input.settings.programmeKinds.some((kind) => kind.id === k));
  if (input.programmes && input.programmes.programmes.some((p) => oneToOneKinds.includes(p.kindId))) {
    const healthStart = isoYearMonth(fyStart, 4, 1);
    const healthEnd = isoYearMonth(fyStart + 1, 3, 31);
    const createdAt = createdBefore(healthStart, random);
    const health: Grant = {
      id: `demo-grant-${random.int(100000, 999999)}`,
      createdAt,
      updatedAt: createdAt,
      funder: 'Borough Health and Care Partnership',
      name: 'One to one recovery support',
      amountPence: 2_450_000,
      startDate: healthStart,
      endDate: healthEnd,
      frequency: 'yearly',
      groupIds: [],
      programmeKindIds: oneToOneKinds,
      referralScope: 'all',
      targets: {},
      outcomes: ['People set recovery goals in their own words and reach at least one', 'People referred by health services start their support within eight weeks'],
      ageBands: [...DEFAULT_AGE_BANDS],
      caseStudies: [],
      reports: [],
      notes: 'Sample data: a made-up funder.',
    };
    // Targets from the year before, as the application would have set them.
    const before = figuresFor(input, { ...health, startDate: isoYearMonth(fyStart - 1, 4, 1) }, isoYearMonth(fyStart - 1, 4, 1), isoYearMonth(fyStart, 3, 31));
    const { people, newPeople } = targetsFrom(before, 1);
    health.targets = { ...(people ? { people } : {}), ...(newPeople ? { newPeople } : {}) };
    grants.push(health);
  }
  return grants;
}
