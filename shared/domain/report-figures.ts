import type { z } from 'zod';
import { daysBetween } from '../dates';
import { formatPounds } from '../money';
import type { Equality } from './equality';
import { monthLabel, monthsOf, type ReportPeriod } from './grant-periods';
import { formatGrantAmount, TARGET_KEYS, TARGET_LABELS, type Grant, type TargetKey } from './grants';
import { describeRate, type Rate } from './rates';
import { REFERRAL_SOURCES, REFERRAL_SOURCE_LABELS, type ReferralSource } from './referrals';
import { demographicTables, type DemographicTable } from './report-demographics';
import { reportDefinitions, type Definition } from './report-definitions';
import type { FigureRow } from './report-rows';
import { countOneToOne, oneToOneFigures, prepareOneToOne, type OneToOneCounts, type OneToOneFigures, type OneToOnePrepared, type OneToOneSpan, type ReportProgrammes } from './report-programmes';
import { outcomesFigures, type OutcomeChart, type OutcomeMeasureFigures, type OutcomesFigures, type ReportOutcomesData } from './report-outcomes';
import type { reportFiguresSchema, targetKeySchema } from './report-sent';
import {
  formatHours,
  sessionHeld,
  sessionVolunteerTime,
  valueVolunteerTime,
  VOLUNTEER_TIME_KINDS,
  VOLUNTEER_TIME_LABELS,
  type VolunteerTimeEntry,
  type VolunteerTimeKind,
  type VolunteerTimeValue,
} from './report-hours';
import { sessionsForGroup, sessionStatus } from './group-sessions';
import type { Schedule } from './groups';
import type { SessionRecord } from './sessions';

/**
 * Every figure in a funder report, worked out from plain records by this one function. The
 * report screen, the PDF and the CSV all show its output (numbers and the words for them),
 * so the three can never disagree. Definitions are in report-definitions.ts, printed as the
 * report's appendix.
 */

export interface ReportMember {
  id: string;
  dateOfBirth?: string | undefined;
  equality: Equality;
  joinedDate?: string | undefined;
  statusHistory: readonly { date: string }[];
}

export interface ReportReferral {
  id: string;
  receivedDate: string;
  assessedDate?: string | undefined;
  source: ReferralSource;
  memberId?: string | undefined;
  placedInGroupId?: string | undefined;
  /** Accepted into a programme of this kind. */
  programmeKindId?: string | undefined;
}

export interface ReportGroup {
  id: string;
  name: string;
  roster: readonly { memberId: string }[];
  /** With registersFrom: which meetings before registers started on Peer Desk are not recorded. */
  schedule: Schedule;
  registersFrom?: string | undefined;
}

export type ReportGrant = Pick<
  Grant,
  'funder' | 'name' | 'amountPence' | 'startDate' | 'endDate' | 'frequency' | 'groupIds' | 'programmeKindIds' | 'referralScope' | 'targets' | 'outcomes' | 'ageBands'
>;

export interface ReportData {
  organisationName: string;
  grant: ReportGrant;
  period: ReportPeriod;
  members: readonly ReportMember[];
  referrals: readonly ReportReferral[];
  /** Every group (names of the funded ones are printed; the rest are ignored). */
  groups: readonly ReportGroup[];
  /** Every stored session of every group, any date: first contact looks across them all. */
  sessions: readonly SessionRecord[];
  prepMinutes: number;
  rates: readonly Rate[];
  rateName: string;
  suppressSmallNumbers: boolean;
  /** Volunteer time recorded other than on registers (manual hours, training), when there is any. */
  otherVolunteerTime?: readonly VolunteerTimeEntry[];
  /** One-to-one programmes, their sessions and kinds; absent: there are none. */
  programmes?: ReportProgrammes;
  /** Filled-in questionnaires and the measures they name; absent: none are kept. */
  outcomes?: ReportOutcomesData;
}

/** The counts for one span of dates. */
export interface SpanCounts {
  from: string;
  to: string;
  people: number;
  newPeople: number;
  returningPeople: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  /**
   * Meetings with no register kept on Peer Desk (before the group's registers started, or
   * marked "not recorded"): not counted, and said apart from cancellations. Optional only
   * because reports sent before it existed were kept without it.
   */
  sessionsNotRecorded?: number;
  attendances: number;
  /** Rostered members marked present. */
  rosteredPresent: number;
  namedWalkIns: number;
  /** Head counts of people not named. */
  anonymous: number;
  /** Attendances ÷ sessions held, to one decimal place; null with no sessions. */
  averageAttendance: number | null;
  referralsReceived: number;
  referralsBySource: Record<ReferralSource, number>;
  assessments: number;
  medianDaysToAssessment: number | null;
  activeVolunteers: number;
  volunteerMinutes: number;
  minutesByKind: Record<VolunteerTimeKind, number>;
  value: VolunteerTimeValue;
}

