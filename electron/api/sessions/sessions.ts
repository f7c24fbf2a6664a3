import type { HandlerMap, PersonRef, SessionDetail, SessionListItem } from '../../../shared/api';
import { addDaysIso, formatUkDate, todayIso } from '../../../shared/dates';
import { hasRoster } from '../../../shared/domain/groups';
import { inRegisterOrder, rosterOn } from '../../../shared/domain/group-roster';
import { sessionsForGroup } from '../../../shared/domain/group-sessions';
import { sessionMinutes, type Register } from '../../../shared/domain/sessions';
import { matchesQuery } from '../../../shared/domain/people-search';
import { ApiError } from '../../../shared/errors';
import { groupsKind, memberRecords, membersKind } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { newMemberFrom } from '../members/member-records';
import { allStoredSessions, compact, findGroup, membersById, personRef, settingsOf, storedSessions, volunteersById } from '../core/lookups';
import { markNotRecorded, undoNotRecorded } from './not-recorded';
import { printSignInSheet, printWeekSignInSheets } from './printing';
import { oneOffSessionId, resolveSession, sessionListItem, stageSession, toRecord, type ResolvedSession } from './session-access';

function detail(ctx: AppContext, { group, session }: ResolvedSession): SessionDetail {
  const members = membersById(ctx);
  const volunteers = volunteersById(ctx);
  const known = (ids: readonly string[], from: ReturnType<typeof membersById> | ReturnType<typeof volunteersById>): PersonRef[] =>
    ids.flatMap((id) => {
      const p = from.get(id);
      return p ? [personRef(p)] : [];
    });
  const dropIn = !hasRoster(group.kind);
  const rostered = dropIn ? [] : inRegisterOrder(rosterOn(group, session.date).flatMap((s) => members.get(s.memberId) ?? []));
  const register = session.register ? onTheRoster(session.register, new Set(rostered.map((m) => m.id))) : undefined;
  return {
    session: sessionListItem(ctx, group, register ? { ...session, register } : session),
    roster: rostered.map(personRef),
    walkIns: known(register?.walkIns ?? [], members),
    facilitators: known(group.facilitatorIds, volunteers),
    facilitatorsPresent: known(session.register?.facilitatorsPresent ?? [], volunteers),
    dropIn,
  };
}

/**
 * A walk-in who has since joined the group from a date on or before this session is on its
 * roster now: they are shown once, on the roster, marked present (they came), not twice with
 * an unmarked roster row that would save as absent.
 */
function onTheRoster(register: Register, rostered: ReadonlySet<string>): Register {
  const joined = register.walkIns.filter((id) => rostered.has(id));
  if (joined.length === 0) return register;
  const marks = { ...register.marks };
  for (const id of joined) marks[id] = 'present';
  return { ...register, marks, walkIns: register.walkIns.filter((id) => !rostered.has(id)) };
}

export function weekSessions(ctx: AppContext, weekStart: string, days = 7): SessionListItem[] {
  const to = addDaysIso(weekStart, days - 1);
  const stored = storedSessions(ctx, weekStart, to);
  const out: SessionListItem[] = [];
  for (const group of ctx.store.get(groupsKind).groups) {
    if (group.archived) continue;
    const mine = stored.filter((s) => s.groupId === group.id);
    for (const s of sessionsForGroup(group, mine, weekStart, to)) out.push(sessionListItem(ctx, group, s));
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.groupName.localeCompare(b.groupName));
}

