import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { formatUkDateTime } from '../../../shared/dates';
import type { AuditPage } from '../../../shared/domain/audit';
import { Page } from '../../components/Page';
import { api, errorMessage } from '../../lib/api';
import { ErrorNotice } from '../../components/ErrorNotice';

const PAGE_SIZE = 100;

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
                  <td>
                    {e.entity === 'volunteer' && e.entityId && e.action !== 'delete' ? (
                      <Link href={`/volunteers/${e.entityId}`}>Open volunteer</Link>
                    ) : e.action === 'delete' ? (
                      'Deleted'
                    ) : (
                      ''
                    )}
                  </td>
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
