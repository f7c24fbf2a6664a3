import { slugify } from '../../../shared/text';
import type { FileDownload } from '../../../shared/files';
import { addDaysIso, lastDayOfMonthIso, todayIso } from '../../../shared/dates';
import { GROUP_KIND_LABELS, hasRoster, type Group } from '../../../shared/domain/groups';
import { inRegisterOrder, rosterOn } from '../../../shared/domain/group-roster';
import { sessionsForGroup } from '../../../shared/domain/group-sessions';
import { displayName } from '../../../shared/domain/person';
import { scheduleInWords, skippedOccurrences } from '../../../shared/domain/schedule';
import { accessSummary, type Venue } from '../../../shared/domain/venues';
import { ApiError } from '../../../shared/errors';
import { pdfDownload } from '../../pdf/render';
import { rosterDocument } from '../../pdf/roster';
import { rotaDocument } from '../../pdf/rota';
import { signInSheetDocument, signInSheetsDocument } from '../../pdf/sign-in';
import type { RosterData, RotaSession, SignInSheetData, VenueForPrint } from '../../pdf/types';
import { groupsKind } from '../../documents';
import type { AppContext } from '../core/context';
import { compact, findGroup, membersById, settingsOf, storedSessions, venueOf, volunteersById } from '../core/lookups';
import type { ResolvedSession } from './session-access';

/** Assembles what each printed document shows from the records, then renders it to PDF. */

function organisation(ctx: AppContext): string {
  return settingsOf(ctx).organisationName || 'Peer Desk';
}

function venueForPrint(v: Venue | undefined): VenueForPrint | undefined {
  if (!v) return undefined;
  const addressLines = [v.address.line1, v.address.line2, v.address.town, v.address.postcode].filter((x): x is string => Boolean(x));
  return compact<VenueForPrint>({ name: v.name, addressLines, access: accessSummary(v), transportNotes: v.transportNotes });
}


export function rosterData(ctx: AppContext, group: Group, includeEmergencyContacts: boolean): RosterData {
  const today = todayIso(ctx.now());
  const members = membersById(ctx);
  const volunteers = volunteersById(ctx);
  const spells = new Map(rosterOn(group, today).map((s) => [s.memberId, s]));
  const people = inRegisterOrder([...spells.keys()].flatMap((id) => members.get(id) ?? []));
  return compact<RosterData>({
    organisationName: organisation(ctx),
    printedOn: today,
    group: {
      name: group.name,
      kindLabel: GROUP_KIND_LABELS[group.kind],
      scheduleInWords: scheduleInWords(group.schedule),
      venue: venueForPrint(venueOf(ctx, group)),
      onlineDetails: group.onlineDetails,
      capacity: group.capacity,
      eligibilityNote: group.eligibility.note,
      guidelines: group.guidelines,
    },
    facilitators: group.facilitatorIds.flatMap((id) => {
      const v = volunteers.get(id);
      return v ? [compact({ name: displayName(v), phone: v.phone })] : [];
    }),
    members: people.map((m) =>
      compact({
        name: displayName(m),
        phone: m.phone,
        joined: spells.get(m.id)!.joined,
        emergencyContact: includeEmergencyContacts ? m.emergencyContact : undefined,
      }),
    ),
    includeEmergencyContacts,
    waitingListCount: group.waitingList.length,
  });
}

export async function printRoster(ctx: AppContext, groupId: string, includeEmergencyContacts: boolean): Promise<FileDownload> {
  const group = findGroup(ctx, groupId);
  return pdfDownload(`roster-${slugify(group.name, 'group')}-${todayIso(ctx.now())}.pdf`, rosterDocument(rosterData(ctx, group, includeEmergencyContacts)));
}

interface PeopleMaps {
  members: ReturnType<typeof membersById>;
  volunteers: ReturnType<typeof volunteersById>;
}

