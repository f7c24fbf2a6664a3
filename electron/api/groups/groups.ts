import { randomUUID } from 'node:crypto';
import type { GroupDetail, GroupSummary, HandlerMap, RosterRow, WaitingRow } from '../../../shared/api';
import { addDaysIso, formatUkDate, todayIso } from '../../../shared/dates';
import { GROUP_KIND_LABELS, hasRoster, type Group, type GroupInput } from '../../../shared/domain/groups';
import { ageWarning, byRegisterOrder, freePlaces, isReturning, openSpell, rosterOn } from '../../../shared/domain/group-roster';
import { registerWanted, sessionsForGroup } from '../../../shared/domain/group-sessions';
import { describeMeasurePlans } from '../../../shared/domain/outcome-plans';
import { nextOccurrences, scheduleInWords, skippedOccurrences } from '../../../shared/domain/schedule';
import { ApiError } from '../../../shared/errors';
import { groupRecords, groupsKind } from '../../documents';
import { commit } from '../core/audit-log';
import type { AppContext } from '../core/context';
import { allStoredSessions, compact, findGroup, findMember, findVenue, membersById, personRef, storedSessions, venueOf, volunteersById } from '../core/lookups';
import { checkPlans } from '../outcomes/completion-checks';
import { measureOf } from '../outcomes/completion-records';
import { printRoster, printRota } from '../sessions/printing';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const UPCOMING_DAYS = 8 * 7;
const RECENT_DAYS = 12 * 7;

function checkInput(ctx: AppContext, input: GroupInput): void {
  // Later than today would leave meetings still to come "not recorded" before they meet.
  if (input.registersFrom !== undefined && input.registersFrom > todayIso(ctx.now())) {
    throw new ApiError('VALIDATION', 'Check the highlighted field.', { registersFrom: 'Enter today’s date or an earlier one: meetings from today on are asked for a register anyway' });
  }
  if (input.venueId) findVenue(ctx, input.venueId);
  const volunteers = volunteersById(ctx);
  const unknown = input.facilitatorIds.filter((id) => !volunteers.has(id));
  if (unknown.length > 0) throw new ApiError('VALIDATION', 'Check the highlighted field.', { facilitatorIds: 'A facilitator chosen is no longer on record' });
  checkPlans(ctx, input.measures, 'measures');
}

export function groupSummary(ctx: AppContext, group: Group, today: string): GroupSummary {
  const venue = venueOf(ctx, group);
  const places = freePlaces(group, today);
  const next = group.archived ? undefined : nextOccurrences(group.schedule, today, 1)[0];
  const summary: GroupSummary = {
    id: group.id,
    name: group.name,
    kind: group.kind,
    scheduleInWords: scheduleInWords(group.schedule),
    memberCount: rosterOn(group, today).length,
    waitingCount: group.waitingList.length,
    archived: group.archived,
  };
  if (venue) summary.venueName = venue.name;
  if (group.capacity !== undefined) summary.capacity = group.capacity;
  if (places !== undefined) summary.freePlaces = places;
  if (next) summary.nextSessionDate = next;
  if (group.measures && group.measures.length > 0) summary.questionnaires = describeMeasurePlans(group.measures, (id) => measureOf(ctx, id)?.shortName);
  return summary;
}

