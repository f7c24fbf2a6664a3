import { daysBetween } from '../dates';
import { formatPounds } from '../money';
import { ENDINGS, ENDING_LABELS, ONWARD_REFERRALS, SESSION_MODES, SESSION_MODE_LABELS, type Ending, type GoalProgress, type SessionMode, type SessionOutcome } from './programmes';
import type { Rate } from './rates';
import { formatHours, programmeVolunteerTime, valueVolunteerTime, type VolunteerTimeEntry, type VolunteerTimeValue } from './report-hours';
import type { FigureRow } from './report-rows';
import { shownCount } from './report-suppression';

/**
 * The one-to-one part of a funder report: what the programmes of the kinds a grant funds
 * did in a span of dates. computeReportFigures (report-figures.ts) calls it for the period
 * and for the grant to date, and joins the people counted here to the report's people.
 * Definitions are in report-definitions.ts.
 */

// ----- what it is worked out from --------------------------------------------------------

/** A programme as the report needs it (a stored Programme is one). */
export interface ReportProgramme {
  id: string;
  memberId: string;
  kindId: string;
  referralId?: string | undefined;
  ending?: { date: string; ending: Ending; onward: readonly string[] } | undefined;
  goals: readonly { setOn: string; reviews: readonly { date: string; progress: GoalProgress }[] }[];
}

/** A logged session as the report needs it (a stored ProgrammeSession is one). */
export interface ReportProgrammeSession {
  programmeId: string;
  volunteerId?: string | undefined;
  date: string;
  minutes: number;
  mode: SessionMode;
  outcome: SessionOutcome;
}

export interface ReportProgrammes {
  /** Every kind in Settings, archived ones too (their names are printed; hours follow countsForHours). */
  kinds: readonly { id: string; name: string; countsForHours: boolean }[];
  /** Every programme, any kind: first contact with the charity looks across them all. */
  programmes: readonly ReportProgramme[];
  /** Every logged session of every programme, any date. */
  sessions: readonly ReportProgrammeSession[];
  /** Travel time added to each attended session's hours (Settings). */
  travelMinutes: number;
}

/** Where people were referred on to: the names offered, then anything typed in, as "Other". */
export const ONWARD_DESTINATIONS = [...ONWARD_REFERRALS, 'Other'] as const;
export type OnwardDestination = (typeof ONWARD_DESTINATIONS)[number];

// ----- the counts --------------------------------------------------------------------------

/** The one-to-one counts for one span of dates. */
export interface OneToOneCounts {
  from: string;
  to: string;
  /** Different people with at least one attended session in the span. */
  people: number;
  /** Of them, those whose first attended session of a funded kind was in the span. */
  newPeople: number;
  /** Attended sessions. */
  sessionsDelivered: number;
  sessionsByMode: Record<SessionMode, number>;
  didNotAttend: number;
  cancelledByMember: number;
  cancelledByVolunteer: number;
  /** Sessions delivered ÷ people, to one decimal place; null with nobody supported. */
  averageSessions: number | null;
  /** Programmes ended in the span, and how. */
  programmesEnded: number;
  endings: Record<Ending, number>;
  /** Onward referrals made when those programmes ended, by where to. */
  onwardReferrals: number;
  onward: Record<OnwardDestination, number>;
  goalsSet: number;
  goalsAchieved: number;
  /** Programmes from a referral whose first attended session was in the span. */
  waits: number;
  medianWaitDays: number | null;
  longestWaitDays: number | null;
  /** Volunteer time on sessions and travel, and its value. */
  volunteerMinutes: number;
  value: VolunteerTimeValue;
}

/** The one-to-one section of a report, every number already written out. */
export interface OneToOneFigures {
  /** The kinds the grant funds, as Settings names them. */
  kindNames: string[];
  counts: OneToOneCounts;
  toDateCounts: OneToOneCounts;
  rows: FigureRow[];
  byMode: FigureRow[];
  /** "<5" for counts from 1 to 4 when suppression is on: how a person's support ended can point to them. */
  endings: FigureRow[];
  onward: FigureRow[];
}

