import { useMemo, useState } from 'react';
import type { PersonName, ProgrammeList } from '../../../shared/contracts/programmes';
import { PROGRAMME_STATUSES, PROGRAMME_STATUS_LABELS } from '../../../shared/domain/programmes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Choice, SelectField, TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { useProgrammeListState, type ProgrammeListState } from './programme-list-state';
import './programmes.css';
import { ProgrammeTable } from './ProgrammeTable';

const SORTS: { value: ProgrammeListState['sort']; label: string }[] = [
  { value: 'last-contact', label: 'Last contact (longest ago first)' },
  { value: 'member', label: 'Member (A to Z)' },
  { value: 'started', label: 'Started (newest first)' },
];

function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The volunteers who hold open programmes: what the volunteer filter offers. */
function volunteersOf(list: ProgrammeList | null): PersonName[] {
  const byId = new Map<string, PersonName>();
  for (const row of list?.rows ?? []) if (row.volunteer) byId.set(row.volunteer.id, row.volunteer);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every one-to-one programme: who is waiting for a match, who has not been seen for a while,
 * and each counter ("6 of 10"). The counts above the filters are buttons to just those.
 */
export function ProgrammesPage() {
  const [state, update] = useProgrammeListState();
  const { data, error } = useLoad(() => api.programmes.list(state), [state]);
  const kinds = useLoad(() => api.programmes.kinds(), []);
  const open = useLoad(() => api.programmes.list({ status: 'open' }), []);
  const volunteers = useMemo(() => volunteersOf(open.data), [open.data]);
  const [showing, setShowing] = useState<HTMLParagraphElement | null>(null);
  const noContactDays = data?.noContactDays ?? open.data?.noContactDays ?? 21;
  const onlyThese = (next: Partial<ProgrammeListState>) => {
    update({ query: '', kindId: '', volunteerId: '', noContact: false, status: 'open', ...next });
    showing?.focus();
  };

  return (
    <Page title="Programmes" lede="One-to-one coaching, peer support, mentoring and travel buddies.">
      <ErrorNotice message={error} />
      {data ? (
        <p className="programme-counts">
          {countText(data.counts.open, 'open programme', 'open programmes')} ·{' '}
          <button type="button" className="count-link" aria-pressed={state.status === 'waiting'} onClick={() => onlyThese({ status: 'waiting' })}>
            {data.counts.waiting} waiting for a match
          </button>{' '}
          ·{' '}
          <button type="button" className="count-link" aria-pressed={state.noContact} onClick={() => onlyThese({ noContact: true })}>
            {data.counts.noContact} no contact for {noContactDays} days
          </button>
        </p>
      ) : null}
      <div role="search" className="filters" aria-label="Find programmes">
        <TextField type="search" label="Search programmes" hint="Member or volunteer name" value={state.query} onChange={(e) => update({ query: e.target.value })} />
        <SelectField label="Kind" value={state.kindId} onChange={(e) => update({ kindId: e.target.value })}>
          <option value="">Every kind</option>
          {(kinds.data ?? []).map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Status" value={state.status} onChange={(e) => update({ status: e.target.value as ProgrammeListState['status'] })}>
          <option value="open">Open (not ended)</option>
          {PROGRAMME_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PROGRAMME_STATUS_LABELS[s]}
            </option>
          ))}
          <option value="all">All, ended too</option>
        </SelectField>
        <SelectField label="Volunteer" value={state.volunteerId} onChange={(e) => update({ volunteerId: e.target.value })}>
          <option value="">Any volunteer</option>
          {volunteers.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
          {state.volunteerId && !volunteers.some((v) => v.id === state.volunteerId) ? <option value={state.volunteerId}>The volunteer chosen before</option> : null}
        </SelectField>
        <SelectField label="Sort by" value={state.sort} onChange={(e) => update({ sort: e.target.value as ProgrammeListState['sort'] })}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </SelectField>
        <Choice type="checkbox" label={`No contact for ${noContactDays} days`} checked={state.noContact} onChange={(e) => update({ noContact: e.target.checked })} />
      </div>
      <p className="result-count" role="status" tabIndex={-1} ref={setShowing}>
        {data ? `Showing ${countText(data.rows.length, 'programme', 'programmes')}` : error ? '' : 'Loading…'}
      </p>
      {data && data.rows.length > 0 ? (
        <ProgrammeTable rows={data.rows} columns={['member', 'kind', 'volunteer']} caption="Programmes, with each one's volunteer, sessions and last contact" noContactDays={noContactDays} className="programmes-table" />
      ) : data ? (
        <p className="lede">No programmes match. Start one from a member&apos;s profile or an accepted referral.</p>
      ) : null}
    </Page>
  );
}
