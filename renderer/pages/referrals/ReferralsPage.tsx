import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { ReferralRow } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_SOURCE_LABELS } from '../../../shared/domain/referrals';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/Fields';
import { Page } from '../../components/Page';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { waitText } from './referral-text';

export function ReferralsPage() {
  const [, navigate] = useLocation();
  const [view, setView] = useState<'open' | 'all'>('open');
  const [query, setQuery] = useState('');
  const { data, error } = useLoad(() => api.referrals.list({ view, query }), [view, query]);
  return (
    <Page
      title="Referrals"
      lede={data ? `${data.openCount} open, ${data.overTargetCount} over the target wait.` : undefined}
      actions={
        <button type="button" className="button" onClick={() => navigate('/referrals/new')}>
          Add referral
        </button>
      }
    >
      <ErrorNotice message={error} />
      <div role="search" className="filters" aria-label="Find referrals">
        <SelectField label="Show" value={view} onChange={(e) => setView(e.target.value as 'open' | 'all')}>
          <option value="open">Open referrals</option>
          <option value="all">All referrals, newest first</option>
        </SelectField>
        <div className="field--search">
          <TextField type="search" label="Search referrals" hint="Name of the person or the referrer" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </div>
      {data && data.rows.length === 0 ? <p>{view === 'open' ? 'No open referrals.' : 'No referrals found.'}</p> : null}
      {data && data.rows.length > 0 && view === 'open' ? <OpenReferrals rows={data.rows} /> : null}
      {data && data.rows.length > 0 && view === 'all' ? <ReferralTable caption="All referrals, newest first" rows={data.rows} /> : null}
    </Page>
  );
}

/**
 * Open referrals in the two piles a coordinator works from: people still waiting to be
 * assessed, longest wait first (the wait is what the target is about), and people assessed
 * whose outcome is still to record, longest since assessment first.
 */
function OpenReferrals({ rows }: { rows: readonly ReferralRow[] }) {
  const waiting = rows.filter((r) => !r.assessedDate);
  const assessed = rows.filter((r) => r.assessedDate).sort((a, b) => (a.assessedDate ?? '').localeCompare(b.assessedDate ?? ''));
  return (
    <>
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting for assessment ({waiting.length})</h2>
        {waiting.length > 0 ? <ReferralTable caption="Waiting for assessment, longest wait first" rows={waiting} /> : <p>Nobody is waiting for an assessment.</p>}
      </section>
      <section aria-labelledby="assessed-title">
        <h2 id="assessed-title">Assessed: outcome to record ({assessed.length})</h2>
        {assessed.length > 0 ? <ReferralTable caption="Assessed, outcome to record, longest since assessment first" rows={assessed} /> : <p>No assessed referral is waiting for its outcome.</p>}
      </section>
    </>
  );
}

function ReferralTable({ caption, rows }: { caption: string; rows: readonly ReferralRow[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">From</th>
            <th scope="col">Received</th>
            <th scope="col">Waiting</th>
            <th scope="col">Contacted</th>
            <th scope="col">Assessed</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={`/referrals/${r.id}`}>{r.name}</Link>
              </td>
              <td>{REFERRAL_SOURCE_LABELS[r.source]}</td>
              <td className="nowrap">{formatUkDate(r.receivedDate)}</td>
              <td className={r.overTarget || r.assessedLate ? 'warning-text' : undefined}>{waitText(r)}</td>
              <td className="nowrap">{formatUkDate(r.contactedDate) || 'Not yet'}</td>
              <td className="nowrap">{formatUkDate(r.assessedDate) || 'Not yet'}</td>
              <td>{REFERRAL_OUTCOME_LABELS[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
