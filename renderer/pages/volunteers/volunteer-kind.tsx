import { contactColumn } from '../people/contact-column';
import { Fragment, useState, type ReactNode } from 'react';
import type { VolunteerListQuery, VolunteerSummary } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import type { MissingItem } from '../../../shared/domain/activation';
import { displayName } from '../../../shared/domain/person';
import { VOLUNTEER_KIND } from '../../../shared/domain/person-kinds';
import { DEFAULT_ROLES, roleLabel } from '../../../shared/domain/roles';
import {
  CONTACT_LABELS,
  DEFAULT_CASELOAD_LIMIT,
  MATCH_GENDER_LABELS,
  VOLUNTEER_STATUSES,
  DAY_PARTS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  WORKFORCE_LABELS,
  WORKFORCE_TYPES,
  volunteerFormSchema,
  type Volunteer,
  type VolunteerFormValues,
  type VolunteerInput,
  type VolunteerStatus,
} from '../../../shared/domain/volunteers';
import { SelectField } from '../../components/Fields';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { EMPTY_PERSON_FORM, listText, personFormFromRecord } from '../people/form-values';
import { createListState, peopleSorts } from '../people/list-state';
import { personApi } from '../people/person-api';
import { capitalised, type PersonKind, type ProfileParts, type ProfileShell, type StatusValues } from '../people/person-kind';
import { Detail } from '../people/ProfileParts';
import { availabilityText } from '../people/availability-text';
import { ConsentsTab } from '../people/ConsentsTab';
import { CaseloadTab } from '../programmes/CaseloadTab';
import { ProgrammesDeleteNote } from '../programmes/ProgrammesDeleteNote';
import { ActivationDialog } from './ActivationDialog';
import { complianceTabs } from './VolunteerComplianceTabs';
import { AvailabilityAndMatching, ContactPreferences, LanguagesAndInterests, WorkforceAndRoles } from './VolunteerFields';

/** The list of volunteers: its search, filters, sort and page. */
export type VolunteerListState = Required<Pick<VolunteerListQuery, 'query' | 'status' | 'role' | 'workforceType' | 'freeDay' | 'freePart' | 'sort' | 'direction'>> & { page: number };

const SHORT_DAY: Record<(typeof WEEKDAYS)[number], string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const SHORT_PART: Record<(typeof DAY_PARTS)[number], string> = { morning: 'am', afternoon: 'pm', evening: 'eve' };

/** "Mon am pm, Wed eve": when they are free, short enough for a list column; a day never splits. */
function freeText(slots: readonly string[]): ReactNode {
  const days = WEEKDAYS.flatMap((day) => {
    const parts = DAY_PARTS.filter((part) => slots.includes(`${day}-${part}`));
    return parts.length === 0 ? [] : [`${SHORT_DAY[day]} ${parts.map((part) => SHORT_PART[part]).join(' ')}`];
  });
  return days.map((text, i) => (
    <Fragment key={text}>
      {i > 0 ? ', ' : null}
      <span className="nowrap">{text}</span>
    </Fragment>
  ));
}

/**
 * A volunteer's part of the profile: the compliance tabs (DBS, training, supervision, hours
 * with facilitator hours, expenses) and, when someone is made active without what their
 * roles need, the activation dialog asking for a reason.
 */
function useVolunteerParts(id: string, _record: Volunteer | null, shell: ProfileShell<Volunteer>): ProfileParts<Volunteer, VolunteerStatus> {
  const compliance = useLoad(() => api.compliance.volunteer({ volunteerId: id }), [id]);
  const [activation, setActivation] = useState<{ values: StatusValues<VolunteerStatus>; missing: MissingItem[]; name: string } | null>(null);
  return {
    lede: (v) => v.roles.map(roleLabel).join(', '),
    sectionRows: (v) => (
      <>
        <Detail term="Workforce type">{WORKFORCE_LABELS[v.workforceType]}</Detail>
        <Detail term="Roles">{v.roles.map(roleLabel).join(', ')}</Detail>
        <Detail term="Start date">{formatUkDate(v.startDate)}</Detail>
        <Detail term="Availability">{availabilityText(v.availability)}</Detail>
        <Detail term="Can support at once">{v.caseloadLimit === undefined ? `${DEFAULT_CASELOAD_LIMIT} (the usual number)` : String(v.caseloadLimit)}</Detail>
        <Detail term="Gender, for matching">{v.gender ? MATCH_GENDER_LABELS[v.gender] : undefined}</Detail>
      </>
    ),
    tabs: (v) => [
      { id: 'caseload', label: 'Caseload', content: <CaseloadTab volunteerId={v.id} caseloadLimit={v.caseloadLimit} /> },
      ...complianceTabs(compliance.data, compliance.error, (view, message) => {
        compliance.setData(view);
        shell.flash(message);
        shell.reload();
      }),
      { id: 'consents', label: 'Consents', content: <ConsentsTab person={v} area={api.volunteers} onSaved={shell.saved} /> },
    ],
    // Becoming active checks what their roles need first; anything missing needs a reason.
    changeStatus: async (v, values) => {
      if (values.status === 'active' && v.status !== 'active') {
        const { missing } = await api.compliance.activationCheck({ volunteerId: v.id });
        if (missing.length > 0) {
          setActivation({ values, missing, name: displayName(v) });
          return null;
        }
      }
      return VOLUNTEERS.api.changeStatus(v.id, values);
    },
    dialogs: activation ? (
      <ActivationDialog
        name={activation.name}
        missing={activation.missing}
        activate={(overrideReason) => api.volunteers.changeStatus({ id, ...activation.values, overrideReason })}
        onCancel={() => setActivation(null)}
        onSaved={(updated) => {
          setActivation(null);
          shell.statusSaved(updated);
        }}
      />
    ) : null,
    afterStatusChange: () => void compliance.reload(),
    deleteNote: (v) => <ProgrammesDeleteNote volunteerId={v.id} />,
  };
}

