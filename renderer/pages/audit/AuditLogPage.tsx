import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { formatUkDateTime } from '../../../shared/dates';
import type { AuditPage } from '../../../shared/domain/audit';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { ErrorNotice } from '../../components/ErrorNotice';

const PAGE_SIZE = 100;

const ROUTES: Record<string, { path: string; label: string }> = {
  volunteer: { path: '/volunteers/', label: 'Open volunteer' },
  member: { path: '/members/', label: 'Open member' },
  group: { path: '/groups/', label: 'Open group' },
  venue: { path: '/venues/', label: 'Open venue' },
  referral: { path: '/referrals/', label: 'Open referral' },
  grant: { path: '/reports/', label: 'Open grant' },
  breach: { path: '/privacy/breaches/', label: 'Open breach' },
};

/** A link to the record an entry is about, while it still exists under that kind. */
function RecordLink({ entity, id }: { entity: string; id: string | undefined }) {
  if (!id) return null;
  if (entity === 'session') {
    const groupId = id.split('--')[0];
    return groupId ? <Link href={`/groups/${groupId}`}>Open group</Link> : null;
  }
  const route = ROUTES[entity];
  return route ? <Link href={`${route.path}${id}`}>{route.label}</Link> : null;
}

export function AuditLogPage() {
  const [page, setPage] = useState(0);
  const [data, setData] = useState<AuditPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.audit
      .list({ offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      .then(setData)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [page]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <Page title="Audit log" lede="Every change made in Peer Desk: when, by whom and which details. Values are not recorded, so deleted details do not live on here.">
      <ErrorNotice message={error} />
      {data && data.total === 0 ? <p>Nothing has been changed yet.</p> : null}
      {data && data.entries.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Record</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatUkDateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>{e.summary}</td>
                  <td>{e.action === 'delete' ? 'Deleted' : <RecordLink entity={e.entity} id={e.entityId} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data && pages > 1 ? (
        <nav className="pager" aria-label="Pages of the audit log">
          <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Newer
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" className="button button--secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Older
          </button>
        </nav>
      ) : null}
    </Page>
  );
}
