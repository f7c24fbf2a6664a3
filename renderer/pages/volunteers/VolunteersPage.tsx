import type { VolunteerListQuery, VolunteerSummary } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { DEFAULT_ROLES, roleLabel } from '../../../shared/domain/roles';
import { STATUS_LABELS, VOLUNTEER_STATUSES, WORKFORCE_LABELS, WORKFORCE_TYPES } from '../../../shared/domain/volunteers';
import { SelectField } from '../../components/Fields';
import { StatusBadge } from '../../components/StatusBadge';
import { api } from '../../lib/api';
import { PeopleListPage, type ListColumn, type SortChoice } from '../people/PeopleListPage';
import { isFiltered, useListState, type ListState } from './list-state';

const SORTS: SortChoice<ListState>[] = [
  { value: 'name-asc', label: 'Name (A to Z)', sort: 'name', direction: 'asc' },
  { value: 'name-desc', label: 'Name (Z to A)', sort: 'name', direction: 'desc' },
  { value: 'startDate-desc', label: 'Start date (newest first)', sort: 'startDate', direction: 'desc' },
  { value: 'startDate-asc', label: 'Start date (oldest first)', sort: 'startDate', direction: 'asc' },
  { value: 'status-asc', label: 'Status (in pipeline order)', sort: 'status', direction: 'asc' },
];

const COLUMNS: ListColumn<VolunteerSummary>[] = [
  { header: 'Status', sort: 'status', cell: (v) => <StatusBadge status={v.status} /> },
  { header: 'Roles', cell: (v) => v.roles.map(roleLabel).join(', ') },
  { header: 'Phone', className: 'nowrap', cell: (v) => v.phone },
  { header: 'Email', cell: (v) => v.email },
  { header: 'Start date', sort: 'startDate', className: 'nowrap', cell: (v) => formatUkDate(v.startDate) },
];

const NOUN = { one: 'volunteer', many: 'volunteers', title: 'Volunteers' };
const load = (q: VolunteerListQuery) => api.volunteers.list(q);

export function VolunteersPage() {
  const [state, update] = useListState();
  return (
    <PeopleListPage
      noun={NOUN}
      basePath="/volunteers"
      state={state}
      update={update}
      load={load}
      exportCsv={(scope) => api.volunteers.exportCsv({ ...state, scope })}
      statuses={VOLUNTEER_STATUSES}
      statusLabels={STATUS_LABELS}
      filtered={isFiltered(state)}
      cleared={{ query: '', status: 'all', role: '', workforceType: '' }}
      sorts={SORTS}
      columns={COLUMNS}
      nameOf={(v) => v.name}
      filters={
        <>
          <SelectField label="Role" value={state.role} onChange={(e) => update({ role: e.target.value })}>
            <option value="">All roles</option>
            {DEFAULT_ROLES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Workforce type"
            value={state.workforceType}
            onChange={(e) => update({ workforceType: e.target.value as ListState['workforceType'] })}
          >
            <option value="">All types</option>
            {WORKFORCE_TYPES.map((w) => (
              <option key={w} value={w}>
                {WORKFORCE_LABELS[w]}
              </option>
            ))}
          </SelectField>
        </>
      }
    />
  );
}
