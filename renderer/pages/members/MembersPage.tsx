import type { MemberListQuery, MemberSummary } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { MEMBER_STATUSES, MEMBER_STATUS_LABELS, NEWSLETTER_LABELS, NEWSLETTER_PREFERENCES } from '../../../shared/domain/members';
import { Choice, SelectField } from '../../components/Fields';
import { api } from '../../lib/api';
import { PeopleListPage, type ListColumn, type SortChoice } from '../people/PeopleListPage';
import { KeyContactFilter } from './KeyContactFilter';
import { MemberStatusBadge } from './MemberStatusBadge';
import { CLEARED, isFiltered, useMemberListState, type MemberListState } from './list-state';
import './members.css';

const SORTS: SortChoice<MemberListState>[] = [
  { value: 'name-asc', label: 'Name (A to Z)', sort: 'name', direction: 'asc' },
  { value: 'name-desc', label: 'Name (Z to A)', sort: 'name', direction: 'desc' },
  { value: 'joined-desc', label: 'Date joined (newest first)', sort: 'joined', direction: 'desc' },
  { value: 'joined-asc', label: 'Date joined (oldest first)', sort: 'joined', direction: 'asc' },
  { value: 'status-asc', label: 'Status (in order)', sort: 'status', direction: 'asc' },
];

function devicesText(m: MemberSummary): string {
  if (m.devicesOut === 0) return '';
  const out = `${m.devicesOut} on loan`;
  return m.devicesOverdue > 0 ? `${out} (${m.devicesOverdue} overdue)` : out;
}

const COLUMNS: ListColumn<MemberSummary>[] = [
  { header: 'Status', sort: 'status', cell: (m) => <MemberStatusBadge status={m.status} /> },
  { header: 'Phone', className: 'nowrap', cell: (m) => m.phone },
  { header: 'Email', cell: (m) => m.email },
  { header: 'Key contact', cell: (m) => m.keyContact },
  { header: 'Newsletter', cell: (m) => NEWSLETTER_LABELS[m.newsletter] },
  { header: 'Devices', cell: devicesText },
  { header: 'Date joined', sort: 'joined', className: 'nowrap', cell: (m) => formatUkDate(m.joinedDate) },
];

const NOUN = { one: 'member', many: 'members', title: 'Members' };
const load = (q: MemberListQuery) => api.members.list(q);

export function MembersPage() {
  const [state, update] = useMemberListState();
  return (
    <PeopleListPage
      noun={NOUN}
      basePath="/members"
      state={state}
      update={update}
      load={load}
      exportCsv={(scope, includeEquality) => api.members.exportCsv({ ...state, scope, includeEquality })}
      exportOption={{
        label: 'Include equality monitoring answers',
        hint: 'These are special category data (UK GDPR). Include them only if you need them, for example to check a funder report, and delete the file afterwards.',
      }}
      statuses={MEMBER_STATUSES}
      statusLabels={MEMBER_STATUS_LABELS}
      filtered={isFiltered(state)}
      cleared={CLEARED}
      sorts={SORTS}
      columns={COLUMNS}
      nameOf={(m) => m.name}
      filters={
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
      }
    />
  );
}