/** What one sign-in sheet shows. `lookup` lets a week of sheets look everyone up once. */
export function signInData(ctx: AppContext, { group, session }: ResolvedSession, lookup: PeopleMaps = { members: membersById(ctx), volunteers: volunteersById(ctx) }): SignInSheetData {
  const { members, volunteers } = lookup;
  const dropIn = !hasRoster(group.kind);
  const people = dropIn ? [] : inRegisterOrder(rosterOn(group, session.date).flatMap((s) => members.get(s.memberId) ?? []));
  return compact<SignInSheetData>({
    organisationName: organisation(ctx),
    printedOn: todayIso(ctx.now()),
    groupName: group.name,
    date: session.date,
    startTime: session.startTime,
    endTime: session.endTime,
    venue: venueForPrint(venueOf(ctx, group)),
    onlineDetails: group.onlineDetails,
    dropIn,
    members: people.map((m) => ({ name: displayName(m) })),
    blankRows: Math.max(5, settingsOf(ctx).signInBlankRows),
    facilitatorNames: group.facilitatorIds.flatMap((id) => {
      const v = volunteers.get(id);
      return v ? [displayName(v)] : [];
    }),
  });
}

export async function printSignInSheet(ctx: AppContext, resolved: ResolvedSession): Promise<FileDownload> {
  if (resolved.session.cancelled) throw new ApiError('CONFLICT', 'This session is cancelled, so there is no sign-in sheet to print.');
  return pdfDownload(`sign-in-${slugify(resolved.group.name, 'group')}-${resolved.session.date}.pdf`, signInSheetDocument(signInData(ctx, resolved)));
}

export async function printWeekSignInSheets(ctx: AppContext, weekStart: string): Promise<FileDownload> {
  const to = addDaysIso(weekStart, 6);
  const stored = storedSessions(ctx, weekStart, to);
  const sheets: SignInSheetData[] = [];
  const groups = ctx.store.get(groupsKind).groups.filter((g) => !g.archived);
  const sessions = groups.flatMap((group) =>
    sessionsForGroup(group, stored.filter((s) => s.groupId === group.id), weekStart, to)
      .filter((s) => !s.cancelled)
      .map((session) => ({ group, session })),
  );
  sessions.sort((a, b) => a.session.date.localeCompare(b.session.date) || a.session.startTime.localeCompare(b.session.startTime));
  const lookup = { members: membersById(ctx), volunteers: volunteersById(ctx) };
  for (const s of sessions) sheets.push(signInData(ctx, s, lookup));
  if (sheets.length === 0) throw new ApiError('CONFLICT', 'No sessions that week, so there are no sign-in sheets to print.');
  return pdfDownload(`sign-in-sheets-week-of-${weekStart}.pdf`, signInSheetsDocument(sheets));
}

export async function printRota(ctx: AppContext, month: string): Promise<FileDownload> {
  const from = `${month}-01`;
  const to = lastDayOfMonthIso(from);
  const stored = storedSessions(ctx, from, to);
  const volunteers = volunteersById(ctx);
  const sessions = ctx.store
    .get(groupsKind)
    .groups.filter((g) => !g.archived)
    .flatMap((group) => {
      const venue = venueOf(ctx, group);
      return sessionsForGroup(group, stored.filter((s) => s.groupId === group.id), from, to).map((s): RotaSession =>
        compact({
          date: s.date,
          groupName: group.name,
          startTime: s.startTime,
          endTime: s.endTime,
          venueName: venue?.name,
          // Who actually facilitated once the register is in; who is due to, before.
          // Given name and surname apart, so a crowded month can print "S. Llewelyn-Ap Rhys".
          facilitators: (s.register ? s.register.facilitatorsPresent : group.facilitatorIds).flatMap((id) => {
            const v = volunteers.get(id);
            return v ? [{ given: v.preferredName || v.firstName, surname: v.lastName }] : [];
          }),
          cancelled: s.cancelled ? true : undefined,
        }),
      ).concat(
        skippedOccurrences(group.schedule, from, to).map((skip): RotaSession =>
          compact({
            date: skip.date,
            groupName: group.name,
            startTime: group.schedule.startTime,
            endTime: group.schedule.endTime,
            venueName: venue?.name,
            facilitators: [],
            noMeeting: skip.name ?? 'date skipped',
          }),
        ),
      );
    });
  return pdfDownload(`rota-${month}.pdf`, rotaDocument({ organisationName: organisation(ctx), printedOn: todayIso(ctx.now()), month, sessions }));
}