export type { FigureRow } from './report-rows';

export interface TargetRow {
  key: TargetKey;
  label: string;
  target: string;
  period: string;
  toDate: string;
  /** "73%": grant to date as a share of the target. */
  percent: string;
}

export interface ChartBar {
  key: string;
  label: string;
  value: number;
}

export interface Chart {
  key: 'attendancesByMonth' | 'oneToOneSessionsByMonth' | 'newPeopleByMonth' | 'referralsBySource';
  title: string;
  /** What a bar counts, for the axis and the table heading. */
  measure: string;
  bars: ChartBar[];
}

export interface ReportFigures {
  organisationName: string;
  funder: string;
  grantName: string;
  amount: string;
  grantStart: string;
  grantEnd: string;
  groupNames: string[];
  period: ReportPeriod;
  /** Grant start to the end of this period. */
  toDate: { from: string; to: string };
  counts: SpanCounts;
  toDateCounts: SpanCounts;
  headline: FigureRow[];
  volunteerTime: FigureRow[];
  targets: TargetRow[];
  /** Share of the grant's days gone by the end of the period, to judge progress by. */
  grantTimeElapsedPercent: number;
  charts: Chart[];
  demographics: DemographicTable[];
  suppressSmallNumbers: boolean;
  rateName: string;
  definitions: Definition[];
  /**
   * The one-to-one programmes of the kinds the grant funds. Absent when it funds none, and on
   * reports sent before grants could fund them.
   */
  oneToOne?: OneToOneFigures;
  /**
   * Before-and-after questionnaire results of the people the grant reaches. Absent when none of
   * them has filled one in, and on reports sent before outcome measures existed.
   */
  outcomes?: OutcomesFigures;
}

// A sent report keeps its figures in the file, read back through reportFiguresSchema
// (report-sent.ts). A field added here and not there would be dropped from every sent copy,
// silently: these types fail to compile instead.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type NoneMissing<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type Holds<T extends true> = T;
type Stored = z.infer<typeof reportFiguresSchema>;
export type SentFiguresAgree = [
  Holds<Same<Stored, ReportFigures>>,
  Holds<NoneMissing<Stored, ReportFigures>>,
  Holds<NoneMissing<Stored['counts'], SpanCounts>>,
  Holds<NoneMissing<Stored['headline'][number], FigureRow>>,
  Holds<NoneMissing<Stored['targets'][number], TargetRow>>,
  Holds<NoneMissing<Stored['charts'][number], Chart>>,
  Holds<NoneMissing<Stored['demographics'][number], DemographicTable>>,
  Holds<NoneMissing<NonNullable<Stored['oneToOne']>, OneToOneFigures>>,
  Holds<NoneMissing<NonNullable<Stored['oneToOne']>['counts'], OneToOneCounts>>,
  Holds<NoneMissing<NonNullable<Stored['outcomes']>['measures'][number], OutcomeMeasureFigures>>,
  Holds<NoneMissing<NonNullable<NonNullable<Stored['outcomes']>['measures'][number]['charts']>[number], OutcomeChart>>,
  Holds<Same<z.infer<typeof targetKeySchema>, TargetKey>>,
];

// ----- working out --------------------------------------------------------------------

