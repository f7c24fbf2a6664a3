import { useState } from 'react';
import { Link } from 'wouter';
import type { SubjectAccessRow } from '../../../shared/api';
import { formatUkDate } from '../../../shared/dates';
import { REQUEST_STATUS_LABELS } from '../../../shared/domain/subject-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { api } from '../../lib/api';
import { useLoad } from '../../lib/use-load';
import { matchesSearch } from './list-search';
import { PrivacySection } from './PrivacySection';
import { StatusBadgeFor } from './SubjectAccessPage';

const SLUG = 'subject-access';
const KIND_WORDS = { member: 'Member', volunteer: 'Volunteer', referral: 'Referral' } as const;

function countText(n: number): string {
  return n === 1 ? '1 request' : `${n} requests`;
}

function searchTexts(r: SubjectAccessRow): string[] {
  return [r.name, KIND_WORDS[r.subjectType], formatUkDate(r.receivedDate), formatUkDate(r.dueDate), r.dueText, REQUEST_STATUS_LABELS[r.status]];
}

function RequestsTable({ caption, rows }: { caption: string; rows: readonly SubjectAccessRow[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Received</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/privacy/${SLUG}/${r.id}`}>{r.name}</Link>
                <div className="lede">{KIND_WORDS[r.subjectType]}</div>
              </th>
              <td className="nowrap">{formatUkDate(r.receivedDate)}</td>
              <td className="nowrap">{formatUkDate(r.dueDate)}</td>
              <td>
                <StatusBadgeFor status={r.status} /> <span className={r.status === 'overdue' ? 'privacy-overdue' : undefined}>{r.dueText}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Subject access requests on the Privacy page: those still to answer first (soonest due
 * first), answered ones folded away below. A request is recorded from the person's own page.
 */
export function SubjectAccessSection() {
  const { data, error } = useLoad(() => api.subjectAccess.list(), []);
  const [query, setQuery] = useState('');
  const rows = data ?? [];
  const shown = rows.filter((r) => matchesSearch(searchTexts(r), query));
  const toAnswer = shown.filter((r) => r.status !== 'answered');
  const answered = shown.filter((r) => r.status === 'answered');
  const waiting = rows.filter((r) => r.status !== 'answered').length;
  return (
    <PrivacySection
      slug={SLUG}
      title="Subject access requests"
      total={data?.length}
      summary={
        <>
          <p>
            When someone asks for a copy of what you hold about them, answer within one calendar month. Record a request with “Subject access request” on their member,
            volunteer or referral page.
          </p>
          {data && data.length > 0 ? <p>{waiting === 0 ? `${countText(data.length)}; all answered.` : `${countText(data.length)}; ${waiting} still to answer.`}</p> : null}
        </>
      }
      search={{ label: 'Search subject access requests', hint: 'A name, a date or a status', query, onQuery: setQuery }}
      showing={data ? `Showing ${shown.length} of ${countText(data.length)}` : ''}
      empty={data?.length === 0 ? 'No subject access requests recorded.' : undefined}
    >
      <ErrorNotice message={error} />
      {!data && !error ? <p role="status">Loading…</p> : null}
      {data && data.length > 0 && shown.length === 0 ? <p>No requests match the search.</p> : null}
      {toAnswer.length > 0 ? <RequestsTable caption="Requests still to answer, the soonest due first" rows={toAnswer} /> : null}
      {answered.length > 0 ? (
        <details className="sar-answered">
          <summary>Answered requests ({answered.length})</summary>
          <RequestsTable caption="Answered requests, the latest answered first" rows={answered} />
        </details>
      ) : null}
    </PrivacySection>
  );
}