export function groupDetail(ctx: AppContext, group: Group): GroupDetail {
  const today = todayIso(ctx.now());
  const members = membersById(ctx);
  const volunteers = volunteersById(ctx);
  const row = (spell: Group['roster'][number]): RosterRow => {
    const m = members.get(spell.memberId);
    const warning = ageWarning(group, m?.dateOfBirth, today);
    return compact<RosterRow>({
      ...(m ? personRef(m) : { id: spell.memberId, name: 'Deleted member' }),
      joined: spell.joined,
      left: spell.left,
      leftReason: spell.leftReason,
      returning: isReturning(group, spell),
      ageWarning: warning,
    });
  };
  // The register's order (surname first), so the group page, the register and the printed
  // roster and sign-in sheet list people the same way. A deleted member sorts by its label.
  const names = (spell: Group['roster'][number]) => members.get(spell.memberId) ?? { firstName: '', lastName: 'Deleted member' };
  const current = group.roster
    .filter((s) => s.left === undefined || s.left > today)
    .sort((a, b) => byRegisterOrder(names(a), names(b)))
    .map(row);
  const past = group.roster
    .filter((s) => s.left !== undefined && s.left <= today)
    .map(row)
    .sort((a, b) => (b.left ?? '').localeCompare(a.left ?? ''));
  const waiting: WaitingRow[] = group.waitingList.map((w, i) => {
    const m = members.get(w.memberId);
    return compact<WaitingRow>({ ...(m ? personRef(m) : { id: w.memberId, name: 'Deleted member' }), added: w.added, note: w.note, position: i + 1 });
  });
  const places = freePlaces(group, today);
  const history = allStoredSessions(ctx, group.id);
  const recentFrom = addDaysIso(today, -RECENT_DAYS);
  const upcomingTo = addDaysIso(today, UPCOMING_DAYS - 1);
  const stored = history.filter((s) => s.date >= recentFrom && s.date <= upcomingTo);
  const upcoming = sessionsForGroup(group, stored, today, upcomingTo);
  const recent = sessionsForGroup(group, stored, recentFrom, addDaysIso(today, -1)).reverse();
  const venue = venueOf(ctx, group);
  const detail: GroupDetail = {
    group,
    scheduleInWords: scheduleInWords(group.schedule),
    facilitators: group.facilitatorIds.flatMap((id) => {
      const v = volunteers.get(id);
      return v ? [personRef(v)] : [];
    }),
    roster: current,
    pastMembers: past,
    waitingList: waiting,
    upcoming,
    notMeeting: skippedOccurrences(group.schedule, today, upcomingTo).map((s) => ({ date: s.date, why: s.name ?? 'a date skipped in the group’s schedule' })),
    recent,
    sessionsHeld: history.filter((s) => s.register && !s.cancelled).length,
  };
  const next = upcoming.find((s) => !s.cancelled);
  if (next) detail.nextSession = { session: next, onRoster: rosterOn(group, next.date).length };
  const due = recent.filter(registerWanted);
  if (due[0]) detail.registerDue = { session: due[0], onRoster: rosterOn(group, due[0].date).length, older: due.length - 1 };
  if (venue) detail.venue = venue;
  if (places !== undefined) detail.freePlaces = places;
  if (places !== undefined && places > 0 && waiting[0]) detail.offerPlaceTo = waiting[0];
  return detail;
}

/** Saves a changed group with its audit entry, refused if the group on file is no longer `before`. */
async function saveGroup(ctx: AppContext, before: Group, after: Group, summary: string): Promise<void> {
  await commit(ctx, { action: 'update', entity: 'group', entityId: after.id, summary }, (tx) => tx.put(groupRecords, after, { replaces: before }));
}

function touch(group: Group, ctx: AppContext, changes: Partial<Group>): Group {
  return compact<Group>({ ...group, ...changes, updatedAt: ctx.now().toISOString() });
}

