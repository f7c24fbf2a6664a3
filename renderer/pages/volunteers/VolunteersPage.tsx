import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { VolunteerList } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { DEFAULT_ROLES, roleLabel } from '../../../shared/domain/roles';
import { STATUS_LABELS, VOLUNTEER_STATUSES, WORKFORCE_LABELS, WORKFORCE_TYPES } from '../../../shared/domain/volunteers';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField, Choice } from '../../components/Fields';
import { useFlash } from '../../components/Flash';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { api, errorMessage } from '../../lib/api';
import { saveDownload } from '../../lib/files';
import { isFiltered, useListState, type ListState } from './list-state';
import { ErrorNotice } from '../../components/ErrorNotice';

const PAGE_SIZE = 50;

const SORTS: { value: string; label: string; sort: ListState['sort']; direction: ListState['direction'] }[] = [
  { value: 'name-asc', label: 'Name (A to Z)', sort: 'name', direction: 'asc' },
  { value: 'name-desc', label: 'Name (Z to A)', sort: 'name', direction: 'desc' },
  { value: 'startDate-desc', label: 'Start date (newest first)', sort: 'startDate', direction: 'desc' },
  { value: 'startDate-asc', label: 'Start date (oldest first)', sort: 'startDate', direction: 'asc' },
  { value: 'status-asc', label: 'Status (in pipeline order)', sort: 'status', direction: 'asc' },
];

export function VolunteersPage() {
  const [state, update] = useListState();
  const [list, setList] = useState<VolunteerList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const latest = useRef(0);
  const { flash } = useFlash();
  const [, navigate] = useLocation();

  useEffect(() => {
    // Search as you type: every keystroke asks, only the newest answer is shown.
    const ticket = ++latest.current;
    api.volunteers
      .list({ ...state, offset: state.page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((result) => {
        if (ticket === latest.current) {
          setList(result);
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (ticket === latest.current) setError(errorMessage(e));
      });
  }, [state]);

  async function exportCsv(scope: 'all' | 'filtered') {
    setExporting(false);
    try {
      const file = await api.volunteers.exportCsv({ ...state, scope });
      saveDownload(file);
      flash(`Exported ${scope === 'all' ? 'all volunteers' : 'the volunteers shown'} to ${file.filename}`);
    } catch (e) {
      flash(errorMessage(e), 'error');
    }
  }

  const sortValue = `${state.sort}-${state.direction}`;
  const pages = list ? Math.max(1, Math.ceil(list.matched / PAGE_SIZE)) : 1;
  const first = list && list.matched > 0 ? state.page * PAGE_SIZE + 1 : 0;
  const last = list ? Math.min(list.matched, (state.page + 1) * PAGE_SIZE) : 0;

  return (
    <Page
      title="Volunteers"
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate('/volunteers/new')}>
            Add volunteer
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate('/volunteers/import')}>
            Import CSV
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => (isFiltered(state) ? setExporting(true) : void exportCsv('all'))}
          >
            Export CSV
          </button>
        </>
      }
    >
      <div role="search" className="filters" aria-label="Search and filter volunteers">
        <div className="field--search">
          <TextField
            type="search"
            label="Search volunteers"
            hint="Name, email or phone"
            value={state.query}
            onChange={(e) => update({ query: e.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <SelectField label="Status" value={state.status} onChange={(e) => update({ status: e.target.value as ListState['status'] })}>
          <option value="all">All statuses</option>
          <option value="current">Current (everyone except leavers)</option>
          {VOLUNTEER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
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
        <SelectField
          label="Sort by"
          value={sortValue}
          onChange={(e) => {
            const s = SORTS.find((x) => x.value === e.target.value) ?? SORTS[0]!;
            update({ sort: s.sort, direction: s.direction });
          }}
        >
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
      </div>

      <ErrorNotice message={error} />

      <p className="result-count" role="status" aria-live="polite">
        {list ? `Showing ${list.matched.toLocaleString('en-GB')} of ${list.total.toLocaleString('en-GB')} volunteers` : 'Loading volunteers…'}
        {list && list.matched > PAGE_SIZE ? ` (${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} on this page)` : ''}
      </p>

      {list && list.total === 0 ? (
        <div className="notice">
          <p>
            No volunteers yet. Use <strong>Add volunteer</strong> to add someone, or <strong>Import CSV</strong> to bring in a spreadsheet.
          </p>
        </div>
      ) : null}
      {list && list.total > 0 && list.matched === 0 ? (
        <div className="notice">
          <p>No volunteers match. Try fewer words, or set the filters back to “All”.</p>
          <button type="button" className="button button--secondary" onClick={() => update({ query: '', status: 'all', role: '', workforceType: '' })}>
            Clear search and filters
          </button>
        </div>
      ) : null}

      {list && list.rows.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Volunteers, sorted by {SORTS.find((s) => s.value === sortValue)?.label ?? 'name'}</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={state.sort === 'name' ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  Name
                </th>
                <th scope="col" aria-sort={state.sort === 'status' ? 'ascending' : undefined}>
                  Status
                </th>
                <th scope="col">Roles</th>
                <th scope="col">Phone</th>
                <th scope="col">Email</th>
                <th scope="col" aria-sort={state.sort === 'startDate' ? (state.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  Start date
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link href={`/volunteers/${v.id}`}>{v.name}</Link>
                  </td>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>{v.roles.map(roleLabel).join(', ')}</td>
                  <td className="nowrap">{v.phone}</td>
                  <td>{v.email}</td>
                  <td className="nowrap">{formatUkDate(v.startDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {list && pages > 1 ? (
        <nav className="pager" aria-label="Pages of volunteers">
          <button type="button" className="button button--secondary" disabled={state.page === 0} onClick={() => update({ page: state.page - 1 })}>
            Previous page
          </button>
          <span>
            Page {state.page + 1} of {pages}
          </span>
          <button type="button" className="button button--secondary" disabled={state.page + 1 >= pages} onClick={() => update({ page: state.page + 1 })}>
            Next page
          </button>
        </nav>
      ) : null}

      {exporting && list ? <ExportDialog list={list} onCancel={() => setExporting(false)} onExport={(scope) => void exportCsv(scope)} /> : null}
    </Page>
  );
}

function ExportDialog({ list, onCancel, onExport }: { list: VolunteerList; onCancel: () => void; onExport: (scope: 'all' | 'filtered') => void }) {
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  return (
    <Dialog title="Export volunteers to CSV" onClose={onCancel}>
      <fieldset>
        <legend>Which volunteers?</legend>
        <Choice type="radio" name="scope" label={`Only the ${list.matched.toLocaleString('en-GB')} shown by your search and filters`} checked={scope === 'filtered'} onChange={() => setScope('filtered')} />
        <Choice type="radio" name="scope" label={`All ${list.total.toLocaleString('en-GB')} volunteers`} checked={scope === 'all'} onChange={() => setScope('all')} />
      </fieldset>
      <p className="lede">The file opens in Excel. It holds personal details: keep it safe and delete it when you are done.</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" onClick={() => onExport(scope)}>
          Export
        </button>
      </div>
    </Dialog>
  );
}
