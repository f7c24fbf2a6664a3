import { randomUUID } from 'node:crypto';
import type { HandlerMap } from '../../../shared/api';
import { formatUkDate, todayIso } from '../../../shared/dates';
import { displayName } from '../../../shared/domain/person';
import { attendedCount, currentMatch, type Goal, type Programme, type ProgrammeStatus } from '../../../shared/domain/programmes';
import type { Referral } from '../../../shared/domain/referrals';
import { ApiError } from '../../../shared/errors';
import { programmeRecords, programmeSessionRecords, referralRecords, volunteerRecords } from '../../documents';
import type { Transaction } from '../../store';
import { commit, type AuditInput } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { compact, findMember } from '../core/lookups';
import { acceptMember, type Staged } from '../referrals/referrals';
import { programmeKinds, saveKind, setKindArchived } from './programme-kinds';
import { paperHandlers } from './programme-paper';
import { findProgramme, findProgrammeSession, removeProgramme, sessionsOf } from './programme-records';
import { memberProgrammes, programmeDetail, programmeList, volunteerProgrammes } from './programme-views';
import { startableKind, suggestForStart } from './start-suggestions';
import { suggestFor } from './suggest';
import { activatedBy, checkSessionDate, sessionRecord, volunteerOn, withStatus } from './session-rules';
import { tripHandlers } from './travel-trips';

/**
 * One-to-one programmes. Each user action is one commit holding every record it touches and
 * one audit entry. Audit summaries never carry notes, goals or reasons typed by the
 * coordinator: those are about the member, and private notes stay on the session record only.
 */

const invalid = (field: string, message: string) => new ApiError('VALIDATION', 'Check the highlighted field.', { [field]: message });

function checkNotFuture(date: string, today: string, field: string): void {
  if (date > today) throw invalid(field, "The date can't be in the future");
}

function findVolunteerToMatch(ctx: AppContext, id: string, field: string) {
  const v = ctx.store.record(volunteerRecords, id);
  if (!v) throw invalid(field, 'That volunteer is no longer on record. Choose another.');
  if (v.status === 'left') throw invalid(field, `${displayName(v)} has left. Choose a current volunteer.`);
  return v;
}

/** Saves a changed programme (and whatever else `also` stages) with one audit entry. */
async function save(ctx: AppContext, before: Programme, after: Programme, audit: Omit<AuditInput, 'entity' | 'entityId'>, also?: (tx: Transaction) => void) {
  await commit(ctx, { ...audit, entity: 'programme', entityId: before.id }, (tx) => {
    tx.put(programmeRecords, compact(after), { replaces: before });
    also?.(tx);
  });
  return programmeDetail(ctx, before.id);
}

function refuseIfEnded(p: Programme, what: string): void {
  if (p.status === 'ended') throw new ApiError('CONFLICT', `This programme has ended. Reopen it to ${what}.`);
}

function findGoal(p: Programme, goalId: string): Goal {
  const g = p.goals.find((x) => x.id === goalId);
  if (!g) throw new ApiError('NOT_FOUND', 'That goal is no longer on record.');
  return g;
}

