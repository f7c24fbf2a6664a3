import { useState } from 'react';
import { Link, useLocation } from 'wouter';
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
          <option value="open">Open referrals, longest waiting first</option>
          <option value="all">All referrals, newest first</option>
        </SelectField>
        <div className="field--search">
          <TextField type="search" label="Search referrals" hint="Name of the person or the referrer" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </div>
      {data && data.rows.length === 0 ? <p>{view === 'open' ? 'No open referrals.' : 'No referrals found.'}</p> : null}
      {data && data.rows.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{view === 'open' ? 'Open referrals, longest waiting first' : 'All referrals, newest first'}</caption>
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
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/referrals/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{REFERRAL_SOURCE_LABELS[r.source]}</td>
                  <td className="nowrap">{formatUkDate(r.receivedDate)}</td>
                  <td className={r.overTarget ? 'warning-text' : undefined}>{waitText(r)}</td>
                  <td className="nowrap">{formatUkDate(r.contactedDate) || 'Not yet'}</td>
                  <td className="nowrap">{formatUkDate(r.assessedDate) || 'Not yet'}</td>
                  <td>{REFERRAL_OUTCOME_LABELS[r.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