// ----- working out --------------------------------------------------------------------

export interface OneToOnePrepared {
  kindNames: string[];
  /** The funded programmes by id. */
  programmes: ReadonlyMap<string, ReportProgramme>;
  /** Sessions of the funded programmes up to the period's end. */
  sessions: readonly ReportProgrammeSession[];
  /** Each person's first attended session of a funded kind, ever: who is new. */
  personFirst: ReadonlyMap<string, string>;
  /** Each funded programme's first attended session: the wait ends there. */
  programmeFirst: ReadonlyMap<string, string>;
  /** Funded programmes' referrals, by id: the wait starts on the day one was received. */
  referralReceived: ReadonlyMap<string, string>;
  /** One-to-one volunteer time of the funded kinds, up to the period's end. */
  volunteerTime: VolunteerTimeEntry[];
}

function earliest(map: Map<string, string>, key: string, date: string): void {
  const known = map.get(key);
  if (known === undefined || date < known) map.set(key, date);
}

export function prepareOneToOne(
  data: ReportProgrammes | undefined,
  fundedKindIds: readonly string[],
  referrals: readonly { id: string; receivedDate: string }[],
  to: string,
): OneToOnePrepared {
  const funded = new Set(fundedKindIds);
  const kinds = data?.kinds ?? [];
  const kindNames = kinds.filter((k) => funded.has(k.id)).map((k) => k.name);
  // A kind no longer in Settings is still funded: name it by its id rather than drop it.
  for (const id of fundedKindIds) if (!kinds.some((k) => k.id === id)) kindNames.push(id);
  const programmes = new Map((data?.programmes ?? []).filter((p) => funded.has(p.kindId)).map((p) => [p.id, p]));
  const sessions = (data?.sessions ?? []).filter((s) => programmes.has(s.programmeId) && s.date <= to);
  const personFirst = new Map<string, string>();
  const programmeFirst = new Map<string, string>();
  for (const s of sessions) {
    if (s.outcome !== 'attended') continue;
    earliest(programmeFirst, s.programmeId, s.date);
    earliest(personFirst, programmes.get(s.programmeId)!.memberId, s.date);
  }
  const wanted = new Set([...programmes.values()].flatMap((p) => p.referralId ?? []));
  const referralReceived = new Map(referrals.filter((r) => wanted.has(r.id)).map((r) => [r.id, r.receivedDate]));
  const kindById = new Map(kinds.map((k) => [k.id, k]));
  const kindOfProgramme = new Map<string, { id: string; countsForHours: boolean }>();
  for (const p of programmes.values()) kindOfProgramme.set(p.id, { id: p.kindId, countsForHours: kindById.get(p.kindId)?.countsForHours ?? false });
  const volunteerTime = programmeVolunteerTime(sessions, kindOfProgramme, data?.travelMinutes ?? 0);
  return { kindNames, programmes, sessions, personFirst, programmeFirst, referralReceived, volunteerTime };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** "recovery college" typed in is the Recovery College offered; anything else is Other. */
export function onwardDestination(text: string): OnwardDestination {
  const t = text.trim().toLocaleLowerCase('en-GB');
  return ONWARD_REFERRALS.find((d) => d.toLocaleLowerCase('en-GB') === t) ?? 'Other';
}

/** A goal is achieved on the first review that says so: later reviews saying it again do not count it twice. */
function achievedOn(goal: ReportProgramme['goals'][number]): string | undefined {
  let first: string | undefined;
  for (const r of goal.reviews) if (r.progress === 'achieved' && (first === undefined || r.date < first)) first = r.date;
  return first;
}

export interface OneToOneSpan {
  counts: OneToOneCounts;
  /** Person → first attended session in the span: joined to the people at the funded groups. */
  firstInSpan: Map<string, string>;
  /** Attended sessions by month ("2025-06"), for the chart. */
  sessionsByMonth: Map<string, number>;
}

export function countOneToOne(prep: OneToOnePrepared, from: string, to: string, rates: readonly Rate[], rateName: string): OneToOneSpan {
  const inSpan = (date: string | undefined): date is string => date !== undefined && date >= from && date <= to;
  const firstInSpan = new Map<string, string>();
  const sessionsByMonth = new Map<string, number>();
  const sessionsByMode = zeroes(SESSION_MODES);
  let sessionsDelivered = 0;
  let didNotAttend = 0;
  let cancelledByMember = 0;
  let cancelledByVolunteer = 0;
  for (const s of prep.sessions) {
    if (!inSpan(s.date)) continue;
    if (s.outcome === 'did-not-attend') didNotAttend += 1;
    else if (s.outcome === 'cancelled-by-member') cancelledByMember += 1;
    else if (s.outcome === 'cancelled-by-volunteer') cancelledByVolunteer += 1;
    else {
      sessionsDelivered += 1;
      sessionsByMode[s.mode] += 1;
      earliest(firstInSpan, prep.programmes.get(s.programmeId)!.memberId, s.date);
      const month = s.date.slice(0, 7);
      sessionsByMonth.set(month, (sessionsByMonth.get(month) ?? 0) + 1);
    }
  }
  let newPeople = 0;
  for (const id of firstInSpan.keys()) if (inSpan(prep.personFirst.get(id))) newPeople += 1;

  const endings = zeroes(ENDINGS);
  const onward = zeroes(ONWARD_DESTINATIONS);
  let programmesEnded = 0;
  let onwardReferrals = 0;
  let goalsSet = 0;
  let goalsAchieved = 0;
  const waits: number[] = [];
  for (const p of prep.programmes.values()) {
    if (p.ending && inSpan(p.ending.date)) {
      programmesEnded += 1;
      endings[p.ending.ending] += 1;
      for (const where of new Set(p.ending.onward.map(onwardDestination))) {
        onward[where] += 1;
        onwardReferrals += 1;
      }
    }
    for (const g of p.goals) {
      if (inSpan(g.setOn)) goalsSet += 1;
      if (inSpan(achievedOn(g))) goalsAchieved += 1;
    }
    const first = prep.programmeFirst.get(p.id);
    const received = p.referralId === undefined ? undefined : prep.referralReceived.get(p.referralId);
    if (inSpan(first) && received !== undefined) waits.push(Math.max(0, daysBetween(received, first)));
  }

  const entries = prep.volunteerTime.filter((e) => inSpan(e.date));
  return {
    firstInSpan,
    sessionsByMonth,
    counts: {
      from,
      to,
      people: firstInSpan.size,
      newPeople,
      sessionsDelivered,
      sessionsByMode,
      didNotAttend,
      cancelledByMember,
      cancelledByVolunteer,
      averageSessions: firstInSpan.size === 0 ? null : Math.round((sessionsDelivered / firstInSpan.size) * 10) / 10,
      programmesEnded,
      endings,
      onwardReferrals,
      onward,
      goalsSet,
      goalsAchieved,
      waits: waits.length,
      medianWaitDays: median(waits),
      longestWaitDays: waits.length === 0 ? null : Math.max(...waits),
      volunteerMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
      value: valueVolunteerTime(entries, rates, rateName),
    },
  };
}

// ----- words ----------------------------------------------------------------------------

const n = (count: number): string => count.toLocaleString('en-GB');
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;
const days = (d: number | null, none: string): string => (d === null ? none : plural(d, 'day'));
const oneDecimal = (v: number | null, none: string): string => (v === null ? none : v.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

function mainRows(c: OneToOneCounts, d: OneToOneCounts): FigureRow[] {
  const waitNote = c.waits > 0 ? `From ${plural(c.waits, 'programme')} started from a referral whose first session was in the period` : 'No programme started from a referral had its first session in the period';
  return [
    { key: 'oneToOnePeople', label: 'People supported one to one', value: n(c.people), toDate: n(d.people), note: 'Different people who came to at least one session' },
    { key: 'oneToOneNewPeople', label: 'of whom new', sub: true, value: n(c.newPeople), toDate: n(d.newPeople), note: 'Their first one-to-one session of a funded kind was in the period' },
    { key: 'oneToOneSessions', label: 'Sessions delivered', value: n(c.sessionsDelivered), toDate: n(d.sessionsDelivered), note: 'Sessions the person came to (how, in the table below)' },
    { key: 'oneToOneAverage', label: 'Average sessions per person', value: oneDecimal(c.averageSessions, 'Nobody supported'), toDate: oneDecimal(d.averageSessions, 'Nobody supported') },
    { key: 'oneToOneDidNotAttend', label: 'Did not attend', value: n(c.didNotAttend), toDate: n(d.didNotAttend), note: 'Not counted as delivered' },
    {
      key: 'oneToOneCancelled',
      label: 'Cancelled',
      value: n(c.cancelledByMember + c.cancelledByVolunteer),
      toDate: n(d.cancelledByMember + d.cancelledByVolunteer),
      note: `${n(c.cancelledByMember)} by the member, ${n(c.cancelledByVolunteer)} by the volunteer; not counted as delivered`,
    },
    { key: 'oneToOneGoalsSet', label: 'Goals set', value: n(c.goalsSet), toDate: n(d.goalsSet) },
    { key: 'oneToOneGoalsAchieved', label: 'Goals achieved', value: n(c.goalsAchieved), toDate: n(d.goalsAchieved), note: 'Reviewed as achieved in the period' },
    { key: 'oneToOneMedianWait', label: 'Median days from referral to first session', value: days(c.medianWaitDays, 'None started'), toDate: days(d.medianWaitDays, 'None started'), note: waitNote },
    { key: 'oneToOneLongestWait', label: 'Longest wait from referral to first session', value: days(c.longestWaitDays, 'None started'), toDate: days(d.longestWaitDays, 'None started') },
    { key: 'oneToOneHours', label: 'Volunteer hours on one-to-one work', value: formatHours(c.volunteerMinutes), toDate: formatHours(d.volunteerMinutes), note: 'Sessions and travel; part of the volunteer time below' },
    { key: 'oneToOneValue', label: 'Value of that time', value: formatPounds(c.value.pence), toDate: formatPounds(d.value.pence) },
  ];
}

export function oneToOneFigures(prep: OneToOnePrepared, c: OneToOneCounts, d: OneToOneCounts, suppress: boolean): OneToOneFigures {
  const shown = (count: number) => shownCount(count, suppress);
  return {
    kindNames: prep.kindNames,
    counts: c,
    toDateCounts: d,
    rows: mainRows(c, d),
    byMode: [
      ...SESSION_MODES.map((m): FigureRow => ({ key: `mode-${m}`, label: SESSION_MODE_LABELS[m], value: n(c.sessionsByMode[m]), toDate: n(d.sessionsByMode[m]) })),
      { key: 'mode-all', label: 'All sessions delivered', value: n(c.sessionsDelivered), toDate: n(d.sessionsDelivered) },
    ],
    endings: [
      ...ENDINGS.map((e): FigureRow => ({ key: `ending-${e}`, label: ENDING_LABELS[e], value: shown(c.endings[e]), toDate: shown(d.endings[e]) })),
      { key: 'ending-all', label: 'Programmes ended', value: n(c.programmesEnded), toDate: n(d.programmesEnded) },
    ],
    onward: [
      ...ONWARD_DESTINATIONS.map((w): FigureRow => ({ key: `onward-${w}`, label: w, value: shown(c.onward[w]), toDate: shown(d.onward[w]) })),
      { key: 'onward-all', label: 'Onward referrals in all', value: n(c.onwardReferrals), toDate: n(d.onwardReferrals) },
    ],
  };
}
