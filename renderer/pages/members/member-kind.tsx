import { contactColumn } from '../people/contact-column';
import { Link } from 'wouter';
import type { MemberListQuery, MemberSummary } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import {
  MEMBER_STATUSES,
  NEWSLETTER_LABELS,
  NEWSLETTER_PREFERENCES,
  NO_GENDER_PREFERENCE,
  VOLUNTEER_GENDER_PREFERENCE_LABELS,
  memberFormSchema,
  memberJoinedDate,
  type Member,
  type MemberFormValues,
  type MemberInput,
  type MemberStatus,
} from '../../../shared/domain/members';
import { MEMBER_KIND } from '../../../shared/domain/person-kinds';
import { Choice, SelectField } from '../../components/Fields';
import { api } from '../../lib/api';
import { EMPTY_PERSON_FORM, listText, personFormFromRecord } from '../people/form-values';
import { createListState, peopleSorts } from '../people/list-state';
import { personApi } from '../people/person-api';
import type { PersonKind, ProfileParts, ProfileShell } from '../people/person-kind';
import { Detail } from '../people/ProfileParts';
import { availabilityText } from '../people/availability-text';
import { ConsentsTab } from '../people/ConsentsTab';
import { DeviceLoansTab } from './DeviceLoansTab';
import { MemberProgrammesTab } from '../programmes/MemberProgrammesTab';
import { ProgrammesDeleteNote } from '../programmes/ProgrammesDeleteNote';
import { OutcomesTab } from '../outcomes/OutcomesTab';
import { EqualityTab } from './EqualityTab';
import { KeyContactFilter } from './KeyContactFilter';
import { InterestsAndAccess, JoinedDate, MatchingFields, NewsletterPreference, VolunteersChosen } from './MemberFields';
import { useVolunteerOnRecord, volunteerLabel, type VolunteerOnRecord } from './volunteer-choices';
import './members.css';

/** The list of members: its search, filters, sort and page. */
export type MemberListState = Required<Pick<MemberListQuery, 'query' | 'status' | 'newsletter' | 'keyContactId' | 'deviceLoanOut' | 'sort' | 'direction'>> & {
  page: number;
};

function yesNo(v: boolean | undefined): string | undefined {
  return v === undefined ? undefined : v ? 'Yes' : 'No';
}

function digitalLines(m: Member): string {
  const lines = [
    ['Has a phone, tablet or computer', yesNo(m.digital.hasDevice)],
    ['Has internet at home', yesNo(m.digital.hasInternet)],
    ['Would like to borrow a device', yesNo(m.digital.needsDeviceLoan)],
  ].filter(([, v]) => v !== undefined);
  return lines.map(([q, v]) => `${q}: ${v}`).join('\n');
}

/** Its own small card on Details: what "Suggest volunteers" reads for one-to-one support. */
function MatchingCard({ member: m }: { member: Member }) {
  return (
    <section className="card" aria-labelledby="matching-title">
      <h2 id="matching-title">Matching for one-to-one support</h2>
      <dl className="details">
        <Detail term="Languages">{(m.languages ?? []).join(', ')}</Detail>
        <Detail term="When they could meet">{availabilityText(m.availability ?? [])}</Detail>
        <Detail term="Would like a volunteer who is">{m.prefersVolunteerGender ? VOLUNTEER_GENDER_PREFERENCE_LABELS[m.prefersVolunteerGender] : NO_GENDER_PREFERENCE}</Detail>
        <Detail term="Must speak">{m.needsLanguage}</Detail>
        <Detail term="Other preferences">{m.matchingNotes}</Detail>
      </dl>
    </section>
  );
}

function devicesText(m: MemberSummary): string {
  if (m.devicesOut === 0) return '';
  const out = `${m.devicesOut} on loan`;
  return m.devicesOverdue > 0 ? `${out} (${m.devicesOverdue} overdue)` : out;
}

/** Their own volunteer record, when they are a volunteer too: a link while it is on record. */
function LinkedVolunteer({ linked }: { linked: VolunteerOnRecord | null }) {
  if (!linked) return 'No';
  if (linked.status === 'found') return <Link href={`/volunteers/${linked.volunteer.id}`}>Open the volunteer record of {linked.volunteer.name}</Link>;
  if (linked.status === 'gone') return 'Their volunteer record is no longer on file';
  return volunteerLabel(linked);
}

/**
 * A member's part of the profile: their key contact and linked volunteer record, named from
 * those two volunteers alone (never the whole list), and the device loans, consents and
 * equality monitoring tabs.
 */
