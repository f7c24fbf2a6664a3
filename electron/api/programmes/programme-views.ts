import type { ProgrammeDetail, ProgrammeList, ProgrammeRow } from '../../../shared/api';
import { ageOn, daysBetween, todayIso } from '../../../shared/dates';
import { attendedCount, counterText, currentMatch, type Programme, type ProgrammeKind } from '../../../shared/domain/programmes';
import { displayName, sortName } from '../../../shared/domain/person';
import { fold } from '../../../shared/text';
import { compact, membersById, settingsOf, volunteersById } from '../core/lookups';
import type { AppContext } from '../core/context';
import { allProgrammes, findProgramme, kindOf, sessionSummaries, sessionsOf, type SessionSummary } from './programme-records';

/** What the Programmes page, a member's tab, a volunteer's caseload and a programme's page show. */

const DELETED = 'Deleted record';

function memberName(ctx: AppContext, id: string): string {
  const m = membersById(ctx).get(id);
  return m ? displayName(m) : DELETED;
}

function volunteerName(ctx: AppContext, id: string): string {
  const v = volunteersById(ctx).get(id);
  return v ? displayName(v) : DELETED;
}

/** At or past the planned number and not ended: time to end or extend. */
function atPlanned(p: Programme, attended: number): boolean {
  return p.status !== 'ended' && p.plannedSessions !== null && attended >= p.plannedSessions;
}

/**
 * `summaries`: sessionSummaries from the programme's start year or earlier (pass one when
 * making many rows). Built field by field (no compact): the Programmes list makes a row for
 * every programme it may show, each time.
 */
export function programmeRow(ctx: AppContext, p: Programme, today: string, summaries: ReadonlyMap<string, SessionSummary> = sessionSummaries(ctx, p.startDate.slice(0, 4))): ProgrammeRow {
  const summary = summaries.get(p.id);
  const attended = summary?.attended ?? 0;
  const kind = kindOf(ctx, p.kindId);
  const match = currentMatch(p);
  const last = summary?.last;
  const until = p.status === 'ended' && p.ending ? p.ending.date : today;
  return {
    id: p.id,
    member: { id: p.memberId, name: memberName(ctx, p.memberId) },
    kind: { id: kind.id, name: kind.name },
    status: p.status,
    ...(match ? { volunteer: { id: match.volunteerId, name: volunteerName(ctx, match.volunteerId) } } : {}),
    startDate: p.startDate,
    counter: counterText(attended, p.plannedSessions),
    attended,
    plannedSessions: p.plannedSessions,
    ...(last !== undefined ? { lastContact: last } : {}),
    daysSinceContact: Math.max(0, daysBetween(last ?? p.startDate, until)),
    ...(p.status === 'waiting' ? { daysWaiting: Math.max(0, daysBetween(p.startDate, today)) } : {}),
    atPlanned: atPlanned(p, attended),
  };
}

/** Plain-English notes for the coordinator; never a block. */
function warnings(ctx: AppContext, p: Programme, kind: ProgrammeKind, age: number | undefined, attended: number): string[] {
  const out: string[] = [];
  if (age !== undefined && ((kind.minAge !== undefined && age < kind.minAge) || (kind.maxAge !== undefined && age > kind.maxAge))) {
    const range = kind.minAge !== undefined && kind.maxAge !== undefined ? `${kind.minAge}–${kind.maxAge}` : kind.minAge !== undefined ? `${kind.minAge} and over` : `up to ${kind.maxAge}`;
    out.push(`Age ${age} is outside ${kind.name}'s ${range}`);
  }
  if (kind.maxSessions !== undefined && attended > kind.maxSessions) out.push(`Past the most sessions (${kind.maxSessions})`);
  const match = currentMatch(p);
  const volunteer = match ? volunteersById(ctx).get(match.volunteerId) : undefined;
  if (p.status !== 'ended' && volunteer?.status === 'left') out.push(`${displayName(volunteer)} has left: choose another volunteer`);
  return out;
}