export const programmeHandlers: HandlerMap<AppContext>['programmes'] = {
  async kinds(_input, ctx) {
    return Promise.resolve(programmeKinds(ctx));
  },
  async saveKind({ id, kind }, ctx) {
    return saveKind(ctx, id, kind);
  },
  async setKindArchived({ id, archived }, ctx) {
    return setKindArchived(ctx, id, archived);
  },

  async list(query, ctx) {
    return Promise.resolve(programmeList(ctx, query));
  },
  async forMember({ memberId }, ctx) {
    return Promise.resolve(memberProgrammes(ctx, memberId));
  },
  async forVolunteer({ volunteerId }, ctx) {
    return Promise.resolve(volunteerProgrammes(ctx, volunteerId));
  },
  async get({ id }, ctx) {
    return Promise.resolve(programmeDetail(ctx, id));
  },

  async start(input, ctx) {
    const today = todayIso(ctx.now());
    const at = ctx.now().toISOString();
    const kind = startableKind(ctx, input.kindId);
    checkNotFuture(input.date, today, 'date');
    if (input.firstSessionDate && input.firstSessionDate < input.date) throw invalid('firstSessionDate', 'The first session is before the start: check the date');
    const volunteer = input.volunteerId ? findVolunteerToMatch(ctx, input.volunteerId, 'volunteerId') : undefined;

    const staged: Staged = { writes: [], audit: [] };
    const id = randomUUID();
    let memberId: string;
    let referral: Referral | undefined;
    if (input.referralId) {
      referral = ctx.store.record(referralRecords, input.referralId);
      if (!referral) throw new ApiError('NOT_FOUND', 'That referral is no longer on record.');
      if (referral.outcome === 'declined' || referral.outcome === 'withdrawn') {
        throw new ApiError('CONFLICT', `This referral was ${referral.outcome}, so a programme can't be started from it.`);
      }
      if (referral.programmeId && ctx.store.record(programmeRecords, referral.programmeId)) throw new ApiError('CONFLICT', 'A programme has already been started from this referral.');
      if (input.date < referral.receivedDate) throw invalid('date', `Enter a date on or after ${formatUkDate(referral.receivedDate)}, when the referral came in`);
      const existing = referral.memberId ? findMember(ctx, referral.memberId) : undefined;
      // An open referral is accepted on the start date; one accepted already keeps its decision.
      memberId = referral.outcome === 'open' || !existing ? acceptMember(staged, referral, existing, input.date, at) : existing.id;
      const before = referral;
      const after = compact<Referral>({
        ...before,
        ...(before.outcome === 'open' ? { outcome: 'accepted' as const, outcomeDate: input.date } : {}),
        memberId,
        programmeId: id,
        programmeKindId: kind.id,
        updatedAt: at,
      });
      staged.writes.push((tx) => tx.put(referralRecords, after, { replaces: before }));
    } else {
      memberId = findMember(ctx, input.memberId ?? '').id;
    }
    const status: ProgrammeStatus = volunteer ? 'matched' : 'waiting';
    const programme = compact<Programme>({
      id,
      createdAt: at,
      updatedAt: at,
      memberId,
      kindId: kind.id,
      referralId: referral?.id,
      startDate: input.date,
      status,
      statusHistory: [{ status, date: input.date, at }],
      matches: volunteer ? [{ volunteerId: volunteer.id, from: input.date }] : [],
      plannedSessions: kind.plannedSessions,
      extensions: [],
      firstSessionDate: input.firstSessionDate,
      goals: [],
    });
    // Starting it is the one action: the member made or activated, the referral accepted and
    // the programme go in one commit under one audit entry, which says if a member was added.
    const addedMember = staged.audit.some((a) => a.entity === 'member' && a.action === 'create');
    const from = referral ? (addedMember ? ' from a referral, adding the member' : ' from a referral') : '';
    const audit: AuditInput = { action: 'create', entity: 'programme', entityId: id, summary: `Started a ${kind.name} programme${from}` };
    await commit(ctx, audit, (tx) => {
      for (const write of staged.writes) write(tx);
      tx.put(programmeRecords, programme, { replaces: null });
    });
    return programmeDetail(ctx, id);
  },

  async suggest({ id }, ctx) {
    return Promise.resolve(suggestFor(ctx, id));
  },
  async suggestForStart(input, ctx) {
    return Promise.resolve(suggestForStart(ctx, input));
  },

  async match({ id, volunteerId, date, reason }, ctx) {
    const p = findProgramme(ctx, id);
    refuseIfEnded(p, 'change the volunteer');
    const today = todayIso(ctx.now());
    const volunteer = findVolunteerToMatch(ctx, volunteerId, 'volunteerId');
    checkNotFuture(date, today, 'date');
    if (date < p.startDate) throw invalid('date', `Enter a date on or after ${formatUkDate(p.startDate)}, when the programme started`);
    const now = currentMatch(p);
    if (now?.volunteerId === volunteerId) throw invalid('volunteerId', `${displayName(volunteer)} is already their volunteer`);
    if (now && !reason) throw invalid('reason', 'Say why the volunteer is changing');
    if (now && date < now.from) throw invalid('date', `Enter a date on or after ${formatUkDate(now.from)}, when the current volunteer started`);
    const at = ctx.now().toISOString();
    const matches = [...p.matches.map((m) => (m === now ? compact({ ...m, to: date, reason }) : m)), { volunteerId, from: date }];
    const after: Programme = { ...p, matches, ...(p.status === 'waiting' ? withStatus(p, 'matched', date, at) : {}), updatedAt: at };
    return save(ctx, p, after, { action: 'update', summary: now ? `Changed the volunteer on ${formatUkDate(date)}` : `Matched a volunteer on ${formatUkDate(date)}` });
  },

  async setStatus({ id, status, date }, ctx) {
    const p = findProgramme(ctx, id);
    refuseIfEnded(p, 'change its status');
    checkNotFuture(date, todayIso(ctx.now()), 'date');
    if (p.status === status) return programmeDetail(ctx, id);
    if (p.status === 'waiting') throw new ApiError('CONFLICT', 'Match a volunteer first.');
    if (date < p.startDate) throw invalid('date', `Enter a date on or after ${formatUkDate(p.startDate)}, when the programme started`);
    const last = p.statusHistory.at(-1);
    if (last && date < last.date) throw invalid('date', `Enter a date on or after ${formatUkDate(last.date)}, the last change of status`);
    const at = ctx.now().toISOString();
    const after: Programme = { ...p, ...withStatus(p, status, date, at), updatedAt: at };
    return save(ctx, p, after, { action: 'status', summary: `${status === 'paused' ? 'Paused' : 'Active'} from ${formatUkDate(date)}`, fields: ['Status'] });
  },

  async end({ id, date, ending, onward, note }, ctx) {
    const p = findProgramme(ctx, id);
    if (p.status === 'ended') throw new ApiError('CONFLICT', 'This programme has already ended.');
    checkNotFuture(date, todayIso(ctx.now()), 'date');
    if (date < p.startDate) throw invalid('date', `Enter a date on or after ${formatUkDate(p.startDate)}, when the programme started`);
    const lastSession = sessionsOf(ctx, id).at(-1);
    if (lastSession && lastSession.date > date) {
      throw invalid('date', `There are sessions after ${formatUkDate(date)}: move or delete them first, or end on or after ${formatUkDate(lastSession.date)}`);
    }
    const at = ctx.now().toISOString();
    const after: Programme = compact<Programme>({ ...p, ...withStatus(p, 'ended', date, at), ending: { date, ending, onward: [...new Set(onward)], note }, updatedAt: at });
    return save(ctx, p, after, { action: 'status', summary: `Ended on ${formatUkDate(date)}`, fields: ['Status'] });
  },

  async reopen({ id }, ctx) {
    const p = findProgramme(ctx, id);
    if (p.status !== 'ended') throw new ApiError('CONFLICT', 'This programme has not ended.');
    // Back to where it was before it ended.
    const previous = [...p.statusHistory].reverse().find((s) => s.status !== 'ended')?.status ?? (currentMatch(p) ? 'matched' : 'waiting');
    const at = ctx.now().toISOString();
    const after: Programme = compact<Programme>({ ...p, ...withStatus(p, previous, todayIso(ctx.now()), at), ending: undefined, updatedAt: at });
    return save(ctx, p, after, { action: 'status', summary: 'Reopened', fields: ['Status'] });
  },

  async extend({ id, plannedSessions, reason }, ctx) {
    const p = findProgramme(ctx, id);
    refuseIfEnded(p, 'extend it');
    if (p.plannedSessions === null) throw new ApiError('CONFLICT', 'This programme is open-ended: there is no planned number to extend.');
    const attended = attendedCount(sessionsOf(ctx, id));
    if (plannedSessions <= attended) throw invalid('plannedSessions', `Plan more than the ${attended} ${attended === 1 ? 'session' : 'sessions'} already attended`);
    if (plannedSessions === p.plannedSessions) throw invalid('plannedSessions', `${plannedSessions} sessions are planned already`);
    const at = ctx.now().toISOString();
    const after: Programme = { ...p, plannedSessions, extensions: [...p.extensions, { date: todayIso(ctx.now()), from: p.plannedSessions, to: plannedSessions, reason }], updatedAt: at };
    return save(ctx, p, after, { action: 'update', summary: `Planned sessions changed from ${p.plannedSessions} to ${plannedSessions}`, fields: ['Planned sessions'] });
  },

  async delete({ id }, ctx) {
    const p = findProgramme(ctx, id);
    const referral = p.referralId ? ctx.store.record(referralRecords, p.referralId) : undefined;
    await commit(ctx, { action: 'delete', entity: 'programme', entityId: id, summary: 'Deleted a programme and its sessions' }, (tx) => {
      removeProgramme(tx, ctx, p);
      // The referral no longer says it was accepted into a programme that is gone.
      if (referral?.programmeId === id) tx.put(referralRecords, compact({ ...referral, programmeId: undefined, programmeKindId: undefined, updatedAt: ctx.now().toISOString() }), { replaces: referral });
    });
    return { deleted: true as const };
  },

  async logSession({ programmeId, session }, ctx) {
    const p = findProgramme(ctx, programmeId);
    checkSessionDate(p, session.date, todayIso(ctx.now()));
    const volunteerId = volunteerOn(p, session.date);
    if (!volunteerId) throw new ApiError('CONFLICT', 'Match a volunteer before logging a session.');
    const at = ctx.now().toISOString();
    const record = sessionRecord(session, { id: randomUUID(), createdAt: at, programmeId }, volunteerId, at);
    const activated = activatedBy(p, record, at);
    await commit(ctx, { action: 'create', entity: 'programme-session', entityId: record.id, summary: `Logged a session on ${formatUkDate(record.date)}` }, (tx) => {
      tx.put(programmeSessionRecords, record, { replaces: null });
      if (activated) tx.put(programmeRecords, activated, { replaces: p });
    });
    return programmeDetail(ctx, programmeId);
  },

  async updateSession({ id, session }, ctx) {
    const before = findProgrammeSession(ctx, id);
    const p = findProgramme(ctx, before.programmeId);
    checkSessionDate(p, session.date, todayIso(ctx.now()));
    const at = ctx.now().toISOString();
    const volunteerId = before.date === session.date ? before.volunteerId : (volunteerOn(p, session.date) ?? before.volunteerId);
    const after = sessionRecord(session, before, volunteerId, at);
    const activated = activatedBy(p, after, at);
    await commit(ctx, { action: 'update', entity: 'programme-session', entityId: id, summary: `Changed the session of ${formatUkDate(before.date)}` }, (tx) => {
      // A session moved to another year moves to that year's document.
      if (before.date.slice(0, 4) === after.date.slice(0, 4)) tx.put(programmeSessionRecords, after, { replaces: before });
      else {
        tx.remove(programmeSessionRecords, before, { replaces: before });
        tx.put(programmeSessionRecords, after, { replaces: null });
      }
      if (activated) tx.put(programmeRecords, activated, { replaces: p });
    });
    return programmeDetail(ctx, p.id);
  },

  async deleteSession({ id }, ctx) {
    const s = findProgrammeSession(ctx, id);
    await commit(ctx, { action: 'delete', entity: 'programme-session', entityId: id, summary: `Deleted the session of ${formatUkDate(s.date)}` }, (tx) => tx.remove(programmeSessionRecords, s, { replaces: s }));
    return programmeDetail(ctx, s.programmeId);
  },

  async saveGoal({ programmeId, goalId, text, steps, targetDate, setOn: agreed }, ctx) {
    const p = findProgramme(ctx, programmeId);
    const at = ctx.now().toISOString();
    const existing = goalId ? findGoal(p, goalId) : undefined;
    const setOn = agreed ?? existing?.setOn ?? todayIso(ctx.now());
    if (agreed) {
      checkNotFuture(agreed, todayIso(ctx.now()), 'setOn');
      if (agreed < p.startDate) throw invalid('setOn', `Enter a date on or after ${formatUkDate(p.startDate)}, when the programme started`);
      const firstReview = existing?.reviews[0]?.date;
      if (firstReview && agreed > firstReview) throw invalid('setOn', `It was first reviewed on ${formatUkDate(firstReview)}: enter that date or earlier`);
    }
    const goal = compact<Goal>(existing ? { ...existing, text, steps, targetDate, setOn } : { id: randomUUID(), text, steps, targetDate, setOn, reviews: [] });
    const goals = existing ? p.goals.map((g) => (g.id === goal.id ? goal : g)) : [...p.goals, goal];
    return save(ctx, p, { ...p, goals, updatedAt: at }, { action: 'update', summary: existing ? 'Changed a goal' : 'Added a goal', fields: ['Goals'] });
  },

  async reviewGoal({ programmeId, goalId, date, progress, comment }, ctx) {
    const p = findProgramme(ctx, programmeId);
    const goal = findGoal(p, goalId);
    checkNotFuture(date, todayIso(ctx.now()), 'date');
    if (date < goal.setOn) throw invalid('date', `Enter a date on or after ${formatUkDate(goal.setOn)}, when the goal was set`);
    const reviewed = compact<Goal>({ ...goal, reviews: [...goal.reviews, { date, progress, comment }].sort((a, b) => a.date.localeCompare(b.date)) });
    const goals = p.goals.map((g) => (g.id === goalId ? reviewed : g));
    return save(ctx, p, { ...p, goals, updatedAt: ctx.now().toISOString() }, { action: 'update', summary: `Reviewed a goal on ${formatUkDate(date)}`, fields: ['Goals'] });
  },

  async deleteGoal({ programmeId, goalId }, ctx) {
    const p = findProgramme(ctx, programmeId);
    findGoal(p, goalId);
    return save(ctx, p, { ...p, goals: p.goals.filter((g) => g.id !== goalId), updatedAt: ctx.now().toISOString() }, { action: 'update', summary: 'Deleted a goal', fields: ['Goals'] });
  },
  ...tripHandlers,
  ...paperHandlers,
};