/** The first day each member is known to have been in touch: attended (a group or one to one), referred, or joined. */
export function firstContactDates(data: Pick<ReportData, 'members' | 'referrals' | 'sessions' | 'programmes'>): Map<string, string> {
  const first = new Map<string, string>();
  const see = (id: string, date: string | undefined) => {
    if (!date) return;
    const known = first.get(id);
    if (known === undefined || date < known) first.set(id, date);
  };
  for (const m of data.members) {
    see(m.id, m.joinedDate);
    see(m.id, m.statusHistory[0]?.date);
  }
  for (const r of data.referrals) if (r.memberId) see(r.memberId, r.receivedDate);
  for (const s of data.sessions) {
    if (!sessionHeld(s)) continue;
    const r = s.register!;
    for (const id in r.marks) if (r.marks[id] === 'present') see(id, s.date);
    for (const id of r.walkIns) see(id, s.date);
  }
  if (data.programmes) {
    const memberOf = new Map(data.programmes.programmes.map((p) => [p.id, p.memberId]));
    for (const s of data.programmes.sessions) {
      const memberId = memberOf.get(s.programmeId);
      if (memberId !== undefined && s.outcome === 'attended') see(memberId, s.date);
    }
  }
  return first;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The kinds of programme a grant funds (none for grants made before it could fund any). */
function fundedKinds(grant: ReportGrant): readonly string[] {
  return grant.programmeKindIds ?? [];
}

interface Prepared {
  funded: Set<string>;
  /** Held and cancelled sessions of the funded groups, up to the period's end. */
  fundedSessions: SessionRecord[];
  /** Dates of the funded groups' meetings not recorded, from the grant-to-date start to the period's end. */
  notRecordedDates: string[];
  firstContact: Map<string, string>;
  referralsInScope: ReportReferral[];
  volunteerTime: VolunteerTimeEntry[];
  /** The funded kinds' programmes, when the grant funds any. */
  oneToOne?: OneToOnePrepared;
  /** Everyone the grant reaches: for referrals in scope and whose questionnaires count. */
  reached: Set<string>;
}

/** People on a funded group's roster or at one of its sessions held, and people in a programme of a funded kind. */
function peopleReached(data: ReportData, funded: ReadonlySet<string>, oneToOne: OneToOnePrepared | undefined): Set<string> {
  const reached = new Set<string>();
  // A person with a programme of a funded kind is reached as much as one on a funded roster.
  for (const p of oneToOne?.programmes.values() ?? []) reached.add(p.memberId);
  for (const g of data.groups) if (funded.has(g.id)) for (const spell of g.roster) reached.add(spell.memberId);
  for (const s of data.sessions) {
    if (!funded.has(s.groupId) || !sessionHeld(s)) continue;
    const r = s.register!;
    for (const id in r.marks) if (r.marks[id] === 'present') reached.add(id);
    for (const id of r.walkIns) reached.add(id);
  }
  return reached;
}

function prepare(data: ReportData): Prepared {
  const funded = new Set(data.grant.groupIds);
  const fundedSessions = data.sessions.filter((s) => funded.has(s.groupId) && s.date <= data.period.to);
  const firstContact = firstContactDates(data);
  const kinds = fundedKinds(data.grant);
  const oneToOne = kinds.length > 0 ? prepareOneToOne(data.programmes, kinds, data.referrals, data.period.to) : undefined;
  const reached = peopleReached(data, funded, oneToOne);
  let referralsInScope = [...data.referrals];
  if (data.grant.referralScope === 'funded-groups') {
    const fundedKind = new Set(kinds);
    referralsInScope = referralsInScope.filter(
      (r) =>
        (r.placedInGroupId !== undefined && funded.has(r.placedInGroupId)) ||
        (r.programmeKindId !== undefined && fundedKind.has(r.programmeKindId)) ||
        (r.memberId !== undefined && reached.has(r.memberId)),
    );
  }
  const volunteerTime = [
    ...sessionVolunteerTime(fundedSessions, data.prepMinutes),
    ...(oneToOne?.volunteerTime ?? []),
    // One-to-one time is worked out above, for the funded kinds only: never taken twice.
    ...(data.otherVolunteerTime ?? []).filter((e) => !e.programmeKindId && (e.groupId === undefined || funded.has(e.groupId))),
  ];
  const prepared: Prepared = { funded, fundedSessions, notRecordedDates: notRecordedDates(data, funded, fundedSessions), firstContact, referralsInScope, volunteerTime, reached };
  if (oneToOne) prepared.oneToOne = oneToOne;
  return prepared;
}

/**
 * The funded groups' meetings that are not recorded, seen as the group page sees them: a
 * meeting before registers started is known only from the schedule, so it is worked out here
 * rather than read from the stored sessions.
 */
function notRecordedDates(data: ReportData, funded: ReadonlySet<string>, fundedSessions: readonly SessionRecord[]): string[] {
  const from = data.grant.startDate < data.period.from ? data.grant.startDate : data.period.from;
  const byGroup = new Map<string, SessionRecord[]>();
  for (const s of fundedSessions) {
    const list = byGroup.get(s.groupId);
    if (list) list.push(s);
    else byGroup.set(s.groupId, [s]);
  }
  const dates: string[] = [];
  for (const g of data.groups) {
    if (!funded.has(g.id)) continue;
    const stored = byGroup.get(g.id) ?? [];
    // Nothing to find for a group with no start date for registers and no session marked.
    if (g.registersFrom === undefined && !stored.some((s) => s.notRecorded)) continue;
    for (const s of sessionsForGroup(g, stored, from, data.period.to)) if (sessionStatus(s, data.period.to) === 'not-recorded') dates.push(s.date);
  }
  return dates;
}

interface SpanDetail {
  counts: SpanCounts;
  /** Member id → first date they attended inside the span. */
  firstInSpan: Map<string, string>;
  newIds: Set<string>;
  attendancesByMonth: Map<string, number>;
  oneToOne?: OneToOneSpan;
}

function countSpan(data: ReportData, prep: Prepared, from: string, to: string): SpanDetail {
  const firstInSpan = new Map<string, string>();
  const attendancesByMonth = new Map<string, number>();
  let sessionsHeld = 0;
  let sessionsCancelled = 0;
  const sessionsNotRecorded = prep.notRecordedDates.filter((d) => d >= from && d <= to).length;
  let rosteredPresent = 0;
  let namedWalkIns = 0;
  let anonymous = 0;
  const attend = (id: string, date: string) => {
    const known = firstInSpan.get(id);
    if (known === undefined || date < known) firstInSpan.set(id, date);
  };
  for (const s of prep.fundedSessions) {
    if (s.date < from || s.date > to) continue;
    if (s.cancelled) {
      sessionsCancelled += 1;
      continue;
    }
    if (!s.register) continue;
    sessionsHeld += 1;
    const r = s.register;
    let here = 0;
    for (const id in r.marks) {
      if (r.marks[id] !== 'present') continue;
      here += 1;
      attend(id, s.date);
    }
    // A walk-in who is also marked present is one attendance, not two.
    const walkIns = new Set(r.walkIns.filter((id) => r.marks[id] !== 'present'));
    for (const id of walkIns) attend(id, s.date);
    rosteredPresent += here;
    namedWalkIns += walkIns.size;
    anonymous += r.anonymousCount;
    const month = s.date.slice(0, 7);
    attendancesByMonth.set(month, (attendancesByMonth.get(month) ?? 0) + here + walkIns.size + r.anonymousCount);
  }
  // People supported one to one join the people at the groups: someone at both is one person.
  const oneToOne = prep.oneToOne ? countOneToOne(prep.oneToOne, from, to, data.rates, data.rateName) : undefined;
  for (const [id, date] of oneToOne?.firstInSpan ?? []) attend(id, date);
  const newIds = new Set<string>();
  for (const [id, date] of firstInSpan) {
    // Everyone supported has a first contact on or before the day they came.
    const first = prep.firstContact.get(id) ?? date;
    if (first >= from) newIds.add(id);
  }

  const referralsBySource = Object.fromEntries(REFERRAL_SOURCES.map((s) => [s, 0])) as Record<ReferralSource, number>;
  let referralsReceived = 0;
  const waits: number[] = [];
  for (const r of prep.referralsInScope) {
    if (r.receivedDate >= from && r.receivedDate <= to) {
      referralsReceived += 1;
      referralsBySource[r.source] += 1;
    }
    if (r.assessedDate && r.assessedDate >= from && r.assessedDate <= to) waits.push(Math.max(0, daysBetween(r.receivedDate, r.assessedDate)));
  }

  const entries = prep.volunteerTime.filter((e) => e.date >= from && e.date <= to);
  const minutesByKind = Object.fromEntries(VOLUNTEER_TIME_KINDS.map((k) => [k, 0])) as Record<VolunteerTimeKind, number>;
  const volunteers = new Set<string>();
  for (const e of entries) {
    minutesByKind[e.kind] += e.minutes;
    if (e.minutes > 0) volunteers.add(e.volunteerId);
  }
  const attendances = rosteredPresent + namedWalkIns + anonymous;
  const detail: SpanDetail = {
    firstInSpan,
    newIds,
    attendancesByMonth,
    counts: {
      from,
      to,
      people: firstInSpan.size,
      newPeople: newIds.size,
      returningPeople: firstInSpan.size - newIds.size,
      sessionsHeld,
      sessionsCancelled,
      sessionsNotRecorded,
      attendances,
      rosteredPresent,
      namedWalkIns,
      anonymous,
      averageAttendance: sessionsHeld === 0 ? null : Math.round((attendances / sessionsHeld) * 10) / 10,
      referralsReceived,
      referralsBySource,
      assessments: waits.length,
      medianDaysToAssessment: median(waits),
      activeVolunteers: volunteers.size,
      volunteerMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
      minutesByKind,
      value: valueVolunteerTime(entries, data.rates, data.rateName),
    },
  };
  if (oneToOne) detail.oneToOne = oneToOne;
  return detail;
}

// ----- words ----------------------------------------------------------------------------

const n = (count: number): string => count.toLocaleString('en-GB');
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

function medianText(c: SpanCounts): string {
  if (c.medianDaysToAssessment === null) return 'None assessed';
  return `${c.medianDaysToAssessment.toLocaleString('en-GB', { maximumFractionDigits: 1 })} days`;
}

function averageText(c: SpanCounts): string {
  return c.averageAttendance === null ? 'No sessions' : c.averageAttendance.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "£12.21 an hour from 01/04/2025" for each rate used, or why there is no value. */
export function ratesText(rateName: string, value: VolunteerTimeValue): string {
  if (value.rates.length === 0) return value.unvaluedMinutes > 0 ? `No ${rateName} rate is set in Settings, so the time has no value` : `Valued at the ${rateName}`;
  const parts = value.rates.map((u) => (value.rates.length > 1 ? `${describeRate(u.rate)} (${formatHours(u.minutes)} hours)` : describeRate(u.rate)));
  const early = value.rates.some((u) => u.early) ? '; hours before the first rate on record are valued at it' : '';
  return `${rateName}: ${parts.join('; ')}${early}`;
}

/** Cancelled and not recorded are both left out, and said apart: one did not meet, the other was not kept here. */
function sessionsNotCountedText(c: SpanCounts): string {
  const notRecorded = c.sessionsNotRecorded ?? 0;
  if (notRecorded === 0) return c.sessionsCancelled > 0 ? `${plural(c.sessionsCancelled, 'cancelled session')} not counted` : 'No sessions were cancelled';
  const notKept = `not recorded on Peer Desk (no register kept there)`;
  if (c.sessionsCancelled === 0) return `${plural(notRecorded, 'session')} ${notKept} not counted`;
  return `${plural(c.sessionsCancelled, 'cancelled session')} and ${n(notRecorded)} ${notKept} not counted`;
}

/** What a grant pays for: its groups, kinds of one-to-one programme, or both. */
interface Funds {
  groups: boolean;
  kinds: boolean;
}

function peopleNote(f: Funds): string {
  if (!f.kinds) return 'Different named people who came at least once';
  return f.groups ? 'Different named people who came at least once, to a funded group or one to one' : 'Different people who came to at least one one-to-one session';
}

/** The group rows (sessions held, attendances) are left out of a grant for programmes only: there is nothing to count. */
const GROUP_ROWS = new Set(['sessionsHeld', 'attendances', 'averageAttendance']);

function headlineRows(c: SpanCounts, d: SpanCounts, funds: Funds): FigureRow[] {
  const rows: FigureRow[] = [
    { key: 'people', label: 'People supported', value: n(c.people), toDate: n(d.people), note: peopleNote(funds) },
    { key: 'newPeople', label: 'of whom new', sub: true, value: n(c.newPeople), toDate: n(d.newPeople), note: 'First in touch with us during the period' },
    { key: 'returningPeople', label: 'of whom returning', sub: true, value: n(c.returningPeople), toDate: n(d.returningPeople), note: 'In touch with us before the period, including people who left and came back' },
    {
      key: 'sessionsHeld',
      label: 'Sessions held',
      value: n(c.sessionsHeld),
      toDate: n(d.sessionsHeld),
      note: sessionsNotCountedText(c),
    },
    {
      key: 'attendances',
      label: 'Attendances',
      value: n(c.attendances),
      toDate: n(d.attendances),
      note: `${n(c.rosteredPresent)} by group members, ${n(c.namedWalkIns)} by named walk-ins, ${n(c.anonymous)} counted but not named`,
    },
    { key: 'averageAttendance', label: 'Average attendance per session', value: averageText(c), toDate: averageText(d) },
    { key: 'referralsReceived', label: 'Referrals received', value: n(c.referralsReceived), toDate: n(d.referralsReceived) },
    {
      key: 'medianDays',
      label: 'Median days from referral to assessment',
      value: medianText(c),
      toDate: medianText(d),
      note: c.assessments > 0 ? `From ${plural(c.assessments, 'assessment')} made in the period` : 'Nobody was assessed in the period',
    },
    { key: 'activeVolunteers', label: 'Active volunteers', value: n(c.activeVolunteers), toDate: n(d.activeVolunteers) },
    { key: 'volunteerHours', label: 'Volunteer hours', value: formatHours(c.volunteerMinutes), toDate: formatHours(d.volunteerMinutes) },
    { key: 'volunteerValue', label: 'Value of volunteer time', value: formatPounds(c.value.pence), toDate: formatPounds(d.value.pence) },
  ];
  return funds.groups ? rows : rows.filter((r) => !GROUP_ROWS.has(r.key));
}

/** Each kind of time the grant pays for is listed, even at 0; any other kind only once there is some. */
function volunteerTimeRows(c: SpanCounts, d: SpanCounts, rateName: string, funds: Funds): FigureRow[] {
  const always = (k: VolunteerTimeKind): boolean => ((k === 'facilitating' || k === 'preparation') && funds.groups) || (k === 'one-to-one' && funds.kinds);
  const kinds = VOLUNTEER_TIME_KINDS.filter((k) => always(k) || c.minutesByKind[k] > 0 || d.minutesByKind[k] > 0);
  return [
    ...kinds.map((k): FigureRow => ({ key: `hours-${k}`, label: VOLUNTEER_TIME_LABELS[k], value: formatHours(c.minutesByKind[k]), toDate: formatHours(d.minutesByKind[k]) })),
    { key: 'hours-total', label: 'Volunteer hours in all', value: formatHours(c.volunteerMinutes), toDate: formatHours(d.volunteerMinutes) },
    { key: 'value', label: 'Value of volunteer time', value: formatPounds(c.value.pence), toDate: formatPounds(d.value.pence), note: ratesText(rateName, c.value) },
  ];
}

/** A span's counts: at the groups, and one to one when the grant funds programmes. */
interface Both {
  c: SpanCounts;
  o?: OneToOneCounts | undefined;
}

// One-to-one sessions delivered are sessions held too: a target for sessions counts both.
const TARGET_VALUE: Record<TargetKey, (b: Both) => number> = {
  people: ({ c }) => c.people,
  newPeople: ({ c }) => c.newPeople,
  sessions: ({ c, o }) => c.sessionsHeld + (o?.sessionsDelivered ?? 0),
  attendances: ({ c }) => c.attendances,
  volunteerHours: ({ c }) => c.volunteerMinutes / 60,
};

function targetLabel(key: TargetKey, funds: Funds): string {
  if (key !== 'sessions' || !funds.kinds) return TARGET_LABELS[key];
  return funds.groups ? 'Sessions held, groups and one to one' : 'One-to-one sessions delivered';
}

function targetRows(grant: ReportGrant, c: Both, d: Both, funds: Funds): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const key of TARGET_KEYS) {
    const target = grant.targets[key];
    if (target === undefined) continue;
    const show = (counts: Both) => (key === 'volunteerHours' ? formatHours(counts.c.volunteerMinutes) : n(TARGET_VALUE[key](counts)));
    const percent = target === 0 ? '' : `${Math.round((TARGET_VALUE[key](d) / target) * 100)}%`;
    rows.push({ key, label: targetLabel(key, funds), target: n(target), period: show(c), toDate: show(d), percent });
  }
  return rows;
}