export function programmeDetail(ctx: AppContext, id: string): ProgrammeDetail {
  const p = findProgramme(ctx, id);
  const kind = kindOf(ctx, p.kindId);
  const member = membersById(ctx).get(p.memberId);
  const today = todayIso(ctx.now());
  const age = member?.dateOfBirth ? ageOn(member.dateOfBirth, today) : undefined;
  const sessions = sessionsOf(ctx, p.id);
  const attended = attendedCount(sessions);
  const match = currentMatch(p);
  return compact<ProgrammeDetail>({
    programme: p,
    kind,
    member: { id: p.memberId, name: memberName(ctx, p.memberId), age, largePrint: member?.newsletter === 'large-print' || undefined },
    volunteer: match ? { id: match.volunteerId, name: volunteerName(ctx, match.volunteerId) } : undefined,
    matches: p.matches.map((m) => ({ ...m, volunteerName: volunteerName(ctx, m.volunteerId) })),
    sessions: [...sessions].reverse(),
    goals: p.goals,
    counter: counterText(attended, p.plannedSessions),
    attended,
    atPlanned: atPlanned(p, attended),
    warnings: warnings(ctx, p, kind, age, attended),
  });
}

export interface ListQuery {
  query: string;
  kindId: string;
  status: 'open' | 'all' | Programme['status'];
  volunteerId: string;
  noContact: boolean;
  sort: 'last-contact' | 'member' | 'started';
}

const BY_NAME = new Intl.Collator('en-GB', { sensitivity: 'base' });

export function programmeList(ctx: AppContext, q: ListQuery): ProgrammeList {
  const today = todayIso(ctx.now());
  const noContactDays = settingsOf(ctx).noContactDays;
  // Ended programmes only when asked for: the usual list (open ones) then reads only the years
  // since the oldest open programme started, not every year of sessions on record.
  const wanted = allProgrammes(ctx).filter((p) => p.status !== 'ended' || q.status === 'all' || q.status === 'ended');
  const from = wanted.reduce((min, p) => (p.startDate < min ? p.startDate : min), '9999').slice(0, 4);
  const summaries = sessionSummaries(ctx, from);
  const rows = wanted.map((p) => programmeRow(ctx, p, today, summaries));
  const open = rows.filter((r) => r.status !== 'ended');
  // "No contact" is about people being supported: a programme waiting for a match has no one to be in touch.
  const quiet = (r: ProgrammeRow) => r.status !== 'ended' && r.status !== 'waiting' && r.daysSinceContact >= noContactDays;
  const words = fold(q.query).split(/\s+/).filter(Boolean);
  const members = membersById(ctx);
  // Worked out once per row, not in every comparison of the sort.
  const sortKeys = new Map<string, string>();
  const sortKey = (r: ProgrammeRow) => {
    let key = sortKeys.get(r.id);
    if (key === undefined) {
      const m = members.get(r.member.id);
      key = m ? sortName(m) : r.member.name;
      sortKeys.set(r.id, key);
    }
    return key;
  };
  const shown = rows.filter(
    (r) =>
      (q.status === 'all' || (q.status === 'open' ? r.status !== 'ended' : r.status === q.status)) &&
      (!q.kindId || r.kind.id === q.kindId) &&
      (!q.volunteerId || r.volunteer?.id === q.volunteerId) &&
      (!q.noContact || quiet(r)) &&
      words.every((w) => fold(`${r.member.name} ${r.volunteer?.name ?? ''} ${r.kind.name}`).includes(w)),
  );
  const byMember = (a: ProgrammeRow, b: ProgrammeRow) => BY_NAME.compare(sortKey(a), sortKey(b));
  if (q.sort === 'member') shown.sort(byMember);
  else if (q.sort === 'started') shown.sort((a, b) => b.startDate.localeCompare(a.startDate) || byMember(a, b));
  // Longest without contact first: who needs a call.
  else shown.sort((a, b) => b.daysSinceContact - a.daysSinceContact || byMember(a, b));
  return { rows: shown, counts: { open: open.length, waiting: open.filter((r) => r.status === 'waiting').length, noContact: open.filter(quiet).length }, noContactDays };
}

/** Open first (newest start first), then ended. */
function caseloadOrder(a: ProgrammeRow, b: ProgrammeRow): number {
  const ended = Number(a.status === 'ended') - Number(b.status === 'ended');
  return ended || b.startDate.localeCompare(a.startDate);
}

export function memberProgrammes(ctx: AppContext, memberId: string): ProgrammeRow[] {
  const today = todayIso(ctx.now());
  return allProgrammes(ctx)
    .filter((p) => p.memberId === memberId)
    .map((p) => programmeRow(ctx, p, today))
    .sort(caseloadOrder);
}

/** Programmes they support now, and ones they supported before (a match that ended, or a programme that did). */
export function volunteerProgrammes(ctx: AppContext, volunteerId: string): ProgrammeRow[] {
  const today = todayIso(ctx.now());
  return allProgrammes(ctx)
    .filter((p) => p.matches.some((m) => m.volunteerId === volunteerId))
    .map((p) => programmeRow(ctx, p, today))
    .sort(caseloadOrder);
}