export const sessionHandlers: HandlerMap<AppContext>['sessions'] = {
  async week({ weekStart }, ctx) {
    return Promise.resolve(weekSessions(ctx, weekStart));
  },

  async get({ sessionId }, ctx) {
    return Promise.resolve(detail(ctx, resolveSession(ctx, sessionId)));
  },

  async addOneOff({ groupId, date, startTime, endTime }, ctx) {
    const group = findGroup(ctx, groupId);
    const id = oneOffSessionId(groupId, date);
    const record = { id, groupId, date, startTime, endTime, oneOff: true, updatedAt: ctx.now().toISOString() };
    await commit(ctx, { action: 'create', entity: 'session', entityId: id, summary: `Added a one-off session on ${formatUkDate(date)}` }, (tx) =>
      stageSession(tx, undefined, record),
    );
    return sessionListItem(ctx, group, { ...record, scheduled: false, stored: true });
  },

  async cancel({ sessionId, reason }, ctx) {
    const resolved = resolveSession(ctx, sessionId);
    if (resolved.session.register) throw new ApiError('CONFLICT', 'This session has a register, so it took place. Clear the register first if it really was cancelled.');
    // Cancelled says more than "not recorded": it did not meet. One or the other is kept, not both.
    const { notRecorded: _n, ...record } = toRecord(resolved.session, { cancelled: { reason, at: ctx.now().toISOString() } }, ctx.now());
    await commit(ctx, { action: 'update', entity: 'session', entityId: sessionId, summary: `Cancelled the session on ${formatUkDate(resolved.session.date)}` }, (tx) =>
      stageSession(tx, resolved.onFile, record),
    );
    const { notRecorded: _was, ...session } = resolved.session;
    return sessionListItem(ctx, resolved.group, { ...session, cancelled: record.cancelled!, stored: true });
  },

  async reinstate({ sessionId }, ctx) {
    const resolved = resolveSession(ctx, sessionId);
    const { cancelled: _c, ...rest } = toRecord(resolved.session, {}, ctx.now());
    // A scheduled meeting with nothing else recorded needs no stored record at all.
    const keep = rest.oneOff || rest.register !== undefined;
    await commit(ctx, { action: 'update', entity: 'session', entityId: sessionId, summary: `Reinstated the session on ${formatUkDate(resolved.session.date)}` }, (tx) =>
      stageSession(tx, resolved.onFile, keep ? rest : null),
    );
    const { cancelled: _gone, ...session } = resolved.session;
    return sessionListItem(ctx, resolved.group, { ...session, stored: keep });
  },

  markNotRecorded: (input, ctx) => markNotRecorded(ctx, input.sessionId, input.reason),
  undoNotRecorded: (input, ctx) => undoNotRecorded(ctx, input.sessionId),

  async saveRegister(input, ctx) {
    const resolved = resolveSession(ctx, input.sessionId);
    const { group, session } = resolved;
    if (session.cancelled) throw new ApiError('CONFLICT', 'This session was cancelled. Reinstate it before taking the register.');
    if (session.date > todayIso(ctx.now())) throw new ApiError('CONFLICT', `This session is on ${formatUkDate(session.date)}: take the register on the day or after.`);
    const members = membersById(ctx);
    const volunteers = volunteersById(ctx);
    const rostered = new Set(hasRoster(group.kind) ? rosterOn(group, session.date).map((s) => s.memberId) : []);
    for (const memberId of Object.keys(input.marks)) {
      if (!rostered.has(memberId)) throw new ApiError('CONFLICT', 'The register marks someone who is not on the roster that day. Reload the register and try again.');
    }
    const cameAsWalkIn = new Set(input.walkIns);
    const walkIns = [...cameAsWalkIn].filter((id) => !rostered.has(id));
    if (walkIns.some((id) => !members.has(id))) throw new ApiError('NOT_FOUND', 'A walk-in is no longer on record. Reload the register and try again.');
    if (input.facilitatorsPresent.some((id) => !volunteers.has(id))) throw new ApiError('NOT_FOUND', 'A facilitator is no longer on record.');
    // Everyone on the roster gets a mark: unmarked means absent, so the count never silently
    // drops people — except someone sent as a walk-in who is on the roster that day: they came.
    const marks: Register['marks'] = {};
    for (const id of rostered) marks[id] = input.marks[id] ?? (cameAsWalkIn.has(id) ? 'present' : 'absent');
    const register = compact<Register>({
      takenAt: ctx.now().toISOString(),
      marks,
      walkIns,
      anonymousCount: input.anonymousCount,
      facilitatorsPresent: [...new Set(input.facilitatorsPresent)],
      notes: input.notes,
    });
    // A register taken after all makes the session recorded: the mark goes.
    const { notRecorded: _n, ...record } = toRecord(session, { register }, ctx.now());
    const audit = {
      action: 'update' as const,
      entity: 'session',
      entityId: session.id,
      summary: `${session.register ? 'Changed' : 'Took'} the register for ${formatUkDate(session.date)}`,
    };
    await commit(ctx, audit, (tx) => stageSession(tx, resolved.onFile, record));
    const { notRecorded: _was, ...taken } = session;
    return detail(ctx, { group, session: { ...taken, register, stored: true } });
  },

  async quickAddPerson({ firstName, lastName, phone }, ctx) {
    const at = ctx.now().toISOString();
    const today = todayIso(ctx.now());
    const member = newMemberFrom({ firstName, lastName, phone }, [{ status: 'active', date: today, recordedAt: at, note: 'Added as a walk-in at a session' }], at);
    await commit(ctx, { action: 'create', entity: 'member', entityId: member.id, summary: 'Added a member as a walk-in' }, (tx) => tx.put(memberRecords, member, { replaces: null }));
    return personRef(member);
  },

  async findPeople({ query }, ctx) {
    if (query.trim() === '') return Promise.resolve([]);
    // The people search keeps each member's folded search text, so a keystroke folds nothing.
    const found = ctx.store
      .get(membersKind)
      .members.filter((m) => matchesQuery(m, query))
      .slice(0, 20);
    return Promise.resolve(inRegisterOrder(found).map(personRef));
  },

  printSignInSheet: ({ sessionId }, ctx) => printSignInSheet(ctx, resolveSession(ctx, sessionId)),
  printWeekSignInSheets: ({ weekStart }, ctx) => printWeekSignInSheets(ctx, weekStart),

  async facilitatorHours({ volunteerId }, ctx) {
    const prep = settingsOf(ctx).prepMinutes;
    const groups = new Map(ctx.store.get(groupsKind).groups.map((g) => [g.id, g.name]));
    const sessions = allStoredSessions(ctx)
      .filter((s) => !s.cancelled && s.register?.facilitatorsPresent.includes(volunteerId))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((s) => ({ sessionId: s.id, date: s.date, groupName: groups.get(s.groupId) ?? 'Deleted group', minutes: sessionMinutes(s) + prep }));
    const sessionTotal = sessions.reduce((sum, s) => sum + s.minutes - prep, 0);
    return Promise.resolve({
      totalMinutes: sessionTotal + prep * sessions.length,
      sessionMinutes: sessionTotal,
      prepMinutes: prep * sessions.length,
      sessions,
    });
  },
};