export const groupHandlers: HandlerMap<AppContext>['groups'] = {
  async list({ includeArchived }, ctx) {
    const today = todayIso(ctx.now());
    const groups = ctx.store.get(groupsKind).groups.filter((g) => includeArchived || !g.archived);
    return Promise.resolve(groups.map((g) => groupSummary(ctx, g, today)).sort((a, b) => collator.compare(a.name, b.name)));
  },

  async get({ id }, ctx) {
    return Promise.resolve(groupDetail(ctx, findGroup(ctx, id)));
  },

  async create({ group }, ctx) {
    checkInput(ctx, group);
    const at = ctx.now().toISOString();
    const record = compact<Group>({ ...group, id: randomUUID(), createdAt: at, updatedAt: at, roster: [], waitingList: [], archived: false });
    await commit(ctx, { action: 'create', entity: 'group', entityId: record.id, summary: `Added the group (${GROUP_KIND_LABELS[record.kind]})` }, (tx) =>
      tx.put(groupRecords, record, { replaces: null }),
    );
    return record;
  },

  async update({ id, group }, ctx) {
    const before = findGroup(ctx, id);
    checkInput(ctx, group);
    // The group form does not show questionnaires: without them in the input, the group keeps its own.
    const after = touch(before, ctx, { ...group, measures: group.measures ?? before.measures });
    // Keys the form leaves blank must be cleared, not kept from before.
    for (const key of ['venueId', 'onlineDetails', 'capacity', 'guidelines', 'registersFrom'] as const) if (group[key] === undefined) delete after[key];
    await saveGroup(ctx, before, after, 'Changed group details');
    return after;
  },

  async setArchived({ id, archived }, ctx) {
    const before = findGroup(ctx, id);
    const after = touch(before, ctx, { archived });
    await saveGroup(ctx, before, after, archived ? 'Archived the group' : 'Brought the group back from the archive');
    return after;
  },

  async addMember({ groupId, memberId, joined, overCapacity }, ctx) {
    const group = findGroup(ctx, groupId);
    const member = findMember(ctx, memberId);
    if (!hasRoster(group.kind)) throw new ApiError('CONFLICT', 'Drop-ins have no roster: people come as walk-ins.');
    if (openSpell(group, memberId)) throw new ApiError('CONFLICT', `${personRef(member).name} is already in this group.`);
    const lastLeft = group.roster.filter((s) => s.memberId === memberId && s.left !== undefined).map((s) => s.left!).sort().pop();
    if (lastLeft && joined < lastLeft) {
      throw new ApiError('VALIDATION', 'Check the highlighted field.', { joined: `Enter a date on or after ${formatUkDate(lastLeft)}, when they last left` });
    }
    const places = freePlaces(group, joined);
    if (places !== undefined && places <= 0 && !overCapacity) {
      throw new ApiError('CONFLICT', `The group is full (${group.capacity} places). Add them to the waiting list, or add them anyway.`);
    }
    const warnings: string[] = [];
    const age = ageWarning(group, member.dateOfBirth, joined);
    if (age) warnings.push(age);
    if (places !== undefined && places <= 0) warnings.push(`The group now has more members than its ${group.capacity} places.`);
    const after = touch(group, ctx, {
      roster: [...group.roster, { memberId, joined }],
      waitingList: group.waitingList.filter((w) => w.memberId !== memberId),
    });
    await saveGroup(ctx, group, after, lastLeft ? 'A member came back to the group' : 'Added a member to the group');
    return { detail: groupDetail(ctx, after), warnings };
  },

  async removeMember({ groupId, memberId, date, reason }, ctx) {
    const group = findGroup(ctx, groupId);
    const spell = openSpell(group, memberId);
    if (!spell) throw new ApiError('CONFLICT', 'They are not in this group now.');
    if (date < spell.joined) {
      throw new ApiError('VALIDATION', 'Check the highlighted field.', { date: `Enter a date on or after ${formatUkDate(spell.joined)}, when they joined` });
    }
    const after = touch(group, ctx, {
      roster: group.roster.map((s) => (s === spell ? compact({ ...s, left: date, leftReason: reason }) : s)),
    });
    await saveGroup(ctx, group, after, `A member left the group from ${formatUkDate(date)}`);
    return groupDetail(ctx, after);
  },

  async addToWaitingList({ groupId, memberId, note }, ctx) {
    const group = findGroup(ctx, groupId);
    const member = findMember(ctx, memberId);
    if (group.waitingList.some((w) => w.memberId === memberId)) throw new ApiError('CONFLICT', `${personRef(member).name} is already on the waiting list.`);
    if (openSpell(group, memberId)) throw new ApiError('CONFLICT', `${personRef(member).name} is already in this group.`);
    const warnings: string[] = [];
    const age = ageWarning(group, member.dateOfBirth, todayIso(ctx.now()));
    if (age) warnings.push(age);
    const after = touch(group, ctx, { waitingList: [...group.waitingList, compact({ memberId, added: todayIso(ctx.now()), note })] });
    await saveGroup(ctx, group, after, 'Added someone to the waiting list');
    return { detail: groupDetail(ctx, after), warnings };
  },

  async removeFromWaitingList({ groupId, memberId }, ctx) {
    const group = findGroup(ctx, groupId);
    const after = touch(group, ctx, { waitingList: group.waitingList.filter((w) => w.memberId !== memberId) });
    await saveGroup(ctx, group, after, 'Took someone off the waiting list');
    return groupDetail(ctx, after);
  },

  async moveOnWaitingList({ groupId, memberId, direction }, ctx) {
    const group = findGroup(ctx, groupId);
    const list = [...group.waitingList];
    const i = list.findIndex((w) => w.memberId === memberId);
    const j = direction === 'up' ? i - 1 : i + 1;
    if (i === -1 || j < 0 || j >= list.length) return groupDetail(ctx, group);
    [list[i], list[j]] = [list[j]!, list[i]!];
    const after = touch(group, ctx, { waitingList: list });
    await saveGroup(ctx, group, after, 'Changed the order of the waiting list');
    return groupDetail(ctx, after);
  },

  async sessions({ groupId, from, to }, ctx) {
    const group = findGroup(ctx, groupId);
    if (to < from) throw new ApiError('VALIDATION', 'Check the highlighted field.', { to: 'The end date must be after the start date' });
    return Promise.resolve(sessionsForGroup(group, storedSessions(ctx, from, to, groupId), from, to));
  },

  printRoster: (input, ctx) => printRoster(ctx, input.groupId, input.includeEmergencyContacts),
  printRota: (input, ctx) => printRota(ctx, input.month),
};