function useMemberParts(_id: string, member: Member | null, shell: ProfileShell<Member>): ProfileParts<Member, MemberStatus> {
  const keyContact = useVolunteerOnRecord(member?.keyContactId);
  const linked = useVolunteerOnRecord(member?.volunteerId);
  return {
    lede: () => (keyContact ? `Key contact: ${volunteerLabel(keyContact)}` : 'No key contact'),
    sectionRows: (m) => (
      <>
        <Detail term="Date joined">{formatUkDate(memberJoinedDate(m))}</Detail>
        <Detail term="Key contact">{keyContact ? volunteerLabel(keyContact) : undefined}</Detail>
        <Detail term="Also a volunteer">
          <LinkedVolunteer linked={linked} />
        </Detail>
      </>
    ),
    tabs: (m) => [
      { id: 'programmes', label: 'Programmes', content: <MemberProgrammesTab member={m} /> },
      { id: 'outcomes', label: 'Outcomes', content: <OutcomesTab member={m} /> },
      { id: 'loans', label: 'Device loans', content: <DeviceLoansTab member={m} onSaved={shell.saved} /> },
      { id: 'consents', label: 'Consents', content: <ConsentsTab person={m} area={api.members} onSaved={shell.saved} /> },
      { id: 'equality', label: 'Equality monitoring', content: <EqualityTab member={m} onSaved={shell.saved} /> },
    ],
    deleteNote: (m) => <ProgrammesDeleteNote memberId={m.id} />,
  };
}

const listState = createListState<MemberListState>({ query: '', status: 'all', newsletter: '', keyContactId: '', deviceLoanOut: false }, { status: 'current' }, 'peer-desk.members-list');

export const MEMBERS: PersonKind<Member, MemberFormValues, MemberInput, MemberStatus, MemberSummary, MemberListState> = {
  ...MEMBER_KIND,
  statuses: MEMBER_STATUSES,
  statusTones: { active: 'active', left: 'left', 'on-break': 'paused' },
  section: { id: 'support', title: 'Support' },
  path: '/members',
  api: personApi(api.members, 'member', 'includeEquality'),
  importNote:
    "Equality monitoring answers are never read from a file: they are special category data, so they are added on each member's Equality monitoring tab.",

  form: {
    schema: memberFormSchema,
    empty: {
      ...EMPTY_PERSON_FORM,
      joinedDate: '',
      keyContactId: '',
      interests: '',
      accessNeeds: '',
      digital: { hasDevice: false, hasInternet: false, needsDeviceLoan: false },
      newsletter: 'none',
      volunteerId: '',
      languages: '',
      availability: [],
      matchingNotes: '',
      prefersVolunteerGender: '',
      needsLanguage: '',
    },
    fromRecord: (m) => ({
      ...personFormFromRecord(m),
      joinedDate: formatUkDate(m.joinedDate),
      keyContactId: m.keyContactId ?? '',
      interests: listText(m.interests),
      accessNeeds: m.accessNeeds ?? '',
      digital: { hasDevice: m.digital.hasDevice ?? false, hasInternet: m.digital.hasInternet ?? false, needsDeviceLoan: m.digital.needsDeviceLoan ?? false },
      newsletter: m.newsletter,
      volunteerId: m.volunteerId ?? '',
      languages: listText(m.languages ?? []),
      availability: (m.availability ?? []) as MemberFormValues['availability'],
      matchingNotes: m.matchingNotes ?? '',
      prefersVolunteerGender: m.prefersVolunteerGender ?? '',
      needsLanguage: m.needsLanguage ?? '',
    }),
    newStatus: 'referred',
    statusHint: 'Where they are now. You can change it later from their profile.',
    dateOfBirthHint: 'For example, 27/03/1950',
    Contact: NewsletterPreference,
    About: InterestsAndAccess,
    Section: { Before: JoinedDate, After: VolunteersChosen },
    More: MatchingFields,
  },

  profile: {
    history: 'tabs',
    stopped: 'coming',
    contactRows: (m) => <Detail term="Newsletter">{NEWSLETTER_LABELS[m.newsletter]}</Detail>,
    aboutRows: (m) => (
      <>
        <Detail term="Interests">{m.interests.join(', ')}</Detail>
        <Detail term="Access needs">{m.accessNeeds}</Detail>
        <Detail term="Digital access">{digitalLines(m)}</Detail>
      </>
    ),
    moreCards: (m) => <MatchingCard member={m} />,
    useParts: useMemberParts,
  },

  list: {
    state: listState,
    sorts: peopleSorts({ sort: 'joined', label: 'Date joined' }, 'Status (in order)'),
    columns: [
      contactColumn(),
      { header: 'Key contact', cell: (m) => m.keyContact },
      { header: 'Newsletter', cell: (m) => NEWSLETTER_LABELS[m.newsletter] },
      { header: 'Devices', cell: devicesText },
      { header: 'Date joined', sort: 'joined', className: 'nowrap', cell: (m) => formatUkDate(m.joinedDate) },
    ],
    Filters: ({ state, update }) => (
      <>
        <SelectField label="Newsletter" value={state.newsletter} onChange={(e) => update({ newsletter: e.target.value as MemberListState['newsletter'] })}>
          <option value="">Any</option>
          {NEWSLETTER_PREFERENCES.map((n) => (
            <option key={n} value={n}>
              {NEWSLETTER_LABELS[n]}
            </option>
          ))}
        </SelectField>
        <KeyContactFilter value={state.keyContactId} onChange={(keyContactId) => update({ keyContactId })} />
        <div className="field filters__check">
          <Choice type="checkbox" label="Only with a device on loan" checked={state.deviceLoanOut} onChange={(e) => update({ deviceLoanOut: e.target.checked })} />
        </div>
      </>
    ),
    exportOption: {
      label: 'Include equality monitoring answers',
      hint: 'These are special category data (UK GDPR). Include them only if you need them, for example to check a funder report, and delete the file afterwards.',
    },
  },
};