/** "the funded groups", "the funded groups and one-to-one programmes": who volunteers gave time to. */
export function fundedWorkWords(f: Pick<ReportFigures, 'groupNames' | 'oneToOne'>): string {
  if (!f.oneToOne) return 'the funded groups';
  return f.groupNames.length > 0 ? 'the funded groups and one-to-one programmes' : 'the funded one-to-one programmes';
}

function elapsedPercent(grant: ReportGrant, to: string): number {
  const total = daysBetween(grant.startDate, grant.endDate) + 1;
  const end = to < grant.endDate ? to : grant.endDate;
  const gone = Math.min(total, Math.max(0, daysBetween(grant.startDate, end) + 1));
  return total <= 0 ? 100 : Math.round((gone / total) * 100);
}

/** Whose questionnaires count, and in which groups and programmes. */
function outcomesScope(prep: Prepared) {
  return { people: prep.reached, fundedGroupIds: prep.funded, fundedProgrammeIds: new Set(prep.oneToOne?.programmes.keys() ?? []) };
}

// ----- the report -----------------------------------------------------------------------

export function computeReportFigures(data: ReportData): ReportFigures {
  const { grant, period } = data;
  const prep = prepare(data);
  const funds: Funds = { groups: grant.groupIds.length > 0, kinds: prep.oneToOne !== undefined };
  const span = countSpan(data, prep, period.from, period.to);
  const toDateFrom = grant.startDate < period.from ? grant.startDate : period.from;
  const toDate = countSpan(data, prep, toDateFrom, period.to);
  const c = span.counts;
  const d = toDate.counts;
  const o = span.oneToOne?.counts;
  const oToDate = toDate.oneToOne?.counts;

  const months = monthsOf(period.from, period.to);
  const newByMonth = new Map<string, number>();
  for (const id of span.newIds) {
    const month = span.firstInSpan.get(id)!.slice(0, 7);
    newByMonth.set(month, (newByMonth.get(month) ?? 0) + 1);
  }
  const byMonth = (key: Chart['key'], title: string, measure: string, counts: ReadonlyMap<string, number>): Chart => ({
    key,
    title,
    measure,
    bars: months.map((m) => ({ key: m, label: monthLabel(m), value: counts.get(m) ?? 0 })),
  });
  const charts: Chart[] = [
    ...(funds.groups ? [byMonth('attendancesByMonth', 'Attendances by month', 'Attendances', span.attendancesByMonth)] : []),
    ...(span.oneToOne ? [byMonth('oneToOneSessionsByMonth', 'One-to-one sessions by month', 'Sessions', span.oneToOne.sessionsByMonth)] : []),
    byMonth('newPeopleByMonth', 'New people by month', 'New people', newByMonth),
    {
      key: 'referralsBySource',
      title: 'Referrals by source',
      measure: 'Referrals',
      bars: REFERRAL_SOURCES.map((s) => ({ key: s, label: REFERRAL_SOURCE_LABELS[s], value: c.referralsBySource[s] })),
    },
  ];

  const members = new Map(data.members.map((m) => [m.id, m]));
  const people = [...span.firstInSpan.keys()].map((id) => {
    const m = members.get(id);
    return { dateOfBirth: m?.dateOfBirth, equality: m?.equality ?? {} };
  });
  const funded = new Set(grant.groupIds);
  const outcomes = data.outcomes ? outcomesFigures(data.outcomes, outcomesScope(prep), period.from, period.to, data.suppressSmallNumbers) : undefined;

  const figures: ReportFigures = {
    organisationName: data.organisationName,
    funder: grant.funder,
    grantName: grant.name,
    amount: formatGrantAmount(grant.amountPence),
    grantStart: grant.startDate,
    grantEnd: grant.endDate,
    groupNames: data.groups
      .filter((g) => funded.has(g.id))
      .map((g) => g.name)
      .sort((a, b) => a.localeCompare(b, 'en-GB')),
    period,
    toDate: { from: toDateFrom, to: period.to },
    counts: c,
    toDateCounts: d,
    headline: headlineRows(c, d, funds),
    volunteerTime: volunteerTimeRows(c, d, data.rateName, funds),
    targets: targetRows(grant, { c, o }, { c: d, o: oToDate }, funds),
    grantTimeElapsedPercent: elapsedPercent(grant, period.to),
    charts,
    demographics: demographicTables(people, { ageBands: grant.ageBands, ageOn: period.to, suppress: data.suppressSmallNumbers }),
    suppressSmallNumbers: data.suppressSmallNumbers,
    rateName: data.rateName,
    definitions: reportDefinitions({
      referralScope: grant.referralScope,
      prepMinutes: data.prepMinutes,
      rateName: data.rateName,
      suppress: data.suppressSmallNumbers,
      ageOn: period.to,
      ...(funds.kinds ? { oneToOne: { groups: funds.groups, travelMinutes: data.programmes?.travelMinutes ?? 0 } } : {}),
      ...(outcomes ? { outcomes: outcomes.measures.map((m) => m.measureId) } : {}),
    }),
  };
  if (prep.oneToOne && o && oToDate) figures.oneToOne = oneToOneFigures(prep.oneToOne, o, oToDate, data.suppressSmallNumbers);
  if (outcomes) figures.outcomes = outcomes;
  return figures;
}