const listState = createListState<VolunteerListState>({ query: '', status: 'all', role: '', workforceType: '', freeDay: '', freePart: '' }, { status: 'current' }, 'peer-desk.volunteers-list');

export const VOLUNTEERS: PersonKind<Volunteer, VolunteerFormValues, VolunteerInput, VolunteerStatus, VolunteerSummary, VolunteerListState> = {
  ...VOLUNTEER_KIND,
  statuses: VOLUNTEER_STATUSES,
  statusTones: { active: 'active', left: 'left', paused: 'paused' },
  section: { id: 'volunteering', title: 'Volunteering' },
  path: '/volunteers',
  api: personApi(api.volunteers, 'volunteer'),

  form: {
    schema: volunteerFormSchema,
    empty: { ...EMPTY_PERSON_FORM, workforceType: 'voluntary', roles: [], languages: '', availability: [], interests: '', startDate: '', contactPreferences: [], caseloadLimit: '', gender: '' },
    fromRecord: (v) => ({
      ...personFormFromRecord(v),
      workforceType: v.workforceType,
      roles: v.roles,
      languages: listText(v.languages),
      availability: v.availability as VolunteerFormValues['availability'],
      interests: listText(v.interests),
      startDate: formatUkDate(v.startDate),
      contactPreferences: v.contactPreferences,
      caseloadLimit: v.caseloadLimit === undefined ? '' : String(v.caseloadLimit),
      gender: v.gender ?? '',
    }),
    newStatus: 'enquiry',
    statusHint: 'Where they are in joining. You can change it later from their profile.',
    dateOfBirthHint: 'For example, 27/03/1985. Volunteers must be 16 or over.',
    Contact: ContactPreferences,
    About: LanguagesAndInterests,
    Section: { Before: WorkforceAndRoles, After: AvailabilityAndMatching },
  },

  profile: {
    history: 'details',
    stopped: 'volunteering',
    contactRows: (v) => <Detail term="Contact by">{v.contactPreferences.map((c) => CONTACT_LABELS[c]).join(', ')}</Detail>,
    aboutRows: (v) => (
      <>
        <Detail term="Languages">{v.languages.join(', ')}</Detail>
        <Detail term="Interests and skills">{v.interests.join(', ')}</Detail>
      </>
    ),
    useParts: useVolunteerParts,
  },

  list: {
    state: listState,
    sorts: peopleSorts({ sort: 'startDate', label: 'Start date' }, 'Status (in pipeline order)'),
    columns: [
      { header: 'Roles', cell: (v) => v.roles.map(roleLabel).join(', ') },
      contactColumn(),
      { header: 'Start date', sort: 'startDate', className: 'nowrap', cell: (v) => formatUkDate(v.startDate) },
      { header: 'Free', cell: (v) => freeText(v.availability) },
    ],
    Filters: ({ state, update }) => (
      <>
        <SelectField label="Role" value={state.role} onChange={(e) => update({ role: e.target.value })}>
          <option value="">All roles</option>
          {DEFAULT_ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Free on" value={state.freeDay} onChange={(e) => update({ freeDay: e.target.value as VolunteerListState['freeDay'] })}>
          <option value="">Any day</option>
          {WEEKDAYS.map((d) => (
            <option key={d} value={d}>
              {WEEKDAY_LABELS[d]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Time of day" value={state.freePart} onChange={(e) => update({ freePart: e.target.value as VolunteerListState['freePart'] })}>
          <option value="">Any time</option>
          {DAY_PARTS.map((p) => (
            <option key={p} value={p}>
              {capitalised(p)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Workforce type" value={state.workforceType} onChange={(e) => update({ workforceType: e.target.value as VolunteerListState['workforceType'] })}>
          <option value="">All types</option>
          {WORKFORCE_TYPES.map((w) => (
            <option key={w} value={w}>
              {WORKFORCE_LABELS[w]}
            </option>
          ))}
        </SelectField>
      </>
    ),
  },
};
